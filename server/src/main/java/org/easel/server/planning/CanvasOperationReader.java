package org.easel.server.planning;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.server.engines.classical.CanvasOperation;
import org.easel.server.imaging.Straighten;

/**
 * Crops, quarter turns and flips in people's words: "crop to the selection", "crop to 16:9",
 * "square crop", "rotate 90° clockwise", "rotate it left", "turn it upside down", "flip it
 * horizontally", "mirror it", and small straightening angles: "straighten by 2° clockwise", "rotate
 * 1.5 degrees left" (asked which way when the words do not say). Whole sentences only, so "flip the
 * colours", "rotate the hue" and "uncrop" stay with the readers they belong to.
 */
final class CanvasOperationReader {
    private static final String ENGINE = "classical";
    // ("cut picture to just the smile": the picture named without its article, as some Englishes do)
    private static final String OBJECT = "(?: (?:it|this|that|image|picture|photo|pic|the (?:whole )?(?:image|picture|photo|canvas|layer|"
            + "document|shot|frame|page|panel|plan|drawing|sheet|scan|artwork|illustration|sketch|design|poster|map|card|pic|"
            + "print|slide|flash sheet|flash)))?";
    private static final String END = "[.!]*";

    /** "crop to 16:9", "crop it to 4 by 3", "a 16x9 crop", "square crop", "crop it square". */
    private static final Pattern CROP_TO_RATIO = Pattern.compile("(?:(?:do |make )?(?:a |an )?(\\d{1,3}) ?(?::|x|by|/) ?"
            + "(\\d{1,3}) crop|(?:crop" + OBJECT + "(?: down)? (?:to |into |as |at )?|(?:cut|trim)" + OBJECT + "(?: down)? to )"
            + "(?:an? )?(?:aspect (?:ratio )?(?:of )?)?(\\d{1,3}) ?(?::|x|by|/) ?(\\d{1,3})(?: aspect(?: ratio)?| ratio| format| frame|"
            + " banner| thumbnail| shape| image| picture| photo| post| portrait| landscape| vertical| horizontal| crop)?)" + END);
    /**
     * "crop to A4 proportions", "crop it to letter size": a paper's shape as a ratio (A sizes 210:297, US letter 8½:11),
     * upright unless said to lie ("A4 landscape").
     */
    private static final Pattern PAPER_SHAPE = Pattern.compile("\\b(?:din )?(a[2-6])(?: (?:paper|sheet|page))?"
            + "(?: (?:proportions?|ratio|format|shape|size))?( landscape)?\\b|\\b(?:us )?(letter) (?:paper|size|sized|format|"
            + "proportions?|ratio|shape)( landscape)?\\b");
    private static final Pattern SQUARE_CROP = Pattern.compile("(?:(?:do |make )?(?:a )?square crop" + OBJECT + "|crop" + OBJECT
            + " (?:to |into |as )?(?:a )?square|crop" + OBJECT + " (?:back )?to (?:a )?square)(?: format)?" + END);
    /** "crop to the selection", "crop to what i selected", "crop it" with a selection. */
    private static final Pattern CROP_TO_SELECTION = Pattern.compile("(?:(?:crop|cut|trim)" + OBJECT + " (?:down )?to|"
            + "(?:crop|cut|trim) (?:away |off |out )?everything (?:except|but|outside(?: of)?)|keep only) (?:just |only )?"
            + "(?:the |my |this |that )?(?:selection|selected (?:area|part|region|bit)|what(?: i|'s| is| i've| ive)(?: have)?(?: got)? selected|"
            + "(?:part|area|bit|region) (?:i|i've|i have) (?:selected|marked))(?:,? (?:cut|crop|lose|drop|trim) (?:the rest|everything else))?"
            + "(?: (?:around|of|on|with) (?:the |my |this )?[a-z]+(?: [a-z]+)?)?" + END
            + "|(?:crop|cut|trim)" + OBJECT + " (?:down )?to (?:just |only )?(?:the |my |this )?(?:selected [a-z]+(?: [a-z]+)?|"
            + "[a-z]+(?: [a-z]+)? (?:i|i've|i have) (?:selected|marked))" + END
            // "crop out everything except this", "trim everything outside the box i drew"
            + "|(?:crop|cut|trim)(?: away| off| out)? everything (?:except|but|outside(?: of)?) (?:just |only )?(?:this|that|here|"
            + "(?:the|my|this) (?:box|area|rectangle|frame|part|region|bit|marquee|outline)(?: (?:i|i've|ive|i have) "
            + "(?:drew|drawn|made|marked|selected))?)" + END
            // "get rid of everything except the part i picked": all but the selection goes
            + "|(?:get rid of|remove|delete|lose|ditch|throw away|erase|cut away) everything (?:else )?(?:except|but|outside(?: of)?|"
            + "apart from|other than) (?:just |only )?(?:the |my |this |that |what )?[a-z' ]{0,30}?(?:selected|picked|marked|chose|"
            + "chosen|circled|outlined|selection)" + END
            // "cut only this part", "keep just this bit"
            + "|(?:crop|cut|trim)" + OBJECT + " (?:down )?to (?:this|that|here)"
            + "|(?:(?:crop|cut|trim)(?: out| down)?|keep) (?:only|just) (?:this|that|the selected|the selection|what'?s selected|"
            + "the (?:part|bit|area) (?:i|i've|i have) (?:select|selected|marked|picked|chose))"
            + "(?: part| bit| area| region| piece)?" + END
            // "keep only this panel, cut the rest", "just keep this part"
            + "|keep (?:only |just )?(?:(?:this|that|the selected) (?:part|bit|area|region|piece|panel|section|square|rectangle|frame)"
            + "|the (?:part|bit|area) (?:selected|(?:i|i've|i have) (?:selected|marked)))"
            + "(?:,? (?:and )?(?:cut|crop|lose|drop|trim|remove|delete|bin|get rid of)(?: off| away| out)? (?:the rest|everything else))?"
            + END
            // "cut off the messy bench on the right, just keep this"
            + "|(?:cut|crop|trim|chop)(?: off| away| out)? [a-z' ]{1,40},? (?:and )?(?:just |only )?keep (?:only |just )?(?:this|that)"
            + "(?: one| bit| part)?" + END);
    private static final Pattern JUST_CROP = Pattern.compile("crop" + OBJECT + "(?: (?:down|in|here|there))?" + END);
    /**
     * "crop it tight to just the head", "crop it to just Lily", "crop to head and shoulders", "crop to the selection and
     * lose the scanner bed edges": with a selection, the thing to keep is what is selected, whatever its name.
     */
    private static final Pattern CROP_TO_A_THING = Pattern.compile("(?:crop|cut|trim)" + OBJECT + "(?: (?:tight|tightly|tighter|down|"
            + "in|in tighter|in closer|closer|close))? (?:to|around|on) (?:just |only )?[a-z][a-z']*(?:,? [a-z][a-z']*){0,7}" + END);
    /** "trim off the edges so only the painting shows", "cut off the white border round it": everything but the middle goes. */
    private static final Pattern CROP_AWAY_THE_EDGES = Pattern.compile("(?:trim|cut|crop) (?:the |all the )?edges[.!]*$|"
            + "(?:trim|cut|crop) (?:off|away|out) (?:the |all the )?"
            + "(?:(?:white|black|grey|gray|scanner|empty|blank|top|bottom|left|right) )?(?:edges?|borders?|sides|margins?|frame)\\b"
            // "cut off the messy bit at the bottom, just keep the cake"
            + "|(?:trim|cut|crop) (?:off|away) (?:the |that )?(?:[a-z]+ )?(?:bit|part|strip|area|section|stuff) (?:at|along|on) the "
            + "(?:top|bottom|left|right|edges?|sides?)\\b"
            // "crop out all the empty space around the logo"
            + "|(?:trim|cut|crop) (?:off|away|out) (?:the |all the |all )?(?:empty|extra|blank|white|excess|dead|unused) "
            + "(?:space|area|room|background)\\b");
    /**
     * "crop off the white border", "trim the empty space around the drawing", "cut out the black bars", "get rid of the white
     * margins", "crop to content": a plain border to cut away, of the colour said (group 1) or any. A side named ("trim off
     * the top edge") is no border all round.
     */
    private static final Pattern PLAIN_BORDER = Pattern.compile("(?:(?:trim|cut|crop|chop|shave)(?: off| away| out)?|remove|"
            + "get rid of|lose|take off|take away|delete|clean up)"
            + " (?:the |all the |all |that |those |these |any )?(?:extra |excess |ugly |annoying )?"
            + "(?:(?:(white|black)|grey|gray|scanner|empty|blank|plain|transparent|dead|unused)(?:[ -](?:scanner|empty|blank|plain|"
            + "background|bed))? )+(?:borders?|margins?|edges?|frame|bars|letterbox(?:ing)?|space|area|background|padding)\\b"
            + "|(?:(?:trim|cut|crop|chop)(?: off| away| out)?|remove|get rid of|lose|delete) (?:the |all the |all |that |those |any )?"
            + "(?:(white|black) )?(?:margins|whitespace|white space|letterbox(?:ing)?|letterbox bars|padding)\\b"
            + "|(?:(?:crop|trim) (?:it |this |the (?:image|picture|photo|scan|canvas) )?to (?:the )?content|auto[- ]?crop)\\b");
    /** "trim the edges, there's a white border from the scanner": the edges to trim, and the plain border they are. */
    private static final Pattern EDGES_THEN_THE_BORDER = Pattern.compile("(?:trim|crop|cut)(?: off| away)? (?:the )?(?:edges?|sides|"
            + "borders?)\\b.*\\b(?:there'?s|there is|theres|it has|has|with) (?:a |an |some )?(?:thin |little |small |big )?"
            + "(white|black|grey|gray|scanner|empty|blank|plain)(?: [a-z]+)? (?:border|margin|edge|frame)s?\\b"
            // "crop the edges a bit, too much empty space around"
            + "|(?:trim|crop|cut)(?: off| away)? (?:the )?(?:edges?|sides|borders?)\\b.*\\b(empty|blank|white) (?:space|area|background)\\b");
    /** Words after an operation that change nothing: "crop it square instead", "crop to my selection real quick". */
    static final Pattern TRAILING_CHAT = Pattern.compile("(?:,? (?:instead|real quick|quickly|quick|please|pls|plz|"
            + "now|for me|thanks|thx|ty|asap|then))+$");

