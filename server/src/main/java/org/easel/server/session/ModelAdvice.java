package org.easel.server.session;

import org.easel.server.planning.SynthesisRequest;

/** What to tell the artist when a request needs a diffusion model that is not installed. */
final class ModelAdvice {
    /** The catalog entry that covers most requests; `easel models list` shows the others. */
    static final String INSTALL_HINT = "Install one with: ./easel models install sd15-inpainting "
            + "(./easel models list shows all), then ask again.";

    static final String STYLE_NOTE = "Styles shape generated content once a diffusion model is installed; "
            + "the built-in adjustments are not affected.";

    private ModelAdvice() {
    }

    static String missing(String instruction, SynthesisRequest.Capability capability) {
        return "“" + shorten(instruction) + "” needs a diffusion model (to " + capability.description()
                + "), and none is installed. " + INSTALL_HINT;
    }

    private static String shorten(String instruction) {
        String s = instruction.strip();
        return s.length() > 120 ? s.substring(0, 119) + "…" : s;
    }
}
