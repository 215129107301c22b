package org.easel.server.engines.hosted;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.easel.protocol.Jsons;
import org.easel.server.engines.CancelledException;
import org.easel.server.engines.JobControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Talks to a server that speaks the OpenAI Images API: {@code POST /v1/images/generations},
 * {@code POST /v1/images/edits} (multipart) and {@code GET /v1/models}, with the JDK's HttpClient.
 * While it waits it reports "waiting for OpenAI (12 s)" and polls for cancel, which aborts the
 * HTTP exchange. 429 waits for {@code retry-after}, 5xx is retried with backoff (at most
 * {@link RetryPolicy#attempts()} tries); every other failure becomes a {@link HostedFailure} whose
 * message quotes the provider and never contains the API key.
 */
public final class ImagesApiClient {
    private static final Logger log = LoggerFactory.getLogger(ImagesApiClient.class);
    private static final long POLL_MILLIS = 200;

    private final HostedEngineConfig config;
    private final Map<String, String> env;
    private final RetryPolicy policy;
    private final HttpClient http;

    public ImagesApiClient(HostedEngineConfig config, Map<String, String> env, RetryPolicy policy) {
        this.config = config;
        this.env = Map.copyOf(env);
        this.policy = policy;
        // HTTP/1.1: self-hosted servers speak nothing else, and the JDK's h2c upgrade attempt trips some.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(20)).build();
    }

    /** Text to image: the PNGs of {@code data[].b64_json}. */
    public List<byte[]> generate(String prompt, ImageSizes.Size size, JobControl control) {
        var body = Jsons.createObjectBuilder().add("model", config.model()).add("prompt", prompt)
                .add("size", size.toString()).add("n", 1);
        modelSpecific(body::add);
        byte[] json = body.build().toString().getBytes(StandardCharsets.UTF_8);
        return images(call("images/generations", () -> HttpRequest.BodyPublishers.ofByteArray(json),
                "application/json", control));
    }

    /** An edit of {@code imagePng}; the mask's transparent pixels mark what to change (none: the whole image). */
    public List<byte[]> edit(byte[] imagePng, Optional<byte[]> maskPng, String prompt, ImageSizes.Size size,
                             JobControl control) {
        Multipart form = new Multipart().png("image", "image.png", imagePng);
        maskPng.ifPresent(mask -> form.png("mask", "mask.png", mask));
        form.field("prompt", prompt).field("model", config.model()).field("size", size.toString()).field("n", "1");
        modelSpecific(form::field);
        byte[] body = form.build();
        return images(call("images/edits", () -> HttpRequest.BodyPublishers.ofByteArray(body), form.contentType(),
                control));
    }

    /**
     * The models the server offers ({@code GET /v1/models}): costs nothing, and proves the address
     * and the key. Answers within {@code timeout} or fails.
     */
    public List<String> models(Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(config.endpoint("models")).timeout(timeout).GET()
                .header("Accept", "application/json");
        authorize(request);
        HttpResponse<String> response;
        try {
            response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new HostedFailure("no answer from " + config.host() + " within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostedFailure("interrupted while asking " + config.host() + " for its models");
        } catch (ExecutionException e) {
            throw connectionFailure(e.getCause());
        }
        if (response.statusCode() / 100 != 2) {
            throw statusFailure(response.statusCode(), response.body());
        }
        JsonObject reply = parse(response.body());
        List<String> ids = new ArrayList<>();
        if (reply.get("data") instanceof JsonArray data) {
            for (JsonValue model : data) {
                if (model instanceof JsonObject m && m.get("id") instanceof JsonString id) {
                    ids.add(id.getString());
                }
            }
        }
        return ids;
    }

    /** gpt-image models always answer base64 and take a quality; others must be asked for base64. */
    private void modelSpecific(java.util.function.BiConsumer<String, String> add) {
        if (config.model().toLowerCase(Locale.ROOT).startsWith("gpt-image")) {
            add.accept("quality", config.quality());
        } else {
            add.accept("response_format", "b64_json");
        }
    }

    private void authorize(HttpRequest.Builder request) {
        config.key().read(env).ifPresent(key -> request.header("Authorization", "Bearer " + key));
    }

    /** Sends until an answer, a failure that retrying cannot fix, or the attempts are spent. */
    private String call(String path, Supplier<HttpRequest.BodyPublisher> body, String contentType, JobControl control) {
        URI endpoint = config.endpoint(path);
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(policy.timeout())
                    .header("Content-Type", contentType).header("Accept", "application/json")
                    .POST(body.get());
            authorize(request);
            log.info("{} {} (model {}, attempt {})", "POST", endpoint, config.model(), attempt);
            HttpResponse<String> response = send(request.build(), control, started);
            int status = response.statusCode();
            if (status / 100 == 2) {
                return response.body();
            }
            boolean rateLimited = status == 429 && !"insufficient_quota".equals(errorCode(response.body()));
            boolean serverError = status / 100 == 5;
            if (!(rateLimited || serverError) || attempt >= policy.attempts()) {
                log.warn("{} answered HTTP {} (attempt {})", endpoint, status, attempt);
                throw attempt > 1 && (rateLimited || serverError)
                        ? new HostedFailure(statusFailure(status, response.body()).getMessage() + " (tried "
                                + attempt + " times)")
                        : statusFailure(status, response.body());
            }
            Duration wait = rateLimited ? retryAfter(response).orElse(policy.backoff(attempt)) : policy.backoff(attempt);
            if (wait.compareTo(policy.maxWait()) > 0) {
                throw new HostedFailure(config.provider() + " asks to wait " + wait.toSeconds() + " s before the next "
                        + "request (rate limit); try again later.");
            }
            log.info("{} answered HTTP {}; retrying in {} ms", endpoint, status, wait.toMillis());
            pause(wait, rateLimited ? "waiting for the provider (rate limit)" : "waiting for the provider (retrying)",
                    control, started);
        }
    }

    /** Waits for the whole answer, reporting elapsed time and aborting the exchange on cancel or time-out. */
    private HttpResponse<String> send(HttpRequest request, JobControl control, long started) {
        CompletableFuture<HttpResponse<String>> pending =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + policy.timeout().toNanos();
        long lastReport = -1;
        while (true) {
            try {
                return pending.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
                try {
                    control.checkCancelled();
                } catch (CancelledException cancelled) {
                    pending.cancel(true); // aborts the exchange: the provider sees the connection close
                    log.info("{} cancelled after {} s", request.uri(), seconds);
                    throw cancelled;
                }
                if (System.nanoTime() > deadline) {
                    pending.cancel(true);
                    throw new HostedFailure("No answer from " + config.provider() + " within "
                            + policy.timeout().toSeconds() + " s; try again, or later if it is busy.");
                }
                if (seconds != lastReport) {
                    lastReport = seconds;
                    control.progress(0, 1, "waiting for " + config.provider() + " (" + seconds + " s)");
                }
            } catch (InterruptedException e) {
                pending.cancel(true);
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                throw connectionFailure(e.getCause());
            }
        }
    }

    private void pause(Duration wait, String stage, JobControl control, long started) {
        long until = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < until) {
            control.checkCancelled();
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            control.progress(0, 1, stage + " (" + seconds + " s)");
            try {
                Thread.sleep(Math.max(1, Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime()))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
    }

    /** {@code retry-after-ms} or {@code retry-after} in seconds (an HTTP date falls back to the backoff). */
    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> millis = response.headers().firstValue("retry-after-ms");
        Optional<String> seconds = response.headers().firstValue("retry-after");
        try {
            if (millis.isPresent()) {
                return Optional.of(Duration.ofMillis((long) Double.parseDouble(millis.get().strip())));
            }
            if (seconds.isPresent()) {
                return Optional.of(Duration.ofMillis((long) (Double.parseDouble(seconds.get().strip()) * 1000)));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** What the artist is told about a non-2xx answer: the provider's own message, the key masked. */
    private HostedFailure statusFailure(int status, String body) {
        String said = providerMessage(body);
        String provider = config.provider();
        String message = switch (status) {
            case 401 -> provider + " did not accept the API key (HTTP 401): " + said + " Check it with: ./easel engines "
                    + "test " + config.id() + " (the key is read from " + config.key().describe() + ").";
            case 400, 403 -> provider + " declined the request (HTTP " + status + "): " + said;
            case 404 -> provider + " has no such endpoint or model (HTTP 404): " + said + " Check the model ("
                    + config.model() + ") and the base URL (" + config.baseUrl() + ").";
            case 429 -> provider + " refused for now (HTTP 429): " + said;
            default -> provider + " failed (HTTP " + status + "): " + said;
        };
        return new HostedFailure(mask(message));
    }

    private HostedFailure connectionFailure(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new HostedFailure("Could not connect to " + config.host() + " in time; check the network.");
        }
        if (cause instanceof HttpTimeoutException) {
            return new HostedFailure("No answer from " + config.provider() + " within " + policy.timeout().toSeconds()
                    + " s; try again, or later if it is busy.");
        }
        if (cause instanceof ConnectException) {
            return new HostedFailure("Cannot connect to " + config.host() + "; is the server running, and is the "
                    + "base URL right (" + config.baseUrl() + ")?");
        }
        return new HostedFailure(mask("The request to " + config.host() + " failed: " + cause), cause);
    }

    /** {@code error.message} of the API's error shape, else the body itself (shortened). */
    private static String providerMessage(String body) {
        try {
            JsonObject reply = parse(body);
            if (reply.get("error") instanceof JsonObject error && error.get("message") instanceof JsonString message) {
                return "“" + message.getString() + "”";
            }
            if (reply.get("error") instanceof JsonString message) {
                return "“" + message.getString() + "”";
            }
        } catch (HostedFailure notJson) {
            // fall through: quote what came
        }
        String text = body.strip();
        return text.isEmpty() ? "(no message)" : "“" + (text.length() > 300 ? text.substring(0, 299) + "…" : text) + "”";
    }

    private static String errorCode(String body) {
        try {
            if (parse(body).get("error") instanceof JsonObject error && error.get("code") instanceof JsonString code) {
                return code.getString();
            }
        } catch (HostedFailure notJson) {
            return "";
        }
        return "";
    }

    /**
     * Removes the key and anything key-shaped from text headed for the artist or the log: OpenAI's
     * own 401 message quotes part of the key it was given.
     */
    String mask(String text) {
        String masked = text;
        Optional<String> key = config.key().read(env);
        if (key.isPresent() && key.get().length() >= 4) {
            masked = masked.replace(key.get(), "[key]");
        }
        return masked.replaceAll("sk-[A-Za-z0-9_*.\\-]{4,}", "sk-[key]");
    }

    private static List<byte[]> images(String body) {
        JsonObject reply = parse(body);
        if (!(reply.get("data") instanceof JsonArray data) || data.isEmpty()) {
            throw new HostedFailure("the server's answer has no images (no data[])");
        }
        List<byte[]> images = new ArrayList<>();
        for (JsonValue item : data) {
            if (item instanceof JsonObject image && image.get("b64_json") instanceof JsonString b64) {
                try {
                    images.add(Base64.getMimeDecoder().decode(b64.getString()));
                } catch (IllegalArgumentException e) {
                    throw new HostedFailure("the server's b64_json is not base64");
                }
            } else {
                throw new HostedFailure("the server answered without b64_json (a URL instead?); it must support "
                        + "response_format=b64_json");
            }
        }
        return images;
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Jsons.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new HostedFailure("the server's answer is not JSON");
        }
    }
}
