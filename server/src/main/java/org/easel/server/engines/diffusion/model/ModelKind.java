package org.easel.server.engines.diffusion.model;

import java.util.List;
import java.util.Optional;

/**
 * What a Stable Diffusion UNet was trained for, told by its {@code sample} input's channel count:
 * 4 latent channels alone (text-to-image, which image-to-image and latent-mask inpainting reuse),
 * 9 for inpainting (latents, mask, masked-image latents), 8 for InstructPix2Pix (latents, image latents).
 */
public enum ModelKind {
    TEXT_TO_IMAGE(4, List.of("text-to-image", "image-to-image", "inpaint", "outpaint", "variations")),
    INPAINT(9, List.of("inpaint", "outpaint", "text-to-image", "variations")),
    INSTRUCT_PIX2PIX(8, List.of("instruction-edit", "variations"));

    private final int unetChannels;
    private final List<String> capabilities;

    ModelKind(int unetChannels, List<String> capabilities) {
        this.unetChannels = unetChannels;
        this.capabilities = capabilities;
    }

    public int unetChannels() {
        return unetChannels;
    }

    /** What the artist can ask of such a model, in the protocol's words (`models` reply). */
    public List<String> capabilities() {
        return capabilities;
    }

    public boolean can(String capability) {
        return capabilities.contains(capability);
    }

    public static Optional<ModelKind> fromUnetChannels(long channels) {
        for (ModelKind kind : values()) {
            if (kind.unetChannels == channels) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind a diffusers pipeline class name implies, before the UNet is opened. */
    public static ModelKind fromPipelineClass(String className) {
        if (className.contains("InstructPix2Pix")) {
            return INSTRUCT_PIX2PIX;
        }
        return className.contains("Inpaint") ? INPAINT : TEXT_TO_IMAGE;
    }
}