    private static final String DEGREES = "(?: ?(?:°|degrees?|deg))?";
    private static final String CLOCKWISE = "(?:clockwise|cw|to (?:the )?right(?: side)?|right(?: side)?)";
    private static final String ANTICLOCKWISE = "(?:counter[- ]?clockwise|anti[- ]?clockwise|ccw|to (?:the )?left(?: side)?|left(?: side)?)";
    /**
     * "rotate 90° clockwise", "rotate it 90 degrees to the left", "rotate left", "rotate 270", "turn it 90
     * degrees", and small angles: "rotate 1.5 degrees left", "straighten it by 2° clockwise".
     */
    private static final Pattern TURN = Pattern.compile("(rotate|turn|spin|straighten|tilt)" + OBJECT + "(?: back)?(?: by| like| about"
            + "| around| roughly)?(?: (\\d{1,3}"
            + "(?:\\.\\d+)?)" + DEGREES + ")?(?: (" + CLOCKWISE + "|" + ANTICLOCKWISE + "))?" + END);
    private static final Pattern UPSIDE_DOWN = Pattern.compile("(?:rotate|turn)" + OBJECT + " upside[ -]down" + END);
    private static final Pattern ANTICLOCKWISE_WORD = Pattern.compile(ANTICLOCKWISE);
    private static final Pattern WAY_BEFORE_ANGLE = Pattern.compile("^((?:rotate|turn)(?: it| this| the [a-z]+)?) ("
            + CLOCKWISE + "|" + ANTICLOCKWISE + "),? (?:like |about |around |roughly |maybe )?(\\d{1,3}(?:\\.\\d+)?" + DEGREES + ")$");
    /** "rotate it a little bit to the left, like 5 degrees": how little, said by the angle after. */
    private static final Pattern A_LITTLE_TURN = Pattern.compile("^((?:rotate|turn|tilt)(?: it| this| the [a-z]+)?) (?:just )?"
            + "(?:a little bit|a little|a bit|slightly|a touch|a tad|a hair),? (?=.*\\d)");
    private static final Pattern QUARTER_TURN = Pattern.compile("^((?:rotate|turn)(?: it| this| the (?:whole )?[a-z]+)?)"
            + " (?:by )?a quarter(?: turn)? (" + CLOCKWISE + "|" + ANTICLOCKWISE + ")$");
    /** "rotate it clockwise a quarter turn": the way said before the quarter. */
    private static final Pattern WAY_BEFORE_QUARTER = Pattern.compile("^((?:rotate|turn)(?: it| this| the (?:whole )?[a-z]+)?) ("
            + CLOCKWISE + "|" + ANTICLOCKWISE + "),? (?:by )?(?:a|one) quarter(?: turn)?$");
    private static final Pattern DIRECTION = Pattern.compile("\\b(" + CLOCKWISE + "|" + ANTICLOCKWISE + ")\\b");

