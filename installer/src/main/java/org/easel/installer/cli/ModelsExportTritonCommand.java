package org.easel.installer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.model.ModelFolder;
import org.easel.server.engines.diffusion.onnx.InferenceModel;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.engines.diffusion.remote.TritonRepository;
import org.easel.server.models.ModelException;
import org.easel.server.models.ModelId;
import org.easel.server.models.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code easel models export-triton ID DIR}: an installed model as a Triton model repository. */
@Command(name = "export-triton", mixinStandardHelpOptions = true,
        description = {"Write an installed model as an NVIDIA Triton model repository: one folder per network "
                + "(<prefix>_text_encoder, <prefix>_unet, <prefix>_vae_decoder, <prefix>_vae_encoder), each with "
                + "config.pbtxt (platform onnxruntime_onnx, the inputs and outputs read from the ONNX file, "
                + "dynamic_batching, instance_group on the GPU) and 1/model.onnx.",
                "Serve it with: tritonserver --model-repository DIR, then: easel models add-remote ID --url "
                        + "http://HOST:8000 --pipeline <this model's folder>."})
final class ModelsExportTritonCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "The installed model to export.")
    String id;

    @Parameters(index = "1", paramLabel = "DIR", description = "The repository folder to write (new or empty).")
    Path dir;

    @Option(names = "--prefix", paramLabel = "NAME", description = "Name the models NAME_unet, … (default: the ID, dots as _).")
    String prefix;

    @Mixin
    ModelsOptions options;

    @Override
    public Integer call() {
        ModelStore store = options.store();
        ModelFolder folder;
        try {
            ModelId.require(id);
            Path root = store.find(id).orElseThrow(() -> new ModelException(id + " is not installed in " + store.dir()
                    + " (easel models list shows what is).")).folder();
            folder = ModelFolder.inspect(root);
            if (folder.remote().isPresent()) {
                throw new ModelException(id + " already runs on " + folder.remote().get().url() + "; export a local model.");
            }
        } catch (ModelException | DiffusionException e) {
            System.err.println("easel models export-triton: " + e.getMessage());
            return ModelsCommand.USAGE;
        }
        OnnxRuntime runtime = new OnnxRuntime(OnnxRuntime.Device.CPU, 1);
        List<String> files = new ArrayList<>(List.of(ModelFolder.TEXT_ENCODER, ModelFolder.UNET, ModelFolder.VAE_DECODER));
        if (folder.hasVaeEncoder()) {
            files.add(ModelFolder.VAE_ENCODER);
        }
        List<InferenceModel> opened = new ArrayList<>();
        try {
            List<TritonRepository.Part> parts = new ArrayList<>();
            for (String file : files) {
                // The session is opened only to read the declared inputs and outputs, as the loader does.
                InferenceModel model = runtime.open(folder.file(file), file);
                opened.add(model);
                parts.add(new TritonRepository.Part(ModelFolder.part(file), model, folder.file(file).getParent()));
            }
            List<Path> written = TritonRepository.write(prefix == null ? id : prefix, parts, dir);
            System.out.println("Wrote a Triton model repository in " + dir + ": " + written.stream()
                    .map(p -> p.getFileName().toString()).toList() + ".");
            System.out.println("Serve it:       tritonserver --model-repository " + dir.toAbsolutePath());
            System.out.println("Then on each artist's machine:  easel models add-remote " + id + "-remote --url "
                    + "http://HOST:8000 --prefix " + (prefix == null ? id : prefix) + " --pipeline " + folder.root());
            return 0;
        } catch (DiffusionException e) {
            System.err.println("easel models export-triton: " + e.getMessage());
            return ModelsCommand.FAILED;
        } finally {
            opened.forEach(InferenceModel::close);
        }
    }
}
