package org.easel.server.engines.diffusion.remote;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A small Open Inference Protocol (KServe v2 REST) server for the tests, written from the
 * specification and Triton's binary tensor data extension, serving a Triton model repository
 * ({@code <repo>/<name>/1/model.onnx}) with ONNX Runtime: {@code /v2/health/live|ready},
 * {@code GET /v2/models/{name}}, {@code /v2/models/{name}/ready} and {@code POST /v2/models/{name}/infer}
 * with binary or JSON outputs. Real HTTP on loopback through the JDK's server; it records which
 * client connections (by port) and how many infer calls it served, so tests can see keep-alive
 * and one request per step.
 */
public final class KServeConformanceServer implements AutoCloseable {
    private static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, OrtSession> models = new LinkedHashMap<>();
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> inferCalls = new ConcurrentHashMap<>();
    /** The input names of every infer request, in order: each step's tensors should appear once. */
    private final List<List<String>> inferInputs = java.util.Collections.synchronizedList(new ArrayList<>());

    /** Serves every model folder of {@code repository} (version 1). */
    public KServeConformanceServer(Path repository) throws IOException, OrtException {
        try (Stream<Path> folders = Files.list(repository)) {
            for (Path folder : folders.sorted().toList()) {
                Path onnx = folder.resolve("1").resolve("model.onnx");
                if (Files.isRegularFile(onnx)) {
                    // The daemon's own session options, so local and remote runs compare like for like.
                    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                    options.setMemoryPatternOptimization(true);
                    models.put(folder.getFileName().toString(), ENV.createSession(onnx.toString(), options));
                }
            }
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v2/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public Set<String> modelNames() {
        return models.keySet();
    }

    /** How many distinct client connections have sent requests. */
    public int connections() {
        return clientPorts.size();
    }

    public int inferCalls(String model) {
        return inferCalls.getOrDefault(model, new AtomicInteger()).get();
    }

    public List<List<String>> inferInputs() {
        synchronized (inferInputs) {
            return List.copyOf(inferInputs);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        clientPorts.add(exchange.getRemoteAddress().getPort());
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/v2/health/ready") || path.equals("/v2/health/live")) {
                reply(exchange, 200, new byte[0], null);
                return;
            }
            String[] parts = path.substring("/v2/models/".length()).split("/");
            if (!path.startsWith("/v2/models/") || parts.length == 0) {
                error(exchange, 404, "no such endpoint " + path);
                return;
            }
            OrtSession session = models.get(parts[0]);
            if (session == null) {
                error(exchange, 400, "Request for unknown model: '" + parts[0] + "' is not found");
                return;
            }
            if (parts.length == 1 && method.equals("GET")) {
                reply(exchange, 200, metadata(parts[0], session), "application/json");
            } else if (parts.length == 2 && parts[1].equals("ready") && method.equals("GET")) {
                reply(exchange, 200, new byte[0], null);
            } else if (parts.length == 2 && parts[1].equals("infer") && method.equals("POST")) {
                inferCalls.computeIfAbsent(parts[0], k -> new AtomicInteger()).incrementAndGet();
                infer(exchange, session);
            } else {
                error(exchange, 404, "no such endpoint " + method + " " + path);
            }
        } catch (OrtException | RuntimeException e) {
            error(exchange, 400, String.valueOf(e.getMessage()));
        }
    }

    private static byte[] metadata(String name, OrtSession session) throws OrtException {
        JsonObjectBuilder json = Json.createObjectBuilder().add("name", name)
                .add("versions", Json.createArrayBuilder().add("1")).add("platform", "onnxruntime_onnx")
                .add("inputs", tensors(session.getInputInfo())).add("outputs", tensors(session.getOutputInfo()));
        return json.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonArrayBuilder tensors(Map<String, NodeInfo> nodes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (NodeInfo node : nodes.values()) {
            TensorInfo info = (TensorInfo) node.getInfo();
            JsonArrayBuilder shape = Json.createArrayBuilder();
            for (long d : info.getShape()) {
                shape.add(d);
            }
            array.add(Json.createObjectBuilder().add("name", node.getName()).add("datatype", datatype(info.type))
                    .add("shape", shape));
        }
        return array;
    }

    private void infer(HttpExchange exchange, OrtSession session) throws IOException, OrtException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String headerLength = exchange.getRequestHeaders().getFirst("Inference-Header-Content-Length");
        int jsonLength = headerLength == null ? body.length : Integer.parseInt(headerLength);
        JsonObject request = Json.createReader(new ByteArrayInputStream(body, 0, jsonLength)).readObject();
        Map<String, OnnxTensor> feeds = new HashMap<>();
        List<String> names = new ArrayList<>();
        int offset = jsonLength;
        try {
            for (JsonValue value : request.getJsonArray("inputs")) {
                JsonObject input = value.asJsonObject();
                String name = input.getString("name");
                names.add(name);
                NodeInfo declared = session.getInputInfo().get(name);
                if (declared == null) {
                    error(exchange, 400, "unexpected inference input '" + name + "'");
                    return;
                }
                TensorInfo info = (TensorInfo) declared.getInfo();
                long[] shape = longs(input.getJsonArray("shape"));
                String problem = mismatch(name, info, shape, input.getString("datatype"));
                if (problem != null) {
                    error(exchange, 400, problem);
                    return;
                }
                JsonObject parameters = input.getJsonObject("parameters");
                if (parameters == null || !(parameters.get("binary_data_size") instanceof JsonNumber size)) {
                    error(exchange, 400, "this server takes inputs as binary data only");
                    return;
                }
                int n = size.intValueExact();
                long expected = Arrays.stream(shape).reduce(1, Math::multiplyExact) * elementSize(info.type);
                if (n != expected || offset + n > body.length) {
                    error(exchange, 400, "input '" + name + "' has " + n + " bytes of binary data, expected " + expected);
                    return;
                }
                ByteBuffer data = ByteBuffer.allocateDirect(n).order(ByteOrder.LITTLE_ENDIAN);
                data.put(body, offset, n).flip();
                offset += n;
                feeds.put(name, OnnxTensor.createTensor(ENV, data.order(ByteOrder.nativeOrder()), shape, info.type));
            }
            inferInputs.add(List.copyOf(names));
            boolean allBinary = request.containsKey("parameters")
                    && request.getJsonObject("parameters").getBoolean("binary_data_output", false);
            Map<String, Boolean> wanted = new LinkedHashMap<>();
            if (request.containsKey("outputs")) {
                for (JsonValue value : request.getJsonArray("outputs")) {
                    JsonObject output = value.asJsonObject();
                    JsonObject parameters = output.containsKey("parameters") ? output.getJsonObject("parameters")
                            : JsonValue.EMPTY_JSON_OBJECT;
                    wanted.put(output.getString("name"), parameters.getBoolean("binary_data", allBinary));
                }
            } else {
                session.getOutputInfo().keySet().forEach(name -> wanted.put(name, allBinary));
            }
            try (OrtSession.Result result = session.run(feeds, wanted.keySet())) {
                JsonArrayBuilder outputs = Json.createArrayBuilder();
                ByteArrayOutputStream binary = new ByteArrayOutputStream();
                for (Map.Entry<String, Boolean> entry : wanted.entrySet()) {
                    OnnxTensor tensor = (OnnxTensor) result.get(entry.getKey()).orElseThrow();
                    TensorInfo info = tensor.getInfo();
                    JsonArrayBuilder shape = Json.createArrayBuilder();
                    for (long d : info.getShape()) {
                        shape.add(d);
                    }
                    JsonObjectBuilder output = Json.createObjectBuilder().add("name", entry.getKey())
                            .add("datatype", datatype(info.type)).add("shape", shape);
                    byte[] bytes = littleEndian(tensor);
                    if (entry.getValue()) {
                        output.add("parameters", Json.createObjectBuilder().add("binary_data_size", bytes.length));
                        binary.write(bytes);
                    } else {
                        output.add("data", jsonData(tensor));
                    }
                    outputs.add(output);
                }
                byte[] header = Json.createObjectBuilder().add("model_name", exchange.getRequestURI().getPath()
                        .split("/")[3]).add("outputs", outputs).build().toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Inference-Header-Content-Length", Integer.toString(header.length));
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                all.write(header);
                binary.writeTo(all);
                reply(exchange, 200, all.toByteArray(), "application/octet-stream");
            }
        } finally {
            feeds.values().forEach(OnnxValue::close);
        }
    }

    private static String mismatch(String name, TensorInfo info, long[] shape, String datatype) {
        long[] declared = info.getShape();
        boolean fits = declared.length == shape.length && datatype.equals(datatype(info.type));
        for (int i = 0; fits && i < shape.length; i++) {
            fits = declared[i] < 0 || declared[i] == shape[i];
        }
        return fits ? null : "unexpected shape for input '" + name + "', model expects " + datatype(info.type) + " "
                + Arrays.toString(declared) + " but got " + datatype + " " + Arrays.toString(shape);
    }

    private static byte[] littleEndian(OnnxTensor tensor) {
        ByteBuffer raw = tensor.getByteBuffer().order(ByteOrder.nativeOrder());
        byte[] bytes = new byte[raw.remaining()];
        raw.get(bytes);
        if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
            throw new IllegalStateException("this test server runs on little-endian machines only");
        }
        return bytes;
    }