    /**
     * What follows the operation only to explain it: "square crop for the album cover", "crop it 4:5
     * for instagram", "flip the canvas, i need to check the anatomy", "mirror it so the kid faces right".
     */
    private static final Pattern EXPLANATION = Pattern.compile("(?:[,;]|: |[.!]+ (?=(?:it'?s|its|this is|that'?s|trust me|don'?t ask|lol|"
            + "haha|art|i know|obviously|clearly|duh|seriously|honestly|thanks|thank you|please|pls)\\b)| -+| —| for | so (?:that )?| because | since | like a | as "
            + "(?:it|the|i|we)| i (?:shot|need|want|took|think)| need | to fit | to (?:cut|lose|get rid|remove|hide|show|keep|focus) | cause | cuz | coz "
            // "upscale to 4k its so blurry when i zoom": what is wrong with it, said after the asking
            + "| (?:its|it's|it is|it looks|looks) (?:so |too |very |really |kinda |a bit )?(?:blurry|fuzzy|soft|pixel\\w*|tiny|small|"
            + "low[- ]?res)\\b"
            // "crop to the part I have selected and discard the white border": what the crop loses
            + "| and (?:discard|remove|lose|get rid of|cut off|trim|drop) (?:the |that |this |any )?(?:[a-z]+ )?(?:borders?|edges?|margins?|"
            + "frame|rest)\\b).*$");
    /** An operation after the story that explains it: "it's sideways, turn it the right way up". */
    private static final Pattern AFTER_STORY = Pattern.compile("^.*[,;.]\\s*(?=(?:crop|cut|trim|rotate|turn|spin|flip|mirror|"
            + "straighten|level|upscale|enlarge|(?:blow|scale) (?:it|this) up|make it (?:bigger|larger|higher|twice|\\d)|"
            + "(?:increase|raise|boost|bump up) (?:the |its )?(?:resolution|res))\\b)");

