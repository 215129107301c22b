package org.easel.server.engines.diffusion.remote;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.easel.protocol.Jsons;
import org.easel.server.engines.diffusion.DiffusionException;

/**
 * A successful inference response: the JSON header's outputs, each with its shape, datatype and
 * either raw little-endian bytes (binary tensor data extension, in header order after the JSON) or
 * a JSON {@code data} array (a server that ignored {@code binary_data}; converted to the same bytes).
 */
final class InferResponse {
    /** One output as the server returned it. */
    record Output(String name, long[] shape, Datatype datatype, byte[] littleEndian) {
        float[] floats() {
            ByteBuffer b = ByteBuffer.wrap(littleEndian).order(ByteOrder.LITTLE_ENDIAN);
            return switch (datatype) {
                case FP32 -> {
                    float[] out = new float[littleEndian.length / 4];
                    b.asFloatBuffer().get(out);
                    yield out;
                }
                case FP16 -> {
                    float[] out = new float[littleEndian.length / 2];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = org.easel.server.engines.diffusion.onnx.Half.toFloat(b.getShort(i * 2));
                    }
                    yield out;
                }
                default -> throw new DiffusionException("output " + name + " is " + datatype + ", not a float tensor");
            };
        }
    }

    private final Map<String, Output> outputs;

    private InferResponse(Map<String, Output> outputs) {
        this.outputs = outputs;
    }

    Map<String, Output> outputs() {
        return outputs;
    }

    /**
     * Parses a body.
     *
     * @param headerLength the {@code Inference-Header-Content-Length}, absent when the body is JSON only
     * @param label        names the model in errors
     */
    static InferResponse parse(byte[] body, OptionalLong headerLength, String label) {
        int jsonLength = (int) headerLength.orElse(body.length);
        if (jsonLength < 0 || jsonLength > body.length) {
            throw malformed(label, "Inference-Header-Content-Length " + jsonLength + " exceeds the body's " + body.length + " bytes");
        }
        JsonObject header;
        try {
            header = Jsons.createReader(new ByteArrayInputStream(body, 0, jsonLength)).readObject();
        } catch (JsonException e) {
            throw malformed(label, "the response header is not JSON (" + e.getMessage() + ")");
        }
        Map<String, Output> outputs = new LinkedHashMap<>();
        int offset = jsonLength;
        JsonArray array = header.containsKey("outputs") ? header.getJsonArray("outputs") : JsonValue.EMPTY_JSON_ARRAY;
        for (JsonValue value : array) {
            JsonObject o = value.asJsonObject();
            String name = o.getString("name");
            Datatype datatype = Datatype.named(o.getString("datatype")).orElseThrow(() -> malformed(label,
                    "output " + name + " has datatype " + o.getString("datatype") + ", which Easel does not use"));
            JsonArray shapeJson = o.getJsonArray("shape");
            long[] shape = new long[shapeJson.size()];
            long count = 1;
            for (int i = 0; i < shape.length; i++) {
                shape[i] = shapeJson.getJsonNumber(i).longValueExact();
                count *= shape[i];
            }
            long expected = count * org.easel.server.engines.diffusion.onnx.TensorBuffer.elementSize(datatype.type());
            byte[] bytes;
            JsonObject parameters = o.containsKey("parameters") ? o.getJsonObject("parameters") : JsonValue.EMPTY_JSON_OBJECT;
            if (parameters.get("binary_data_size") instanceof JsonNumber size) {
                long n = size.longValueExact();
                if (n != expected || offset + n > body.length) {
                    throw malformed(label, "output " + name + " declares " + n + " bytes for a " + datatype + " tensor of shape "
                            + java.util.Arrays.toString(shape) + " (" + expected + " bytes), " + (body.length - offset) + " left in the body");
                }
                bytes = java.util.Arrays.copyOfRange(body, offset, offset + (int) n);
                offset += (int) n;
            } else if (o.containsKey("data")) {
                bytes = fromJson(o.getJsonArray("data"), datatype, (int) count, name, label);
            } else {
                throw malformed(label, "output " + name + " has neither binary data nor a data array");
            }
            outputs.put(name, new Output(name, shape, datatype, bytes));
        }
        return new InferResponse(outputs);
    }

    private static byte[] fromJson(JsonArray data, Datatype datatype, int count, String name, String label) {
        if (data.size() != count) {
            throw malformed(label, "output " + name + " has " + data.size() + " values for " + count + " elements");
        }
        ByteBuffer out = ByteBuffer.allocate(count * org.easel.server.engines.diffusion.onnx.TensorBuffer.elementSize(datatype.type()))
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            JsonNumber n = data.getJsonNumber(i);
            switch (datatype) {
                case FP32 -> out.putFloat((float) n.doubleValue());
                case FP16 -> out.putShort(org.easel.server.engines.diffusion.onnx.Half.fromFloat((float) n.doubleValue()));
                case FP64 -> out.putDouble(n.doubleValue());
                case INT32 -> out.putInt(n.intValueExact());
                case INT64 -> out.putLong(n.longValueExact());
            }
        }
        return out.array();
    }

    private static DiffusionException malformed(String label, String what) {
        return new DiffusionException(label + " answered with a malformed inference response: " + what);
    }
}
