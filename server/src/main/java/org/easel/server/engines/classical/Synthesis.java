package org.easel.server.engines.classical;

/**
 * An edit that creates pixels rather than adjusting the ones there: filling the selection from the
 * rest of the image ({@link Fill}), extending the canvas ({@link Extension}), or new content from a
 * diffusion model ({@link Generate}), or changing the canvas itself ({@link CanvasOperation}).
 */
public sealed interface Synthesis permits Synthesis.Fill, Synthesis.Generate, Extension,
        CanvasOperation {

    /** "Remove the selected object", "fill the selection", "clean this up". */
    record Fill() implements Synthesis {
    }

    /**
     * New content from a diffusion model.
     *
     * @param capability what is asked, in the protocol's words: text-to-image, inpaint, instruction-edit
     * @param prompt     what the model is told to make (the instruction itself for an instruction edit)
     * @param negative   what it should not show; empty for nothing in particular
     * @param model      the installed model that makes it
     */
    record Generate(String capability, String prompt, String negative, String model) implements Synthesis {
    }

    /** The op name used in plans on the wire. */
    default String wireName() {
        if (this instanceof Generate) {
            return "generate";
        }
        return this instanceof Fill ? "fill" : "extend";
    }
}