    /** A shape in so many numbers: "3:2", "4x5". */
    private static final Pattern SHAPE_SAID = Pattern.compile("\\b(\\d{1,2}) ?(?:[:x×]|by) ?(\\d{1,2})\\b");
    private static final Pattern CROPPING = Pattern.compile("\\b(?:crop|cut|trim)\\b");
    /** "16:9, don't crop anything", "extend rather than crop": the shape by growing, not by cutting. */
    static final Pattern NOT_CUTTING = Pattern.compile("\\b(?:don'?t|do not|dont|not|without|rather than|instead of|no)"
            + "\\s+(?:\\w+\\s+)?(?:crop|cut|trim)|\\b(?:extend|pad|grow|add|adding|outpaint|widen)\\b");
    /** "extend, don't cut", "pad it rather than crop": growing asked for, cutting ruled out. */
    private static final Pattern CUTTING_REFUSED = Pattern.compile("\\b(?:extend|pad|grow|widen|outpaint)(?: it)?,? (?:(?:but |and )?"
            + "(?:don'?t|do not|dont|never|not)|rather than|instead of) (?:crop|cut|trim)(?:ping)?(?! off| into| out)\\b");
    /** "need a 4x5 crop", "i want a square crop": the operation wanted, said before it. */
    private static final Pattern ASKED_FOR = Pattern.compile("^(?:i )?(?:need|want|gimme|give me|go with|let'?s do|lets do) "
            + "(?=(?:a|an) (?:\\d|square|crop))");
    /** "make it square please, cut", "square it by cropping": a square by cutting, not by growing the canvas. */
    private static final Pattern SQUARE_BY_CUTTING = Pattern.compile("^(?!.*\\b(?:don'?t|do not|dont|no|without|not)\\b)"
            + "(?=.*\\bsquare\\b)(?=.*\\b(?:cut|crop|cropping|cutting|trim|trimming)\\b)(?!.*\\b\\d).*$");

    /** A picture lying on its side: "it's sideways", "i shot it sideways", "turn the picture on the side". */
    private static final Pattern ON_ITS_SIDE = Pattern.compile("\\b(?:sideways|on (?:its|it's|the|his|her) side|is lying(?: down)?|stand (?:it|this) up(?! straight)|"
            + "(?:the )?wrong way (?:up|round|around)|(?:the )?right way (?:up|round|around)|right side up|upright)\\b");
    private static final Pattern UPSIDE_DOWN_WORDS = Pattern.compile("\\bupside[ -]down\\b");
    /** Said of the whole picture: "it's sideways", "the image is upside down", "is upside down, turn it", "turn it the right way up". */
    private static final Pattern WHOLE_PICTURE = Pattern.compile("^(?:(?:it'?s|it is|is|(?:(?:the|this|my) )?(?:image|picture|photo|"
            + "scan|shot|page|slide|print|negative|drawing|sketch|painting|pic|file)(?: of (?:the |my |a |an )?[a-z]+)? (?:is|came out|came in|came through|was scanned|got scanned|was uploaded|got uploaded|imported|"
            + "loaded|is lying)|this is|(?:this|it) came (?:in|out|through)|i (?:shot|took|scanned) it) |"
            + "(?:to )?(?:rotate|turn|fix|put)(?: (?:it|this|the (?:image|picture|photo|scan|shot|canvas|whole thing)))?(?: |$))");
    /**
     * A tilted picture: "the horizon is tilted", "walls are leaning a tiny bit", "level it out",
     * "straighten the horizon", "fix the tilt", "the horizon runs downhill".
     */
    /** "skewed to magenta", "leans green": a colour cast, not a tilt. */
    static final String NOT_A_COLOUR = "(?! (?:(?:to|toward|towards|into) )?(?:the )?(?:[a-z]+ )?(?:magenta|green|red|blue|yellow|orange|pink|purple|cyan|teal|warm|cool|cold|colou?rs?)\\b)";
    private static final String TILTED_THINGS = "(?:horizon|image|picture|photo|shot|walls?|building|(?:sea |water |horizon )?lines?|waterline|skyline)";
    private static final Pattern TILT = Pattern.compile("\\b(?:(?:horizon|walls?|building|buildings|lines?|verticals|image|picture|"
            + "photo|painting|drawing|scan|print|page|pic|it|everything)(?:'s| is| are| looks?| runs| seems)? (?:(?:a (?:bit|little|tiny bit|touch) |slightly |kinda |"
            + "kind of |totally |really )?(?:crooked|wonky|slanted|slanting|(?:tilted|tilting|leaning|leans|skewed)" + NOT_A_COLOUR + "|askew|inclined|sloping|sloped|"
            + "not level|not straight|off level|off-level|downhill|uphill)|tilts)|"
            // "the horizon over the lake is off by half a degree", "straight in the horizon its a little crooked"
            + "horizons?(?: line)?\\b[^.;]{0,40}?\\b(?:off(?! (?:the|to|on|in)\\b)|slants?|slanting|crooked|wonky|tilt\\w*|levell?ed|not straight|skew\\w*|"
            + "askew)\\b|straight(?:en)? (?:in |out )?the horizon|"
            // "eye level", "sea level", "for the desert level": the noun, not the verb
            + "(?<!auto )(?<!auto-)(?<!\\b(?:eye|sea|ground|water|street|high|low|next|top|floor|noise|detail|zoom|same) )"
            + "(?<!-)(?<!\\b(?:the|a|an|this|that|my|our|each|every) (?:[a-z]{1,15} )?)"   // not "street-level view"
            + "(?<!\\b(?:the|a|an|this|that|my|our|each|every) [a-z]{1,15} [a-z]{1,15} )"   // "the whole forest level"
            + "(?:straighten(?: (?:it|this|the " + TILTED_THINGS + "))?(?: out)?|level(?: (?:it|this|the " + TILTED_THINGS + "))(?: out)?"
            // a bare "level" is the verb only where the clause ends: "level please", not "night level feels too blue"
            + "|level(?: out)?(?= *(?:$|[.,!;]|please\\b|pls\\b|and\\b|a (?:bit|little|touch)\\b|slightly\\b)))|fix the (?:tilt|horizon|angle)|"
            + "make (?:the horizon|it) (?:level|straight))\\b");
    private static final Pattern ANGLE = Pattern.compile("\\b(\\d{1,2}(?:\\.\\d+)?|half a|a half|one|two|three|four|five)"
            + "(?: ?(?:°|degrees?|deg))(?: or so)?\\b|(\\d{1,2}(?:\\.\\d+)?)°");
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five");

