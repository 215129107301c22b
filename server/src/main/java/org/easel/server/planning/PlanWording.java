package org.easel.server.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * Phrases a plan for people: "Make it a bit brighter and warmer" before it runs, "Made it a bit
 * brighter and warmer." after. Adjustments that read as adjectives share one "make it"; the
 * others get their own verb; parts join with ", then" because the order of operations matters.
 */
final class PlanWording {

    record Wording(String summary, String doneMessage) {
    }

    /** A verb phrase in both tenses. */
    private record Phrase(String imperative, String past) {
    }

    private PlanWording() {
    }

    static Wording describe(List<Understood> operations) {
        List<Phrase> phrases = new ArrayList<>();
        List<String> adjectives = new ArrayList<>();
        Intensity previous = null;
        for (Understood op : operations) {
            String adjective = adjective(op);
            if (adjective == null) {
                flush(adjectives, phrases);
                phrases.add(verbPhrase(op));
                previous = null;
                continue;
            }
            // "much brighter and warmer" would read as much warmer too, so a normal one after a
            // stronger or weaker one starts its own "make it".
            if (previous != null && previous != Intensity.NORMAL && op.intensity() == Intensity.NORMAL) {
                flush(adjectives, phrases);
            }
            boolean repeatsIntensity = !adjectives.isEmpty() && op.intensity() == previous;
            adjectives.add(repeatsIntensity ? adjective : join(op.intensity().beforeAdjective(), adjective));
            previous = op.intensity();
        }
        flush(adjectives, phrases);

        String imperative = String.join(", then ", phrases.stream().map(Phrase::imperative).toList());
        String past = String.join(", then ", phrases.stream().map(Phrase::past).toList());
        return new Wording(capitalise(imperative), capitalise(past) + ".");
    }

    /** The comparative that follows "make it", or null when the adjustment reads better as a verb. */
    private static String adjective(Understood op) {
        return switch (op.kind()) {
            case BRIGHTNESS -> op.sign() > 0 ? "brighter" : "darker";
            case WARMTH -> op.sign() > 0 ? "warmer" : "cooler";
            case SATURATION -> op.sign() > 0 ? "more saturated" : "less saturated";
            default -> null;
        };
    }

    private static Phrase verbPhrase(Understood op) {
        return switch (op.kind()) {
            case GRAYSCALE -> new Phrase("convert to black and white", "converted to black and white");
            case INVERT -> new Phrase("invert the colours", "inverted the colours");
            case SEPIA -> new Phrase("give it a sepia tone", "gave it a sepia tone");
            case HUE -> graded(op, "shift the hue", "shifted the hue");
            case POSTERIZE -> graded(op, "posterize it", "posterized it");
            case BLUR -> graded(op, "blur it", "blurred it");
            case SHARPEN -> graded(op, "sharpen it", "sharpened it");
            case VIGNETTE -> graded(op, "add a vignette", "added a vignette");
            case EXPOSURE -> signed(op, "raise the exposure", "raised the exposure", "lower the exposure",
                    "lowered the exposure");
            case SHADOWS -> signed(op, "open up the shadows", "opened up the shadows", "deepen the shadows",
                    "deepened the shadows");
            case HIGHLIGHTS -> signed(op, "brighten the highlights", "brightened the highlights",
                    "recover the highlights", "recovered the highlights");
            case CURVE -> signed(op, "add an S-curve", "added an S-curve", "flatten the tone curve",
                    "flattened the tone curve");
            case TINT -> signed(op, "tint it towards magenta", "tinted it towards magenta", "tint it towards green",
                    "tinted it towards green");
            case VIBRANCE -> signed(op, "increase the vibrance", "increased the vibrance", "reduce the vibrance",
                    "reduced the vibrance");
            case CLARITY -> signed(op, "add clarity", "added clarity", "reduce the clarity",
                    "reduced the clarity");   // "soften the local contrast" would read back as a question
            case AUTO_LEVELS -> new Phrase("set the levels automatically", "set the levels automatically");
            case AUTO_CONTRAST -> new Phrase("stretch the contrast automatically", "stretched the contrast automatically");
            case AUTO_WHITE_BALANCE -> new Phrase("correct the white balance", "corrected the white balance");
            case DENOISE -> graded(op, "reduce the noise", "reduced the noise");
            case RED_EYE -> new Phrase("remove the red eye", "removed the red eye");
            case CONTRAST -> {
                String how = op.intensity().afterVerb();
                yield op.sign() > 0
                        ? new Phrase(join("increase the contrast", how), join("increased the contrast", how))
                        : new Phrase(join("reduce the contrast", how), join("reduced the contrast", how));
            }
            default -> throw new IllegalArgumentException("not a verb phrase: " + op);
        };
    }

    private static Phrase signed(Understood op, String up, String upPast, String down, String downPast) {
        return op.sign() > 0 ? graded(op, up, upPast) : graded(op, down, downPast);
    }

    private static Phrase graded(Understood op, String imperative, String past) {
        String how = op.intensity().afterVerb();
        return new Phrase(join(imperative, how), join(past, how));
    }

    private static void flush(List<String> adjectives, List<Phrase> phrases) {
        if (adjectives.isEmpty()) {
            return;
        }
        String list = listOf(adjectives);
        phrases.add(new Phrase("make it " + list, "made it " + list));
        adjectives.clear();
    }

    /** "a", "a and b", "a, b and c". */
    private static String listOf(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String join(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + " " + second;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
