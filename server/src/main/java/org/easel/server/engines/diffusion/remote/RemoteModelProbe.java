package org.easel.server.engines.diffusion.remote;

import java.util.Map;
import java.util.Optional;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.onnx.TensorSpec;

/**
 * What an inference server offers for one diffusion model, read from its readiness and metadata
 * endpoints when the model is added: which parts it serves (the VAE encoder is optional) and the
 * UNet's input channels, which say what the model can do (4 text-to-image, 9 inpainting,
 * 8 InstructPix2Pix) exactly as a local UNet's session does.
 */
public final class RemoteModelProbe {
    /** The endpoint with the parts found, and the UNet's {@code sample} channels. */
    public record Found(RemoteEndpoint endpoint, long unetChannels) {
    }

    private RemoteModelProbe() {
    }

    /**
     * @param endpoint the server, with the parts to look for (text encoder, UNet and VAE decoder
     *                 required; a VAE encoder used when the server has it)
     */
    public static Found probe(RemoteEndpoint endpoint) {
        KServeClient client = new KServeClient(endpoint);
        client.checkServerReady();
        Map<String, String> parts = new java.util.LinkedHashMap<>(endpoint.parts());
        for (String part : java.util.List.copyOf(parts.keySet())) {
            if (part.equals("vae_encoder")) {
                try {
                    client.checkModelReady(parts.get(part));
                } catch (DiffusionException e) {
                    parts.remove(part); // text-to-image only: image edits will name what is missing
                }
            } else {
                client.checkModelReady(parts.get(part));
            }
        }
        KServeClient.Metadata unet = client.metadata(parts.get("unet"));
        TensorSpec sample = Optional.ofNullable(unet.inputs().get("sample")).orElseThrow(() -> new DiffusionException(
                "The model \"" + parts.get("unet") + "\" on " + endpoint.url() + " has no input \"sample\" (it has "
                        + unet.inputs().keySet() + "); it is not a diffusers UNet export."));
        if (sample.rank() != 4 || sample.dim(1) < 0) {
            throw new DiffusionException("The model \"" + parts.get("unet") + "\" on " + endpoint.url()
                    + " declares its sample input as " + sample + "; Easel needs [batch, channels, height, width] "
                    + "with a fixed channel count.");
        }
        for (String part : new String[] {"text_encoder", "vae_decoder"}) {
            client.metadata(parts.get(part)); // present and readable; the pipeline checks the inputs it uses at load
        }
        return new Found(endpoint.withParts(parts), sample.dim(1));
    }
}