    /** "flip it horizontally", "mirror the image", "flip it upside down", "flip left to right". */
    private static final Pattern FLIP = Pattern.compile("(?:(?:flip|mirror)" + OBJECT + "(?: over| back)?|mirror(?:ed)? (?:image|"
            + "version|it)|(?:make|have|let) (?:it|him|her|them|the [a-z]+) (?:face|look|point) (?:the other way|"
            + "the other direction|the opposite (?:way|direction)))(?: (horizontally|horizontal|"
            + "left to right|left-right|side to side|sideways|vertically|vertical|upside[ -]down|top to bottom))?" + END);
    /** "turn photo to other side like mirror", "mirror the image about its vertical axis". */
    private static final Pattern MIRROR_WORDS = Pattern.compile("\\blike (?:a |in a )?mirror\\b|^mirror\\b(?! (?:"
            + CanvasCues.A_PICTURE_IN_A_MIRROR + ")\\b)");
    private static final Pattern AXIS = Pattern.compile("\\b(?:about|along|across|on|over|around|through) (?:its|the|a) "
            + "(vertical|horizontal|x|y)[- ]axis\\b");

    private CanvasOperationReader() {
    }

    /** "could you turn it the right way up?", "fix it please": a turn asked for after the story said which. */
    private static final Pattern TURN_IT = Pattern.compile("^(?:turn|rotate|put|fix|set|flip)(?: it| this| the (?:image|picture|"
            + "photo|scan|page|print|whole thing))?(?: (?:the )?right (?:way|side) up| around| upright| back| over)?$");

    /**
     * The operation, read from the request ({@code core}) or, when the request only says "turn it the right way up",
     * from the story before it: "the scan is upside down, sorry — could you turn it the right way up?" is a half turn.
     */
    static Optional<Understanding> read(String core, String instruction, InstructionContext context) {
        if (FEWER_COLOURS.matcher(core).find()) {
            return Optional.empty();   // "cut it down to a few flat colour bands": the colours cut, which posterizes
        }
        if (!context.hasSelection() && TURN_IT.matcher(core).matches()
                && UPSIDE_DOWN_WORDS.matcher(Phrasing.normalise(instruction)).find()) {
            return rotation(180);
        }
        if (!context.hasSelection() && TURNED_TO_AN_ORIENTATION.matcher(core).find()
                && !DIRECTION.matcher(core).find() && !core.matches(".*\\b(?:90|180|270)\\b.*")) {
            // "turn it sideways", "rotate it so it's portrait": the orientation is the goal and either way reaches it;
            // a clockwise quarter, the way painting programs' own rotate button turns, and the plan says which
            return planned("Rotate the canvas 90° clockwise (say \"rotate 90° anticlockwise\" if it should turn the "
                    + "other way)", "Rotated the canvas 90° clockwise.", new CanvasOperation.Rotate(90));
        }
        return read(core, context);
    }

    /** "cut it down to a few flat colour bands": the colours cut, which posterizes, not the canvas. */
    static final Pattern FEWER_COLOURS = Pattern.compile("\\b(?:cut|chop|trim|bring)\\w* (?:(?:it|this|them) )?(?:down|back) "
            + "to (?:like |about |just |only )?(?:a few|few|only|just|\\d+|two|three|four|five|six|eight) (?:flat )?(?:colou?r|tone|shade|band)");

    /** "turn it sideways", "rotate it so it's portrait", "turn it to landscape": a quarter turn for the orientation's sake. */
    private static final Pattern TURNED_TO_AN_ORIENTATION = Pattern.compile("^(?:(?:can|could|would) you |please )?(?:rotate|turn|spin)"
            + "(?: (?:it|this|the (?:image|picture|photo|pic|shot|canvas|page|whole thing)))? (?:sideways|on (?:its|it's|the) side|"
            + "(?:to|into|in|so (?:it'?s|it is|that it'?s|it becomes)|as) (?:a )?(?:portrait|landscape)(?: (?:mode|format|"
            + "orientation))?)\\b");

