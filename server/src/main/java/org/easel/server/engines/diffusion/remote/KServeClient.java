package org.easel.server.engines.diffusion.remote;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.easel.protocol.Jsons;
import org.easel.server.engines.CancelledException;
import org.easel.server.engines.WaitCancellation;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.onnx.TensorSpec;

/**
 * The HTTP side of the Open Inference Protocol (KServe v2 REST) for one server: readiness, model
 * metadata, and inference with the binary tensor data extension. One JDK {@link HttpClient} over
 * HTTP/1.1 keeps its connections alive between steps. A step that meets a busy or unreachable
 * server (502, 503, 504, a timeout, a dropped connection) is sent again a bounded number of times,
 * with a doubling wait; then, or at once on any other refusal, the step fails with a message naming
 * the server and the model.
 */
public final class KServeClient {
    /** Statuses that say "try again": the server is overloaded, restarting or behind a proxy that timed out. */
    private static final Set<Integer> TRANSIENT = Set.of(429, 502, 503, 504);
    /** How often a wait for the server looks for the job's cancel. */
    private static final long CANCEL_POLL_MILLIS = 100;

    private final RemoteEndpoint endpoint;
    private final HttpClient http;
    private final Optional<String> token;

    public KServeClient(RemoteEndpoint endpoint) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(endpoint.timeout()).build();
        this.token = endpoint.tokenFile().map(file -> {
            try {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new DiffusionException("The token file " + file + " for the inference server at " + endpoint.url()
                        + " cannot be read: " + e.getMessage());
            }
        });
    }

    public RemoteEndpoint endpoint() {
        return endpoint;
    }

    /** {@code GET /v2/health/ready}: a clear error when the server is down or not ready. */
    public void checkServerReady() {
        HttpResponse<byte[]> response = send(get("/v2/health/ready"), "check the inference server");
        if (response.statusCode() != 200) {
            throw new DiffusionException("The inference server at " + endpoint.url() + " is not ready (HTTP "
                    + response.statusCode() + errorOf(response) + "); try again when it has started.");
        }
    }

    /** {@code GET /v2/models/{name}/ready}. */
    public void checkModelReady(String name) {
        HttpResponse<byte[]> response = send(get(modelPath(name) + "/ready"), "check the model " + name);
        if (response.statusCode() != 200) {
            throw new DiffusionException("The model \"" + name + "\" is not ready on the inference server at "
                    + endpoint.url() + " (HTTP " + response.statusCode() + errorOf(response)
                    + "); the server's log says why it did not load.");
        }
    }

    /** The model's declared inputs and outputs, from {@code GET /v2/models/{name}}. */
    public Metadata metadata(String name) {
        HttpResponse<byte[]> response = send(get(modelPath(name)), "read the metadata of " + name);
        if (response.statusCode() != 200) {
            throw new DiffusionException("The inference server at " + endpoint.url() + " has no model \"" + name
                    + "\" (HTTP " + response.statusCode() + errorOf(response) + ").");
        }
        try {
            JsonObject json = Jsons.createReader(new ByteArrayInputStream(response.body())).readObject();
            return new Metadata(specs(json.getJsonArray("inputs"), name), specs(json.getJsonArray("outputs"), name));
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new DiffusionException("The inference server at " + endpoint.url() + " sent metadata for \"" + name
                    + "\" that is not the Open Inference Protocol's (" + e.getMessage() + ").");
        }
    }

    /** Declared inputs and outputs by name, in the server's order. */
    public record Metadata(Map<String, TensorSpec> inputs, Map<String, TensorSpec> outputs) {
    }

    private Map<String, TensorSpec> specs(JsonArray tensors, String model) {
        Map<String, TensorSpec> specs = new LinkedHashMap<>();
        for (JsonValue value : tensors) {
            JsonObject t = value.asJsonObject();
            String name = t.getString("name");
            Datatype datatype = Datatype.named(t.getString("datatype")).orElseThrow(() -> new DiffusionException(
                    "The model \"" + model + "\" on " + endpoint.url() + " declares " + name + " as "
                            + t.getString("datatype") + "; Easel sends and reads FP32, FP16, FP64, INT32 and INT64 tensors."));
            JsonArray shapeJson = t.getJsonArray("shape");
            long[] shape = new long[shapeJson.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = shapeJson.getJsonNumber(i).longValueExact();
            }
            specs.put(name, new TensorSpec(name, datatype.type(), shape));
        }
        return Map.copyOf(specs);
    }

    /**
     * {@code POST /v2/models/{name}/infer}, sent again on transient failures up to the endpoint's
     * attempts.
     */
    InferResponse infer(String name, InferRequest request, String label) {
        HttpRequest post = authorised(HttpRequest.newBuilder(uri(modelPath(name) + "/infer")))
                .timeout(endpoint.timeout())
                .header("Content-Type", "application/octet-stream")
                .header("Inference-Header-Content-Length", Integer.toString(request.header().length))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(request.body()),
                        request.contentLength()))
                .build();
        String lastProblem = "";
        long delay = endpoint.retryDelay().toMillis();
        for (int attempt = 1; attempt <= endpoint.attempts(); attempt++) {
            if (attempt > 1) {
                sleep(delay);
                delay *= 2;
            }
            HttpResponse<byte[]> response;
            try {
                response = sendWatchingCancel(post);
            } catch (HttpTimeoutException e) {
                lastProblem = "no answer within " + endpoint.timeout().toSeconds() + " s";
                continue;
            } catch (IOException e) {
                lastProblem = describe(e);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DiffusionException("Interrupted while " + label + " ran on " + endpoint.url(), e);
            }
            int status = response.statusCode();
            if (status == 200) {
                OptionalLong headerLength = response.headers().firstValueAsLong("Inference-Header-Content-Length");
                return InferResponse.parse(response.body(), headerLength, label);
            }
            if (TRANSIENT.contains(status)) {
                lastProblem = "HTTP " + status + errorOf(response);
                continue;
            }
            throw new DiffusionException("The inference server at " + endpoint.url() + " refused to run \"" + name
                    + "\" (HTTP " + status + errorOf(response) + "); the edit was stopped and nothing was changed.");
        }
        throw new DiffusionException("The inference server at " + endpoint.url() + " did not run \"" + name + "\" ("
                + lastProblem + ", " + endpoint.attempts() + " attempts); the edit was stopped and nothing was changed. "
                + "Try again when the server is less busy.");
    }

    /**
     * Sends and waits for the answer, looking for the job's cancel every {@value #CANCEL_POLL_MILLIS} ms:
     * a cancelled job aborts the exchange (the server sees the connection close) instead of waiting
     * out a slow or queued step.
     */
    private HttpResponse<byte[]> sendWatchingCancel(HttpRequest request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        while (true) {
            try {
                return pending.get(CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillWaiting) {
                try {
                    WaitCancellation.check();
                } catch (CancelledException cancelled) {
                    pending.cancel(true);
                    throw cancelled;
                }
            } catch (InterruptedException e) {
                pending.cancel(true);
                throw e;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IOException(e.getCause());
            }
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new DiffusionException("Cannot reach the inference server at " + endpoint.url() + " to " + what + " ("
                    + describe(e) + "). Is it running? " + endpoint.url() + "/v2/health/ready should answer 200.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiffusionException("Interrupted while trying to " + what, e);
        }
    }

    private HttpRequest get(String path) {
        return authorised(HttpRequest.newBuilder(uri(path))).timeout(endpoint.timeout()).GET().build();
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder builder) {
        token.ifPresent(t -> builder.header("Authorization", "Bearer " + t));
        return builder;
    }

    private URI uri(String path) {
        return URI.create(endpoint.url() + path);
    }

    private static String modelPath(String name) {
        return "/v2/models/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    private static String describe(IOException e) {
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** ": <the server's error>" from an Open Inference Protocol error object, or nothing. */
    private static String errorOf(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        try {
            JsonObject error = Jsons.createReader(new StringReader(body)).readObject();
            return error.containsKey("error") ? ": " + error.getString("error") : "";
        } catch (JsonException | ClassCastException e) {
            return body.isBlank() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) + "…" : body.strip());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiffusionException("Interrupted while waiting to retry a step", e);
        }
    }
}
