package org.easel.server.planning;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.server.engines.classical.CanvasOperation;

/**
 * Crops, quarter turns and flips in people's words: "crop to the selection", "crop to 16:9",
 * "square crop", "rotate 90° clockwise", "rotate it left", "turn it upside down", "flip it
 * horizontally", "mirror it". Whole sentences only, so "flip the colours", "rotate the hue" and
 * "uncrop" stay with the readers they belong to. Straightening by a small angle is not done yet:
 * those words are left to the other readers (which refuse them).
 */
final class CanvasOperationReader {
    private static final String ENGINE = "classical";
    private static final String OBJECT = "(?: (?:it|this|that|the (?:whole )?(?:image|picture|photo|canvas|layer|"
            + "document|shot|frame)))?";
    private static final String END = "[.!]*";

    /** "crop to 16:9", "crop it to 4 by 3", "a 16x9 crop", "square crop", "crop it square". */
    private static final Pattern CROP_TO_RATIO = Pattern.compile("(?:(?:do |make )?(?:a |an )?(\\d{1,3}) ?(?::|x|by|/) ?"
            + "(\\d{1,3}) crop|crop" + OBJECT + " (?:to |into |as |at )?(?:an? )?(?:aspect (?:ratio )?(?:of )?)?(\\d{1,3}) ?"
            + "(?::|x|by|/) ?(\\d{1,3})(?: aspect(?: ratio)?| ratio| format)?)" + END);
    private static final Pattern SQUARE_CROP = Pattern.compile("(?:(?:do |make )?(?:a )?square crop|crop" + OBJECT
            + " (?:to |into |as )?(?:a )?square|crop" + OBJECT + " (?:back )?to (?:a )?square)(?: format)?" + END);
    /** "crop to the selection", "crop to what i selected", "crop it" with a selection. */
    private static final Pattern CROP_TO_SELECTION = Pattern.compile("crop" + OBJECT + " (?:down )?to (?:the |my |this |"
            + "that )?(?:selection|selected (?:area|part|region|bit)|what(?: i|'s| is)(?: have)? selected)" + END);
    private static final Pattern JUST_CROP = Pattern.compile("crop" + OBJECT + "(?: (?:down|in|here|there))?" + END);

    private static final String DEGREES = "(?: ?(?:°|degrees?|deg))?";
    private static final String CLOCKWISE = "(?:clockwise|cw|to the right|right)";
    private static final String ANTICLOCKWISE = "(?:counter-?clockwise|anti-?clockwise|ccw|to the left|left)";
    /** "rotate 90° clockwise", "rotate it 90 degrees to the left", "rotate left", "rotate 270", "turn it 90 degrees". */
    private static final Pattern QUARTER_TURN = Pattern.compile("(?:rotate|turn)" + OBJECT + "(?: by)?(?: (90|180|270)"
            + DEGREES + ")?(?: (" + CLOCKWISE + "|" + ANTICLOCKWISE + "))?" + END);
    private static final Pattern UPSIDE_DOWN = Pattern.compile("(?:rotate|turn)" + OBJECT + " upside[ -]down" + END);
    private static final Pattern ANTICLOCKWISE_WORD = Pattern.compile(ANTICLOCKWISE);

    /** "flip it horizontally", "mirror the image", "flip it upside down", "flip left to right". */
    private static final Pattern FLIP = Pattern.compile("(?:flip|mirror)" + OBJECT + "(?: (horizontally|horizontal|"
            + "left to right|left-right|side to side|sideways|vertically|vertical|upside[ -]down|top to bottom))?" + END);

    private CanvasOperationReader() {
    }

    /** The canvas operation the whole instruction asks for, or empty when it asks for something else. */
    static Optional<Understanding> read(String core, InstructionContext context) {
        Matcher m;
        if ((m = CROP_TO_RATIO.matcher(core)).matches()) {
            int width = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
            int height = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
            if (width == 0 || height == 0) {
                return Optional.empty();
            }
            return planned("Crop the canvas to " + width + ":" + height + ", centred",
                    "Cropped the canvas to " + width + ":" + height + ".", new CanvasOperation.CropToRatio(width, height));
        }
        if (SQUARE_CROP.matcher(core).matches()) {
            return planned("Crop the canvas to a square, centred", "Cropped the canvas to a square.",
                    new CanvasOperation.CropToRatio(1, 1));
        }
        if (CROP_TO_SELECTION.matcher(core).matches()
                || JUST_CROP.matcher(core).matches() && context.hasSelection()) {
            return planned("Crop the canvas to the selection's bounds", "Cropped the canvas to the selection.",
                    new CanvasOperation.CropToSelection());
        }
        if (JUST_CROP.matcher(core).matches()) {
            return Optional.of(new Understanding.Clarify("Crop to what? Select the part to keep, or say a shape.",
                    List.of("square crop", "crop to 16:9", "crop to 4:3")));
        }
        if (UPSIDE_DOWN.matcher(core).matches()) {
            return rotation(180);
        }
        if ((m = QUARTER_TURN.matcher(core)).matches() && (m.group(1) != null || m.group(2) != null)) {
            int degrees = m.group(1) == null ? 90 : Integer.parseInt(m.group(1));
            boolean anticlockwise = m.group(2) != null && ANTICLOCKWISE_WORD.matcher(m.group(2)).matches();
            return rotation(anticlockwise ? 360 - degrees : degrees);
        }
        if ((m = FLIP.matcher(core)).matches()) {
            String axis = m.group(1) == null ? "horizontally" : m.group(1);
            boolean vertical = axis.startsWith("vertical") || axis.startsWith("upside") || axis.equals("top to bottom");
            return vertical
                    ? planned("Flip the canvas vertically (top and bottom swap)", "Flipped the canvas vertically.",
                            new CanvasOperation.Flip(CanvasOperation.Flip.Axis.VERTICAL))
                    : planned("Flip the canvas horizontally (left and right swap)", "Flipped the canvas horizontally.",
                            new CanvasOperation.Flip(CanvasOperation.Flip.Axis.HORIZONTAL));
        }
        return Optional.empty();
    }

    private static Optional<Understanding> rotation(int clockwise) {
        String how = switch (clockwise) {
            case 90 -> "90° clockwise";
            case 180 -> "180° (upside down)";
            default -> "90° anticlockwise";
        };
        return planned("Rotate the canvas " + how, "Rotated the canvas " + how + ".", new CanvasOperation.Rotate(clockwise));
    }

    private static Optional<Understanding> planned(String summary, String done, CanvasOperation operation) {
        return Optional.of(new Understanding.Planned(new Plan(summary, done, ENGINE, List.of(), operation)));
    }
}
