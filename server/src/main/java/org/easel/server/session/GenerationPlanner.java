package org.easel.server.session;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.easel.protocol.ErrorCode;
import org.easel.server.engines.classical.Extension;
import org.easel.server.engines.classical.Synthesis;
import org.easel.server.engines.diffusion.model.ModelKind;
import org.easel.server.engines.diffusion.model.ModelLibrary;
import org.easel.server.planning.Plan;
import org.easel.server.planning.SynthesisRequest;
import org.easel.server.planning.Understanding;

/**
 * Plans requests for new content ("add a red hat", "generate a castle", "make it look like a
 * watercolour") on an installed diffusion model: which model, and the prompt it is given — the
 * content asked for plus the conversation's style. Without a suitable model the request is
 * answered {@code model_required}, naming the model to install.
 */
final class GenerationPlanner {
    private final Optional<ModelLibrary> library;

    GenerationPlanner(Optional<ModelLibrary> library) {
        this.library = library;
    }

    /** Whether any diffusion model is installed (else only the classical engine runs). */
    boolean anyModelInstalled() {
        return library.map(l -> !l.installed().isEmpty()).orElse(false);
    }

    /** Whether an installed model follows edit instructions (InstructPix2Pix): the one the request names, if it names one. */
    boolean followsInstructions(EditRequest request) {
        return library.flatMap(l -> l.choose(SynthesisRequest.Capability.INSTRUCTION_EDIT.id(), request.options().model()))
                .isPresent();
    }

    Plan plan(Understanding.NeedsModel need, EditRequest request, Optional<String> style) throws EditRejected {
        SynthesisRequest.Capability capability = need.capability();
        Optional<String> requested = request.options().model();
        Optional<ModelLibrary.Installed> model = library.flatMap(l -> l.choose(capability.id(), requested));
        if (model.isEmpty() && capability == SynthesisRequest.Capability.INSTRUCTION_EDIT) {
            // Without an instruction-following model, a text-to-image model redraws the image towards
            // the look described (image-to-image).
            model = library.flatMap(l -> l.choose("image-to-image", requested));
        }
        if (model.isEmpty()) {
            if (requested.isPresent() && library.isPresent()) {
                throw new EditRejected(ErrorCode.MODEL_REQUIRED, "The model \"" + requested.get() + "\" is not installed "
                        + "or cannot " + capability.description() + ". " + installedSummary(library.get()));
            }
            throw new EditRejected(ErrorCode.MODEL_REQUIRED, ModelAdvice.missing(request.instruction(), capability));
        }
        ModelLibrary.Installed chosen = model.get();
        boolean instructionEdit = capability == SynthesisRequest.Capability.INSTRUCTION_EDIT;
        boolean modelReadsInstruction = instructionEdit && chosen.folder().claimedKind() == ModelKind.INSTRUCT_PIX2PIX;
        String prompt = instructionEdit && !modelReadsInstruction ? SynthesisRequest.description(need.prompt())
                : need.prompt();
        String styled = style.map(s -> prompt + ", " + s + " style").orElse(prompt);
        String negative = negative(need, request, modelReadsInstruction);
        String[] wording = wording(capability, styled);
        String avoiding = negative.isEmpty() ? "" : ", avoiding “" + negative + "”";
        return new Plan(wording[0] + avoiding + " with " + chosen.id(), wording[1], DiffusionEditEngine.ENGINE,
                List.of(), new Synthesis.Generate(capability.id(), styled, negative, chosen.id()));
    }

    /**
     * The negative prompt: what the instruction says to leave out ("…, without hats") and the
     * {@code negative} option. An instruction-following model reads "without" itself.
     */
    private static String negative(Understanding.NeedsModel need, EditRequest request, boolean modelReadsInstruction) {
        String said = modelReadsInstruction ? "" : need.negative();
        return Stream.of(said, request.options().negativePrompt().orElse("")).filter(s -> !s.isBlank())
                .collect(Collectors.joining(", "));
    }

    /**
     * An extension of the canvas painted by a model that can outpaint, when one is installed and the
     * artist did not ask for the classical engine; the exemplar fill otherwise.
     */
    Plan preferOutpainting(Plan plan, EditRequest request) {
        if (!(plan.synthesis().orElse(null) instanceof Extension)
                || request.options().engine().filter(DiffusionEditEngine.ENGINE::equals).isEmpty()
                        && request.options().engine().isPresent()) {
            return plan;
        }
        return library.flatMap(l -> l.choose("outpaint", request.options().model()))
                .map(model -> new Plan(plan.summary() + ", painted by " + model.id(), plan.doneMessage(),
                        DiffusionEditEngine.ENGINE, List.of(), plan.synthesis()))
                .orElse(plan);
    }

    /** The plan's summary and done message. */
    private static String[] wording(SynthesisRequest.Capability capability, String prompt) {
        return switch (capability) {
            case TEXT_TO_IMAGE -> new String[] {"Generate “" + prompt + "”", "Generated “" + prompt + "”."};
            case INPAINT -> new String[] {"Paint “" + prompt + "” into the selection",
                    "Painted “" + prompt + "” into the selection."};
            case INSTRUCTION_EDIT -> new String[] {"Change the image: “" + prompt + "”",
                    "Changed the image: “" + prompt + "”."};
        };
    }

    private static String installedSummary(ModelLibrary library) {
        List<ModelLibrary.Installed> installed = library.installed();
        if (installed.isEmpty()) {
            return "No models are installed. " + ModelAdvice.INSTALL_HINT;
        }
        return "Installed: " + installed.stream().map(m -> m.id() + " (" + String.join(", ", m.capabilities()) + ")")
                .collect(Collectors.joining("; ")) + ".";
    }
}
