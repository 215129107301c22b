package org.easel.server.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.server.engines.classical.CanvasOperation.Upscale;
import org.easel.server.engines.classical.CanvasOperation.Upscale.Target;

/**
 * Enlarging the whole picture in people's words: "upscale 2x", "make it twice as big", "enlarge
 * by 150%", "double the size", "upscale to 4000 px wide", "make it 3000 pixels tall", "upscale to
 * 4K" (3840 px on the longer side). "upscale it" alone doubles the size.
 *
 * <p>What it leaves to others: "make it bigger" names no amount and may mean more canvas or a
 * bigger thing; "make the tree bigger" is an edit of a thing; "enlarge the canvas", "zoom out 2x"
 * and "extend" grow the canvas around the picture. With a selection, "make it twice as big" is
 * about the selected thing, so only the words that can only mean the picture (upscale, upsample,
 * the resolution, or the image named) upscale, and the plan says the whole picture is enlarged.
 */
final class UpscaleReader {
    private static final String ENGINE = "classical";
    /** "upscale it" with no amount: twice the size, the factor upscalers start from. */
    private static final double DEFAULT_FACTOR = 2;
    private static final String END = "[.!]*";
    /** "this small photo", "my tiny scan": the picture, said with why it needs enlarging. */
    private static final String SMALL = "(?:(?:small|tiny|little|lil|low[- ]?res|low resolution|old) )?";
    /** What can be enlarged: the picture, never "the canvas" (more canvas is an extension). */
    private static final String PICTURE = "(?:(?:the|my) (?:whole |entire )?" + SMALL + "(?:image|picture|photo|photograph|pic|"
            + "document|file|artwork|drawing|painting|thing|shot|scan|print|render|illustration)|this " + SMALL
            + "(?:image|picture|photo|pic|one|scan)|everything)";
    private static final String OBJECT = "(?: (?:it|this|that|" + PICTURE + "))?";
    /** Verbs that only ever mean more pixels for the whole picture. */
    private static final String UPSCALE_WORDS = "upscale|up-scale|up scale|upsample|up-sample|upres|up-res|uprez|"
            + "super-?resolve";
    private static final String UPSCALE = "(?:" + UPSCALE_WORDS + ")";
    /** Words that can only mean the whole picture, even with a selection. */
    private static final Pattern ONLY_THE_PICTURE = Pattern.compile("\\b(?:" + UPSCALE_WORDS + "|resolution|res|image|"
            + "picture|photo|document|whole thing|everything)\\b");
    private static final String ENLARGE = "(?:" + UPSCALE + "|enlarge|scale" + OBJECT + " up|blow" + OBJECT + " up|size"
            + OBJECT + " up)";
    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{1,2})?|two|three|four|five|six|seven|eight|twice|double|"
            + "triple|quadruple)";
    /** "2x", "x2", "2×", "2 times", "twice", "150%". */
    private static final String FACTOR = "(?:[x×] ?" + NUMBER + "|" + NUMBER + " ?(?:x|×|times|fold|-fold)?|(\\d{2,3}) ?(?:%|"
            + "percent))";
    private static final String RESOLUTION = "(?:resolution|res|size|pixel count|pixel size|dimensions)";

    /** "upscale 2x", "upscale it by 150%", "enlarge the image 4 times", "2x upscale", "scale it up to 200%". */
    private static final Pattern ENLARGE_BY = Pattern.compile("(?:(?:do |make |give me )?(?:an? )?(?:" + FACTOR + ") "
            + UPSCALE + "|" + ENLARGE + OBJECT + " (by |to )?(?:a factor of )?" + FACTOR + ")" + END);
    /**
     * "make it twice as big", "make the image 3 times larger", "double the size", "double the
     * resolution", "make it 2x the size".
     */
    private static final Pattern TIMES_AS_BIG = Pattern.compile("(?:make|get)" + OBJECT + " (?:" + FACTOR + ")"
            + " (?:as (?:big|large)|bigger|larger|the (?:size|resolution)|its (?:size|resolution))" + END);
    private static final Pattern DOUBLE_THE_SIZE = Pattern.compile("(?:(?:" + ENLARGE + "|make|get)" + OBJECT + " (?:to )?)?"
            + "(double|twice|triple|quadruple) (?:the |its )?" + RESOLUTION + "(?: of (?:it|this|" + PICTURE + "))?" + END);
    /** "need it bigger for a poster, like 3x", "make it larger, about 2x": bigger, and by how much somewhere after. */
    private static final Pattern BIGGER_THEN_FACTOR = Pattern.compile("(?:(?:i )?(?:need|want|make|get)" + OBJECT + " )?"
            + "(?:bigger|larger|enlarged|upscaled)\\b.*?\\b(\\d(?:\\.\\d)?) ?(?:x|×|times)(?: (?:bigger|larger|the size|as big))?"
            + END);
    /** "upscale to 4000 px wide", "make it 3000 pixels tall", "enlarge to 4000px", "upscale it to a width of 5000". */
    private static final Pattern TO_LENGTH = Pattern.compile("(?:" + ENLARGE + "|make|resample)" + OBJECT + " (?:to )?"
            + "(?:(?:a|the) (width|height) of )?(\\d{3,5}) ?(?:px|pixels?)?(?: (wide|across|in width|width|tall|high|"
            + "in height|height|on the long(?:er|est)? (?:side|edge)|long))?" + END);
    /** "upscale to 4000x3000": two sides, which the kept shape may not allow. */
    private static final Pattern TO_BOTH = Pattern.compile(ENLARGE + OBJECT + " to (\\d{3,5}) ?(?:x|×|by) ?(\\d{3,5})"
            + " ?(?:px|pixels)?" + END);
    /** "make it 4096x3072": a size, which is an upscale only when it is the picture's own shape, larger. */
    private static final Pattern MAKE_IT_SIZE = Pattern.compile("make" + OBJECT + " (?:to )?(\\d{3,5}) ?(?:x|×|by) ?(\\d{3,5})"
            + " ?(?:px|pixels)?" + END);
    /** "upscale to 4K", "make it 8k". */
    private static final Pattern TO_K = Pattern.compile("(?:" + ENLARGE + "|make)" + OBJECT + " (?:to |in |into )?"
            + "(4|8) ?k(?: resolution| res| uhd)?" + END);
    /** "upscale it", "increase the resolution", "make it higher resolution", "upscale the image for print". */
    private static final Pattern JUST_UPSCALE = Pattern.compile("(?:" + UPSCALE + OBJECT + "(?: (?:for (?:print|printing|"
            + "a print|a poster)|please|a bit|some))?|(?:increase|raise|boost|bump up|up) (?:the |its )?resolution"
            + "(?: of (?:it|this|" + PICTURE + "))?|make" + OBJECT + " (?:higher|hi|high)(?:-| )?(?:res|resolution)|"
            + "(?:i need |need |i want |give me |can i get |can i have )?an? (?:higher|hi|high)(?:-| )?(?:res|resolution) (?:version|copy|"
            + "file)(?: (?:of (?:it|this)|for (?:a |the )?(?:print|poster|printing)))?"
            // "blow it up", "can it be higher res", "need way more resolution"
            + "|(?:blow|scale)" + OBJECT + " up|(?:can|could) (?:it|this|you make it) be (?:in )?(?:higher|hi|high)(?:-| )?(?:res|resolution)"
            + "|(?:i )?(?:need|want)?(?: it)? ?(?:way |much |a lot |a bit )?more (?:resolution|res|pixels)(?: please)?)" + END);

    /** "upres this still", "upscale the banner shot": a verb that only ever means more pixels, and what it names. */
    private static final Pattern UPSCALE_THE_THING = Pattern.compile(UPSCALE + " (?:this|that|the|my)(?: [a-z]+){1,2}" + END);

    /** "make it bigger", "enlarge the picture": the picture asked bigger, in so many words. */
    private static final String ASKED_BIGGER = "(?:make|get)" + OBJECT + " (?:a (?:lot|bit) |much |way )?(?:bigger|larger)"
            + "|enlarge (?:it|this|" + PICTURE + ")";
    /** "make the whole image bigger", "make it larger for print": bigger, but by upscaling or by more canvas? */
    private static final Pattern JUST_BIGGER = Pattern.compile("(?:" + ASKED_BIGGER + ")(?: (?:for (?:print|printing|the print|"
            + "a poster)|please))?" + END);
    /** "enlarge it", "enlarge the photo for the banner, needs to be massive": the picture enlarged, which is an upscale. */
    private static final Pattern ENLARGE_IT = Pattern.compile("enlarge (?:it|this|" + PICTURE + ")(?:(?: (?:for|so|to|as)\\b|,).*)?"
            + END);
    private static final Pattern BARE_BIGGER = Pattern.compile("(?:a (?:lot|bit) |much |way )?(?:bigger|larger)[!.]*");
    /** "make it bigger and less blurry its tiny", "can the picture be made larger so it isn't fuzzy": sharp at a bigger size. */
    private static final Pattern BIGGER_NOT_BLURRY = Pattern.compile("^(?:" + ASKED_BIGGER + "|(?:can|could) (?:it|this|" + PICTURE
            + ") be (?:made )?(?:bigger|larger))[,;]? (?:and|but|so|without) (?:that )?(?:it |its |it's |they )?"
            + "(?:(?:is|isn'?t|is not|does ?n'?t|doesn'?t|won'?t|will not) )?(?:less |not |look |get |go |going |getting |being |too |all |so )*(?:blurry|fuzzy|"
            + "pixelated|pixell?y|pixely|soft|blurred|blocky)\\b");
    /** "enlarge it without turning it into a mush of pixels": bigger, keeping the detail. */
    private static final Pattern BIGGER_KEEPING_DETAIL = Pattern.compile("^(?:" + ASKED_BIGGER
            + "|enlarge (?:this|the|my|that) (?:[a-z]+ ){0,2}[a-z]+)\\b[,;]? without\\b.{0,40}?"
            + "\\b(?:pixels?|pixel\\w*|blur\\w*|fuzz\\w*|mush\\w*|block\\w*|losing (?:the )?(?:quality|detail|sharpness))\\b"
            // "can you make it bigger properly", "make the photo bigger size with good quality"
            + "|^(?:(?:make|get) (?:it|this|the (?:photo|picture|image|pic)) (?:bigger|larger)(?: size)?) (?:properly|"
            + "(?:with|in) (?:good|high|better|full) quality|without losing (?:any )?quality|nicely|cleanly)\\b"
            // "make the image more big, with good quality", "enlarge it while keeping it sharp", "enlarge this to print size,
            // keep it sharp", "make the image bigger, two times, with details": the quality kept is the enlarging's
            // "enlarge with detail, I want to print this at A2", "blow it up with detail", "enlarge picture, it is too
            // small and become blur when I print"
            + "|^(?:(?:make|get) (?:it|this|the (?:photo|picture|image|pic)) (?:bigger|larger|more big)(?: size)?|enlarge"
            + "(?: (?:it|this|(?:the )?(?:photo|picture|image|pic)|the (?:thumbnail|sprite|icon|scan|file|artwork|drawing|painting|illustration|shot|render)))?|" + UPSCALE + OBJECT + "|blow (?:it|this) up)"
            + "\\b.{0,40}?\\b(?:(?:with|in|at) (?:good |high |better |full |the |more |extra |added |fine )?"
            + "(?:quality|details?|resolution)|properly|(?:while |and )?keep(?:ing)? (?:it |them |everything )?(?:sharp|crisp|detailed)"
            + "|(?:to|at) print size|(?:it )?(?:is|'s) too small\\b.{0,30}\\bprint)\\b");
    /** A factor said anywhere: "make the image bigger, two times, with details". */
    private static final Pattern FACTOR_SAID = Pattern.compile("\\b" + FACTOR + "(?![\\w%])(?! ?(?:dpi|ppi|px|pixels?|mp|megapixels?|cm|mm|inch\\w*)\\b)");
    /** "make the whole image bigger, 4000 pixels wide": the size said after the asking. */
    private static final Pattern BIGGER_TO = Pattern.compile("(?:make|get)" + OBJECT + " (?:bigger|larger)[,;:]? "
            + "(?:to |at |like )?(\\d{3,5}) ?(?:px|pixels?) ?(wide|across|tall|high)" + END);

    /** "need it 3x bigger for the poster", "need this site photo at 2x": a size asked for, said as a need. */
    private static final Pattern NEED_AT = Pattern.compile("(?:i )?(?:need|want)(?: (?:it|this|that|this [a-z]+(?: [a-z]+)?|"
            + "the [a-z]+(?: [a-z]+)?))? (?:at |in |to be )?(\\d{1,2}(?:\\.\\d)?) ?(?:x|×|times)(?: (?:bigger|larger|"
            + "the size|the resolution|res|resolution|as big))?" + END);
    /** "need this 4096 wide for the print shop": a width or height asked for, said as a need. */
    private static final Pattern NEED_WIDE = Pattern.compile("(?:(?:i )?(?:need|want) )?(?:(?:it|this|that|the [a-z]+(?: [a-z]+)?) )?"
            + "(?:at |to be |(?:needs|has|must|should) (?:to )?be )?(\\d{4,5}) ?(?:px |pixels )?(wide|across|tall|high)" + END);
    /** "make it bigger like twice as big", "need this bigger, like double the resolution", "blow it up so it's three
     *  times larger": the amount said after "bigger". */
    private static final Pattern BIGGER_BY = Pattern.compile("(?:(?:make|get)" + OBJECT + "|(?:i )?need" + OBJECT + "|" + ENLARGE
            + OBJECT + "|it|this|that|" + PICTURE + ")?,? (?:bigger|larger|so (?:it's|it is|that it's|it becomes))?[,;]? "
            + "(?:like |about |say |maybe )?"
            + "(twice|double|three times|four times|(\\d) ?(?:x|times)) (?:as (?:big|large)|the size|bigger|larger|"
            + "the resolution|the res)" + END);

    /** "make bigger the image two times": the amount after the picture. */
    private static final Pattern BIGGER_FIRST = Pattern.compile("(?:make|do) (?:bigger|larger)" + OBJECT + " " + FACTOR + END);
    /** "enlarge the image so that the longest edge is 4000 pixels". */
    private static final Pattern LONGEST_EDGE = Pattern.compile("(?:" + ENLARGE + "|make)" + OBJECT + "(?: bigger| larger)? so "
            + "(?:that )?(?:the |its )?long(?:est|er) (?:edge|side) is (\\d{3,5}) ?(?:px|pixels?)?" + END);
    /** Words of growing the picture, and a factor said anywhere with them. */
    private static final Pattern GROWING = Pattern.compile("\\b(?:" + UPSCALE_WORDS + "|enlarge|enlarged|bigger|larger|"
            + "blow (?:it |this )?up|scale (?:it |this )?up|more (?:big|large))\\b");
    private static final Pattern FACTOR_ANYWHERE = Pattern.compile("\\b(?:[x×] ?(\\d(?:\\.\\d)?)|(\\d(?:\\.\\d)?) ?(?:x|×|times)|"
            + "(twice|double|triple|quadruple)|(\\d{3}) ?(?:%|percent))(?!\\w)");
    /** "make the tree 2x bigger": a thing in the picture, which an edit changes, not the picture's size. */
    private static final Pattern A_THING_IN_IT = Pattern.compile("\\b(?:the|his|her|their|its|my|our|that|this) (?!(?:whole |entire )?"
            + "(?:image|picture|photo|photograph|pic|document|file|artwork|drawing|painting|thing|shot|scan|print|render|"
            + "illustration|result|size|resolution|res|original|present|current|one)\\b)[a-z]+");
    /** More canvas around the picture, which is an extension however much bigger. */
    private static final Pattern AROUND_IT = Pattern.compile("\\b(?:canvas|sides?|left|right|top|bottom|borders?|margins?|"
            + "space|room|wider|taller|zoom)\\b");
    private static final Map<String, Double> WORDS = Map.of("two", 2.0, "three", 3.0, "four", 4.0, "five", 5.0,
            "six", 6.0, "seven", 7.0, "eight", 8.0, "twice", 2.0, "double", 2.0, "triple", 3.0);

    private UpscaleReader() {
    }

    /** The upscale the whole instruction asks for, a question or refusal about one, or empty when it asks for something else. */
    /** "make it bigger": the same picture with more pixels, or more of the scene around it? */
    static final Understanding BIGGER_HOW = new Understanding.Clarify("Bigger how: the same picture at a higher "
            + "resolution, or more canvas around it?", List.of("upscale 2x", "extend the canvas on all sides"));

    static Optional<Understanding> read(String core, InstructionContext context) {
        core = CanvasOperationReader.TRAILING_CHAT.matcher(core).replaceFirst("");   // "4x upscale pls", "… instead"
        Matcher m;
        // With a selection, "make it twice as big" is about the selected thing: only words that can only
        // mean the picture upscale.
        if (context.hasSelection() && !ONLY_THE_PICTURE.matcher(core).find()) {
            return Optional.empty();
        }
        if ((m = NEED_AT.matcher(core)).matches()) {
            return factor(Double.parseDouble(m.group(1)), context);
        }
        if ((m = NEED_WIDE.matcher(core)).matches() || (m = BIGGER_TO.matcher(core)).matches()) {
            return planned(new Upscale(target(null, m.group(2)), Integer.parseInt(m.group(1))), context);
        }
        if ((m = BIGGER_FIRST.matcher(core)).matches()) {
            return byFactor(m, 1, context);   // "make bigger the image two times"
        }
        if ((m = LONGEST_EDGE.matcher(core)).matches()) {
            return planned(new Upscale(Target.LONG_SIDE, Integer.parseInt(m.group(1))), context);
        }
        if ((m = BIGGER_BY.matcher(core)).matches()) {
            return factor(m.group(2) != null ? Integer.parseInt(m.group(2)) : m.group(1).startsWith("three") ? 3
                    : m.group(1).startsWith("four") ? 4 : 2, context);
        }
        if ((BIGGER_NOT_BLURRY.matcher(core).find() || BIGGER_KEEPING_DETAIL.matcher(core).find()) && !AROUND_IT.matcher(core).find()) {
            // "make it bigger and less blurry": more pixels, not more canvas; "…, two times, with details": by that much
            Matcher said = FACTOR_SAID.matcher(core);
            return said.find() ? byFactor(said, 1, context) : factor(DEFAULT_FACTOR, context);
        }
        if (ENLARGE_IT.matcher(core).matches() && !AROUND_IT.matcher(core).find()) {
            return factor(DEFAULT_FACTOR, context);   // "enlarge it for the van wrap": the picture ("enlarge the canvas" is more canvas)
        }
        // "bigger" alone: right after a change it is more of that change; before any, the picture asked bigger
        if (JUST_BIGGER.matcher(core).matches() || context.lastChange().isEmpty() && BARE_BIGGER.matcher(core).matches()) {
            return Optional.of(BIGGER_HOW);
        }
        if ((m = ENLARGE_BY.matcher(core)).matches()) {
            return byFactor(m, 1, context);
        }
        if ((m = TIMES_AS_BIG.matcher(core)).matches()) {
            return byFactor(m, 1, context);
        }
        if ((m = DOUBLE_THE_SIZE.matcher(core)).matches()) {
            String times = m.group(m.groupCount());
            return factor(times.equals("double") || times.equals("twice") ? 2 : times.equals("triple") ? 3 : 4, context);
        }
        if ((m = BIGGER_THEN_FACTOR.matcher(core)).matches()) {
            return factor(Double.parseDouble(m.group(1)), context);
        }
        if ((m = TO_K.matcher(core)).matches()) {
            int k = Integer.parseInt(m.group(1));
            return planned(new Upscale(Target.LONG_SIDE, k == 4 ? 3840 : 7680), context);
        }
        if ((m = MAKE_IT_SIZE.matcher(core)).matches() && Integer.parseInt(m.group(1)) > context.canvasWidth()
                && sameShape(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), context)) {
            return planned(new Upscale(Target.WIDTH, Integer.parseInt(m.group(1))), context);
        }
        if ((m = TO_BOTH.matcher(core)).matches()) {
            int width = Integer.parseInt(m.group(1));
            int height = Integer.parseInt(m.group(2));
            if (sameShape(width, height, context)) {
                return planned(new Upscale(Target.WIDTH, width), context);   // the picture's own shape: both sides fit
            }
            return Optional.of(new Understanding.Clarify("Easel keeps the picture's shape when it upscales: which side "
                    + "should set the size?", List.of("upscale to " + m.group(1) + " px wide",
                    "upscale to " + m.group(2) + " px tall")));
        }
        if ((m = TO_LENGTH.matcher(core)).matches() && (m.group(1) != null || m.group(3) != null
                || !core.startsWith("make") && !core.startsWith("resample"))) {
            return toLength(m, context);
        }
        if (JUST_UPSCALE.matcher(core).matches() || UPSCALE_THE_THING.matcher(core).matches()) {
            // "upscale it", "can it be higher res": twice the size, as "make it wider" adds a quarter; the plan says 2×,
            // and "more" or "upscale 4x" goes further (writers of every development set expected it done, not asked)
            return factor(DEFAULT_FACTOR, context);
        }
        if (GROWING.matcher(core).find() && !AROUND_IT.matcher(core).find() && !A_THING_IN_IT.matcher(core).find()
                && (m = FACTOR_ANYWHERE.matcher(core)).find()) {
            // "enlarge the picture to double its present size", "make the image more big, x3": growing, by a factor
            return m.group(3) != null ? factor(m.group(3).equals("triple") ? 3 : m.group(3).equals("quadruple") ? 4 : 2, context)
                    : m.group(4) != null ? factor(Double.parseDouble(m.group(4)) / 100, context)
                    : factor(Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2)), context);
        }
        return Optional.empty();
    }

    /** Whether {@code width}×{@code height} is the canvas's own shape, to 1 %. */
    private static boolean sameShape(int width, int height, InstructionContext context) {
        return Math.abs((double) width / context.canvasWidth()
                - (double) height / context.canvasHeight()) <= 0.01 * width / context.canvasWidth();
    }

    /** The factor in the groups from {@code first}: a number or word with "x"/"times", or a percentage. */
    private static Optional<Understanding> byFactor(Matcher m, int first, InstructionContext context) {
        String number = null;
        String percent = null;
        boolean by = false;
        for (int g = first; g <= m.groupCount(); g++) {
            String value = m.group(g);
            if (value == null) {
                continue;
            }
            if (value.equals("by ") || value.equals("to ")) {
                by = value.equals("by ");
            } else if (value.matches("\\d{2,3}") && m.group(0).matches(".*\\b" + value + " ?(?:%|percent).*")) {
                percent = value;
            } else if (number == null) {
                number = value;
            }
        }
        if (percent != null) {
            double p = Double.parseDouble(percent);
            // "to 150%" / "by 150%" is the new size; "by 50%" is half as much again.
            return factor(p > 100 ? p / 100 : by ? 1 + p / 100 : p / 100, context);
        }
        if (number == null) {
            return Optional.empty();
        }
        Double word = WORDS.get(number);
        if (number.equals("quadruple")) {
            word = 4.0;
        }
        return factor(word != null ? word : Double.parseDouble(number), context);
    }

    private static Optional<Understanding> factor(double factor, InstructionContext context) {
        if (factor <= 1) {
            return Optional.of(new Understanding.Refused("Easel's upscale only enlarges (more than 1×, at most "
                    + (int) Upscale.MAX_FACTOR + "×); to make the picture smaller use your painting program's "
                    + "Image ▸ Scale Image."));
        }
        if (factor > Upscale.MAX_FACTOR) {
            return Optional.of(new Understanding.Refused("Easel enlarges by at most " + (int) Upscale.MAX_FACTOR
                    + "× in one step; ask for " + (int) Upscale.MAX_FACTOR + "× or less."));
        }
        return planned(new Upscale(Target.FACTOR, factor), context);
    }

    private static Optional<Understanding> toLength(Matcher m, InstructionContext context) {
        return planned(new Upscale(target(m.group(1), m.group(3)), Integer.parseInt(m.group(2))), context);
    }

    /** Which side a length sets: "a width of 5000", "4000 px wide", "3000 tall"; the longer one when unsaid. */
    private static Target target(String named, String side) {
        if ("width".equals(named) || side != null && (side.startsWith("wide") || side.equals("across")
                || side.contains("width"))) {
            return Target.WIDTH;
        }
        if ("height".equals(named) || side != null && (side.startsWith("tall") || side.startsWith("high")
                || side.contains("height"))) {
            return Target.HEIGHT;
        }
        return Target.LONG_SIDE;
    }

    private static Optional<Understanding> planned(Upscale upscale, InstructionContext context) {
        Upscale.Size size = upscale.size(Math.max(1, context.canvasWidth()), Math.max(1, context.canvasHeight()));
        String whole = context.hasSelection() ? " — the whole picture, not only the selection" : "";
        String summary = "Upscale the picture " + upscale.describe() + " (" + context.canvasWidth() + "×"
                + context.canvasHeight() + " → " + size.width() + "×" + size.height() + " px): Lanczos-3 in linear "
                + "light, then edge-aware sharpening" + whole;
        return Optional.of(new Understanding.Planned(new Plan(summary, "Upscaled the picture " + upscale.describe() + ".",
                ENGINE, List.of(), upscale)));
    }
}
