package org.easel.server.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.server.engines.classical.Extension;
import org.easel.server.engines.classical.Synthesis;

/**
 * Reads canvas extensions in people's words: sides and amounts as the lexicon knows them, plus
 * aspect ratios computed from the canvas ("widen to 2:1", "make it square", "16:9"), and camera
 * talk ("zoom out", "pull back the camera", "reveal more on the left"), ignoring words that only
 * chat. A number without a unit is not guessed: the caller asks pixels or percent.
 */
final class ExtensionReader {
    /** "16:9", "2 by 1" — not "3/4 view" or "a 3/4 turn", which describe a pose. */
    private static final Pattern RATIO = Pattern.compile("(?<!\\bprint (?:it |this |them )?(?:at |as |on |in )?(?:an? )?)"   // a print size
            + "\\b(\\d{1,2}(?:\\.\\d+)?) ?(?::|x|×|by|/|to) ?(\\d{1,2}(?:\\.\\d+)?)\\b"
            + "(?! ?(?:view|profile|angle|turn|pose|length|body|face|prints?|enlargement|inch|inches|in\\b|mm|cm|\"))");
    /** "3/4" on its own is a pose or a fraction as often as a shape; it asks for a shape only with words that say so. */
    private static final Pattern SLASHED = Pattern.compile("\\b\\d{1,2} ?/ ?\\d{1,2}\\b");
    /** ISO paper (A3–A5, 1:√2) and US letter, named for their shape. */
    private static final Pattern PAPER = Pattern.compile("\\b(?:(?:din )?(a[2-6]) (?:(?:paper|sheet|page) )?(?:proportions?|ratio|"
            + "format|shape|landscape|portrait)|(?:us )?letter (?:paper|size|sized|format|proportions?|ratio|shape))\\b");
    // ("this town-square backdrop" is a place, not a shape)
    private static final Pattern SQUARE = Pattern.compile("\\b(?<!-)(?:square(?: it)?(?: off| up)?|1:1)\\b(?!-)");
    private static final Pattern WIDESCREEN = Pattern.compile("\\b(?:widescreen|(?<!\\bmore )cinematic|letterbox)\\b");   // "more cinematic" is a look
    /** An aspect ratio asked of the canvas, not of something in the picture. */
    private static final Pattern ONLY_A_RATIO = Pattern.compile("\\d{1,2}(?:\\.\\d+)? ?: ?\\d{1,2}(?:\\.\\d+)?[.!]*");
    private static final Pattern ASPECT_ASK = Pattern.compile("^" + ONLY_A_RATIO.pattern() + "$"   // "9:16" alone
            + "|^(?:make|turn|change|convert|extend|widen|expand|pad|"
            + "go|set|crop|reframe|format|get|square|letterbox|pillarbox|cinemascope|instagram)\\b|\\b(?:canvas|format|aspect|ratio|frame|as|into|wallpaper|"
            + "proportions?|out of this)\\b"
            // "widescreen please", "landscape pls its too tall": the shape alone, asked for
            + "|^(?:widescreen|landscape|portrait)(?: format| orientation)?(?: please)?(?:$|,)|\\b(?:landscape|portrait) version\\b|\\bbe (?=(?:a )?(?:landscape|portrait)\\b)"
            // "I need it square for Instagram", "need this square for the grid", "I'd rather have it landscape"
            + "|(?:^|\\b(?:needs?|wants?|like|have|get) |\\b(?:can|could|should) (?=(?:it|this) be\\b))(?:it|this|the (?:photo|picture|image|pic|canvas|shot))(?: to be| should be| has to be|"
            + " needs to be| must be| be)? (?:a )?(?=(?:square|landscape|portrait|widescreen|panorama)\\b)");
    /** "make it landscape", "switch to portrait by extending the sides" — not "a royal oil portrait", "a mountain landscape". */
    private static final String ORIENTATION_ASKED = "(?:^|\\b(?:it|to|in|into|as|go|make|switch|change|flip|turn|be)(?: a| the)? "
            // "landscape version of this pls", "I need a portrait version": this picture in that shape
            + "|(?=(?:landscape|portrait) version\\b))";
    private static final String ORIENTATION_END = "(?: format| orientation| mode| version(?: of (?:it|this|that|the (?:photo|picture|image|pic|"
            + "shot)))?)?(?: instead| please| pls| now| rather)?(?:$|,| by | so | for )";
    private static final Pattern LANDSCAPE = Pattern.compile(ORIENTATION_ASKED + "landscape" + ORIENTATION_END);
    private static final Pattern PORTRAIT = Pattern.compile(ORIENTATION_ASKED + "portrait" + ORIENTATION_END);
    /** A side named: "left", "the top", "bottom". */
    private static final Pattern NAMES_A_SIDE = Pattern.compile("\\b(?:left|right|top|bottom|above|below|sides)\\b");
    /** "twice as wide as it is tall": the shape, said in words. */
    private static final Pattern TIMES_AS = Pattern.compile("\\b(twice|two times|three times) as (wide|tall) as (?:it is )?"
            + "(?:tall|wide|high)\\b");
    private static final Pattern PANORAMA = Pattern.compile("\\b(?:panorama|panoramic)\\b");
    /** Not after dark parts: "the shadows are murky, open them up", "the dark place has no detail, make it see more". */
    private static final String NOT_ABOUT_THE_DARK = "(?<!\\b(?:shadows?|dark|darks|black|blacks|murky|dim|shade|shaded|shady|"
            + "underexposed)\\b.{0,60})";
    /** "too orange now, pull back", "hmm overdid it, pull back": the last change taken back, not the camera. */
    private static final String NOT_AFTER_OVERDOING = "(?<!\\b(?:too \\w{1,15}|overdid it|overdone|overcooked|too much|too far)"
            + "(?: now| again)?[,.!]? )";
    private static final Pattern ZOOM_OUT = Pattern.compile("\\b(?:zoom(?:ed)? out|pan out|pull (?:the camera|the view|the shot)"
            + " back|" + NOT_AFTER_OVERDOING + "pull back(?=[,.!]|$| the camera| to| and| a lot| a bit| a little| so)|pull back the (?:camera|view|shot)|"
            // "step back so we see the street" (not "step back to the first denoise"); "back up a bit" (not "oops, that's
            // too soft, back up": an undo)
            + "step back (?:so|to (?!the |my |when |before |how |where ))|(?<!it )(?<!that )(?<![,.!;] )(?<!\\b(?:bring|turn|dial|crank|pump|put|get|ramp|push|boost|pull|build)\\b[a-z ]{1,25})back up(?= the camera| a bit| a little| so|$|,)|"
            + "move (?:the camera )?back|back up the camera|back the camera (?:up|off|out)|wider (?:shot|view|angle|frame)|more of the (?:scene|"
            + "surroundings|room|landscape|background|setting|street|world)|" + NOT_ABOUT_THE_DARK
            // (not "want the speckles in the stoneware to show more": a thing more visible)
            + "(?<!\\b(?:the|those|these|her|his|their|its) [a-z ]{1,30}? to )(?:see more|show more|reveal more)(?! (?:detail|details|texture|definition)\\b)|"
            + "what's (?:beyond|outside|around|past|above|below|underneath|to the (?:left|right))|beyond the "
            + "(?:edge|frame|border)s?|outside the frame|above the frame|below the frame|uncrop|more room|more space|"
            + "breathing room|bigger canvas|larger canvas|canvas (?:a bit |a little |much |a lot |way )?(?:bigger|larger)|"
            + "expand the (?:view|frame|scene)|too tight|cramped|"
            + NOT_ABOUT_THE_DARK + "open (?:it|things|the (?:shot|frame|view|picture|\\w+ side)) up|open up the (?!(?:shady|shaded|shadowy|dark|darker|black|murky|dim)\\b)(?:\\w+ )?(?:side|frame|shot)|"
            + "outpaint|outward|padding|margin|headroom(?! for (?:the )?(?:grade|grading|colou?rists?|highlights|edit|post))|"
            + "(?:cut|chopped|cropped|clipped) off(?: at| on)?(?: the)? (?:top|bottom|left|right|sides?)|"
            // "the head of my father is cut in the top, can you complete it", "the ground is cut, add more under"
            + "(?:is|are|got|was|were) (?:cut|chopped|cropped)(?: off)?(?=,| (?:in|at|on) the (?:top|bottom|left|right|sides?)|$)|"
            + "missing (?:on|at|off) the (?:top|bottom|left|right)(?: edge| side)?|(?<!(?:wrecking|ruining|changing|touching|affecting|spoiling|hurting|messing up|without) )the rest of (?:it|him|her|them))\\b");
    /** Scene words that say which side is meant when none is named: "more headroom", "more floor". */
    private static final Pattern TOP_WORDS = Pattern.compile("\\b(?:headroom|sky|ceiling|overhead|above|the top)\\b");
    /** The words before a thing in the picture: "the base", "her feet". */
    private static final String WHOSE = "(?:the|this|that|his|her|its|my|their)";
    private static final Pattern BOTTOM_WORDS = Pattern.compile("\\b(?:floor|ground|foreground|feet|underneath|below|"
            + "in front|caption|the bottom)\\b");
    /** "more floor", "more headroom", "make room …", "continue … to the left": growing, by what it adds. */
    private static final Pattern GROWING_WORDS = Pattern.compile("\\b(?:more|extra|additional|continue[sd]?|continuing|carry|"
            + "keep (?:going|flowing|it going)|flow(?:ing)?|"
            // "keep the beach going to the left", "keep the row of hives going to the right"
            + "keep (?:the |this |that |these |those )?(?:[a-z'-]+ ){1,4}going(?= (?:to|on|towards?|at) (?:the )?(?:left|right|top|bottom))|"
            // (not "make the room look abandoned": a room in the picture)
            + "stretch|grow|(?<!\\b(?:the|this|that|my|our|his|her|their|living|dining|throne|waiting|class) )room|space|pad|padding|"
            + "margin|canvas|(?:go |goes |going )?(?:further|farther) out)\\b|\\b(?:"
            + "\\d+ ?(?:px|pixels?|%|percent)(?!\\w)|(?<=^add )\\d{2,4}(?= (?:on|to|at)\\b)"
            // "add 256 on left and right", "make it bigger on the right side"
            + "|(?:bigger|larger|longer) (?:the (?:picture|image|photo|canvas|pic) )?(?=(?:on|at|to) (?:the |both |each |either )?(?:left|right|top|bottom|sides?))"
            // "make the picture bigger on all sides" (read as "all around")
            + "|(?:bigger|larger) (?=all around\\b)"
            // "I cut off the horse's tail, add some on the left", "can you add a bit on top"
            + "|(?<=\\b(?:add|put) )(?:some|a bit|a little|a touch)(?: more)?(?= (?:on|at|to) (?:the )?(?:left|right|top|bottom|sides?)\\b"
            + "| on top\\b| above\\b| below\\b)"
            // "add some beach on the left side": more of the scene it shows, at an edge
            + "|(?<=\\b(?:add|put) )(?:some |a bit of |a little |more |some more |a bit more )?(?:beach|sky|sea|water|grass|ground|"
            + "floor|road|field|background|forest|trees|scene|landscape|sand|hills|street|garden|lawn)"
            + "(?= (?:on|at|to) (?:the )?(?:left|right|top|bottom)\\b(?! of\\b)))");
    /** "more headroom", "more of the floor", "room at the bottom for a caption": more of the scene at an edge. */
    private static final Pattern SCENE_MORE = Pattern.compile("\\b(?:more|extra|some more|additional|some)(?: of the)? "
            + "(?:headroom|sky|ceiling|floor|ground|foreground|table in front)\\b|\\b(?:room|space|headroom) (?:at the|on the|"
            + "above|below|under|over)\\b|\\bunder (?:his|her|their|its) feet\\b");
    /** "to 1920 px", "to 1920 wide", "1080 tall": the length a side should have, not an amount to add. */
    private static final Pattern TO_LENGTH = Pattern.compile("\\bto (\\d{3,5})(?: ?(?:px|pixels?))?(?: (wide|width|across|tall|"
            + "high|height))?\\b|\\b(\\d{3,5}) ?(?:px |pixels )?(wide|across|tall|high)\\b");
    /** A size in pixels, width (group 1) by height (group 2): "1080x1350", "1920 × 1080". */
    private static final String PIXEL_SIZE = "(\\d{2,5}) ?[x×] ?(\\d{2,5})";
    /** "make it 1080x1350 by adding to the bottom", "need it 1920x1080, fill the sides": the canvas's new size in pixels. */
    private static final Pattern TO_SIZE = Pattern.compile("\\b" + PIXEL_SIZE + "(?: ?(?:px|pixels))?\\b");
    /** The canvas's size asked for ("make it 1080x1350", "i need 1080x1920"), not a thing's ("a 1920x1080 screenshot"). */
    private static final Pattern SIZE_ASKED = Pattern.compile("\\b(?:it|this|to|at|be|need|needs|portrait|landscape|size|canvas) "
            + "(?:(?:portrait|landscape|at|be) )?" + PIXEL_SIZE + "\\b");
    /** "zoom out 2x": the canvas made that many times bigger. */
    private static final Pattern ZOOM_FACTOR = Pattern.compile("\\b(\\d(?:\\.\\d+)?) ?(?:x|times)\\b");
    private static final Pattern NUMBER_WITHOUT_UNIT = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)\\b(?!\\s*(?:px|"
            + "pixels?|pixles|%|percent|per cent|pct|:|x\\s*\\d))");

    /** An extension, or the two ways a bare number could be meant. */
    sealed interface Reading {
    }

    record Extended(Plan plan) implements Reading {
    }

    /** "extend right by 300": the instruction with px and with % in place of the bare number. */
    record UnitMissing(String asPixels, String asPercent) implements Reading {
    }

    private ExtensionReader() {
    }

    /** "make the rivers wider": a thing in the picture made wider, not the canvas. */
    private static final Pattern A_THING_WIDER = Pattern.compile("^(?:make|get) (?:all )?(?:the|his|her|its|their|my|our) (?!(?:picture|"
            + "image|photo|canvas|frame|shot|scene|view|composition|format|page|poster|banner|map|pic|whole|panel|sheet|card|"
            + "artboard|layout|spread|cover|thumbnail|header|wallpaper|print)\\b)[a-z'-]+ (?:wider|taller|broader|longer)\\b"
            + "(?!.*\\b(?:extend|expand|outpaint|canvas)\\b)"
            // "nose wider here": the thing at the place pointed at
            + "|^(?:the |his |her |its |their )?(?!(?:it|this|that|everything|picture|image|photo|canvas|frame|shot|view|pic)\\b)"
            + "[a-z'-]+ (?:wider|taller|broader|longer) (?:here|there|in (?:the )?(?:selection|selected (?:area|part|bit)))\\b");
    /** A request that only points back at the story before it: "complete it", "can you fix that". */
    private static final Pattern ONLY_POINTING_BACK = Pattern.compile("(?:complete|fix|finish|repair|restore|correct|"
            + "sort out|do something about) (?:it|that|this|them)(?: please| pls)?");

    /** "9:16" and nothing else: the shape asked of the canvas. */
    static boolean onlyARatio(String instruction) {
        return ONLY_A_RATIO.matcher(instruction.strip()).matches();
    }

    /** "100px to the left", "right 300 px", "256 down": one side's own amount. */
    private static final Pattern SIDE_AMOUNT = Pattern.compile("\\b(\\d{1,4}) ?(px|pixels?|%|percent)? (?:(?:on|to|at|for|off) )?"
            + "(?:the )?(left|right|top|bottom|up|down)\\b|\\b(left|right|top|bottom|up|down) (?:side )?(?:by )?(\\d{1,4}) ?"
            + "(px|pixels?|%|percent)?(?![a-z0-9])");

    /**
     * "add 100px to the left and 300px on the right", "outpaint 256 down and 256 right": a different amount for each side
     * named, which one amount for every side named cannot say. Empty unless two or more sides each have their own amount.
     */
    private static Optional<Reading> amountsPerSide(String text) {
        Matcher m = SIDE_AMOUNT.matcher(text);
        java.util.Map<String, Extension.Amount> amounts = new java.util.LinkedHashMap<>();
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(5);
            String unit = m.group(1) != null ? m.group(2) : m.group(6);
            String side = (m.group(1) != null ? m.group(3) : m.group(4)).replace("up", "top").replace("down", "bottom");
            int value = Integer.parseInt(number);
            if (unit == null && value <= 100 || value <= 0 || amounts.containsKey(side)) {
                return Optional.empty();   // "20 on the left": pixels or percent? The usual reading asks.
            }
            boolean percent = unit != null && (unit.equals("%") || unit.equals("percent"));
            if (percent && value > 400) {
                return Optional.empty();
            }
            amounts.put(side, percent ? Extension.Amount.percent(value) : Extension.Amount.px(value));
        }
        if (amounts.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Extended(SynthesisReader.extensionPlan(new Extension(amounts.getOrDefault("left", Extension.Amount.NONE),
                amounts.getOrDefault("top", Extension.Amount.NONE), amounts.getOrDefault("right", Extension.Amount.NONE),
                amounts.getOrDefault("bottom", Extension.Amount.NONE)))));
    }

    static Optional<Reading> read(String instruction, InstructionContext context) {
        String text = sides(asked(instruction));
        Optional<Reading> perSide = amountsPerSide(text);
        if (perSide.isPresent()) {
            return perSide;
        }
        Optional<Double> ratio = ratio(text, context);
        List<Term> terms = Lexicon.read(text);
        int sides = 0;
        for (Term term : terms) {
            if (term.role() == Term.Role.SIDE || term.role() == Term.Role.EXTEND) {
                sides |= (int) term.value();
            }
        }
        Matcher size = TO_SIZE.matcher(text);
        while (size.find() && context.canvasWidth() > 0 && context.canvasHeight() > 0) {
            // "canvas is 1080x1350 and i need 1080x1920": the size it is now is no size asked for
            Optional<Plan> plan = toSize(Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)), sides, context);
            if (plan.isPresent()) {
                return plan.map(Extended::new);
            }
        }
        // "a panoramic version, extend left and right 500px each": the amounts said win over the shape named
        boolean amountsSaid = text.matches(".*\\b\\d+ ?(?:px|pixels?|%|percent)(?:\\s|$|,|\\.).*") && !RATIO.matcher(text).find();
        if (ratio.isPresent() && !amountsSaid) {
            // "cover has to be square, extend the sky": the side the scene word points at, where no side is named
            return aspect(ratio.get(), sides == 0 ? sceneSides(text) : sides, context).map(Extended::new);
        }
        Matcher length = TO_LENGTH.matcher(text);
        if (length.find()) {
            String said = length.group(2) != null ? length.group(2) : length.group(4);
            boolean wide = said != null ? said.matches("wide|width|across")
                    : (sides & Term.Sides.VERTICAL) == 0 || (sides & Term.Sides.HORIZONTAL) != 0;
            return toLength(Integer.parseInt(length.group(1) != null ? length.group(1) : length.group(3)), wide, sides,
                    context).map(Extended::new);
        }
        Matcher zoom = ZOOM_FACTOR.matcher(text);
        if (zoom.find() && ZOOM_OUT.matcher(text).find()) {
            double factor = Double.parseDouble(zoom.group(1));
            if (factor > 1 && factor <= 4) {
                // The canvas "factor" times the size: each side grows by half of the extra.
                text = text.replace(zoom.group(), " ") + " by " + Math.round((factor - 1) * 50) + "% on all sides";
                terms = Lexicon.read(text);
            }
        }
        Matcher bare = NUMBER_WITHOUT_UNIT.matcher(text);
        if (bare.find() && Double.parseDouble(bare.group(1)) > 100) {
            // "outpaint left 512": more than a hundred percent of a side is no one's meaning; pixels.
            text = text.substring(0, bare.end(1)) + " px" + text.substring(bare.end(1));
            terms = Lexicon.read(text);
        }
        bare = NUMBER_WITHOUT_UNIT.matcher(text);
        if (bare.find()) {
            String number = bare.group(1);
            String before = instruction.substring(0, indexOfNumber(instruction, number));
            String after = instruction.substring(indexOfNumber(instruction, number) + number.length());
            return Optional.of(new UnitMissing(before + number + " px" + after, before + number + "%" + after));
        }
        List<Term> kept = new ArrayList<>();
        Double amount = null;
        for (Term term : terms) {
            if (term.role() == Term.Role.NUMBER && amount != null && amount == term.value()) {
                continue;   // "150px on the left and 150px on the right": one amount, said for each side
            }
            if (term.role() == Term.Role.NUMBER) {
                amount = term.value();
            }
            if (term.role() != Term.Role.UNKNOWN && !term.isEffect() && term.role() != Term.Role.REMOVE) {
                kept.add(term);
            }
        }
        int sceneSides = sceneSides(text);
        if (ZOOM_OUT.matcher(text).find() || sceneSides != 0) {
            // "back up a bit": the camera's direction words are no sides.
            kept.removeIf(term -> term.role() == Term.Role.DIRECTION);
            if (sides == 0) {
                kept.add(Term.withValue(Term.Role.SIDE, sceneSides != 0 ? sceneSides : Term.Sides.ALL, "scene"));
            }
        }
        try {
            return Optional.of(new Extended(SynthesisReader.extension(kept, instruction)));
        } catch (UnsupportedInstructionException e) {
            return Optional.empty();
        }
    }

    /** "rightwards", "downward": the side words the lexicon reads. */
    private static String sides(String text) {
        // "pad it out to A4 proportions": a paper's shape, upright unless said otherwise
        boolean lying = text.matches(".*\\blandscape\\b.*");
        text = PAPER.matcher(text).replaceAll(paper -> paper.group(1) != null ? (lying ? "1.414:1" : "1:1.414")
                : lying ? "11:8.5" : "8.5:11");
        // "around 300 pixel", "about 20%": how much, roughly, which "around" alone would read as every side
        text = text.replaceAll("\\b(?:around|about|roughly|approximately|approx\\.?|circa|maybe|like|some) ?~? ?(?=\\d)", "");
        // "room for the run-up", "a close-up": a word that ends in up or down, no side
        text = text.replaceAll("\\b(?!(?:top|bottom|upside|left|right)-)([a-z]+)-(?:up|down)\\b", "$1");
        // "widen the map in every direction"
        text = text.replaceAll("\\b(?:in|to|towards) (?:every|all) directions?\\b", "all around");
        if (text.matches(".*\\b(?:wider|widen|broader)\\b.*")) {
            text = text.replaceAll("\\b(?:on )?(?:each|either|both) sides?\\b", "on the left and right");
        } else if (text.matches(".*\\b(?:taller|heighten)\\b.*")) {
            text = text.replaceAll("\\b(?:on )?(?:each|either|both) sides?\\b", "at the top and bottom");
        } else {
            // "more room either side": the sides of a picture are its left and right ("each side" may be all four)
            text = text.replaceAll("\\b(?:on )?either sides?\\b", "on the left and right");
        }
        // "an 1/8 inch", "3 mm": a length on paper, which the canvas's pixels do not say; the usual amount then
        text = text.replaceAll("\\b(?:(?:an? )?\\d+(?:[./]\\d+)? ?(?:mm|cm|inch(?:es)?|in\\b|\")|(?:an?|half an?|one|a quarter "
                + "of an?|quarter of an?) inch(?:es)?)(?: of\\b)?", " ");   // "an inch of bleed", "3mm of bleed"
        // "add bleed on all four sides": the printer's margin, grown out of the picture
        // ("a little bleed for the printer", "space around the design for bleed": on every side unless one is named)
        text = text.replaceAll("\\b(?:add|give it|give me|needs?|with) +(?:some |a |the |a little |a bit of |a small |little )?"
                + "(?:print |printer'?s? )?bleed\\b", "extend" + (NAMES_A_SIDE.matcher(text).find() ? "" : " all around"))
                .replaceAll("\\b(?:for|as) (?:the )?(?:print |printer'?s? )?bleed\\b", "");
        // A map's compass ("expand the map east"), and shorthand: "l/r", "extend R 25%".
        // (not "off the east coast", a place on the map)
        text = text.replaceAll("\\b(?:to the )?east(?:ward)?\\b(?! (?:coast|side of|end of|wing|bank)\\b)", "to the right")
                .replaceAll("\\b(?:to the )?west(?:ward)?\\b(?! (?:coast|side of|end of|wing|bank)\\b)",
                "to the left").replaceAll("\\b(?:to the )?north(?:ward)?\\b(?! light)", "at the top")
                .replaceAll("\\b(?:to the )?south(?:ward)?\\b", "at the bottom")
                .replaceAll("\\b(?:l|left) ?/ ?(?:r|right)\\b", "left and right").replaceAll("\\b(?:t|top) ?/ ?(?:b|bottom)\\b",
                        "top and bottom").replaceAll("^((?:extend|outpaint|expand|grow|add) )r\\b", "$1right")
                .replaceAll("^((?:extend|outpaint|expand|grow|add) )l\\b", "$1left");
        text = text.replaceAll("\\ball the way (?:a)?round(?: the (?:edges|sides|borders|frame|picture|image|photo|canvas))?\\b|"
                + "\\b(?:a)?round the (?:edges|borders)\\b|\\bon (?:each|all|every one) of the (?:four|4) (?:sides|edges)\\b|"
                + "\\b(?:on |to )?(?:all |each |every )?(?:the )?(?:four|4) (?:sides?|edges?)(?: all)?\\b|\\bon all (?:the )?(?:sides|edges)\\b",
                "all around");
        // "butterflies around the flowers": a place in the picture, no side ("space around the design": the picture itself,
        // every side); "space underneath": the bottom
        text = text.replaceAll("\\b(?:all )?(?:a)?round (?:the|my|this|our) (?:whole )?(?:design|picture|image|photo|artwork|art|drawing|"
                + "painting|illustration|canvas|page|poster|print|logo|thing)\\b", "all around")
                .replaceAll("\\b(?:all )?(?:a)?round (?:the|his|her|their|its|my|it)\\b", "near the")
                .replaceAll("\\b(space|room) (?:underneath|below|beneath|under)\\b(?: (?:the|this|my) (?:picture|image|photo|"
                        + "drawing|painting))?", "$1 at the bottom")
                // "the lower margin", "the top edge": that side
                .replaceAll("\\b(?:the )?(?:lower|bottom) (?:margin|edge|border)\\b|\\b(?:the )?lower (?:side|part|end)\\b", "the bottom")
                .replaceAll("\\b(?:the )?(?:upper|top) (?:margin|edge|border)\\b|\\b(?:the )?upper (?:side|part|end)\\b", "the top")
                // "continue picture down, the table is cut", "continue the floor down another 200"
                .replaceAll("^continue (?:the |this )?(?:[a-z]+ )?(?:further )?(?:down|downwards|below)\\b", "extend at the bottom")
                .replaceAll("^continue (?:the |this )?(?:[a-z]+ )?(?:further )?(?:up|upwards|above)\\b", "extend at the top")
                // "double the width": as much again, half on each side
                .replaceAll("^(?:double|twice) the width\\b", "extend left and right by 50%")
                .replaceAll("^(?:double|twice) the height\\b", "extend top and bottom by 50%")
                // "outpaint down ~200px", "extend it up a bit", "please extend under"
                .replaceAll("^((?:extend|outpaint|expand|grow)(?: it| the (?:canvas|picture|image|photo))?) (?:down|under)\\b(?! (?:the|his|her|its|my)\\b)",
                        "$1 at the bottom")
                .replaceAll("^((?:extend|outpaint|expand|grow)(?: it| the (?:canvas|picture|image|photo))?) up\\b(?! to)", "$1 at the top")
                // "add more on down side of photo": a learner's bottom side
                .replaceAll("\\b(?:on |at )?(?:the )?(?:down|lower|under) ?side\\b", "at the bottom")
                // "head is cutting, increase image on upper side": more picture on that side
                .replaceAll("\\b(?:increase|enlarge|expand|enlarge) (?:the )?(?:image|picture|photo|canvas) (?=on the (?:top|bottom|left|right)\\b)",
                        "extend the canvas ")
                // "show what's outside the picture on every side": more of the scene around it
                .replaceAll("^(?:show|see|reveal) (?:me )?(?:what'?s|whats|what is|more of what'?s) (?:outside|beyond|around) "
                        + "(?:the |this )?(?:picture|frame|image|photo|edges?)\\b", "extend")
                .replaceAll("\\b(space|room) above\\b", "$1 at the top")
                // "I want more of the sea under", "show more of the table under the base": that side, said last
                .replaceAll("(?<=\\bmore of the [a-z' ]{1,30} )(?:under|underneath|below|beneath)(?: " + WHOSE + " [a-z']+)?$",
                        "at the bottom")
                .replaceAll("(?<=\\bmore of the [a-z' ]{1,30} )above(?: " + WHOSE + " [a-z']+)?$", "at the top");
        // "drifts right up to the windowsills": how far something reaches, no side
        text = text.replaceAll("\\b(?:right )?(?:up|down|out) to (?:the|his|her|their|my|our|its)\\b", "reaching the");
        // "the ground needs to go further down", "carry the river further left"
        text = text.replaceAll("\\b(?:further|farther|lower) down\\b", "at the bottom").replaceAll("\\b(?:further|farther|higher) up\\b",
                "at the top").replaceAll("\\b(?:further|farther) (?:to the )?(left|right)\\b", "to the $1");
        return text.replaceAll("\\ball round\\b", "all around").replaceAll("\\bon (?:every side|all (?:four |the )?sides)\\b", "all around").replaceAll("\\brightwards?\\b", "to the right").replaceAll("\\bleftwards?\\b", "to the left")
                .replaceAll("\\bdownwards?\\b", "at the bottom").replaceAll("\\bupwards?\\b", "at the top");
    }

    /** "a slime monster sprite, green, 32x32", "64x64 icon": the size of what to draw, not a canvas shape. */
    private static final Pattern SPRITE_SIZE = Pattern.compile("\\b(\\d{1,3}) ?[x×] ?\\1\\b(?! (?:ratio|aspect|format|crop))"
            + "(?=.*\\b(?:sprites?|icons?|tiles?|pixel art|avatar|emoji|pixels?|px)\\b)|\\b(?:sprites?|icons?|tiles?|pixel art|"
            + "avatar|emoji)\\b.*\\b(\\d{1,3}) ?[x×] ?\\2\\b");

    /** Whether the words give a side's new length ("widen it to 1920 px"), which the lexicon alone would add instead. */
    static boolean saysALength(String instruction) {
        return TO_LENGTH.matcher(Phrasing.core(instruction)).find();
    }

    /** Whether the words ask to grow the canvas on a side they name: "…, fill the extra on the right". */
    static boolean growsOnASide(String instruction) {
        return Lexicon.read(sides(Phrasing.core(instruction))).stream().anyMatch(t -> t.role() == Term.Role.SIDE)
                && namesGrowing(instruction);
    }

    /** "enlarge the whole image to 2100 pixels tall", "upscale it to 4000 px": a size in pixels for the picture itself. */
    private static final Pattern ENLARGED_TO_PIXELS = Pattern.compile("\\b(?:enlarge|upscale|upsize|scale (?:it |this |the "
            + "(?:whole )?(?:image|picture|photo) )?up|blow (?:it |this )?up)\\b.*\\bto \\d{3,5} ?(?:px|pixels?)\\b");

    /** Whether the words ask to grow the canvas at all ("extend the canvas", "zoom out"), sides or not. */
    /** "cut off at the top", "cropped tightly at the right edge": where the picture ends too soon. */
    private static final Pattern CUT_AT_A_SIDE = Pattern.compile("\\b(?:cut|chopped|cropped|clipped)(?: off)?(?: tightly| short| too tight)?"
            + "(?: at| on| in| along)? (?:the )?(?:top|bottom|left|right)\\b"
            // "the scan cut off great-aunt May's shoulder on the left", "cut (right) at grandpa's shoulder on the left"
            + "|\\b(?:cut|chopped|cropped|clipped)(?: off| at)? (?:[a-z'-]+ ){1,4}(?:on|at) (?:the )?(?:top|bottom|left|right)\\b"
            // "I wish the painting continued further to the right, can you imagine what's there?"
            + "|\\bcontinu(?:ed|es|e) (?:further |farther |on )?(?:to|on|at) the (?:top|bottom|left|right)\\b"
            // "The top of my grandson's head is cut off. Can you add the rest of him?"
            + "|\\bthe (?:top|bottom|left|right)(?: side| edge)? of (?:[a-z'-]+ ){1,3}(?:is|are|was|were|got|gets) (?:cut|chopped|"
            + "cropped|clipped)\\b");

    /** What is asked: the request, or the whole instruction when the request only points back at a cut-off story. */
    private static String asked(String instruction) {
        String core = Phrasing.core(instruction);
        String whole = Phrasing.normalise(instruction).replaceAll("[.!?]+$", "");
        // "the head of my father is cut in the top, can you complete it": the story says what to complete
        // "the photograph was cropped tightly at the right edge; please extend it": the side the story names
        boolean noSideAsked = Lexicon.read(sides(core)).stream().noneMatch(t -> t.role() == Term.Role.SIDE);
        boolean sideInTheStory = CUT_AT_A_SIDE.matcher(whole).find() && !CUT_AT_A_SIDE.matcher(core).find() && noSideAsked
                // "it's cramped on the right, could you add maybe 200 pixels there": the amount asked, the side in the story
                || noSideAsked && AMOUNT_THERE.matcher(core).find() && ZOOM_OUT.matcher(whole).find();
        if (ONLY_POINTING_BACK.matcher(core).matches() && ZOOM_OUT.matcher(whole).find() || sideInTheStory) {
            return whole;
        }
        // "can you add more room at the left side? about 500 pixel": the amount said in a sentence of its own
        Matcher amount = AMOUNT_AFTER.matcher(Phrasing.normalise(instruction));
        return amount.find() && !core.matches(".*\\d.*") ? core + " " + amount.group(1) : core;
    }

    /** "add maybe 200 pixels there": an amount of canvas, put where the story said. */
    private static final Pattern AMOUNT_THERE = Pattern.compile("\\b\\d{1,4} ?(?:px|pixels?|%|percent) (?:(?:more )?(?:over )?there|on that side)\\b");

    /** An amount said on its own after the request: "… at the left side? about 500 pixel." */
    private static final Pattern AMOUNT_AFTER = Pattern.compile("[.?!;]\\s*(?:(?:about|around|roughly|maybe|like|say|approx\\.?)\\s+)?"
            + "(\\d{1,4} ?(?:px|pixels?|%|percent))(?: (?:or so|more|please|pls|each|wide|tall))*[.!]*$");

    /** "make the rivers wider": a thing in the picture changed, which no extension of the canvas does. */
    static boolean aThingMadeWider(String instruction) {
        return A_THING_WIDER.matcher(sides(asked(instruction))).find();
    }

    static boolean namesGrowing(String instruction) {
        String text = sides(asked(instruction));
        // "for a 5x7 print … enlarge the whole image to 2100 pixels tall": more pixels, not more picture; "make the rivers
        // wider": a thing in the picture, changed; "how many megapixels from a 6x7 neg": a question
        if (ENLARGED_TO_PIXELS.matcher(text).find() || A_THING_WIDER.matcher(text).find()
                || text.matches("how (?:many|much)\\b.*")) {
            return false;
        }
        if (RATIO.matcher(text).find() && !text.matches(".*\\d ?(?:px|pixels?|%).*") && !SLASHED.matcher(text).find()
                && !SPRITE_SIZE.matcher(text).find()) {
            return true;   // "16:9 for youtube", "16 by 9 please"
        }
        if (ratio(text, InstructionContext.NONE).isPresent() && ASPECT_ASK.matcher(text).find()) {
            return true;   // "make it 16:9", "make it a panorama", "widen to 2:1"
        }
        List<Term> terms = Lexicon.read(text);
        boolean side = terms.stream().anyMatch(t -> t.role() == Term.Role.SIDE);
        // "add some more floor at the bottom": more of the picture on a side.
        if (ZOOM_OUT.matcher(text).find()) {
            return true;
        }
        boolean growing = terms.stream().anyMatch(t -> t.role() == Term.Role.EXTEND) || SCENE_MORE.matcher(text).find();
        if (growing && side) {
            return true;
        }
        if (side && SIZE_ASKED.matcher(text).find()) {
            return true;   // "make it 1080x1350 by adding to the bottom": a new size, reached on that side
        }
        if (!growing && !(side && GROWING_WORDS.matcher(text).find())) {
            return false;
        }
        // "the eye is lost in shadow, open it up", "recover some sky detail": an adjustment, unless a side is named
        // (read only here: reading adjustments is the costly part, and most instructions never get this far).
        return AdjustmentReader.read(instruction).isEmpty();
    }

    /** The sides the scene words point at ("more headroom" → top), when no side is named. */
    private static int sceneSides(String text) {
        return (TOP_WORDS.matcher(text).find() ? Term.Sides.TOP : 0) | (BOTTOM_WORDS.matcher(text).find() ? Term.Sides.BOTTOM : 0);
    }

    private static int indexOfNumber(String instruction, String number) {
        Matcher m = Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?![\\d.])").matcher(instruction);
        return m.find() ? m.start() : instruction.indexOf(number);
    }

    /** Width over height that the words ask for. */
    private static Optional<Double> ratio(String text, InstructionContext context) {
        double current = (double) context.canvasWidth() / context.canvasHeight();
        Matcher times = TIMES_AS.matcher(text);
        if (times.find()) {
            double factor = times.group(1).equals("twice") || times.group(1).equals("two times") ? 2 : 3;
            return Optional.of(times.group(2).equals("wide") ? factor : 1 / factor);
        }
        Matcher m = RATIO.matcher(text);
        if (m.find()) {   // "portrait, 4:5": the numbers are the more exact
            double w = Double.parseDouble(m.group(1));
            double h = Double.parseDouble(m.group(2));
            return w > 0 && h > 0 && w / h <= 8 && h / w <= 8 ? Optional.of(w / h) : Optional.empty();
        }
        if (LANDSCAPE.matcher(text).find()) {
            return Optional.of(Math.max(current, 1.5));   // 3:2 from a portrait or square canvas
        }
        if (PORTRAIT.matcher(text).find()) {
            return Optional.of(Math.min(current, 2.0 / 3));
        }
        if (SQUARE.matcher(text).find()) {
            return Optional.of(1.0);
        }
        if (WIDESCREEN.matcher(text).find()) {
            return Optional.of(16.0 / 9);
        }
        return PANORAMA.matcher(text).find() ? Optional.of(3.0) : Optional.empty();
    }

    /**
     * The extension that brings the canvas to {@code ratio}, on the named sides or else split
     * evenly on both: "widen to 2:1" on 1000×800 adds 300 px left and right.
     */
    private static Optional<Plan> aspect(double ratio, int namedSides, InstructionContext context) {
        int width = context.canvasWidth();
        int height = context.canvasHeight();
        double current = (double) width / height;
        if (Math.abs(current - ratio) < 0.005) {
            return Optional.empty();
        }
        boolean wider = ratio > current;
        int grow = wider ? (int) Math.round(height * ratio) - width : (int) Math.round(width / ratio) - height;
        return Optional.of(grown(grow, wider, namedSides, formatRatio(ratio)));
    }

    /**
     * "widen it to 1920 px", "pad it out to 1920 wide", "i need it 1920 wide, fill the extra on the right": one
     * side's new length; empty when the canvas is that long already.
     */
    private static Optional<Plan> toLength(int length, boolean wide, int namedSides, InstructionContext context) {
        int grow = length - (wide ? context.canvasWidth() : context.canvasHeight());
        return grow <= 0 ? Optional.empty() : Optional.of(grown(grow, wide, namedSides, length + " px " + (wide ? "wide" : "tall")));
    }

    /**
     * "make it 1080x1350 by adding to the bottom" on a 1080 × 1080 canvas: 270 px at the bottom. Only where one side keeps
     * its length (a canvas larger both ways would be enlarged as well as extended, which is no extension's to decide),
     * or where the sides named grow both ways; empty when the canvas is that size or larger already.
     */
    private static Optional<Plan> toSize(int width, int height, int namedSides, InstructionContext context) {
        int across = width - context.canvasWidth();
        int down = height - context.canvasHeight();
        String target = width + " × " + height + " px";
        if (across < 0 || down < 0 || across == 0 && down == 0) {
            return Optional.empty();
        }
        if (down == 0) {
            return Optional.of(grown(across, true, namedSides, target));
        }
        if (across == 0) {
            return Optional.of(grown(down, false, namedSides, target));
        }
        if ((namedSides & Term.Sides.HORIZONTAL) == 0 || (namedSides & Term.Sides.VERTICAL) == 0) {
            return Optional.empty();
        }
        Extension wide = grownBy(across, true, namedSides);
        Extension tall = grownBy(down, false, namedSides);
        return Optional.of(extensionPlan(new Extension(wide.left(), tall.top(), wide.right(), tall.bottom()), target));
    }

    /** The plan that grows the canvas {@code grow} pixels across or down, saying what it comes to. */
    private static Plan grown(int grow, boolean wider, int namedSides, String target) {
        return extensionPlan(grownBy(grow, wider, namedSides), target);
    }

    /** {@code grow} pixels more across ({@code wider}) or down, on the named sides of that axis, else split over both. */
    private static Extension grownBy(int grow, boolean wider, int namedSides) {
        int axis = wider ? Term.Sides.HORIZONTAL : Term.Sides.VERTICAL;
        int sides = namedSides & axis;
        if (sides == 0) {
            sides = axis;
        }
        Extension.Amount first = Extension.Amount.NONE;
        Extension.Amount second = Extension.Amount.NONE;
        int low = wider ? Term.Sides.LEFT : Term.Sides.TOP;
        int high = wider ? Term.Sides.RIGHT : Term.Sides.BOTTOM;
        if ((sides & low) != 0 && (sides & high) != 0) {
            first = new Extension.Amount(grow / 2, Extension.Unit.PX);
            second = new Extension.Amount(grow - grow / 2, Extension.Unit.PX);
        } else if ((sides & low) != 0) {
            first = new Extension.Amount(grow, Extension.Unit.PX);
        } else {
            second = new Extension.Amount(grow, Extension.Unit.PX);
        }
        return wider
                ? new Extension(first, Extension.Amount.NONE, second, Extension.Amount.NONE)
                : new Extension(Extension.Amount.NONE, first, Extension.Amount.NONE, second);
    }

    /** The plan that grows the canvas by {@code extension}, saying the size or shape it comes to. */
    private static Plan extensionPlan(Extension extension, String target) {
        String where = extension.describe();
        return new Plan("Extend the canvas by " + where + " (to " + target + ") and continue the "
                + "picture into the new space", "Extended the canvas by " + where + " (to " + target
                + ") and continued the picture into it.", InstructionInterpreter.ENGINE, List.of(),
                (Synthesis) extension);
    }

    private static String formatRatio(double ratio) {
        for (int h = 1; h <= 16; h++) {
            double w = ratio * h;
            if (Math.abs(w - Math.rint(w)) < 0.01) {
                return (long) Math.rint(w) + ":" + h;
            }
        }
        return String.format(java.util.Locale.ROOT, "%.2f:1", ratio);
    }
}
