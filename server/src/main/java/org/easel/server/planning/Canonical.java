package org.easel.server.planning;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.server.engines.classical.Extension;
import org.easel.server.engines.classical.Synthesis;

/**
 * Each reading Easel offers when it asks is a complete instruction that means exactly that
 * reading when sent back: this class writes those instructions and reads back the ones no other
 * rule reads ("paint a lantern into the selection", "generate a new picture of …", "change the
 * whole picture: …", "another version in crayon style").
 */
final class Canonical {
    private static final Pattern PAINT = Pattern.compile("^paint (.+) into the selection$");
    private static final Pattern GENERATE = Pattern.compile("^generate a new picture of (.+)$");
    private static final Pattern EDIT = Pattern.compile("^change the whole picture: (.+)$");
    private static final Pattern VARIATION = Pattern.compile("^another version in (.+) style$");

    private Canonical() {
    }

    /** The instruction that means {@code understanding}; every reading offered has one. */
    static String of(Understanding understanding) {
        if (understanding instanceof Understanding.Planned planned) {
            return of(planned.plan());
        }
        if (understanding instanceof Understanding.NeedsModel need) {
            String negative = need.negative().isEmpty() ? "" : ", without " + need.negative();
            return switch (need.capability()) {
                case TEXT_TO_IMAGE -> "generate a new picture of " + need.prompt() + negative;
                case INPAINT -> "paint " + need.prompt() + negative + " into the selection";
                case INSTRUCTION_EDIT -> instructionEdit(need.prompt());
            };
        }
        if (understanding instanceof Understanding.FollowingUp f) {
            return of(f.followUp());
        }
        throw new IllegalArgumentException("not a reading: " + understanding);
    }

    static String instructionEdit(String instruction) {
        return "change the whole picture: " + instruction;
    }

    /** Reads the canonical forms that only this class writes. */
    static Optional<Understanding> read(String instruction) {
        String text = Phrasing.normalise(instruction);
        Matcher m;
        if ((m = PAINT.matcher(text)).matches()) {
            return content(SynthesisRequest.Capability.INPAINT, instruction, m);
        }
        if ((m = GENERATE.matcher(text)).matches()) {
            return content(SynthesisRequest.Capability.TEXT_TO_IMAGE, instruction, m);
        }
        if ((m = EDIT.matcher(text)).matches()) {
            String edit = instruction.strip().substring(m.start(1)).strip();
            return Optional.of(new Understanding.NeedsModel(SynthesisRequest.Capability.INSTRUCTION_EDIT, edit,
                    SynthesisRequest.negative(edit)));
        }
        if ((m = VARIATION.matcher(text)).matches()) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Variation(m.group(1).strip())));
        }
        return Optional.empty();
    }

    /** The prompt as typed (case kept), and its "without …" part as the negative. */
    private static Optional<Understanding> content(SynthesisRequest.Capability capability, String instruction, Matcher m) {
        String said = instruction.strip().substring(m.start(1), m.end(1));
        String prompt = SynthesisRequest.withoutNegative(said);
        return Optional.of(new Understanding.NeedsModel(capability, prompt, SynthesisRequest.negative(said)));
    }

    private static String of(Plan plan) {
        Optional<Synthesis> synthesis = plan.synthesis();
        if (synthesis.isPresent() && synthesis.get() instanceof Synthesis.Fill) {
            return "remove what is selected";
        }
        if (synthesis.isPresent() && synthesis.get() instanceof Extension extension) {
            return extension(extension);
        }
        String summary = plan.summary();
        return summary.substring(0, 1).toLowerCase(Locale.ROOT) + summary.substring(1);
    }

    /** "extend the canvas on the left and right by 150 px": one amount for every side that grows. */
    private static String extension(Extension e) {
        StringBuilder sides = new StringBuilder();
        Extension.Amount amount = Extension.Amount.NONE;
        String[] names = {"left", "top", "right", "bottom"};
        Extension.Amount[] amounts = {e.left(), e.top(), e.right(), e.bottom()};
        for (int i = 0; i < 4; i++) {
            if (amounts[i].value() > 0) {
                sides.append(sides.length() == 0 ? "" : " and ").append(names[i]);
                amount = amounts[i].value() > amount.value() ? amounts[i] : amount;
            }
        }
        String value = amount.value() == Math.rint(amount.value()) ? String.valueOf((long) amount.value())
                : String.valueOf(amount.value());
        return "extend the canvas on the " + sides + " by " + value
                + (amount.unit() == Extension.Unit.PX ? " px" : "%");
    }

    private static String of(FollowUp followUp) {
        if (followUp instanceof FollowUp.Undo) {
            return "undo";
        }
        if (followUp instanceof FollowUp.Original) {
            return "go back to the original";
        }
        if (followUp instanceof FollowUp.ShowTurn show) {
            return switch (show.reference()) {
                case FIRST -> "use the first one";
                case LAST -> "use the last one";
                case PREVIOUS -> "use the previous one";
                case NUMBERED -> "use #" + show.number();
            };
        }
        if (followUp instanceof FollowUp.Rescale rescale) {
            double f = rescale.factor();
            return f >= 2 ? "much more" : f > 1.3 ? "more" : f > 1 ? "a bit more"
                    : f <= 0.25 ? "much less" : f < 0.7 ? "less" : "a bit less";
        }
        if (followUp instanceof FollowUp.Again) {
            return "again";
        }
        if (followUp instanceof FollowUp.Reapply reapply) {
            return "re-apply #" + reapply.number();
        }
        if (followUp instanceof FollowUp.Variation variation) {
            return variation.style().isEmpty() ? "another one" : "another version in " + variation.style() + " style";
        }
        if (followUp instanceof FollowUp.SetStyle set) {
            return "in " + set.style() + " style from now on";
        }
        return followUp instanceof FollowUp.KeepStyle ? "keep this style" : "no style";
    }
}
