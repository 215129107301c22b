package org.easel.server.planning;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.server.engines.classical.CanvasOperation;
import org.easel.server.engines.classical.CanvasOperation.AddBorder.Colour;
import org.easel.server.engines.classical.Extension;

/**
 * A plain border of a colour said: "add a white border", "a thin black frame around it", "add some white space around
 * it", "pad it with white to make it square", "a polaroid-style white border". The canvas grows on the sides said (all
 * four unless the words grow it another way) and the new strips are that colour, nothing painted in them. Without a
 * colour ("add a border", "more margin all round") the canvas is extended with the picture continued, as before.
 */
final class BorderReader {
    private static final String COLOUR = "(white|black|gr[ae]y|cream|off[- ]white|ivory)";
    /** "a thin black frame", "white border", "a polaroid-style white border", "white space around it". */
    private static final Pattern BORDER = Pattern.compile("\\b((?:(?:thin|thick|wide|narrow|small|big|little|simple|plain|solid|"
            + "clean|polaroid(?:[- ]style)?|nice|neat) )*)" + COLOUR + " ((?:(?:polaroid(?:[- ]style)?|photo|simple|plain|solid|"
            + "gallery) )?)(?:borders?|frames?|margins?|mat|matte|mount|padding|surround|edges?|space (?:around|round|all round))\\b");
    /** "pad it with white", "extend the canvas with plain black", "make it square with white bars". */
    private static final Pattern PADDED_WITH = Pattern.compile("\\b(?:pad|padded|padding|extend|grow|widen)\\b.*\\bwith "
            + "(?:plain |solid |pure |flat |some )?" + COLOUR + "\\b(?! (?:clouds?|sand|snow|flowers?|fog|mist|smoke|water|wall|"
            + "sky|light)\\b)|\\bwith " + COLOUR + " (?:bars|padding|borders?|space)\\b");
    /** Words that ask for the border to be added, not taken away or painted on a thing in the picture. */
    private static final Pattern ADDING = Pattern.compile("\\b(?:add|put|give|want|need|pad|padded|padding|extend|grow|widen|"
            + "frame|surround|wrap|stick|with|around|round)\\b");
    /** "add a border", "put a frame around it": a border of no colour said, which could be plain or the picture continued. */
    private static final Pattern BORDER_OF_NO_COLOUR = Pattern.compile("^(?:add|put|give (?:it|this|the (?:photo|picture|image))|"
            + "i (?:want|need|'d like)|can you add|could you add)(?: me)? (?:a |an |some )?(?:(?:thin|thick|simple|plain|nice|small) )*"
            + "(?:border|frame)(?: (?:around|round|to|on) (?:it|this|the (?:photo|picture|image|whole thing)))?$");
    private static final Pattern TAKING_AWAY = Pattern.compile("\\b(?:remove|crop|trim|cut|rid|lose|delete|erase|without|no)\\b");
    private static final Pattern PIXELS = Pattern.compile("\\b(\\d{1,4}) ?(?:px|pixels?)\\b");
    private static final Pattern PERCENT = Pattern.compile("\\b(\\d{1,2}(?:\\.\\d+)?) ?(?:%|per ?cent)");

    /** A border's width as a share of the canvas's shorter side: thin, as said by nothing, thick. */
    static final double THIN = 0.02;
    static final double USUAL = 0.04;
    static final double THICK = 0.08;
    /** A polaroid's bottom strip, in widths of its other three. */
    static final int POLAROID_BOTTOM = 4;

    private BorderReader() {
    }

    static Optional<Understanding> read(String instruction, InstructionContext context) {
        String said = Phrasing.normalise(instruction);
        if (BORDER_OF_NO_COLOUR.matcher(Phrasing.core(instruction)).matches() && !context.hasSelection()) {
            return Optional.of(new Understanding.Clarify("A plain border, or the picture continued out to a wider canvas?",
                    List.of("add a white border", "add a black border", "extend the canvas on all sides")));
        }
        Matcher border = BORDER.matcher(said);
        boolean bordered = border.find();
        Matcher padded = PADDED_WITH.matcher(said);
        boolean paddedWith = padded.find();
        if (!(bordered && ADDING.matcher(said).find() || paddedWith) || TAKING_AWAY.matcher(said).find() || context.hasSelection()) {
            return Optional.empty();
        }
        String named = paddedWith ? firstNonNull(padded) : border.group(2);
        String look = bordered ? border.group(1) + border.group(3) : "";
        Extension sides = grownAsSaid(instruction, context).orElseGet(() -> ring(said, look, context));
        return Optional.of(new Understanding.Planned(new Plan("Add a plain " + named + " border (" + sides.describe() + ")",
                "Added a plain " + named + " border.", "classical", List.of(), new CanvasOperation.AddBorder(sides, colour(named)))));
    }

    /** The sides and amounts the words grow the canvas by ("to make it square", "200px on the right"), if they say. */
    private static Optional<Extension> grownAsSaid(String instruction, InstructionContext context) {
        if (!ExtensionReader.namesGrowing(instruction)) {
            return Optional.empty();
        }
        return ExtensionReader.read(instruction, context)
                .filter(reading -> reading instanceof ExtensionReader.Extended)
                .flatMap(reading -> ((ExtensionReader.Extended) reading).plan().synthesis())
                .filter(synthesis -> synthesis instanceof Extension)
                .map(synthesis -> (Extension) synthesis);
    }

    /** All four sides, as wide as said (pixels, percent, thin or thick), a polaroid's bottom wider. */
    private static Extension ring(String said, String look, InstructionContext context) {
        int shorter = Math.min(context.canvasWidth(), context.canvasHeight());
        Matcher px = PIXELS.matcher(said);
        Matcher percent = PERCENT.matcher(said);
        int width = px.find() ? Math.max(1, Integer.parseInt(px.group(1)))
                : (int) Math.max(1, Math.round(shorter * (percent.find() ? Double.parseDouble(percent.group(1)) / 100
                : look.matches(".*\\b(?:thin|narrow|small|little)\\b.*") ? THIN
                : look.matches(".*\\b(?:thick|wide|big)\\b.*") ? THICK : USUAL)));
        Extension.Amount side = Extension.Amount.px(width);
        boolean polaroid = said.contains("polaroid");
        return new Extension(side, side, side, polaroid ? Extension.Amount.px(width * POLAROID_BOTTOM) : side);
    }

    private static String firstNonNull(Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null) {
                return m.group(i);
            }
        }
        throw new IllegalStateException("a colour is always matched");
    }

    private static Colour colour(String named) {
        String word = named.toLowerCase(Locale.ROOT);
        return word.startsWith("gr") ? Colour.GREY : word.equals("black") ? Colour.BLACK
                : word.equals("cream") || word.equals("ivory") || word.startsWith("off") ? Colour.CREAM : Colour.WHITE;
    }
}
