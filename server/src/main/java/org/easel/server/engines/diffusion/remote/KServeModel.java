package org.easel.server.engines.diffusion.remote;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.onnx.InferenceModel;
import org.easel.server.engines.diffusion.onnx.TensorBuffer;
import org.easel.server.engines.diffusion.onnx.TensorOutputs;
import org.easel.server.engines.diffusion.onnx.TensorSpec;

/**
 * One network of a diffusion model served by a KServe v2 / Triton server: the remote
 * {@link InferenceModel}. Its inputs and outputs are the server's metadata, read when it is opened
 * (as the local loader reads the ONNX session); each run is one {@code infer} request carrying
 * every input once as raw bytes, with the outputs asked for as raw bytes too.
 */
public final class KServeModel implements InferenceModel {
    private final KServeClient client;
    private final String name;
    private final String label;
    private final Map<String, TensorSpec> inputs;
    private final Map<String, TensorSpec> outputs;
    private final AtomicLong runNanos = new AtomicLong();

    private KServeModel(KServeClient client, String name, String label, KServeClient.Metadata metadata) {
        this.client = client;
        this.name = name;
        this.label = label;
        this.inputs = metadata.inputs();
        this.outputs = metadata.outputs();
    }

    /**
     * Checks that the model {@code name} is ready on the server and reads its metadata.
     *
     * @param part the pipeline's name for it (e.g. {@code unet}), for messages
     */
    public static KServeModel open(KServeClient client, String part, String name) {
        client.checkModelReady(name);
        String label = part + " (\"" + name + "\" on " + client.endpoint().url() + ")";
        return new KServeModel(client, name, label, client.metadata(name));
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Map<String, TensorSpec> inputs() {
        return inputs;
    }

    @Override
    public Map<String, TensorSpec> outputs() {
        return outputs;
    }

    @Override
    public TensorOutputs run(Map<String, TensorBuffer> feeds) {
        InferResponse response = infer(feeds, List.copyOf(outputs.keySet()));
        Map<String, TensorOutputs.Output> floats = new LinkedHashMap<>();
        response.outputs().forEach((outputName, output) -> {
            if (output.datatype() == Datatype.FP32 || output.datatype() == Datatype.FP16) {
                floats.put(outputName, new TensorOutputs.Output(output.shape(), output.floats()));
            }
        });
        return new TensorOutputs(label, floats);
    }

    @Override
    public void runInto(Map<String, TensorBuffer> feeds, Map<String, TensorBuffer> pinned) {
        InferResponse response = infer(feeds, List.copyOf(pinned.keySet()));
        pinned.forEach((outputName, buffer) -> {
            InferResponse.Output output = response.outputs().get(outputName);
            if (output == null) {
                throw new DiffusionException(label + " returned no " + outputName + " (it returned "
                        + response.outputs().keySet() + ")");
            }
            if (output.datatype().type() != buffer.type() || output.littleEndian().length != buffer.byteSize()) {
                throw new DiffusionException(label + " returned " + outputName + " as " + output.datatype() + " "
                        + Arrays.toString(output.shape()) + "; expected " + Datatype.of(buffer.type()) + " "
                        + Arrays.toString(buffer.shape()));
            }
            buffer.setLittleEndianBytes(output.littleEndian(), 0);
        });
    }

    private InferResponse infer(Map<String, TensorBuffer> feeds, List<String> wanted) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        feeds.forEach((inputName, buffer) -> shapes.put(inputName, wireShape(inputName, buffer)));
        long start = System.nanoTime();
        try {
            return client.infer(name, InferRequest.of(feeds, shapes, wanted), label);
        } finally {
            runNanos.addAndGet(System.nanoTime() - start);
        }
    }

    /**
     * The shape to send: the buffer's, with a trailing 1 when the server declares one more dimension
     * of size 1 (Triton's batched scalars, {@code dims: [1]} reshaped to {@code []}). A tensor that
     * cannot fit the declared input is refused here, naming the model and the input.
     */
    private long[] wireShape(String inputName, TensorBuffer buffer) {
        TensorSpec spec = input(inputName);
        long[] shape = buffer.shape();
        if (spec.rank() == shape.length + 1 && spec.dim(shape.length) == 1) {
            shape = Arrays.copyOf(shape, shape.length + 1);
            shape[shape.length - 1] = 1;
        }
        boolean fits = spec.rank() == shape.length && spec.type() == buffer.type();
        for (int i = 0; fits && i < shape.length; i++) {
            fits = spec.dim(i) < 0 || spec.dim(i) == shape[i];
        }
        if (!fits) {
            throw new DiffusionException("Shape mismatch on " + label + ": input \"" + inputName + "\" would be "
                    + Datatype.of(buffer.type()) + " " + Arrays.toString(shape) + " but the server declares "
                    + Datatype.of(spec.type()) + " " + Arrays.toString(spec.shape())
                    + ". The server's model is not the one this Easel model was added for; add it again or fix the server's config.");
        }
        return shape;
    }

    @Override
    public long runNanos() {
        return runNanos.get();
    }

    @Override
    public void close() {
        // Nothing held per model: the client's connections are shared by the model's parts and closed with the JVM's pool.
    }
}