    /** The canvas operation the whole instruction asks for, or empty when it asks for something else. */
    static Optional<Understanding> read(String instructionCore, InstructionContext context) {
        String core = ASKED_FOR.matcher(instructionCore).replaceFirst("")   // "need a 4x5 crop for insta"
                .replaceAll("[.!]+\\s+(?=(?:to|by|at|on|around|from)\\b)", " ");   // "crop it. to the thing I selected.": one order, typed in bursts
        if (CUTTING_REFUSED.matcher(core).find()) {
            return Optional.empty();   // "give me a 2.39:1 cinematic crop out of this, extend don't cut": the canvas grows
        }
        if (SQUARE_BY_CUTTING.matcher(core).find()) {
            return readSentence("square crop", context);   // "make it square please, cut"
        }
        Optional<Understanding> whole = readSentence(core, context);
        if (whole.isPresent()) {
            return whole;
        }
        Matcher shape = SHAPE_SAID.matcher(core);
        if (CROPPING.matcher(core).find() && shape.find() && !NOT_CUTTING.matcher(core).find()) {
            // "zillow wants 3:2, crop it": the shape said in the story, the cut asked after it
            Optional<Understanding> cropped = readSentence("crop to " + shape.group(1) + ":" + shape.group(2), context);
            if (cropped.isPresent()) {
                return cropped;
            }
        }
        String request = AFTER_STORY.matcher(core).replaceFirst("");
        // The operation first and its explanation after ("crop it to 16:9 for the slideshow, cut off the
        // top and bottom"), or the story first and the operation after ("it's sideways, turn it").
        for (String shorter : List.of(withoutExplanation(core), withoutExplanation(request), request)) {
            if (!shorter.equals(core) && !shorter.isEmpty()) {
                Optional<Understanding> operation = readSentence(shorter, context);
                if (operation.isPresent()) {
                    return operation;
                }
            }
        }
        return situation(core, context).or(() -> turnWithoutItsWay(core, request, context));
    }

    /** "rotate it", "north should be up, rotate the photo": a quarter turn, asked which way (a wrong guess is upside down). */
    private static Optional<Understanding> turnWithoutItsWay(String core, String request, InstructionContext context) {
        Matcher m = TURN.matcher(TRAILING_CHAT.matcher(withoutExplanation(request)).replaceFirst(""));
        boolean bare = m.matches() && m.group(2) == null && m.group(3) == null
                && !m.group(1).equals("straighten") && !m.group(1).equals("tilt")
                && !DIRECTION.matcher(core).find() && !core.matches(".*\\b(?:90|180|270)\\b.*");   // the way said elsewhere
        return bare && !context.hasSelection() ? Optional.of(whichWay()) : Optional.empty();
    }

    /** The operation without what explains it: "upscale 2x for print" → "upscale 2x". */
    static String withoutExplanation(String core) {
        return EXPLANATION.matcher(core).replaceFirst("").strip();
    }

    /** The asking part alone: "looks pixelated on the projector, make it higher res" → "make it higher res". */
    static String request(String core) {
        return withoutExplanation(AFTER_STORY.matcher(core).replaceFirst(""));
    }

    /** "everything is mirrored", "the text came out backwards": the picture the wrong way round. */
    private static final Pattern MIRRORED = Pattern.compile("\\b(?:is|are|looks?|came out|got|was|were|went) (?:all |completely "
            + "|totally |now )?(?:mirrored|mirror[- ]imaged?|reversed left to right|backwards|the wrong way round)\\b");

    private static boolean upsideDownOrTurned(String core) {
        return UPSIDE_DOWN_WORDS.matcher(core).find() || ON_ITS_SIDE.matcher(core).find();
    }

    /**
     * A picture on its side or tilted, said as what is wrong rather than as an operation: "the image
     * is upside down, rotate please", "it's sideways", "the horizon is tilted like 2 degrees, level it", or the wrong way
     * round: "scanned from the wrong side so everything is mirrored".
     */
    private static Optional<Understanding> situation(String core, InstructionContext context) {
        if (context.hasSelection()) {
            return Optional.empty();   // "it's upside down" with something selected is about that thing
        }
        if (MIRRORED.matcher(core).find() && !upsideDownOrTurned(core) && !core.matches(".*\\b(?:colou?rs?|tones?)\\b.*")) {
            // "scanned from the wrong side so everything is mirrored; please correct": mirrored back
            return readSentence("flip it horizontally", context);
        }
        boolean upsideDown = UPSIDE_DOWN_WORDS.matcher(core).find();
        if ((upsideDown || ON_ITS_SIDE.matcher(core).find()) && WHOLE_PICTURE.matcher(core).find()) {
            // "the page is on its side, give it a quarter turn counterclockwise": the way is said, no need to ask
            Optional<Understanding> waySaid = upsideDown ? Optional.empty()
                    : CanvasCues.canvasOperation(core, context).filter(Understanding.Planned.class::isInstance);
            if (waySaid.isPresent()) {
                return waySaid;
            }
            return upsideDown ? rotation(180) : Optional.of(whichWay());
        }
        if (!TILT.matcher(core).find() || CanvasCues.STRAIGHTENED_ON_SOMEONE.matcher(core).find()) {
            return Optional.empty();
        }
        Matcher angle = ANGLE.matcher(core);
        if (!angle.find()) {
            return level(java.util.OptionalDouble.empty(), context);
        }
        String said = angle.group(1) != null ? angle.group(1) : angle.group(2);
        double degrees = said.contains("half") ? 0.5 : NUMBER_WORDS.contains(said) ? NUMBER_WORDS.indexOf(said) + 1
                : Double.parseDouble(said);
        Matcher direction = DIRECTION.matcher(core);
        return turn(true, degrees, direction.find() ? direction.group(1) : null, context);
    }

