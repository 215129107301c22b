package org.easel.server.engines.diffusion.remote;

import jakarta.json.JsonArrayBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.easel.protocol.Jsons;
import org.easel.server.engines.diffusion.onnx.TensorBuffer;

/**
 * One inference request in the binary tensor data extension's framing: the JSON header (each input
 * with its shape, datatype and {@code binary_data_size}; each wanted output with
 * {@code binary_data: true}) followed by the inputs' raw little-endian bytes in the same order.
 * Its length goes in {@code Inference-Header-Content-Length}.
 */
record InferRequest(byte[] header, List<byte[]> tensors) {

    /** @param shapes each input's shape on the wire (its buffer's, or with a trailing 1 the server declares) */
    static InferRequest of(Map<String, TensorBuffer> inputs, Map<String, long[]> shapes, List<String> outputs) {
        JsonArrayBuilder inputArray = Jsons.createArrayBuilder();
        List<byte[]> tensors = new ArrayList<>();
        inputs.forEach((name, buffer) -> {
            JsonArrayBuilder shape = Jsons.createArrayBuilder();
            for (long d : shapes.get(name)) {
                shape.add(d);
            }
            byte[] data = buffer.littleEndianBytes();
            inputArray.add(Jsons.createObjectBuilder().add("name", name).add("shape", shape)
                    .add("datatype", Datatype.of(buffer.type()).name())
                    .add("parameters", Jsons.createObjectBuilder().add("binary_data_size", data.length)));
            tensors.add(data);
        });
        JsonArrayBuilder outputArray = Jsons.createArrayBuilder();
        for (String name : outputs) {
            outputArray.add(Jsons.createObjectBuilder().add("name", name)
                    .add("parameters", Jsons.createObjectBuilder().add("binary_data", true)));
        }
        String json = Jsons.createObjectBuilder().add("inputs", inputArray).add("outputs", outputArray).build().toString();
        return new InferRequest(json.getBytes(StandardCharsets.UTF_8), List.copyOf(tensors));
    }

    /** Header and tensors, in the order they go on the wire. */
    List<byte[]> body() {
        List<byte[]> body = new ArrayList<>(tensors.size() + 1);
        body.add(header);
        body.addAll(tensors);
        return body;
    }

    long contentLength() {
        long length = header.length;
        for (byte[] t : tensors) {
            length += t.length;
        }
        return length;
    }
}