    private static JsonArray jsonData(OnnxTensor tensor) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        if (tensor.getInfo().type != OnnxJavaType.FLOAT) {
            throw new IllegalArgumentException("JSON outputs are served for FP32 tensors only");
        }
        var floats = tensor.getFloatBuffer();
        while (floats.hasRemaining()) {
            data.add(floats.get());
        }
        return data.build();
    }

    private static long[] longs(JsonArray array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.getJsonNumber(i).longValueExact();
        }
        return out;
    }

    static String datatype(OnnxJavaType type) {
        return switch (type) {
            case FLOAT -> "FP32";
            case FLOAT16 -> "FP16";
            case DOUBLE -> "FP64";
            case INT32 -> "INT32";
            case INT64 -> "INT64";
            default -> throw new IllegalArgumentException("no datatype for " + type);
        };
    }

    private static int elementSize(OnnxJavaType type) {
        return switch (type) {
            case FLOAT, INT32 -> 4;
            case FLOAT16 -> 2;
            case DOUBLE, INT64 -> 8;
            default -> throw new IllegalArgumentException("no size for " + type);
        };
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        reply(exchange, status, Json.createObjectBuilder().add("error", message).build().toString()
                .getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static void reply(HttpExchange exchange, int status, byte[] body, String contentType) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() throws OrtException {
        server.stop(0);
        executor.shutdownNow();
        for (OrtSession session : models.values()) {
            session.close();
        }
    }
}