    /** "crop 2.39:1": a ratio with decimals, in whole numbers (239:100). */
    private static final Pattern DECIMAL_RATIO = Pattern.compile("\\b(\\d)\\.(\\d{1,2}) ?: ?1\\b");

    private static Optional<Understanding> readSentence(String core, InstructionContext context) {
        Matcher decimal = DECIMAL_RATIO.matcher(core);
        if (decimal.find() && core.matches(".*\\bcrop.*") && !NOT_CUTTING.matcher(core).find()) {
            int scale = decimal.group(2).length() == 1 ? 10 : 100;
            int wide = Integer.parseInt(decimal.group(1)) * scale + Integer.parseInt(decimal.group(2));
            int gcd = java.math.BigInteger.valueOf(wide).gcd(java.math.BigInteger.valueOf(scale)).intValue();
            return planned("Crop the canvas to " + decimal.group(1) + "." + decimal.group(2) + ":1, centred",
                    "Cropped the canvas to " + decimal.group(1) + "." + decimal.group(2) + ":1.",
                    new CanvasOperation.CropToRatio(wide / gcd, scale / gcd));
        }
        // "rotate counter clockwise 90°": the way said before the angle; "a quarter turn to the left"
        core = TRAILING_CHAT.matcher(core).replaceFirst("");
        core = PAPER_SHAPE.matcher(core).replaceAll(paper -> paper.group(1) != null ? (paper.group(2) != null ? "297:210" : "210:297")
                : paper.group(4) != null ? "22:17" : "17:22");
        core = A_LITTLE_TURN.matcher(core).replaceFirst("$1 ");
        core = WAY_BEFORE_QUARTER.matcher(core).replaceFirst("$1 a quarter turn $2");
        core = QUARTER_TURN.matcher(WAY_BEFORE_ANGLE.matcher(core).replaceFirst("$1 $3 $2")).replaceFirst("$1 90 $2");
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
        Matcher story = EDGES_THEN_THE_BORDER.matcher(core);
        if (story.lookingAt()) {
            // "trim the edges, there's a white border from the scanner"
            core = "trim the " + (story.group(1) != null ? story.group(1) : story.group(2)) + " border";
        }
        Matcher border = PLAIN_BORDER.matcher(core);
        if (border.lookingAt() && !context.hasSelection()) {
            String colour = border.group(1) != null ? border.group(1) : border.group(2) != null ? border.group(2) : "";
            return planned("Crop away the plain " + (colour.isEmpty() ? "" : colour + " ") + "border around the picture",
                    "Cropped away the plain border.", new CanvasOperation.TrimBorder(colour.equals("white")
                            ? CanvasOperation.TrimBorder.Colour.WHITE : colour.equals("black")
                            ? CanvasOperation.TrimBorder.Colour.BLACK : CanvasOperation.TrimBorder.Colour.ANY));
        }
        boolean edgesCut = CROP_AWAY_THE_EDGES.matcher(core).lookingAt();
        if (edgesCut && context.hasSelection()) {
            // "trim off the edges so only the painting shows", "cut off the messy bit at the bottom": what is selected stays
            return readSentence("crop to the selection", context);
        }
        Optional<Understanding> sideCut = SideCutReader.read(core, context);
        if (sideCut.isPresent()) {
            return sideCut;
        }
        if (edgesCut) {
            return Optional.of(new Understanding.Clarify("Crop to what? Select the part to keep, or pick one.",
                    List.of("crop away the plain border", "square crop", "crop to 16:9")));
        }
        if (CROP_TO_A_THING.matcher(core).matches() && context.hasSelection()) {
            return readSentence("crop to the selection", context);
        }
        // "crop it to just her head and shoulders" with nothing selected: Easel cannot find the head, the artist can
        if (JUST_CROP.matcher(core).matches() || CROP_TO_A_THING.matcher(core).matches()) {
            return Optional.of(new Understanding.Clarify("Crop to what? Select the part to keep, or say a shape.",
                    List.of("square crop", "crop to 16:9", "crop to 4:3")));
        }
        if (UPSIDE_DOWN.matcher(core).matches()) {
            return rotation(180);
        }
        if ((m = TURN.matcher(core)).matches()) {
            Optional<Understanding> turn = turn(m, context);
            if (turn.isPresent()) {
                return turn;
            }
        }
        Matcher axisWords = AXIS.matcher(core);
        if (axisWords.find() && (core.startsWith("flip") || core.startsWith("mirror"))) {
            // Mirrored about the vertical axis, left and right swap.
            core = axisWords.group(1).equals("vertical") || axisWords.group(1).equals("y") ? "flip it horizontally" : "flip it vertically";
        } else if (MIRROR_WORDS.matcher(core).find() && !FLIP.matcher(core).matches() && core.split(" ").length <= 8) {
            core = "flip it horizontally";
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

    /** The question for a quarter turn asked without its way: the picture's content alone says which. */
    private static Understanding.Clarify whichWay() {
        return new Understanding.Clarify("Which way should the picture turn?",
                List.of("rotate 90° clockwise", "rotate 90° anticlockwise"));
    }

    /** A quarter turn, a small straightening angle (its way measured when unsaid), or a clear no for other angles. */
    private static Optional<Understanding> turn(Matcher m, InstructionContext context) {
        boolean straighten = m.group(1).equals("straighten") || m.group(1).equals("tilt");
        if (m.group(2) == null) {
            // "rotate left" is a quarter turn; "straighten it" alone is levelled by the measured tilt.
            return m.group(3) == null && straighten ? level(java.util.OptionalDouble.empty(), context)
                    : m.group(3) == null || straighten ? Optional.empty() : rotation(anticlockwise(m.group(3)) ? 270 : 90);
        }
        return turn(straighten, Double.parseDouble(m.group(2)), m.group(3), context);
    }

    /** A turn by {@code degrees} the way {@code direction} says (null: unsaid), as a rotation, a straightening or a no. */
    private static Optional<Understanding> turn(boolean straighten, double degrees, String direction,
                                                InstructionContext context) {
        boolean anticlockwise = anticlockwise(direction);
        String angle = angle(degrees);
        if (!straighten && (degrees == 90 || degrees == 180 || degrees == 270)) {
            return rotation(anticlockwise ? 360 - (int) degrees : (int) degrees);
        }
        if (degrees > 0 && degrees <= CanvasOperation.Straighten.MAX_DEGREES) {
            if (direction == null && straighten) {
                return level(java.util.OptionalDouble.of(degrees), context);   // "straighten it by 2°": the way is measured
            }
            if (direction == null) {
                return Optional.of(new Understanding.Clarify("Which way should it turn by " + angle + "?",
                        List.of("rotate " + angle + " clockwise", "rotate " + angle + " anticlockwise")));
            }
            String how = angle + (anticlockwise ? " anticlockwise" : " clockwise");
            long zoom = Math.round(100 * (Straighten.zoom(degrees, context.canvasWidth(), context.canvasHeight()) - 1));
            return planned("Straighten: turn the picture " + how + " about its centre, enlarged by " + zoom + "% so no "
                    + "corner is left empty (the canvas keeps its size)", "Turned the picture " + how + ".",
                    new CanvasOperation.Straighten(anticlockwise ? -degrees : degrees));
        }
        return Optional.of(new Understanding.Refused("Easel turns the canvas by quarter turns (90°, 180°) and "
                + "straightens by up to " + (int) CanvasOperation.Straighten.MAX_DEGREES + "°; for "
                + angle + " use your painting program's own rotate."));
    }

    /** Levelled by the tilt measured when the edit runs; {@code magnitude} when the words said how much. */
    private static Optional<Understanding> level(java.util.OptionalDouble magnitude, InstructionContext context) {
        String by = magnitude.isPresent() ? " by " + angle(magnitude.getAsDouble()) + ", the way" : ", by the tilt";
        long zoom = Math.round(100 * (Straighten.zoom(magnitude.orElse(2), context.canvasWidth(), context.canvasHeight()) - 1));
        return planned("Straighten" + by + " measured from the picture's horizon and upright lines, turning it about its "
                        + "centre (at most " + (int) CanvasOperation.Straighten.MAX_DEGREES + "°), enlarged just enough that no "
                        + "corner is left empty (" + (magnitude.isPresent() ? "" : "about ") + zoom + "% for "
                        + angle(magnitude.orElse(2)) + "; the canvas keeps its size)",
                "Straightened the picture.", new CanvasOperation.Level(magnitude));
    }

    private static String angle(double degrees) {
        return (degrees == Math.rint(degrees) ? String.valueOf((long) degrees) : String.valueOf(degrees)) + "°";
    }

    private static boolean anticlockwise(String direction) {
        return direction != null && ANTICLOCKWISE_WORD.matcher(direction).matches();
    }

    private static Optional<Understanding> rotation(int clockwise) {
        String how = switch (clockwise) {
            case 90 -> "90° clockwise";
            case 180 -> "180° (upside down)";
            default -> "90° anticlockwise";
        };
        return planned("Rotate the canvas " + how, "Rotated the canvas " + how + ".", new CanvasOperation.Rotate(clockwise));
    }

    static Optional<Understanding> planned(String summary, String done, CanvasOperation operation) {
        return Optional.of(new Understanding.Planned(new Plan(summary, done, ENGINE, List.of(), operation)));
    }
}
