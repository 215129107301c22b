package org.easel.server.engines.diffusion.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.onnx.InferenceModel;
import org.easel.server.engines.diffusion.onnx.TensorSpec;

/**
 * Writes an installed model as an NVIDIA Triton model repository ({@code easel models export-triton}):
 * one folder per network, {@code <prefix>_<part>/config.pbtxt} and {@code <prefix>_<part>/1/} with the
 * ONNX file and any external weights beside it. The inputs and outputs come from the ONNX session,
 * as the local loader reads them. A network whose every tensor has a free first dimension gets
 * Triton's {@code dynamic_batching}, so requests from several artists share one GPU run; rank-1
 * tensors (the UNet's timestep) travel as {@code [batch, 1]} and are reshaped back, which the
 * client does by itself when the server declares that trailing 1.
 */
public final class TritonRepository {
    /** The largest batch Triton may assemble from several requests. */
    static final int MAX_BATCH = 8;

    private TritonRepository() {
    }

    /** One network to export: its part name, the session that declares its tensors, and its folder. */
    public record Part(String part, InferenceModel model, Path folder) {
    }

    /**
     * Writes the repository into {@code dir} (created; must be empty if it exists).
     *
     * @return the folders written
     */
    public static List<Path> write(String prefix, Collection<Part> parts, Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> children = Files.list(dir)) {
                    if (children.findAny().isPresent()) {
                        throw new DiffusionException(dir + " is not empty; give export-triton a new or empty folder.");
                    }
                }
            }
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            for (Part part : parts) {
                String name = RemoteEndpoint.serverName(prefix, part.part());
                Path model = dir.resolve(name);
                Path version = Files.createDirectories(model.resolve("1"));
                try (Stream<Path> files = Files.list(part.folder())) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        if (!file.getFileName().toString().equals("config.json")) {
                            Files.copy(file, version.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                        }
                    }
                }
                Files.writeString(model.resolve("config.pbtxt"), config(name, part.model()), StandardCharsets.UTF_8);
                written.add(model);
            }
            return written;
        } catch (IOException e) {
            throw new DiffusionException("Cannot write the Triton repository in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The config.pbtxt of one network. */
    static String config(String name, InferenceModel model) {
        boolean batched = batchable(model);
        StringBuilder out = new StringBuilder();
        out.append("# Written by easel models export-triton from the ONNX file's declared inputs and outputs.\n");
        out.append("name: \"").append(name).append("\"\n");
        out.append("platform: \"onnxruntime_onnx\"\n");
        out.append("max_batch_size: ").append(batched ? MAX_BATCH : 0).append('\n');
        tensors(out, "input", model.inputs().values(), batched);
        tensors(out, "output", model.outputs().values(), batched);
        if (batched) {
            out.append("dynamic_batching {\n  max_queue_delay_microseconds: 2000\n}\n");
        } else {
            out.append("# No dynamic_batching: a tensor has a fixed first dimension, so requests cannot be stacked.\n");
        }
        out.append("instance_group [\n  {\n    count: 1\n    kind: KIND_GPU\n  }\n]\n");
        return out.toString();
    }

    private static boolean batchable(InferenceModel model) {
        return Stream.concat(model.inputs().values().stream(), model.outputs().values().stream())
                .allMatch(t -> t.rank() >= 1 && t.dim(0) < 0);
    }

    private static void tensors(StringBuilder out, String kind, Collection<TensorSpec> specs, boolean batched) {
        out.append(kind).append(" [\n");
        List<String> entries = new ArrayList<>();
        for (TensorSpec spec : specs.stream().sorted(java.util.Comparator.comparing(TensorSpec::name)).toList()) {
            long[] shape = spec.shape();
            long[] dims = batched ? java.util.Arrays.copyOfRange(shape, 1, shape.length) : shape;
            StringBuilder e = new StringBuilder();
            e.append("  {\n    name: \"").append(spec.name()).append("\"\n    data_type: TYPE_")
                    .append(Datatype.of(spec.type()).name().toUpperCase(Locale.ROOT)).append('\n');
            if (dims.length == 0) {
                // Triton needs at least one dimension: the batched scalar travels as [batch, 1].
                e.append("    dims: [ 1 ]\n    reshape: { shape: [ ] }\n");
            } else {
                e.append("    dims: [ ").append(join(dims)).append(" ]\n");
            }
            e.append("  }");
            entries.add(e.toString());
        }
        out.append(String.join(",\n", entries)).append("\n]\n");
    }

    private static String join(long[] dims) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < dims.length; i++) {
            s.append(i == 0 ? "" : ", ").append(dims[i]);
        }
        return s.toString();
    }
}
