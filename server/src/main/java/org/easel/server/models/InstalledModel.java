package org.easel.server.models;

import java.nio.file.Path;
import java.util.List;

/**
 * A complete, verified model in the store: its folder holds a diffusers ONNX layout
 * (model_index.json, scheduler/, tokenizer/, text_encoder/, unet/, vae_encoder/, vae_decoder/) and
 * easel-model.json.
 *
 * @param source the repository it came from ("onnxruntime/sd-turbo"), or "local" for a folder the
 *     user added under their own id
 * @param revision the commit it is pinned to; empty for a user's own folder
 */
public record InstalledModel(String id, Path folder, List<String> capabilities, String source, String revision) {
    public InstalledModel {
        capabilities = List.copyOf(capabilities);
    }
}
