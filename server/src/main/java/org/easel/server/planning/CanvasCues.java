package org.easel.server.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A canvas operation or an upscale said in words the rule forms do not read ("need a square version for
 * the grid", "the horizon goes down on the left", "turn the photo of 90 degree to the right", "make it
 * higher res, it's tiny"), once the sentence embedding has chosen that intent: the words that name the
 * operation and its amount are picked out and read as the plain command they stand for ("square crop",
 * "straighten it", "rotate 90 right", "upscale it"). Only one operation may be named; two is no reading.
 */
final class CanvasCues {
    private static final Pattern TURNING = Pattern.compile("\\b(?:rotat\\w*|turn\\w*|spin\\w*)\\b");
    private static final Pattern QUARTER = Pattern.compile("\\b(90|180|270)\\b|\\b(quarter)\\b");
    private static final Pattern ANTICLOCKWISE = Pattern.compile("\\b(?:left|anti-?clockwise|counter-?clockwise|ccw)\\b");
    private static final Pattern UPSIDE_DOWN = Pattern.compile("\\bupside[ -]?down\\b|\\bwrong way up\\b");
    private static final Pattern SIDEWAYS = Pattern.compile("\\bsideways\\b|\\bon (?:its|it's|the|his|her) side\\b");
    /** After "mirror", a picture taken in one, not a flip: "mirror shot of the lower molars is dark". */
    static final String A_PICTURE_IN_A_MIRROR = "shots?|selfies?|pics?|photos?|view";
    private static final Pattern MIRRORING = Pattern.compile("\\b(?:flip\\w*|(?<!\\b(?:broken|cracked|hand|wall|side|vanity|bathroom|round|oval|old|"
            + "antique|gilded|ornate|magic|tall|big|small|my|her|his|their) )mirror\\w*(?! (?:shows|showed|reflects|reflected|reflection|frame|"
            + "above|on the wall|" + A_PICTURE_IN_A_MIRROR + ")\\b)|left (?:becomes?|to|is|goes) "
            + "right|right (?:becomes?|to|is|goes) left|back ?to ?front|the wrong way round|(?:reverse|swap|switch|exchange) "
            + "(?:the )?(?:left and right|right and left|left-right|left to right))\\b");
    /**
     * "straighten her crooked front teeth", "his tie is crooked": a thing on someone, which a model straightens, not the picture
     * ("straighten it a hair": by a little).
     */
    static final Pattern STRAIGHTENED_ON_SOMEONE = Pattern.compile("\\b(?:teeth|tooth|smile|nose|(?<!\\ba )hair|fringe|bangs|tie|collar|"
            + "glasses|spine|posture|fingers?|legs?)\\b");
    private static final Pattern VERTICAL = Pattern.compile("\\b(?:vertical\\w*|top (?:to|and|becomes?) bottom|"
            + "upside[ -]?down)\\b");
    private static final Pattern TILTED = Pattern.compile("\\b(?:horizon|crooked|tilt(?![- ]?shift)\\w*|wonky|slant\\w*|askew|lopsided|"
            + "levell?(?:ed|ing)|level (?:it|this|the horizon)|(?:sits?|sitting|is|are|be|stands?) level|straight\\w*|(?:skew\\w*|leaning|leans)" + CanvasOperationReader.NOT_A_COLOUR + "|not (?:horizontal|level|straight))\\b");
    private static final Pattern CUTTING = Pattern.compile("\\b(?:crop\\w*|cut\\w*|trim\\w*|chop\\w*)\\b");
    private static final Pattern SQUARE = Pattern.compile("\\bsquare\\b");
    /** "need a square version for the shop page", "a square one for the grid": a copy in that shape. */
    private static final Pattern A_SHAPED_COPY = Pattern.compile("\\ba (?:square|\\d{1,2} ?: ?\\d{1,2}) (?:version|one|copy|thumbnail)\\b");
    private static final Pattern RATIO = Pattern.compile("\\b(\\d{1,2}) ?(?::|x|×|by|/) ?(\\d{1,2})\\b(?! ?(?:px|pixels))");

    private static final Pattern ENLARGING = Pattern.compile("\\b(?:bigger|larger|enlarg\\w*|upscal\\w*|up-?scal\\w*|up-?re[sz]\\w*|"
            + "upsiz\\w*|resolution|res|hi-?res|high-?res|hd|uhd|[48]k|pixels?|px|megapixels?|mp|print\\w*|blow \\w+ up|"
            + "size|sized|grow|scale \\w+ up|augment\\w*|aument\\w*|increase|(?:higher|better) quality|retina)\\b|@[234]x\\b");
    /** Words that can only be about the picture's pixels, not about a selected thing's size or more canvas. */
    private static final Pattern ONLY_THE_PICTURE = Pattern.compile("\\b(?:upscal\\w*|up-?scal\\w*|up-?re[sz]\\w*|resolution|res|hi-?res|"
            + "high-?res|hd|uhd|[48]k|pixels?|px|megapixels?|print\\w*|for (?:a|the) (?:frame|wall)|billboard|poster|retina)\\b|@[234]x\\b");
    /** A side or the edges: "bigger on all sides", "100 pixels on top" grow the canvas, not the picture. */
    private static final Pattern SIDES = Pattern.compile("\\b(?:left|right|top|bottom|above|below|sides?|"
            + "edges?(?! (?:crisp|sharp|clean|clear|smooth))|all round|"
            + "all around)\\b");
    private static final Pattern FACTOR = Pattern.compile("\\b(\\d(?:\\.\\d{1,2})?|two|three|four|five|six|eight) ?"
            + "(?:x|×|times|fold)\\b|\\bx ?(\\d)\\b|\\b(twice|double|triple|quadruple)\\b");
    // "it's only 400px, enlarge please": the size it is, not the size wanted
    private static final Pattern LENGTH = Pattern.compile("(?<!\\b(?:only|just|currently|barely|is|it's|its|now) )\\b(\\d{3,5}) ?(?:(?:px|pixels?)\\b(?: (wide|across|tall|high))?"
            + "|(wide|across|tall|high)\\b)");
    private static final Pattern LOOKS_BIGGER = Pattern.compile("\\b(?:look|looks|seem|seems|feel|feels|appear) (?:a bit |much )?"
            + "(?:bigger|larger|more spacious|roomier)\\b");
    /** "its too tiny to post", "it needs to fill an A3 sheet without going blocky": too few pixels, said as a story. */
    private static final Pattern TOO_SMALL = Pattern.compile("\\b(?:tiny|too small|very small|so small|blocky|pixelated|pixelly|"
            + "low[- ]?res|a[2345] (?:sheet|print|poster|size)|poster size|printed|print it|"
            // "bigger without it going blurry", "bigger without losing quality": pixels, not canvas
            + "without (?:it |them )?(?:going |getting |turning )?(?:blurry|blurred|fuzzy|soft|pixelated|blocky)|"
            + "without losing (?:quality|detail|sharpness|resolution)|"
            // "enlarge it so the band number is readable when I zoom in": detail, which more pixels give
            + "(?:readable|legible|can read|zoom(?:ed|ing)? in))\\b");
    private static final Pattern K = Pattern.compile("\\b([48])k\\b");

    private CanvasCues() {
    }

    /** The one canvas operation the words name, read as its plain command; empty when they name none or several. */
    static Optional<Understanding> canvasOperation(String instruction, InstructionContext context) {
        String words = Phrasing.normalise(instruction);
        List<String> commands = new ArrayList<>();
        boolean mirrored = MIRRORING.matcher(words).find();
        Matcher quarter = QUARTER.matcher(words);
        boolean turned = TURNING.matcher(words).find() && quarter.find();
        if (mirrored) {
            commands.add(VERTICAL.matcher(words).find() ? "flip it vertically" : "flip it horizontally");
        } else if (UPSIDE_DOWN.matcher(words).find()) {
            commands.add("rotate it 180");
        } else if (turned) {
            int degrees = quarter.group(2) != null ? 90 : Integer.parseInt(quarter.group(1));
            commands.add("rotate it " + degrees + (ANTICLOCKWISE.matcher(words).find() ? " left" : " right"));
        } else if (SIDEWAYS.matcher(words).find() && !context.hasSelection()) {
            return Optional.of(new Understanding.Clarify("Which way should the picture turn?",
                    List.of("rotate 90° clockwise", "rotate 90° anticlockwise")));
        }
        if (TILTED.matcher(words).find() && !turned && !STRAIGHTENED_ON_SOMEONE.matcher(words).find()) {
            commands.add("straighten it");
        }
        Matcher ratio = RATIO.matcher(words);
        boolean ratioSaid = ratio.find();
        boolean square = SQUARE.matcher(words).find();
        // A shape asked of the picture without a word of cutting ("I need it square for Instagram") grows the canvas
        // instead: an extension, which loses nothing, is what people mean (the development sets say so 54 to 0); "a
        // square version for the grid" is a copy cut to shape.
        // ("cut it down to a few flat colour bands" cuts the colours, not the canvas)
        boolean cut = (CUTTING.matcher(words).find() || A_SHAPED_COPY.matcher(words).find())
                && !CanvasOperationReader.FEWER_COLOURS.matcher(words).find();
        if (cut && !CanvasOperationReader.NOT_CUTTING.matcher(words).find()) {
            commands.add(ratioSaid ? "crop to " + ratio.group(1) + ":" + ratio.group(2)
                    : square ? "square crop" : context.hasSelection() ? "crop to the selection" : "crop it");
        }
        return commands.size() == 1 ? CanvasOperationReader.read(commands.get(0), context) : Optional.empty();
    }

    /** The upscale the words ask for, by a factor, to a length, or twice the size when they give no amount. */
    /**
     * "the website says photos have to be at least 2048 wide, make it bigger": a "bigger" that would be asked about,
     * settled by the pixels the rest of the sentence speaks of.
     */
    static Optional<Understanding> biggerInPixels(String instruction, InstructionContext context) {
        String words = Phrasing.normalise(instruction);
        boolean pixels = LENGTH.matcher(words).find() || ONLY_THE_PICTURE.matcher(words).find() || TOO_SMALL.matcher(words).find();
        return pixels ? upscale(instruction, context).filter(reading -> reading != UpscaleReader.BIGGER_HOW) : Optional.empty();
    }

    static Optional<Understanding> upscale(String instruction, InstructionContext context) {
        String words = Phrasing.normalise(instruction);
        if (!ENLARGING.matcher(words).find() || context.hasSelection() && !ONLY_THE_PICTURE.matcher(words).find()) {
            return Optional.empty();   // with a selection, "bigger" may be the selected thing
        }
        if (SIDES.matcher(words).find()) {
            return Optional.empty();
        }
        Matcher m;
        String command;
        boolean amountSaid = LENGTH.matcher(words).find() || K.matcher(words).find() || FACTOR.matcher(words).find();
        // "the room looks tiny, can you make it look bigger": how it looks, not its pixels
        if (!amountSaid && (LOOKS_BIGGER.matcher(words).find()
                || !ONLY_THE_PICTURE.matcher(words).find() && !TOO_SMALL.matcher(words).find())) {
            return Optional.of(UpscaleReader.BIGGER_HOW);   // "make it look bigger"
        }
        if ((m = LENGTH.matcher(words)).find()) {
            String side = m.group(2) != null ? m.group(2) : m.group(3);
            command = "upscale to " + m.group(1) + " px" + (side == null ? "" : " " + side);
        } else if ((m = K.matcher(words)).find()) {
            command = "upscale to " + m.group(1) + "k";
        } else if ((m = FACTOR.matcher(words)).find()) {
            String times = m.group(1) == null ? m.group(2) : Phrasing.smallNumber(m.group(1)).stream()
                    .mapToObj(String::valueOf).findFirst().orElse(m.group(1));
            command = "upscale " + (m.group(3) != null ? m.group(3) : times + "x");
        } else {
            command = "upscale it";
        }
        return UpscaleReader.read(command, context);
    }
}
