package org.easel.server.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.AdjustmentKind;

/**
 * Reads adjustments from instructions the strict lexicon refuses: complaints ("way too dim" →
 * brighter, "everything looks too blue" → warmer, "it's washed out" → more contrast and
 * saturation), words of the trade ("punchier", "crisp it up"), and sentences with words that add
 * nothing ("the colours are kinda garish tbh"). Words it cannot place are set aside: when they
 * name a part of the picture ("make the sky darker") and nothing is selected, the caller asks
 * whether the whole layer was meant.
 */
final class AdjustmentReader {

    /** A complaint's adjective and the fix it asks for, in words the lexicon reads. */
    /** A colour a hue shift goes from or to. */
    private static final String HUE = "(?:red|blue|green|yellow|orange|purple|pink|cyan|magenta|teal|violet|crimson|scarlet|"
            + "turquoise|lime|amber|indigo|lilac|lavender|maroon|coral|burgundy|mauve|plum|ruby|emerald|olive|navy|ochre|rust|"
            + "peach|salmon|mint)";

    private static final Map<String, String> FIXES = Map.ofEntries(
            Map.entry("dark|dim|faint|murky|gloomy|shadowy|black|dingy|dull and dark|pitch black|pitch dark|pitch-black", "brighter"),
            Map.entry("bright|light|glaring|blinding|white", "darker"),
            // Exposure is what a photographer means by these, in stops.
            Map.entry("underexposed|under exposed|under exposure|underexposure", "more exposure"),
            Map.entry("overexposed|over exposed|over exposure|overexposure", "less exposure"),
            // Blown highlights are recovered, not the whole picture darkened.
            Map.entry("blown out|blown|clipped|clipping", "recover the highlights"),
            Map.entry("crushed", "open up the shadows"),
            Map.entry("contrasty|harsh and contrasty", "less contrast"),
            Map.entry("blue|cold|cool|icy|chilly|teal|cyan|bluish|blueish", "warmer"),
            Map.entry("yellow|orange|warm|hot|red|reddish|yellowish|orangey|orangy|brown|brownish|golden", "cooler"),
            Map.entry("flat|lifeless|hazy|foggy|low contrast|low-contrast|soft and flat|muddy|milky", "more contrast"),
            // A washed-out picture has lost its blacks; faded colours ("the colours have faded") are read apart, as dull.
            Map.entry("washed out|washed-out|faded", "more contrast"),
            Map.entry("grey|gray|drab|bland|colourless|colorless|desaturated|muted|pale|dull|greyish|grayish|dead",
                    "more saturated"),
            Map.entry("garish|oversaturated|over saturated|overcooked|saturated|loud|neon|vivid|gaudy|colourful|colorful|intense|"
                    + "screaming|shouty|screamy|radioactive|nuclear|toxic",
                    "less saturated"),
            Map.entry("harsh|contrasty|stark|crunchy|punchy", "less contrast"),
            Map.entry("soft|blurry|fuzzy|mushy|out of focus|unsharp|smeared|smudgy|blurred|desfocado|desenfocado", "sharpen"),
            Map.entry("sharp|crisp|crispy|jagged|harsh edged", "blur slightly"),
            Map.entry("noisy|grainy|speckled|speckly", "denoise"),
            Map.entry("plasticky|plastic|waxy|airbrushed|too smooth", "more clarity"),
            Map.entry("shiny|greasy|oily|glossy|glary", "recover the highlights"),
            Map.entry("green|greenish", "tint towards magenta"),
            Map.entry("magenta|magentaish|purple|purplish|purple-pink|pinkish purple|violet|pink|pinkish", "tint towards green"));
    /** "a yellow tinge", "a murky blue cast": a colour cast, complained about without "too". */
    private static final Pattern CAST_COMPLAINT;
    /** Said just before a colour's tint: it is wanted ("add a little sickly green tint"). */
    private static final Pattern CAST_ASKED_FOR = Pattern.compile("\\b(?:add|give|apply|want|put)\\b(?: (?:it|me|a|an|some|"
            + "little|bit|slight|slightly|touch|of|subtle|faint|light|very|strong|heavy|sickly|eerie|creepy|kinda|kind of|nice))* $");
    /** Words that complain wherever they stand: "underexposed by a stop, fix". */
    private static final Pattern INHERENT_COMPLAINT = Pattern.compile("\\b(?:underexposed|under exposed|overexposed|"
            + "over exposed|over exposure|overexposure|under exposure|underexposure|oversaturated|over saturated|overcooked|washed out|washed-out|blown out|pitch black|pitch dark|pitch-black|"
            + "desfocado|desenfocado)\\b");
    /** "washed out", "kinda murky": a complaint adjective on its own. */
    private static final Pattern BARE_COMPLAINT;
    /** Asking for something interesting is not asking for a cooler picture ("do something cool with it"). */
    private static final Pattern NOT_AN_ADJUSTMENT = Pattern.compile("\\b(?:glowing|demonic|evil|creepy|laser|burning|fiery) "
            + "red eyes?\\b|\\bgive (?:me|him|her|them|it) (?:[a-z]+ )?red eyes?\\b|\\b(?:something|anything|stuff) (?:cool|fun|"
            + "nice|interesting|creative|different|dark|bright|warm)\\b|\\bcool (?:stuff|things|effect|idea)\\b"
            // "sepia tone it for the cold case episode", "invert the logo, want it light on dark": names, and an effect's result
            + "|\\bcold cases?\\b|\\b(?:light|white) on (?:dark|black)\\b|\\b(?:dark|black) on (?:light|white)\\b");
    /** "desaturate the background only, keep her dress colourful": what is to stay as it is, after what changes. */
    private static final Pattern KEPT_AS_IT_IS = Pattern.compile("[,;]\\s*(?:but |and )?(?:keep|leave) (?:the |her |his |their |its |my )?"
            + "[a-z]+(?: [a-z]+)? (?:colou?rful|bright|vivid|warm|natural|saturated|as (?:it is|is)|alone|untouched)\\b[^,;.]*");
    /** "bigger without it going blurry", "upscale without any blur": what should not happen, no adjustment asked. */
    private static final Pattern WITHOUT_A_FLAW = Pattern.compile("\\bwithout (?:(?:it|them|the (?:picture|image|photo)) )?"
            + "(?:(?:going|getting|becoming|turning|looking|ending up) )?(?:too |all |any |the |more )?(?:blurry|blurred|blur|"
            + "blurring|soft|fuzzy|pixelated|pixelly|pixely|jaggy|jagged|grainy|noisy)\\b"
            // "make the picture bigger size but still sharp"
            + "|\\bbut (?:still|keep(?: it)?|stay(?:ing)?|remain(?:ing)?) (?:sharp|crisp|clear|detailed)\\b"
            // "a sunset, not too dark please", "brighter but not too bright": how far, not a way to go
            + "|[,;]?\\s*\\b(?:but |though |tho |just )?(?:not|nothing) (?:too|overly) [a-z]+\\b");
    /**
     * Colour casts the classical engine has no control for (green and magenta are the tint's), only
     * as a complaint: "too pink", "purplish", "a pink cast" — "a pink background" is no cast.
     */
    private static final Pattern CAST = Pattern.compile("\\b(?:too |very |so |kinda |a bit |way too |looks? |is |are |"
            + "all |everything |too much |so much |lots of |a lot of )(?:sickly |weird |ugly |odd |strange |a bit )?"
            + "(pink|purple)\\b|\\b(pink|purple)ish\\b|\\b(pink|purple) (?:cast|tint|tinge|shift)\\b");
    private static final Pattern COMPLAINT;
    /** The further adjectives of one complaint: "… and cold". */
    private static final Pattern AND_ANOTHER;
    /**
     * Flaws that "less" undoes the way a complaint about them does ("less gray and dull" asks what "too gray and dull"
     * asks); the effects the lexicon itself reads with "less" ("less dark", "less saturated") are not among them.
     */
    private static final String FLAWS_SAID_WITH_LESS = "gray|grey|dull|drab|muddy|flat|washed out|washed-out|muted|bland|pale|"
            + "lifeless|hazy|foggy|milky|murky|dingy|gloomy|noisy|grainy|fuzzy|garish|gaudy|yellow|orange|blue|green|magenta|"
            + "teal|cyan|greenish|bluish|yellowish|orangey|reddish|red|crunchy|contrasty|plasticky|shiny|greasy|muddy";
    private static final Pattern LESS_OF_A_FLAW;
    private static final Pattern AND_A_FLAW;
    /** "light pollution is making everything orange": a cast, complained about. */
    private static final Pattern MADE_A_CAST = Pattern.compile("\\b(?:making|turning|made|turned|makes|turns) (?:everything|"
            + "it all|it|them|the whole (?:thing|picture|image|photo)|the (?:picture|image|photo|shot)) (?:look |go |come out )?"
            + "(?:all |kinda |really |so )?(blue|green|yellow|orange|magenta|purple|cyan|teal|pink)(?:ish|y)?\\b");
    private static final Map<String, String> FIX_BY_WORD = new java.util.HashMap<>();

    /**
     * "auto fix", "automatic correct", "autoenhance", "please just fix it automatically": a fix left to Easel, which the
     * words around say of what.
     */
    private static final String AUTOMATIC_FIX = "(?:\\bauto(?:matic(?:ally)?)?[- ]?(?:fix|correct|enhance)|\\b(?:fix|correct|enhance|"
            + "adjust|sort out) (?:it|this|everything|the (?:photo|picture|image|colou?rs?|white balance)) auto(?:matic(?:ally)?)?)";

    /** An effect named by its noun, which a later "dial it back" or "more please" is asked of. */
    private static final String AN_EFFECT_NAMED = "(exposure|contrast|saturation|brightness|warmth|sharpness|clarity|vibrance)";
    /** A slider's name as shorthand ("vib+", "sat-"). */
    private static final String SLIDER = "(vib|vibrance|sat|saturation|contrast|clarity|exposure|exp|warmth|temp)";

    /**
     * Words read before any complaint is looked for: "make it a bit sharp" asks for sharpening (not "a bit sharp", a
     * complaint), "vib+" is the vibrance slider, "the dark parts more dark" a learner's "darker".
     */
    /** "could be", "should be a little": a change asked in the passive, its amount kept (group 1, last in the asking). */
    private static final String PASSIVE_ASK = "(?:could|should|can|might|may|would|must|need to|needs to|ought to) be "
            + "((?:a (?:bit|little|touch|tad) |slightly |somewhat |a lot |much |way )?)";
    private static final Map<Pattern, String> ASKED_IN_OTHER_WORDS = ordered(
            // "fix the exposure automatic please": the automatic fix of the levels
            Map.entry(Pattern.compile("\\b(?:fix|correct|set|do|adjust) (?:the )?(?:exposure|levels) automatic(?:ally)?\\b"), "auto levels"),
            // "vibrance up a tad, not full on saturation": the saturation named only as what not to do
            Map.entry(Pattern.compile("(?<=\\bvibrance\\b.{0,40}),?\\s*(?:but )?not (?:full(?:-| )?on |full |too much |the |all-?out )?"
                    + "saturation\\b"), " "),
            // "perhaps the shadows could be lifted a little?", "the contrast should be increased": the change asked in the passive
            Map.entry(Pattern.compile("\\b(?:the )?shadows? " + PASSIVE_ASK + "(?:lifted|raised|opened(?: up)?|brightened|lightened)\\b"),
                    "lift the shadows $1"),
            Map.entry(Pattern.compile("\\b(?:the )?shadows? " + PASSIVE_ASK + "(?:deepened|darkened|crushed)\\b"), "deepen the shadows $1"),
            Map.entry(Pattern.compile("\\b(?:the )?highlights? " + PASSIVE_ASK + "(?:recovered|toned down|reduced|lowered|brought down|"
                    + "tamed|darkened|pulled back)\\b"), "recover the highlights $1"),
            Map.entry(Pattern.compile("\\b(?:the )?(contrast|saturation|exposure|brightness|vibrance|clarity|warmth) " + PASSIVE_ASK
                    + "(?:increased|raised|boosted|bumped(?: up)?|pushed|turned up)\\b"), "more $1 $2"),
            Map.entry(Pattern.compile("\\b(?:the )?(contrast|saturation|exposure|brightness|vibrance|clarity|warmth) " + PASSIVE_ASK
                    + "(?:reduced|lowered|decreased|turned down|toned down|dialled down|dialed down)\\b"), "less $1 $2"),
            // "please fix the red I in this photo": red eye, as dictation hears it
            Map.entry(Pattern.compile("\\bred i(?:'?s)?(?=\\s+(?:in|on|from)\\b|\\s*[.,!]|\\s*$)"), "red eye"),
            // "pls tone down the sky its completely blown out": a blown part made quieter is its highlights recovered
            // (read alone, "tone down" would turn the highlights' recovery round)
            Map.entry(Pattern.compile("\\b(?:tone|bring|knock|pull|take|calm) (?:down )?(?:the |that |those )?(?:sky|clouds|windows?|"
                    + "lights?|lamps?|snow|water|reflections?)(?: down)?\\b(?=.*\\bblown\\b)[^.;]*"), "recover the highlights"),
            // "reduce saturation slightly; the lacquer reads redder than the object itself": how it came out, the reason
            // for the change asked first (not more of that colour)
            Map.entry(Pattern.compile("(?<=[a-z]{3}.{0,60}[;.,] )(?:the |this |that |it |its )?[a-z ]{0,30}\\b(?:reads|looks|comes out|"
                    + "appears|seems) (?:a bit |a little |slightly |much |way |far )?(?:redder|bluer|greener|yellower|pinker|"
                    + "oranger|warmer|cooler) than\\b.*$"), ""),
            // "get rid of the speckle in the dark bits": a camera's speckle, which is its noise
            Map.entry(Pattern.compile("\\b(?:get rid of|remove|clean up|reduce|lose|kill) (?:the |that |this |all the |some )?"
                    + "(?:speckles?|speckling)\\b"), "remove the noise"),
            // "Could I see it without any colour? I want to check my values."
            Map.entry(Pattern.compile("\\b(?:see|show|have|make|get|view) (?:it|this|them|the (?:picture|image|photo)) (?:without|with no|"
                    + "minus) (?:any |the )?colou?rs?\\b"), "make it black and white"),
            // "Please make this part not clear, it is my neighbour house number": unreadable, which a blur makes it
            Map.entry(Pattern.compile("\\bmake (?:this|that|it|them|the [a-z]+)(?: part| bit| area)? (?:not clear|unclear|unreadable|"
                    + "illegible|unrecogni[sz]able|not readable|not visible)\\b"), "blur it"),
            // "correct the colour, make white be white"
            Map.entry(Pattern.compile("\\bmake (?:the )?whites? (?:be |look |come out )?(?:actually |really |properly |true )?white\\b"),
                    "correct the white balance"),
            // "vib+", "sat-", "contrast++": a slider's shorthand, up or down
            Map.entry(Pattern.compile("(?<![\\w+-])" + SLIDER + "\\s?\\+\\+?(?![\\w+])"),
                    "more $1"),
            Map.entry(Pattern.compile("(?<![\\w+-])" + SLIDER + "\\s?(?:-|−)(?:-|−)?(?![\\w\\d-])"),
                    "less $1"),
            Map.entry(Pattern.compile("\\b(more|less) vib\\b"), "$1 vibrance"),
            Map.entry(Pattern.compile("\\b(more|less) sat\\b"), "$1 saturation"),
            Map.entry(Pattern.compile("\\b(more|less) exp\\b"), "$1 exposure"),
            Map.entry(Pattern.compile("\\bmore temp\\b"), "warmer"),
            Map.entry(Pattern.compile("\\bless temp\\b"), "cooler"),
            // "the dusk shot of the owl is full of speckles": the picture itself, named as what it shows, is no part of it
            Map.entry(Pattern.compile("(?:^|(?<=[,;.!?] ))(?:the|this|my|our) (?:[a-z]+ ){0,2}(?:shot|photo|picture|pic|image|scan|"
                    + "photograph|snap) of (?:the |my |our |a |an |his |her )?(?:[a-z]+ ){1,3}?(?=(?:is|are|looks?|seems?|has|came|comes|got|"
                    + "turned)\\b)"), "it "),
            // "highlights are very less, please increase them", "contrast is less": a learner's too little
            Map.entry(Pattern.compile("\\bhighlights (?:is|are) (?:very |too |so |quite |a bit )?less\\b"), "boost the highlights"),
            Map.entry(Pattern.compile("\\b" + AN_EFFECT_NAMED + " (?:is|are) (?:very |too |so |quite |a bit )?less\\b"), "more $1"),
            // "make this area unsharp": blurred (an unsharp mask sharpens)
            Map.entry(Pattern.compile("\\bmake (?:it|this|that|them|the [a-z]+|this [a-z]+|that [a-z]+) (?:a (?:bit|little) )?(?:unsharp|"
                    + "unsharpened|not sharp)\\b(?! mask)"), "blur"),
            // "more definition please, the details of the stones are lost": the local contrast clarity gives
            Map.entry(Pattern.compile("\\b(?:more|some|extra|add|needs?|give it) (?:a bit of |a little |some )?definition\\b"), "more clarity"),
            // "more texture on the crust, like clarity or whatever it's called", "more detail in the feathers, like local contrast":
            // the slider named is what is asked
            Map.entry(Pattern.compile("\\bmore (?:texture|detail|definition)\\b(.*?)[,;]? (?:like|as in|as with|with|using) (?:the )?"
                    + "(?:clarity|local contrast|micro-?contrast)\\b(?: slider)?(?: or (?:whatever|what(?:ever)?) (?:it'?s|it is) called)?"),
                    "more clarity$1"),
            // "do it not so contrast", "the contrast also bigger", "augment the clarity": learners' more and less
            Map.entry(Pattern.compile("\\bnot so (?:much )?(contrast|saturat\\w*|sharp\\w*|bright\\w*)\\b"), "less $1"),
            Map.entry(Pattern.compile("\\b" + AN_EFFECT_NAMED + " (?:also |too |a bit |a little |more )?(?:bigger|higher|stronger)\\b"),
                    "more $1"),
            Map.entry(Pattern.compile("\\b" + AN_EFFECT_NAMED + " (?:also |too |a bit |a little )?(?:smaller|weaker)\\b"), "less $1"),
            Map.entry(Pattern.compile("\\baugment(?:ed)?\\b"), "increase"),
            Map.entry(Pattern.compile("(?<!\\b(?:warm|cool|punch|liven|brighten|heat|jazz) )\\b(?:increase|raise|up|augment|lift) (?:the |all the |its )?colou?rs?\\b"),
                    "more saturated"),
            Map.entry(Pattern.compile("\\b(?:more|some|a bit of|extra) brilliance\\b|\\bmore brilliant\\b"), "more vibrance"),
            // "cut it down to like 4 colour levels", "palette reduction pls, 4 colours"
            Map.entry(Pattern.compile("\\b(?:palette reduction|reduced? (?:the )?palette|limited palette|(?:(?:cut|chop|bring|reduce|take) "
                    + "(?:it |this |them )?(?:down |back )?to (?:like |about |just |only )?)?(?:\\d+|a few|few|two|three|four|five|six) "
                    + "(?:colou?r|tone|grey|gray) (?:levels|steps|bands))\\b"), "posterize"),
            // "knock it down to like 4 tones", "bring it down to five colours": fewer of them
            Map.entry(Pattern.compile("\\b(?:cut|chop|bring|reduce|take|knock|boil|strip) (?:it |this |them |the (?:colou?rs|palette) )?"
                    + "(?:down |back )?to (?:like |about |just |only |maybe )?(?:\\d+|a few|few|two|three|four|five|six|seven|eight) "
                    + "(?:flat )?(?:colou?rs|tones|shades|values|flats)\\b"), "posterize"),
            // "the colours are too strong, can you make them less?", "color is too strong, please more soft color": the saturation
            Map.entry(Pattern.compile("\\b(?:the )?colou?rs? (?:is|are|look|looks|seem|seems|feel|feels)? ?(?:a (?:bit|little|touch) |much |way |"
                    + "far |rather |slightly )?too (?:strong|intense|loud|heavy|much|saturated)\\b(?! (?:yellow|blue|green|red|orange|magenta|pink|"
                    + "purple|cyan|teal|warm|cold|cool)\\b)(?:[^.;]*?\\b(?:make (?:it|them) (?:less|weaker|"
                    + "softer)|(?:more )?soft(?:er)? colou?rs?)\\b)?"), "less saturated"),
            Map.entry(Pattern.compile("\\b(?:the )?colou?rs? (?:is|are|look|looks|seem|seems)? ?(?:a (?:bit|little|touch) |much |way |far |"
                    + "rather )?too (?:weak|pale|faint|washed|dull)\\b(?:[^.;]*?\\b(?:make (?:it|them) (?:more )?(?:strong|stronger)))?"),
                    "more saturated"),
            Map.entry(Pattern.compile("\\b(?:remove|take out|take away|drain|strip(?: out)?) (?:all )?(?:the )?colou?rs?(?! cast| tint| balance)(?: out)?(?: (?:from|of) "
                    + "(?:the |this )?(?:picture|image|photo|pic))?\\b|\\bblanco y negro\\b|^grisaille\\b|\\bin grisaille\\b"), "black and white"),
            // "take saturation out completely", "remove all the saturation": no colour left; "take the saturation out": much less
            Map.entry(Pattern.compile("\\b(?:take|strip|drain|suck) (?:all )?(?:the )?saturation out (?:completely|entirely|totally|"
                    + "fully)\\b|\\b(?:remove|take out|strip out|kill) all (?:the )?saturation\\b"), "black and white"),
            Map.entry(Pattern.compile("\\b(?:take|strip|drain|suck) (?:the |some )?saturation out\\b|\\b(?:remove|take out|strip out|kill) "
                    + "(?:the |some )?saturation\\b"), "much less saturated"),
            Map.entry(Pattern.compile("\\bquanti[sz]e (?:the )?(?:tonal range|tones|colou?rs|values)\\b"), "posterize"),
            Map.entry(Pattern.compile("\\bhl (?:boost|up|\\+)\\b"), "boost the highlights"),
            Map.entry(Pattern.compile("\\b(green|blue|yellow|orange|pink|magenta|purple)(?:ish)? haze\\b"), "$1 cast"),
            // "why is everyone orange", "why is the silver pink": a cast complained of, as a question
            Map.entry(Pattern.compile("\\bwhy (?:is|are|does) (?:everyone|everybody|everything|it|the (?:photo|picture|image|pic|skin|face|faces|"
                    + "silver|whites?|snow|paper|page|scan|print|wall|walls|shirt|dress))(?: look)? (?:so |all |this |that )?"
                    + "(orange|yellow|blue|green|magenta|purple|pink)\\b"), "too $1"),
            // "lose the edges here, soften them": the hard edges softened
            Map.entry(Pattern.compile("\\blose the (?:hard |sharp )?edges?\\b"), "blur"),
            // "much noise in the dark areas": where the noise is, not a darkening
            Map.entry(Pattern.compile("\\b(denoise|noise|grain|noisy|grainy|speckles|specks)\\b (?:is |are )?(?:mostly |especially |only |all )?(?:in|on|"
                    + "across) the (?:dark|darker|darkest|shadow|shadowy|black) (?:parts?|areas?|bits?|regions?|places?|sky)\\b"), "$1"),
            // "the dark parts should be more dark", "the bright areas more bright": a learner's comparative
            Map.entry(Pattern.compile("\\bmore (bright|dark|light|warm|cool|sharp)\\b(?=\\s*(?:$|[,.;!?]|please|pls|so|like|for|in|on|at|than|"
                    + "and (?!(?:[a-z]+ )?(?:corners?|edges?|parts?|areas?|places?|tones?|shadows?)\\b)))"), "$1er"),
            // "give it a stronger tone curve", "apply a tone curve, more punch", "softer tone curve": the curve's way
            Map.entry(Pattern.compile("\\b(?:make|get) (?:the |a |its )?(?:tone )?curves? (?:a (?:bit|little) |much )?(?:stronger|steeper|"
                    + "punchier|more contrasty|harder)\\b|\\b(?:stronger|punchier|steeper|harder) (?:tone )?curves?\\b|\\b(?:apply|add|use|put|"
                    + "give it) (?:a |the |some )?tone curves?(?! (?:to|that|which|so)\\b)(?=[,.;]|$| (?:please|pls|for|like)\\b)"),
                    "add an S-curve"),
            Map.entry(Pattern.compile("\\b(?:softer|gentler|flatter|weaker|less (?:steep|strong|punchy)) (?:tone )?curves?\\b|"
                    + "\\b(?:use|with) the (?:tone )?curves? to make (?:it|this) less (?:strong|contrasty|punchy|harsh)\\b|"
                    + "\\b(?:make )?(?:the )?tone curves? (?:a (?:bit|little) )?(?:softer|gentler|flatter|weaker|less strong)\\b"
                    // "go more linear on the curve"
                    + "|\\b(?:go |make (?:it |the (?:tone )?curve )?)?more linear(?: on the (?:tone )?curve)?\\b"),
                    "flatter curve"),
            // "contrast is too hard, make soft", "less harsh between the lights and darks": the contrast softened
            // (not "bump the contrast hard": said that way, "hard" is how far to go)
            Map.entry(Pattern.compile("\\bcontrast (?:(?:(?:is |'s |looks? )?(?:too |very |so |way too |a bit too )|(?:is |'s |looks? ))"
                    + "(?:hard|harsh|strong|heavy|much)|harsh)\\b[^,.;]*(?:[,.;] ?(?:please |pls )?(?:make (?:it )?(?:more )?soft(?:er)?|soften (?:it|that)|tone it down)\\b)?|"
                    + "\\b(?:less harsh|softer|gentler) between (?:the )?(?:lights?|highlights|brights|whites) and (?:the )?"
                    + "(?:darks?|shadows|blacks)\\b"), "less contrast"),
            // "it's come out all speckly", "full of speckles", "much noise in the dark areas": noise to take out
            Map.entry(Pattern.compile("\\b(?:is|are|'s|its|it's|looks?|come out|came out|got|gone|went) (?:all |so |very |really |a bit |"
                    + "kinda |quite )?(?:speckly|speckled|spotty with noise)\\b|\\b(?:is |are |it's |its )?full of (?:speckles|specks|"
                    + "noise|grain)\\b|\\b(?:there is |there's )?(?:much|a lot of|loads of|tons of) noise\\b"), "too noisy"),
            // "after make it a bit sharp": sharper
            Map.entry(Pattern.compile("\\bmake (?:it|this|them|the [a-z]+) (?:a (?:bit|little|touch) |slightly |little )?sharp\\b"),
                    "sharpen"),
            // "colors in steps, like a poster", "a few flat colour bands, screenprint look": posterized
            Map.entry(Pattern.compile("\\bcolou?rs? in (?:steps|bands|blocks|levels)\\b|\\b(?:a )?(?:few )?flat colou?r (?:bands|steps|"
                    + "blocks|areas|shapes)\\b|\\bscreen ?print(?:ed)?(?: look| style| effect)?\\b|\\b(?:steps|bands) of colou?r\\b"),
                    "posterize"),
            // "remove red in the eye", "eyes of my daughter are coming red": the red eye
            Map.entry(Pattern.compile("\\b(?:remove|fix|take out|get rid of|correct|kill) (?:the )?red (?:in|from|of) (?:the |her |his |"
                    + "their |my |our |its )?(?:[a-z]+'?s? )?eyes?\\b|\\beyes? (?:of (?:my |our |the |her |his )?[a-z]+ )?(?:are |is )?(?:coming|"
                    + "came out|come out|look|looks|are|is|went|go|turned|glow(?:ing)?) (?:all |so |very |bright )?red\\b"), "remove the red eye"),
            // "make the edges dark like an old camera", "dark shade around the border", "edges fade darker": a vignette
            Map.entry(Pattern.compile("\\b(?:make|darken|shade) (?:the |all the )?(?:edges|borders|corners)(?: of (?:the )?"
                    + "(?:photo|picture|image|frame))?(?: (?:a (?:bit|little) )?(?:dark|darker|shaded|black|dim))?\\b|"
                    + "\\b(?:add |put )?(?:a )?dark(?:er)? (?:shade|shading|shadow|fade|border) (?:a)?round the (?:border|edges?|corners|"
                    + "frame|sides)(?: of (?:the )?(?:photo|picture|image))?\\b|\\b(?:the )?edges? (?:to )?(?:fade|fall off|go) (?:to )?"
                    + "(?:dark|darker|darkish|black)\\b"), "vignette"),
            // "make the highlights on the sword pop", "brighten up just the whites": the highlights boosted
            Map.entry(Pattern.compile("\\b(?:make )?(?:the )?highlights(?: on [a-z ]{1,20}?)? pop\\b|\\b(?:brighten|lift|boost|raise|push)"
                    + "(?: up)? (?:just |only )?the whites\\b"), "boost the highlights"),
            // "bring back detail in the bright parts": the highlights recovered
            Map.entry(Pattern.compile("\\b(?:bring|get) back (?:some |the )?details? in (?:the )?(?:(?:bright|brightest|white|light) "
                    + "(?:parts?|areas?|bits?|spots?)|highlights)\\b"
                    // "knock the bright bits down a touch": the hot spots toned down
                    + "|\\b(?:knock|tone|bring|pull|take|dial) (?:the )?(?:bright|brightest|white|hot) (?:bits|parts|areas|spots) "
                    + "(?:down|back)\\b"), "recover the highlights"),
            // "tint it slightly greener": the tint, not the saturation
            // "tint everything pink"
            Map.entry(Pattern.compile("\\btint (?:it|this|that|everything|all of it|the [a-z ]{1,25}?) (?:slightly |a bit |a little |"
                    + "a touch )?(?:greener|more green|toward(?:s)? green|green(?:ish)?)\\b"), "green tint"),
            Map.entry(Pattern.compile("\\btint (?:it|this|that|everything|all of it|the [a-z ]{1,25}?) (?:slightly |a bit |a little |"
                    + "a touch )?(?:pinker|more magenta|more pink|toward(?:s)? (?:magenta|pink)|pink|pinkish|magenta)\\b"),
                    "magenta tint"));

    /** "the egret is not looking white", "the white of the dress isn't white": the white balance. */
    private static final Pattern NOT_WHITE = Pattern.compile("\\b(?:the )?(?:whites?(?: of (?:the |her |his |my )?[a-z]+)?|[a-z]+) "
            + "(?:is not|isn'?t|are not|aren'?t|is not looking|isn'?t looking|not looking|doesn'?t look|don'?t look|not coming out|"
            + "isn'?t coming out) (?:very |really |properly |pure )?(?:white|neutral)(?: at all| anymore| any more)?\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "…, less punchy", said after the curve that is the punch. */
    private static final Pattern PUNCH_SAID_AGAIN = Pattern.compile("[,;]?\\s*\\b(?:less|not so|not as|more|a bit more|bit more) "
            + "punch(?:y)?\\b");
    /** A cast's colour named, which says the way itself ("the whites aren't white, they're yellowish"). */
    private static final Pattern A_CAST_COLOUR_NAMED = Pattern.compile("\\b(?:yellow|blue|orange|green|magenta|pink|purple|red)"
            + "(?:ish|dish)?\\b|\\b(?:bluish|blueish|reddish|purplish|pinky)\\b");

    /** Trade words the lexicon does not know, rewritten into words it does. */
    // In this order: "soften the contrast" must become "less contrast" before "soften" becomes "blur".
    /** The dark and the light ends of the tones, as people name them: "the darks", "the bright parts". */
    private static final String DARK_RANGE = "(?:dark|darks|shadows|black|blacks)(?: parts)?";
    private static final String LIGHT_RANGE = "(?:light|lights|bright|brights|highlights|white|whites)(?: parts)?";

    private static final Map<Pattern, String> REWRITES = ordered(
            // "darker and less colour": less of the colour is less saturation (fewer colours are a posterize)
            Map.entry(Pattern.compile("\\bless colou?r\\b(?!s)"), "less saturation"),
            // "let the computer sort out the contrast on its own", "even out the tones automatically": the automatic fix
            Map.entry(Pattern.compile("\\b(?:(?:let|have) (?:it|the (?:computer|program|app|software|machine|tool|ai)) )?"
                    + "(?:(?:[a-z]+ ){0,2}(?:fix|sort out|figure out|even out|balance|set|adjust|correct|do|handle|work out) )?"
                    + "(?:the )?(contrast|tones?|levels|colou?rs?|white balance)\\b[^.;?]{0,30}?\\b(?:automatic(?:ally)?|by itself|"
                    + "on its own)\\b"), "auto $1"),
            Map.entry(Pattern.compile("\\bautomatic(?:ally)? (?:(?:fix|sort out|even out|balance|set|adjust|correct|do)(?: out)? )?"
                    + "(?:the )?(contrast|tones?|levels|colou?rs?|white balance)\\b"), "auto $1"),
            // "fuzz out that plate number", "make the faces unrecognisable, for privacy", "make unfocused the people in the back",
            // "I don't want to show this face, please make not clear"
            Map.entry(Pattern.compile("\\bfuzz(?:ed)?(?: (?:it|this|that|them))? (?:out|over)\\b|\\banonymi[sz]e\\b|"
                    + "\\bmake (?:it |this |them )?(?:unfocused|out of focus|not clear|unclear)\\b|\\bmake (?:the |his |her |their |those |these )?"
                    + "(?:[a-z]+ ){0,3}(?:unrecogni[sz]able|not recogni[sz]able|(?:cannot|can'?t) (?:be )?recogni[sz]ed?)\\b"), "blur"),
            Map.entry(Pattern.compile("\\bauto tones?\\b"), "auto levels"),
            Map.entry(Pattern.compile("\\bauto colou?rs?\\b"), "auto white balance"),
            // "make them shine more", "can the light parts shine more?": the bright parts brighter
            Map.entry(Pattern.compile("\\b(?:shine|glow|gleam|sparkle) (?:more|brighter|a bit more|a little more)\\b"
                    + "(?! (?:than|golden|yellow|orange|warm|red|pink|blue|green|purple)\\b)"),
                    "boost the highlights"),
            // "I should like to have this one in grey tones"
            Map.entry(Pattern.compile("\\bin (?:gr[ae]y|black and white) (?:tones|shades|tints)\\b"), "grayscale"),
            // "convert the selected area into grey colour only": its colour taken out, not grey paint
            Map.entry(Pattern.compile("\\b(?:into|to|in) gr[ae]y (?:colou?rs? |tones? |shades? )?only\\b|\\bonly (?:in )?gr[ae]y (?:colou?rs?|tones|"
                    + "shades)\\b"), "grayscale"),
            // "light the whole thing up a little, the room will be dim when they project it": brighter
            Map.entry(Pattern.compile("^(?:(?:please|pls|can you|could you|just) )*light (?:it|this|that|them|everything|the (?:whole )?"
                    + "(?:thing|picture|image|photo|scene|room|shot)) up\\b[^,;.]*"), "brighten"),
            // "the restaurant had those cold LED lights", "shot under warm tungsten bulbs": the light that cast it, complained of
            Map.entry(lightThatCast("cold|cool|blue|bluish"), "warmer"),
            Map.entry(lightThatCast("warm|yellow|orange|yellowish|orangey"), "cooler"),
            // "I should like the bright part of the window … to be somewhat subdued": the highlights held back
            Map.entry(Pattern.compile("\\b(?:bright|brightest|highlights?)\\b[^.;]{0,60}\\b(?:to be|be|look|appear|seem|made|get) "
                    + "(?:somewhat |a bit |a little |slightly |more )?(?:subdued|toned down)\\b"), "recover the highlights"),
            // "can u make the grass more green": the greens richer, not a green tint over everything
            Map.entry(Pattern.compile("\\bmake (?:the |her |his |their |its |my )?(?:grass|lawn|leaves|trees|foliage|hills|fields?|plants|"
                    + "garden|greenery|moss|hedges?) (?:a (?:bit|little|touch) |slightly |much )?(?:more green|greener)\\b"), "more saturated"),
            // "bring out the faint dust lanes", "bring out the fine detail": what is faint made clearer
            Map.entry(Pattern.compile("\\bbring out (?:the |those |these |more |some )?(?:(?:faint|subtle|fine|hidden|dim) (?!(?:stuff|bits|parts|areas|things)\\b)[a-z]+(?: [a-z]+)?"
                    + "|details?|textures?|structure)\\b"), "more clarity"),
            // "give the campfire more of an orange glow", "give the whole painting a warm evening glow": warmer
            Map.entry(Pattern.compile("\\bgive (?:it|this|them|the (?:whole )?[a-z]+) (?:a |an |more of an? |some )?(?:warm|warmer|orange|golden|"
                    + "amber)(?: [a-z]+)? glow\\b"), "warmer"),
            // "the colours of the sunset are not strong enough": richer colours
            Map.entry(Pattern.compile("\\bcolou?rs?\\b[^.;]{0,30}\\b(?:are|is|look|looks) not (?:strong|vivid|rich|intense|saturated|punchy|"
                    + "bright) enough\\b"), "more saturated"),
            // "can u make the crackle pattern more visible", "I want the texture of the wood to be seen more": clearer
            Map.entry(Pattern.compile("\\b(?:texture|pattern|grain|details?|crackle|weave|brush ?strokes|speckles)\\b[^.;]{0,25}\\b(?:more "
                    + "visible|be seen more|seen better|more pronounced)\\b"), "more clarity"),
            // "make the shiny bits shinier": the highlights
            Map.entry(Pattern.compile("\\b(?:shiny|bright|light) (?:bits|parts|areas|spots) (?:shinier|brighter)\\b"), "boost the highlights"),
            // "turn down the windows, they glow too much": the lights held back
            Map.entry(Pattern.compile("\\b(?:glows?|glowing|shines?|shining) (?:way |far |a bit |a little )?too (?:much|bright(?:ly)?|"
                    + "strong(?:ly)?|hard)\\b"), "recover the highlights"),
            // "make the lighthouse beam stand out against the dark": the light made brighter, not the picture darker
            Map.entry(Pattern.compile("\\bstand out (?:more )?(?:against|from|in) (?:the )?(?:dark|darkness|night|black|shadows?)\\b"),
                    "boost the highlights"),
            // "Set the black point and the white point": the levels
            Map.entry(Pattern.compile("\\b(?:set|fix|adjust|find)(?: the)? (?:black|white) points?(?: and (?:the )?(?:black|white) "
                    + "points?)?\\b"), "auto levels"),
            // "Can you press the automatic button thing that fixes the picture?"
            Map.entry(Pattern.compile("\\b(?:automatic|auto|one[- ]click)(?: fix| correct| enhance)? (?:button|thing|option|setting|"
                    + "mode|magic)\\b"), "auto levels"),
            // "too much purple-pink color, please more green side"
            Map.entry(Pattern.compile("\\bmore (?:to |towards? )?(?:the )?(green|magenta) side\\b"), "tint towards $1"),
            // "hit it with some vibrance"
            Map.entry(Pattern.compile("\\bhit (?:it|this|them) with (?:some |a bit of |a little |a touch of )?(vibrance|saturation|"
                    + "clarity|contrast|warmth|sharpening)\\b"), "more $1"),
            // "the face is blurry, can you put more focus"
            Map.entry(Pattern.compile("\\b(?:put|add|give(?: it| them)?|bring|get) (?:more |some |a bit more |a little more |better )"
                    + "?focus\\b(?! on\\b)"), "sharpen"),
            // "ease off the local contrast": clarity, before any rewrite of "contrast" reads it as the whole picture's
            Map.entry(Pattern.compile("\\b(?:local|micro)[- ]?contrast\\b"), "clarity"),
            Map.entry(Pattern.compile("\\b(?:knock|dial|tone|ease|pull|bring|take) (?:back|down|off)\\s+(?:(?:the|some|that)\\s+)?"
                    + "clarity\\b|\\b(?:knock|dial|tone|pull|bring|take)\\s+(?:(?:the|some|that)\\s+)?clarity\\s+(?:back|down)\\b"),
                    "less clarity"),
            Map.entry(Pattern.compile("\\bblur (?:this|that|it|them|the [a-z]+) out\\b"), "blur"),
            // "more texture on the bread crust", "bring out the texture in the bark": the clarity slider's work
            Map.entry(Pattern.compile("\\b(?:more|some more|extra) texture\\b|\\bbring out (?:the |its |their )?texture\\b"), "more clarity"),
            // "more texture, like the clarity slider in LR": the slider named is the change; the program it is in is not
            Map.entry(Pattern.compile(",? (?:like|as with|with) the (?:lightroom |lr |camera raw )?(?:clarity|texture|dehaze) slider"
                    + "(?: in (?:lr|lightroom|camera raw|acr|photoshop|ps))?\\b"), ""),
            Map.entry(Pattern.compile("\\b(?:it )?needs? (?:some |more |a bit of )?clarity\\b"), "more clarity"),
            // "lots of haze over the bay, cut through it a bit", "too much haze, give it some bite": haze cut through
            Map.entry(Pattern.compile("\\b(?:too much|lots of|a lot of|so much|heavy|thick|full of|all this|all that) haze\\b"
                    + "(?:[^.;]*?(?:cut through it|give it (?:some )?bite|clear it|fix (?:it|that)|needs clarity))?"), "more clarity"),
            // "the face of my brother is in dark, give light only to this"
            Map.entry(Pattern.compile("\\bgive (?:some |more |a (?:bit|little) (?:of |more )?)?light (?:only )?(?:to|on)\\b"), "brighten"),
            // "brighter shadows pls": the shadows lifted, not the picture brightened
            Map.entry(Pattern.compile("\\b(?:brighter|lighter) (?:shadows|darks|blacks)\\b"), "lift the shadows"),
            Map.entry(Pattern.compile("\\b(?:darker|deeper) (?:shadows|darks|blacks)\\b"), "deepen the shadows"),
            // "I want the corner more dark, like old camera", "give dark around the corner of the photo": a vignette
            Map.entry(Pattern.compile("\\b(?:the )?corners? (?:more dark|darker|to be dark(?:er)?|dark)\\b(?:[^.;]*?\\b(?:the )?(?:centre|center|"
                    + "middle) (?:to )?(?:stay|stays|remain|staying|stay more|more) (?:light|bright))?"
                    + "|\\b(?:give |put |add )?(?:some )?dark(?:ness|er)? (?:around|in|on) the (?:corners?|edges?)(?: of the (?:photo|picture|image))?\\b"),
                    "vignette"),
            // "make the photo like very old, brown colour": sepia
            Map.entry(Pattern.compile("\\b(?:like |look )?(?:very |really )?old,? (?:and )?brown(?: colou?r)?\\b"), "sepia"),
            // "the undead knight should be nearly colourless": much less saturated
            Map.entry(Pattern.compile("\\b(?:nearly|almost|mostly) (?:colou?rless|desaturated|without colou?r)\\b"), "much less saturated"),
            Map.entry(Pattern.compile("\\bdrain (?:most of |some of )?(?:it|the colou?rs?|the colou?r out)\\b(?! (?:completely|entirely|totally|"
                    + "all the way|fully)\\b)"), "less saturated"),
            // "tint the whole map slightly toward magenta"
            Map.entry(Pattern.compile("\\btint (?!towards )(?:(?:it|this|the (?:whole )?[a-z]+) )?(slightly |a (?:bit|little|touch) )?towards? "
                    + "(magenta|green)\\b"), "tint towards $2 $1"),
            // "reduce the highlight please"
            Map.entry(Pattern.compile("\\b(?:reduce|lower|tone down|recover|dim|calm) the highlight\\b"), "recover the highlights"),
            // "tone down how orange my spray tan looks", "tone down the yellow a little": less of that colour
            Map.entry(Pattern.compile("\\b(?:tone|turn|dial|calm) down how (orange|yellow|red|blue|green|pink|purple|magenta)\\b(?: [a-z']+){0,4}? "
                    + "(?:looks?|is|are|seems?)\\b"), "less $1"),
            // (not "tone down the orange on the hardwood floors": a thing's colour, its saturation)
            Map.entry(Pattern.compile("\\b(?:tone|turn|dial|calm) down the (yellow|orange|blue)\\b(?! (?:on|in|of)\\b)"), "less $1"),
            // "can it be lightened?"
            Map.entry(Pattern.compile("\\b(?:can|could|would) (?:it|this|that|the (?:photo|picture|image|scan|slide)) be (?:a (?:bit|little|touch) )?"
                    + "(lighten|brighten|darken|sharpen|soften)ed\\b"), "$1 it"),
            // "make the colours a little stronger": more saturated
            Map.entry(Pattern.compile("\\bmake the colou?rs (?:a little |a bit |much |way )?(?:more )?(?:stronger|more intense|"
                    + "more vivid|pop more)\\b"), "more saturated"),
            // "exposure. it's under": underexposed
            Map.entry(Pattern.compile("\\b(?:it'?s|its|it is|it was) under[.!]*$"), "more exposure"),
            // "a little more of highlights in the sky", "the highlights could shine a little more"
            Map.entry(Pattern.compile("\\bmore (?:of )?(?:the )?highlights\\b|\\bhighlights (?:on|in) (?:the |her |his )?[a-z]+ could "
                    + "(?:shine|glow|pop) (?:a (?:little|bit) )?more\\b"), "boost the highlights"),
            // "vib up sat down": the sliders' shorthand
            Map.entry(Pattern.compile("\\bvib(?:e)? (up|down)\\b"), "vibrance $1"),
            Map.entry(Pattern.compile("\\bsat (up|down)\\b"), "saturation $1"),
            Map.entry(Pattern.compile("^(vibrance|saturation|contrast|clarity|warmth) up\\s+(vibrance|saturation|contrast|clarity|warmth) "
                    + "down$"), "more $1 and less $2"),
            Map.entry(Pattern.compile("^(vibrance|saturation|contrast|clarity|warmth) down\\s+(vibrance|saturation|contrast|clarity|"
                    + "warmth) up$"), "less $1 and more $2"),
            // "a moderate S-shaped tone curve"
            Map.entry(Pattern.compile("\\bs[- ]shaped (?:tone )?curve\\b"), "s-curve"),
            // "convert the flash sheet to black and white": the picture, whatever it is called
            Map.entry(Pattern.compile("\\bconvert (?:the|this|my|our) (?:[a-z]+ ){0,3}?[a-z]+ (?=to (?:black and white|b&w|bw|"
                    + "gr[ae]yscale|monochrome|sepia)\\b)"), "convert "),
            // "lawn looks dull, give the greens some vibrance": more of it, on what is named
            Map.entry(Pattern.compile("\\bgive (?:the|those|these|her|his|its|their) (?:[a-z]+ )?[a-z]+ (?:some |more |a bit of |a little |a "
                    + "touch of |a bit more )(vibrance|saturation|clarity|warmth)\\b"), "more $1"),
            // "shift the hair colour to something bluer": the hue
            Map.entry(Pattern.compile("\\bshift (?:the |her |his |their |its )?(?:[a-z]+ )?colou?r to (?:something |a )?(?:more |a bit )?"
                    + "(?:bluer|redder|greener|yellower|purpler|pinker|bluish|reddish|greenish|purplish|pinkish|blue|red|green|"
                    + "purple|pink|yellow|orange|teal|violet)\\b"), "shift the hue"),
            // "change the tone of the flowers to more purple": their colour
            Map.entry(Pattern.compile("\\bchange the (?:tone|tones|hue) of (the [a-z ]{2,30}?) to (?:more |a more )?"), "change the colour of $1 to "),
            // "hire contrast please": a slip of the ear for "higher"
            Map.entry(Pattern.compile("\\bhire (?=contrast|saturation|exposure|brightness|clarity)"), "higher "),
            // "unfocus the background": blurred
            Map.entry(Pattern.compile("\\b(?:unfocus|defocus)\\b"), "blur"),
            // "her forehead is all shiny and white": a shine on skin, toned down
            Map.entry(Pattern.compile("(?<!\\bmake [a-z' ]{1,30} look [a-z, ]{0,30})\\b(?:all|so|very|really|super) shiny\\b"
                    + "(?: and white)?"), "recover the highlights"),   // (not "make the engine look freshly detailed, all shiny")
            // "more green in the goblin's skin": the tint, towards green
            Map.entry(Pattern.compile("\\b(?:more|add(?: some)?(?: more)?) green(?:ish)?(?= (?:in|to|on) )"), "tint towards green"),
            // "make the color less, like faded", "more intensive in colour": saturation said of the colour
            Map.entry(Pattern.compile("\\bmake the colou?rs? less\\b"), "less saturated"),
            Map.entry(Pattern.compile("\\b(?:more|stronger) intens(?:e|ive) in colou?rs?\\b"), "more saturated"),
            // "it has a violet tone, please make it neutral": the cast taken out
            Map.entry(Pattern.compile("\\b(?:make|get) (?:it|this|the colou?rs?|the whites?|everything) (?:look )?(?:more )?neutral\\b"),
                    "correct the white balance"),
            // "change all the colours around so it's like different colours": the hue
            Map.entry(Pattern.compile("\\bchange (?:all )?the colou?rs (?:around|round)\\b.*"), "shift the hue"),
            // "make the white parts even whiter": the highlights
            Map.entry(Pattern.compile("\\bmake the (?:white|bright|light) (?:parts|areas|bits|spots) (?:even |a bit |a little )?"
                    + "(?:whiter|whiten|brighter)\\b"), "boost the highlights"),

            // "tone down the orange on the floors", "the greens are too acidic, knock them back": a colour made quieter
            Map.entry(Pattern.compile("\\b(?:tone|knock|dial|calm|pull|bring) (?:down|back) (?:the |those |these |that |all the )?"
                    + HUE + "(?:s|ness)?\\b(?! (?:cast|tint|tinge|shift|hue|colou?r cast))|\\b(?:tone|knock|dial|calm|pull) (?:the |those |these |that )?"
                    + HUE + "s? (?:down|back)\\b"
                    + "|\\b(?:the )?" + HUE + "s?(?: (?:in|on|of) (?:the |her |his |my )?[a-z]+)? (?:are|is|look|looks|'re|'s|feel|feels) "
                    + "(?:(?:way|far|much|a bit|so|too|really|kinda|literally|just) )*(?:acidic|loud|garish|neon|screaming|shouting|"
                    + "radioactive|overpowering|overwhelming|in your face)\\b(?:,? (?:can you |could you |please )?(?:knock|tone|dial|"
                    + "calm|pull|bring) (?:them|it|that|those) (?:down|back))?"), "less saturated"),
            // "boost the greens in the foliage", "I want those oranges glowing": a colour made stronger
            Map.entry(Pattern.compile("\\b(?:boost|pump up|punch up|intensify|amp up|juice up|crank up|deepen|enrich) (?:the |those |"
                    + "these |all the )?" + HUE + "s\\b|(?:^|\\b(?:want|need|make|get) )(?:the |those |these )?" + HUE + "s (?:glowing|glow|"
                    + "to glow|pop|popping|to pop|richer|more vivid|more intense)\\b"), "more saturated"),
            // "gimme some exposure back on the left winger": more of it, given back
            Map.entry(Pattern.compile("\\b(?:give|gimme|get)(?: me| it)? (?:some |a bit of |a little )?(exposure|brightness|"
                    + "contrast|saturation|vibrance) back\\b"), "more $1"),
            // "fix automatically the light of the photo": the levels, set automatically
            Map.entry(Pattern.compile("\\b(?:fix|correct|adjust|set) (?:automatically|auto) (?:the )?(?:light|lighting|levels|exposure)\\b"),
                    "auto levels"),
            // "can you do automatic the contrast?", "automatically make good contrast please"
            Map.entry(Pattern.compile("\\bauto(?:matic(?:ally)?)?(?: (?:the|make|do|a|good|better|fix|correct|set|give|it))+ "
                    + "(contrast|levels|white balance)\\b"), "auto $1"),
            // "PLEASE FIX THE COLORS AUTOMATICALLY", "fix the colours automatically, I don't know what is wrong"
            Map.entry(Pattern.compile("\\b(?:fix|correct|adjust|balance|sort out|repair)(?: the| my| its)? colou?rs? "
                    + "(?:automatically|by itself|for me automatically)\\b|\\bauto(?:matic(?:ally)?)? (?:fix|correct)(?: the)? colou?rs?\\b"
                    + "|\\bauto(?:matic)?[- ]?correct(?:ion|ed)? (?:of |for |the )*colou?rs?\\b"
                    + "|\\b(?:the )?balance of (?:the )?whites?\\b"
                    // "white hive is not white. can you correct the white"
                    + "|\\b(?:correct|fix|neutrali[sz]e) (?:the |my |its )?whites?(?=$|[,.!?]| (?:please|pls|for me)\\b)"), "auto white balance"),
            // "give them more life", "make colors more juicy", "the colours feel tired", "make them more alive"
            Map.entry(Pattern.compile("\\bcolou?rs? (?:feel|feels|look|looks|are|is|seem|seems) (?:so |a bit |kinda |very |really )?"
                    + "(?:tired|sad|dead|lifeless|weak|boring|very pale|pale)\\b"), "more saturated"),
            // "could the colours be made a bit more lively", "so the colours are more alive"
            Map.entry(Pattern.compile("\\b(?:make|give) (?:the )?(?:colou?rs?|them|it) (?:more |some )?(?:juicy|juicier|alive|lively|"
                    + "livelier)\\b|\\b(?:give|bring) (?:the )?(?:colou?rs?|them) (?:more |some )?life\\b"
                    + "|\\bcolou?rs? (?:be |get |to be |are |look |become )?(?:made )?(?:a bit |a little |much |slightly )?"
                    + "more (?:juicy|alive|lively|vivid|vibrant|rich|intense|saturated|punchy|popping)\\b"), "more saturated"),
            // "like old time, brown colour like my grandfather photos", "vintage and brownish", "like an old darkroom print, brownish"
            Map.entry(Pattern.compile("\\blike (?:the )?old (?:times?|days)\\b.*\\bbrown\\b|\\bbrown (?:colou?r|tones?|tint)\\b.*"
                    + "\\bold (?:times?|days|photos?|pictures?)\\b|\\b(?:vintage|antique|darkroom|old(?= (?:photo|print|picture|type|style|film|cookbook|family|look|feel|times?|days|"
                    + "\\d{4}s))|old[- ]fashioned|old[- ]timey)\\b[^.;]{0,40}?\\b(?:brown(?:ish|y)|brown (?:tones?|tint|colou?r|hue|cast)|brown$)"
                    + "|\\bbrown(?:ish|y)\\b[^.;]{0,40}?\\b(?:vintage|antique|old-timey|old timey|old[- ]fashioned)\\b"
                    // "old timey brown like a photo from 1890", "brown like an old print"
                    + "|\\bold[- ]timey brown\\b|\\bbrown like (?:an? |the )?(?:old |antique |vintage )?(?:photos?|prints?|pictures?)"
                    + "(?= from (?:the )?1[89]\\d0s?\\b|(?<=old photos?|old prints?|old pictures?))"), "sepia"),
            // "there is a magenta dominant on the sky": a learner's cast (Italian "dominante")
            Map.entry(Pattern.compile("\\b" + HUE + " dominan(?:t|ce)\\b"), "$0 cast"),
            // "fake some bokeh on the background": a shallow depth of field, which a blur gives
            Map.entry(Pattern.compile("\\b(?:fake|add|give (?:it|me)|create|more|put) (?:some |a bit of |a little )?bokeh\\b"
                    // "put some bokeh city lights in the bg": lights to paint
                    + "(?! (?:[a-z]+ )?(?:lights?|balls?|circles?|orbs?|dots?|spots?|sparkles?))"), "blur"),
            // "the distant mountains to look hazier": atmospheric haze is lower contrast
            Map.entry(Pattern.compile("\\b(?:hazier|more hazy)\\b"), "less contrast"),   // fog and mist are things to paint
            // "could the midtones be lifted slightly": the middle of the curve raised
            Map.entry(Pattern.compile("\\b(?:the )?(?:midtones|mid-?tones|mids|middle tones) (?:be |get )?(?:lifted|raised|brightened|"
                    + "lightened)\\b"), "lift the midtones"),
            // "my scan came out muddy, can you sort out the levels?": the levels, set automatically
            Map.entry(Pattern.compile("\\b(?:sort out|sort|fix|correct|repair|do|redo|set) (?:the |its |my |his |her )?levels\\b"
                    + "(?! (?:to|by|of)\\b)"), "auto levels"),
            // "the couch looks radioactive, make the color less crazy"
            Map.entry(Pattern.compile("\\bcolou?rs? (?:a bit |a little |slightly |much )?less (?:crazy|wild|intense|loud|insane|strong|extreme|"
                    + "garish|vivid|much|screaming|shouty|neon|radioactive)\\b"), "less saturated"),
            // "change all the colours to the opposite": the negative
            Map.entry(Pattern.compile("\\bcolou?rs? (?:to|into|in) (?:the|their) opposites?\\b|\\bopposite colou?rs\\b"), "invert"),
            // "get back the highlights", "can you bring the highlights back"
            Map.entry(Pattern.compile("\\b(?:get|bring) (?:back )?the highlights(?: back)?\\b(?! up)"), "recover the highlights"),
            // "a poster with only like 5 colors", "band it into flat steps", "like poster, only few colors": fewer tones
            Map.entry(Pattern.compile("\\b(?:only|just) (?:like |about |around )?(?:\\d{1,2}|two|three|four|five|six|eight|a few|a "
                    + "handful of) (?:colou?rs|tones|shades)\\b|\\bband (?:it|them|this) into (?:flat )?(?:steps|bands)\\b"
                    + "|\\b(?:with )?(?:only |just )?(?:a )?(?:few|limited|small number of|handful of) colou?rs\\b"), "posterize"),
            // "mild noise reduction", "reduce the scanner noise in the flat tint areas"
            // "get rid of the speckle in the dark bits": the sensor's speckle, which is noise
            Map.entry(Pattern.compile("\\bnoise reduction\\b|\\b(?:reduce|remove|cut|lower|lessen|get rid of) (?:the |some |all the )?"
                    + "(?:[a-z]+ )?(?:noise|speckles?|speckling)\\b(?: in [a-z ]+$)?"), "denoise"),
            // "a pink dominance on all the photo": a cast, said the way French and Italian say it
            Map.entry(Pattern.compile("\\b([a-z]+) (?:dominance|dominant|dominante)\\b"), "$1 cast"),
            // "reduce the yellowing of the paper": the cast the years gave it
            Map.entry(Pattern.compile("\\b(?:reduce|remove|fix|correct|get rid of|take out|lessen) (?:the |this |that )?"
                    + "(?:yellow|blue|green|red|pink|magenta|orange)(?:ing|ness)\\b"), "white balance"),
            // "shadows under the pier are too open", "shadows are too lifted, crush em a bit"
            Map.entry(Pattern.compile("\\bshadows?\\b[a-z ]{0,25}? (?:are|is|look|looks) (?:way |a bit |kinda )?too (?:open|lifted|"
                    + "light|grey|gray|milky|bright)\\b|\\bcrush (?:them|em|'em|the shadows|the blacks)\\b"), "deepen the shadows"),
            // "the corner make darker, like old camera", "darker corners"
            Map.entry(Pattern.compile("\\b(?:the )?corners? (?:make |go |get |should be |a bit |more )*darker\\b|\\bdarker corners\\b"),
                    "vignette"),
            // "push it back toward green", "shift the colours to magenta": the tint
            Map.entry(Pattern.compile("\\b(?:push|shift|move|nudge|take|pull|correct|balance) (?:it |them |the colou?rs? )?(?:back )?(?:towards?|to) "
                    + "(?:the )?(green|magenta)\\b"), "tint towards $1"),
            // "the photo is greenish, move it a bit to pink": the whole picture's tint, magenta's way
            Map.entry(Pattern.compile("\\b(?:push|shift|move|nudge|pull) (?:it|them|everything|the (?:colou?rs?|tint|picture|photo|image)) "
                    + "(?:back )?(?:a (?:bit|little|touch|hair) |slightly )?(?:more )?(?:towards?|to) (?:the )?pink(?:ish)?\\b"), "tint towards magenta"),
            // "shift the sweater colour so it reads more teal", "shift it toward purple", "the hue's off, rotate it"
            Map.entry(Pattern.compile("\\b(?!.*\\b(?:magenta|green|greener|pink|pinker|warm|warmer|cool|cooler|neutral|"
                    + "white)\\b)(?:shift|rotate|swing|nudge|push|move)(?: (?:it|them|the (?:[a-z]+ )?(?:colou?rs?|hues?|tones?)))?"
                    // "shift the hue on the upper to more burgundy"
                    + "(?: (?:on|of|in) (?:the |her |his |its |their |this |that )?[a-z]+)?"
                    // (not "push it toward a finished rendered look": a look, not a colour)
                    + " (?:towards?(?! (?:a |an |the |more )?(?:[a-z-]+ ){0,2}(?:look|feel|style|finish|vibe|mood|aesthetic)\\b)"
                    + "|to(?= (?:a |more |the )?[a-z]+$)|so (?:it|they) reads?|a few degrees|by a few degrees)\\b.*$"), "shift the hue"),
            // "bedroom is under by like a stop and a half": underexposed by that much
            Map.entry(Pattern.compile("\\bunder(?:exposed)? by (?:like |about |around |roughly )?(?:a|one|two|half a|a third of a|"
                    + "\\d+(?:\\.\\d+)?) stops?(?: and a (?:half|third))?\\b"), "more exposure"),
            Map.entry(Pattern.compile("\\bover(?:exposed)? by (?:like |about |around |roughly )?(?:a|one|two|half a|a third of a|"
                    + "\\d+(?:\\.\\d+)?) stops?(?: and a (?:half|third))?\\b"), "less exposure"),
            // "shot this about a stop under": underexposed, before the stop itself is read as an amount
            Map.entry(Pattern.compile("\\b(?:like |about |around |roughly )?(?:a|one|two|half a|a third of a|\\d+(?:\\.\\d+)?) "
                    + "stops? under(?:exposed)?\\b"), "more exposure"),
            Map.entry(Pattern.compile("\\b(?:like |about |around |roughly )?(?:a|one|two|half a|a third of a|\\d+(?:\\.\\d+)?) "
                    + "stops? over(?:exposed)?\\b"), "less exposure"),
            // "make the photo more light", "make the dark parts more visible", "could the dark bits get lighter"
            Map.entry(Pattern.compile("\\b(?:make|get) (?:it|this|the [a-z]+) ((?:a )?(?:little |tiny |wee )?(?:bit |touch )?)?"
                    + "more light\\b"), "$1brighter"),
            // "the shadow portion", "the dark portions": the shadows
            Map.entry(Pattern.compile("\\b(?:the )?(?:dark|darker|shadowy|shaded|shadow) (?:parts?|areas?|bits?|spots?|corners|places?|"
                    + "portions?)"
                    + "(?: [a-z']+){0,3} (?:more )?(?:visible|readable|lighter|brighter|clearer)\\b"), "open up the shadows"),
            // "… for the throwback thursday post", "on the feed": what it is for, and where it is seen.
            Map.entry(Pattern.compile("\\s+for (?:the|my|our|a|an|this|that|his|her|their) (?:[a-z0-9'-]+ ){0,4}(?:post|posts|"
                    + "feed|story|stories|mock-?up|campaign|client|card|album|set|website|site|blog|print|banner|header|"
                    + "cover|slideshow|thumbnail|thumb|deck|presentation|brand|poster|invite|invitation|menu|flyer|listing|"
                    + "ads?|shoot|portfolio|project|launch|newsletter|printer)\\b.*$|\\s+for a (?:sec|second|moment|bit)\\b"),
                    ""),
            Map.entry(Pattern.compile("\\s+on (?:the|my|your|our) (?:feed|phone|screen|monitor|display|instagram|ig|laptop|"
                    + "tv|print)\\b"), ""),
            Map.entry(Pattern.compile("\\b(?:dark|darker|black|classic|nice|moody)(?= vignette)\\b"), ""),
            Map.entry(Pattern.compile("\\bsharpening\\b|\\bmore bite\\b"), "sharpen"),
            // "ok just stretch it with contrast instead"
            Map.entry(Pattern.compile("\\bstretch (?:it |this |them |the tones )?(?:with|using|by) (?:more |some )?contrast\\b"), "more contrast"),
            // "this daytime matte painting": the film trade's painted backdrop, not a matte look
            Map.entry(Pattern.compile("\\bmatte (?=paintings?|painters?|plates?|shots?)\\b"), ""),
            // "too much glare on the beaker": the hot spots, toned down
            Map.entry(Pattern.compile("\\b(?:(?:way |far )?too much|so much|lots of|a lot of) glare\\b"), "recover the highlights"),
            // "the scan lost its warmth, bring some of that back", "bring back the colours": more of what was lost
            Map.entry(Pattern.compile("\\b(?:has |have )?lost (?:its|it's|the|some of (?:its|the)|all (?:its|the)|their) "
                    + "(warmth|contrast|colou?rs?|saturation|vibrance|brightness|sharpness|clarity)\\b(?:,? (?:bring|get) (?:some of )?"
                    + "(?:that|it|them) back)?"), "more $1"),
            // "bring back the contrast", "can you restore some contrast", "recover the saturation": more of it, given back
            Map.entry(Pattern.compile("\\b(?:bring|get) back (?:some of |some |a bit of |a little |a touch of |more )?(?:the |its |their )?"
                    + "(warmth|contrast|saturation|vibrance|"
                    + "brightness|sharpness|clarity|colou?rs?)\\b|\\b(?:restore|recover|put back) (?:some |the |a bit of |a little |more |"
                    + "some of the )?(contrast|saturation|vibrance|warmth|brightness|sharpness|clarity)\\b"
                    // "can you bring the contrast back" (not "bring the contrast back down")
                    + "|\\b(?:bring|get) (?:the |its |their |some |a bit of |a little |some of the )?(warmth|contrast|saturation|vibrance|"
                    + "colou?rs?) back\\b(?! down)"),
                    "more $1$2$3"),
            // "can you get the real colors back", "make the colours normal again": a cast taken out
            Map.entry(Pattern.compile("\\b(?:(?:get|bring) (?:back )?the (?:real|true|natural|proper|correct|original|normal) "
                    + "colou?rs(?: back)?|make the colou?rs (?:normal|natural|right|real|true to life) again)\\b"), "auto white balance"),
            // "can you do automatic the levels", "the automatic tonal value correction", "do a levels pass", "auto stretch it"
            Map.entry(Pattern.compile("\\b(?:do (?:a |an |the )?)?(?:auto(?:matic(?:ally)?)? (?:the )?(?:levels?|tonal (?:value )?correction|tonal range|"
                    + "tone correction)|(?:the )?(?:levels?|tonal (?:value )?correction|tonal range) (?:pass|automatic(?:ally)?)|"
                    + "(?:restore|fix|correct) the tonal range automatically|auto[- ]?stretch)\\b"), "auto levels"),
            // the darker edges of a picture: a vignette ("add a soft darkening around the edges", "make the borders more dark")
            Map.entry(Pattern.compile("\\b(?:(?:add |give it )?(?:a |some )?(?:soft |subtle |slight )?(?:darkening|shading|darker|dark) "
                    + "(?:around|on|at|along|in) (?:all )?the (?:four )?(?:edges|corners|borders)(?: around the sides)?|(?:make |darken )(?:the )?(?:edges|corners|borders)(?: of the "
                    + "(?:picture|photo|image|frame|shot))?(?: (?:a bit |a little |slightly )?(?:more dark|darker))?)\\b"), "vignette"),
            // "cooler WB", "cool the white balance a touch", "shift the white balance toward blue": a way for the
            // white balance is warmth, not the automatic fix
            Map.entry(Pattern.compile("\\b(warm|cool)(?:er)? (?:up |down )?(?:the )?(?:white balance|temp(?:erature)?)\\b"), "$1er"),
            Map.entry(Pattern.compile("\\b(?:the )?(?:white balance|temp(?:erature)?) (?:a (?:bit|touch|little|tad) )?(warmer|cooler)\\b"), "$1"),
            Map.entry(Pattern.compile("\\b(?:shift|push|move|nudge|take|bring) (?:the )?(?:white balance|temp(?:erature)?)(?: a (?:bit|touch|little|tad))? "
                    + "(?:towards?|to) (?:the )?(?:blue|cool|cold|cooler|teal)\\b"), "cooler"),
            Map.entry(Pattern.compile("\\b(?:shift|push|move|nudge|take|bring) (?:the )?(?:white balance|temp(?:erature)?)(?: a (?:bit|touch|little|tad))? "
                    + "(?:towards?|to) (?:the )?(?:orange|yellow|amber|warm|warmer)\\b"), "warmer"),
            // "dial the brightness back", "knock the clarity down": less of it
            Map.entry(Pattern.compile("\\b(?:dial|knock|pull|take|tone|ease) (?:the |that |this )?(brightness|contrast|saturation|"
                    + "exposure|vibrance|clarity|warmth|sharpening|sharpness|vignette) (?:back|down)\\b|\\bbring (?:the |that |this )?"
                    + "(brightness|contrast|saturation|exposure|vibrance|clarity|warmth|sharpening|sharpness|vignette) (?:back )?down\\b"
                    + "|\\bbring (?:that |this )(brightness|contrast|saturation|exposure|vibrance|clarity|warmth|sharpening|sharpness|"
                    + "vignette) back\\b"), "less $1$2$3"),
            // "quit a little the brightness": a learner's "take away some of"
            Map.entry(Pattern.compile("\\bquit (?:a little |a bit |some )?(?:of )?(?:the )?(brightness|contrast|saturation|exposure|"
                    + "vibrance|clarity|warmth|sharpness)\\b"), "less $1"),
            // "flatten it a bit, way too crunchy": less contrast ("flatten the image" alone merges layers)
            Map.entry(Pattern.compile("\\bflatten (?:it|this|the (?:contrast|look|tones?))\\b"), "less contrast"),
            // "push it toward magenta a hair": the tint, not the hue
            Map.entry(Pattern.compile("\\b(?:push|shift|nudge|move|pull|take|bring|swing)(?: (?:it|them|this|the [a-z]+(?: tones?)?))? "
                    + "(?:a (?:bit|touch|hair|little) |slightly )?(?:more )?(?:towards?|to) (magenta|green)\\b"), "tint towards $1"),
            Map.entry(Pattern.compile("\\btint (?:it|everything|the (?:whole )?(?:picture|image|photo)) (?:a (?:bit|touch|hair|little) "
                    + "|slightly )?(?:more )?(?:towards?|to) (magenta|green)\\b"), "tint towards $1"),
            // "that curve is too dramatic, ease it off": the tone curve flattened
            Map.entry(Pattern.compile("\\b(?:the |that |this )?(?:tone )?curve (?:is|'s|looks|feels) (?:way |a bit |far |much )?too "
                    + "(?:strong|dramatic|much|steep|heavy|contrasty|harsh)\\b(?:,? (?:ease|tone|dial|back) it (?:off|down|back))?"),
                    "flatten the tone curve"),
            // "overstretched it, relax the curve"
            Map.entry(Pattern.compile("\\b(?:relax|ease|ease off|soften|loosen|calm|tame|back off)(?: the| that| this)? (?:tone )?curve\\b"),
                    "flatten the tone curve"),
            // "and juice the colors"
            Map.entry(Pattern.compile("\\b(?:juice|juice up|pump up|amp up|crank up|crank) (?:the |those |these |all the )?colou?rs\\b"),
                    "more saturated"),
            // "bump the mids with a curve": a curve asked for
            Map.entry(Pattern.compile("\\b(?:bump|lift|raise|push|boost)(?: up)? the (?:mids|midtones|mid tones|middle tones) with "
                    + "a (?:tone )?curve\\b"), "add an S-curve"),
            // "the shadows is too clear, I want more dramatic": shadows too light, deepened
            Map.entry(Pattern.compile("\\bshadows? (?:is|are|look|looks) (?:a bit |way |much |far )?too (?:clear|light|bright|lifted|"
                    + "open|grey|gray|weak|washed out)\\b"), "deepen the shadows"),
            // "wash out the colours like an old vhs tape": less saturated
            Map.entry(Pattern.compile("\\bwash (?:out )?the colou?rs(?: out)?\\b"), "less saturated"),
            // "vibrance max": all the way
            Map.entry(Pattern.compile("\\b(vibrance|saturation|contrast|clarity|exposure|brightness|sharpness) (?:max|maxed|"
                    + "maxed out|to the max|all the way up)\\b"), "a lot more $1"),
            Map.entry(Pattern.compile("\\bi want (?:it )?more focused\\b"), "sharpen"),
            // "the colours are too strong": too saturated ("the effect is too strong" is a rescale)
            Map.entry(Pattern.compile("\\bcolou?rs? (?:are|is|look|looks|seem|feel) (?:a bit |way |much |far |really |just )?too "
                    + "(?:strong|intense|much|loud|heavy)\\b"), "less saturated"),
            // "make the selected part unsharp": blurred ("it's unsharp" complains instead)
            Map.entry(Pattern.compile("\\bmake (?:it|this|them|the [a-z ]{1,30}?) unsharp\\b"), "blur"),
            Map.entry(Pattern.compile("\\bmake (?:it|this|them|the [a-z]+) (?:a (?:bit|little|touch) )?crisp(?:y|er)?\\b"), "sharpen"),
            Map.entry(Pattern.compile("\\bless punchy\\b"), "less contrast"),
            // "please moderate the saturation": the verb, which asks for less ("a moderate curve" is an amount)
            Map.entry(Pattern.compile("\\b(?:moderate|temper|restrain) (?:the |its |their )?(?=(?:contrast|saturation|brightness|colou?rs|"
                    + "warmth|sharpness|sharpening|vibrance|clarity|exposure|highlights|grain)\\b)"), "reduce the"),
            Map.entry(Pattern.compile("\\bde-?haze(?: it| this| the [a-z]+)?\\b"), "more clarity"),
            Map.entry(Pattern.compile("\\b(?:desaturate|drain|strip) (?:it |the colou?rs? |the selection |this )?"
                    + "(?:completely|fully|entirely|all the way)\\b"), "black and white"),
            Map.entry(Pattern.compile("\\bshadows up\\b"), "open up the shadows"),
            Map.entry(Pattern.compile("\\bshadows down\\b"), "deepen the shadows"),
            Map.entry(Pattern.compile("\\bhighlights up\\b"), "boost the highlights"),
            // "rather noisy, particularly in the darker areas": where the flaw shows most, no change of its own
            Map.entry(Pattern.compile(",? (?:particularly|especially|mostly|mainly|above all) in the [a-z]+ (?:areas|parts|bits|"
                    + "regions|spots)\\b"), ""),
            // "highlights down", "make the highlights little down", "the highlights to be toned down somewhat"
            Map.entry(Pattern.compile("\\bhighlights (?:(?:to be |should be |need to be |be )?(?:toned|brought|pulled|taken|"
                    + "knocked|turned|dialled|dialed) )?(?:(?:a )?(?:little|bit|touch|tad|somewhat) )*down\\b"), "recover the highlights"),
            // "vibrance up, NOT saturation": what not to touch is no change.
            Map.entry(Pattern.compile("\\b(?:not|but not|no) (?:the )?(?:saturation|contrast|brightness|warmth|sharpening|blur)\\b"),
                    ""),
            Map.entry(Pattern.compile("\\bsoften (?:the |her |his |their )?(?:skin )?texture\\b"), "less clarity"),
            // "brightness -10", "contrast +15": a slider's number says which way.
            Map.entry(Pattern.compile("\\b(brightness|contrast|saturation|warmth|exposure|vibrance|clarity|highlights|shadows|"
                    + "sharpness|tint) ?\\+ ?\\d+(?:\\.\\d+)?%?"), "more $1"),
            Map.entry(Pattern.compile("\\b(brightness|contrast|saturation|warmth|exposure|vibrance|clarity|highlights|shadows|"
                    + "sharpness) ?(?:-|minus ) ?\\d+(?:\\.\\d+)?%?"), "less $1"),
            Map.entry(Pattern.compile("\\b(?:drop|cut|dial down|turn down|back off)(?: the| some)? (contrast|saturation|warmth|"
                    + "brightness|clarity|vibrance|sharpness|sharpening)\\b"), "less $1"),
            Map.entry(Pattern.compile("\\btoo much (local contrast|contrast|saturation|warmth|brightness|sharpness|sharpening|blur|vignette|"
                    + "clarity|vibrance|exposure)\\b"), "less $1"),
            Map.entry(Pattern.compile("\\bauto[- ]?fix (?:on )?(?:the |my )?(contrast|levels)\\b"), "auto $1"),
            Map.entry(Pattern.compile("\\b(?:old |faded |antique )?brown(?:ish)? (?:old |antique )?(?:photo(?:graph)?s?|prints?|pics?|pictures?|look)\\b"),
                    "sepia"),
            Map.entry(Pattern.compile("\\b(?:lights|highlights|brights|light bits) and (?:the )?(?:darks|shadows|dark bits) stand out\\b"),
                    "more contrast"),
            Map.entry(Pattern.compile("\\bauto[- ]?fix (?:the |my )?(?:colou?rs?|white balance|wb)\\b"), "auto white balance"),
            Map.entry(Pattern.compile("\\bdeep[- ]?fr(?:y|ied)\\b"), "much more saturated and much more contrast and sharpen"),
            Map.entry(Pattern.compile("\\bblk (?:n|and|&) wht\\b"), "black and white"),
            Map.entry(Pattern.compile("\\bsepa\\b"), "sepia"),
            Map.entry(Pattern.compile("\\b(?:push|amp|amp up|pump|pump up|juice|juice up)(?: the)? (contrast|saturation|warmth|"
                    + "brightness|exposure|clarity|vibrance|sharpness)\\b"), "more $1"),
            Map.entry(Pattern.compile("\\b(?:ease|ease off|ease up on|ease off on|relax|back off on|go easy on|go easier on)"
                    + "(?: the)? (contrast|saturation|warmth|brightness|exposure|clarity|vibrance|sharpness)\\b"), "less $1"),
            Map.entry(Pattern.compile("\\b(?:recover|rescue|save|tame) (?:the |some |those )?(?:[a-z]+ )?highlights\\b"),
                    "recover the highlights"),
            Map.entry(Pattern.compile("\\b(?:lift|raise|open up|open) (?:the )?blacks\\b"), "open up the shadows"),
            Map.entry(Pattern.compile("\\b(?:add|put|bring|give it) (?:some |more |a bit of |a little |a touch of )?(?:of )?(?:the )?colou?rs?"
                    + "(?: back)?\\b(?! to\\b)"), "more saturated"),
            Map.entry(Pattern.compile("\\bposteri[sz]e (?:it|this|them|that) down\\b"), "posterize"),
            Map.entry(Pattern.compile("\\b(?:more|some|extra|add) drama\\b"), "more contrast"),
            // "more lighter", "make more sharp": the comparative said twice, or with "more".
            Map.entry(Pattern.compile("\\bmore (lighter|darker|brighter|warmer|cooler|sharper|softer|blurrier|colder)\\b"), "$1"),
            Map.entry(Pattern.compile("\\b(?:make |a bit |a little )?more sharp\\b"), "sharpen"),
            Map.entry(Pattern.compile("\\b(?:more|stronger|brighter|happier|livelier|more alive|more strong|more vivid|"
                    + "more happy|more lively|more intense) colou?rs?\\b|\\bcolou?rs? (?:more|a bit more|much more) "
                    + "(?:strong|alive|vivid|intense|lively|happy|vibrant|saturated|bright)\\b|\\bcolou?rs? (?:stronger|livelier|"
                    + "richer|brighter)\\b"), "more saturated"),
            Map.entry(Pattern.compile("\\bcolou?rs? (?:a bit |a little |much |slightly )?less (?:strong|loud|intense|bright|"
                    + "vivid|saturated|garish|shouty)\\b|"
                    + "\\bcolou?rs? (?:are |is |look |looks )?(?:too |so |very |way too |too much )+(?:strong|"
                    + "loud|intense|much|screaming|crazy|bright)\\b|\\b(?:more|a bit more) (?:calm|quiet|gentle|muted|"
                    + "subtle)\\b|\\b(?:calmer|quieter|gentler) colou?rs?\\b|\\bcolou?rs? (?:calmer|quieter)\\b"),
                    "less saturated"),
            Map.entry(Pattern.compile("\\b(?:difference|contrast) between (?:the )?" + LIGHT_RANGE + " and (?:the )?" + DARK_RANGE
                    + " (?:is |looks )?(?:too |very |so )?"
                    + "(?:small|low|weak|little)\\b"), "more contrast"),
            Map.entry(Pattern.compile("\\b(?:edges|corners) (?:(?:go|get|become|turn|fade|are) )?(?:more |a bit |a little )?"
                    + "dark(?:er)?\\b"), "vignette"),
            Map.entry(Pattern.compile("\\b(?:old brown|brown old|brownish old|old-fashioned brown|brownish old-fashioned)\\b"),
                    "sepia"),
            Map.entry(Pattern.compile("\\b(?:remove|kill|fix|neutrali[sz]e|get rid of|take out|lose) (?:the |that |this )?"
                    + "(?:yellow|orange|tungsten|warm)(?:ish)? (?:cast|tint|tinge)\\b|\\b(?:tungsten|incandescent|"
                    + "orange|yellow) (?:cast|tint|tinge)\\b"), "cooler"),
            Map.entry(Pattern.compile("\\b(?:remove|kill|fix|neutrali[sz]e|get rid of|take out|lose) (?:the |that |this )?"
                    + "(?:blue|cold|cool)(?:ish)? (?:cast|tint|tinge)\\b|\\bblue (?:cast|tint|tinge)\\b"), "warmer"),
            Map.entry(Pattern.compile("\\b(?:kill|remove|strip|drop|zero|nuke) (?:the |all )?saturation\\b"), "desaturate"),
            Map.entry(Pattern.compile("\\b(?:is |are )?blowing out\\b"), "recover the highlights"),
            Map.entry(Pattern.compile("\\bgaussian(?: blur)?\\b"), "blur"),
            Map.entry(Pattern.compile("\\bhue shift\\b"), "shift the hue"),
            Map.entry(Pattern.compile("\\b(?:the )?(?:colou?r )?temp(?:erature)?\\b"), ""),
            Map.entry(Pattern.compile("\\b(?:cool|cold|teal|blue)(?:er)? (?:grade|grading|toning|tone)\\b"), "cooler"),
            Map.entry(Pattern.compile("\\b(?:warm|golden|orange)(?:er)? (?:grade|grading|toning|tone)\\b"), "warmer"),
            Map.entry(Pattern.compile("\\b(?:pull|bring|take|knock) (?:the )?(?:whites|highlights|brights)(?: down| back)\\b|"
                    + "\\b(?:highlights|whites) (?:are |is )?clipping\\b|\\b(?:they're|theyre|it's|its) clipping\\b"),
                    "recover the highlights"),
            Map.entry(Pattern.compile("(?<=\\b(?:less|more|lower|higher|reduce|increase|bump|drop|boost|knock|kill|the|some|lil|"
                    + "and|of) )sat\\b|^sat\\b|\\bsat(?= (?:up|down|back)\\b)"), "saturation"),
            Map.entry(Pattern.compile("\\b(?:sat|saturation|colou?rs?|greens|reds|blues|yellows|oranges|purples|pinks)"
                    + "(?:'s| is| are)? (?:so |too |way too |really |very )*(?:blown out|blown|clipping|nuclear|radioactive|"
                    + "toxic|screaming)\\b"), "less saturated"),
            Map.entry(Pattern.compile("\\b(?:knock|pull|dial|take|bring|tone|ease|back) (?:back|down|off)(?: on)? (?:the |that )?"
                    + "(?:[a-z]+ )?(contrast|saturation|brightness|warmth|sharpness|blur|vignette|clarity|vibrance|exposure)"
                    + "(?: way)?(?: down| back| off)?\\b"), "less $1"),
            Map.entry(Pattern.compile("\\b(?:knock|pull|dial|take|bring|tone|ease) (?:the |that )?(contrast|saturation|clarity|"
                    + "vibrance|sharpness|exposure)(?: way| right)? (?:down|back|off)\\b"), "less $1"),
            Map.entry(Pattern.compile("\\b(?:lift|open up)(?: the)? exposure\\b|\\bexposure(?:'s| is)? (?:too |way too |a bit |"
                    + "really )?(?:low|dark|under)\\b"), "more exposure"),
            Map.entry(Pattern.compile("\\bexposure(?:'s| is)? (?:too |way too |a bit |really )?(?:hot|high|bright|over)\\b"),
                    "less exposure"),
            Map.entry(Pattern.compile("\\bpop (?:the |that |those )?(?:[a-z]+ )?colou?rs?\\b"), "more saturated"),
            Map.entry(Pattern.compile("\\bblurring\\b"), "blur"),
            Map.entry(Pattern.compile("\\bbrightening\\b"), "brighter"),
            Map.entry(Pattern.compile("\\bdarkening\\b"), "darker"),
            Map.entry(Pattern.compile("\\bdesaturation\\b"), "desaturate"),
            Map.entry(Pattern.compile("\\bposteri[sz]ation\\b"), "posterize"),
            Map.entry(Pattern.compile("\\binversion\\b"), "invert"),
            Map.entry(Pattern.compile("\\b(?:colder|frostier)\\b"), "cooler"),
            Map.entry(Pattern.compile("\\b(?:turn|dial|tone|knock|bring|take|pull|drop) (?:down|back) (?:the |all the )?"
                    + "(?:colou?rs?|colou?r saturation)\\b|\\b(?:turn|dial|tone|knock|bring) (?:the |all the |those |these )?colou?rs? "
                    + "(?:down|back)\\b"), "less saturated"),
            Map.entry(Pattern.compile("\\b(?:turn|dial|crank|bring) up (?:the |all the )?colou?rs?\\b|"
                    + "\\b(?:turn|dial|crank) (?:the |all the )?colou?rs? up\\b"), "more saturated"),
            Map.entry(Pattern.compile("\\b(?:drop|lower|reduce|decrease|cut|pull down|bring down|take down)(?: the)? "
                    + "exposure\\b|\\bexposure down\\b"), "less exposure"),
            Map.entry(Pattern.compile("\\b(?:heavy|strong|bold|big)\\b"), "strongly"),
            Map.entry(Pattern.compile("\\bslight\\b"), "slightly"),
            Map.entry(Pattern.compile("\\b(?:throw|put|knock|take|make) (?:the |this |that |it |her |him |them )?"
                    + "(?:[a-z]+ )?out of focus\\b"), "blur"),
            Map.entry(Pattern.compile("\\b(?:lift|raise|brighten|lighten|open up) (?:the )?(?:midtones|mids|values?)\\b"
                    + "|(?!.*\\bcurves?\\b)\\b(?:push|bring|pull|take) (?:the |these |those |its |this |that )?(?:values?|midtones|mids) up\\b"),
                    "brighter"),
            Map.entry(Pattern.compile("\\b(?:lower|drop|darken|deepen) (?:the )?(?:values?|midtones|mids)\\b"
                    // "push these values down": a painter's values are lightness
                    + "|(?!.*\\bcurves?\\b)\\b(?:push|bring|knock|pull|take) (?:the |these |those |its |this |that )?(?:values?|midtones|mids) down\\b"), "darker"),
            Map.entry(Pattern.compile("\\b(?:reduce|limit|cut|simplify) (?:the )?(?:palette|shades|number of colou?rs?(?: levels| shades| tones)?)\\b|"
                    + "\\bfewer (?:shades|tones)\\b"), "posterize"),
            Map.entry(Pattern.compile("\\bdrain some (?:of )?(?:the )?colou?rs?(?: out)?\\b"), "desaturate"),
            Map.entry(Pattern.compile("\\b(?:a bit of |some |more |extra )?punch\\b"), "more contrast"),
            Map.entry(Pattern.compile("\\b(?:old[- ]timey|brown photo|(?<!\\b(?:this|my|the|our|that|his|her) )old (?:photo(?:graph)?|pic|picture|snapshot)"
                    + "(?! of\\b))(?: look| feel| style)?"
                    + "(?: from (?:like |the |around )?(?:1[89]\\d0s?|the (?:18|19)\\d0s|victorian times))?\\b"), "sepia"),
            // "recover the sky", "loads of speckle", "give it some texture back", "more orangey", "a deeper blue"
            Map.entry(Pattern.compile("\\b(?:recover|rescue|save) (?:the |some )?(?:sky|clouds|bright (?:areas|parts|bits)|blown "
                    + "(?:areas|parts|bits|sky))(?: detail)?\\b"), "recover the highlights"),
            Map.entry(Pattern.compile("\\b(?:loads|lots|tons|full|covered in|so much|plenty) (?:of )?(?:tiny |little |fine )?(?:speckles?|"
                    + "specks|speckle|grain|noise)\\b"), "denoise"),
            // (detail brought back into something blown out is its highlights, read as such)
            Map.entry(Pattern.compile("(?<!\\b(?:blown|highlights?)\\b.{0,80})\\b(?:give (?:it|them|her|him|the [a-z]+) |bring (?:back )?|"
                    + "put (?:back )?)(?:some |a bit of |a little |more )?(?:texture|detail|micro ?contrast)(?: back)?\\b"), "more clarity"),
            // (not "the scanner made them orangey", a cast complained of)
            Map.entry(Pattern.compile("(?<!\\b(?:made|turned|makes|turns|making|turning) (?:it|them|everything|it all) "
                    + "(?:look |go )?)\\b(?:more )?(?:orangey|orangier|oranger|yellower|more amber)\\b"), "warmer"),
            Map.entry(Pattern.compile("\\b(?:a )?(?:deeper|richer|more intense|stronger|bolder) (?:blue|red|green|yellow|orange|"
                    + "purple|pink|teal|turquoise)\\b"), "more saturated"),
            // "shift the selected berries from orange-red toward crimson", "hue shift the accent from teal toward purple"
            Map.entry(Pattern.compile("\\b(?:shift|change|turn|move|swap|hue shift) (?:the |this |that |his |her |its )?(?:[a-z]+ ){0,3}"
                    + "(?:colou?r )?from " + HUE + "(?:[- ]" + HUE + ")?(?: over)? "
                    + "(?:to|into|towards?) (?:a |an )?(?:more )?(?:(?:hot|deep|true|plum|dusty|light|dark|pale|bright|soft|warm|cool|"
                    + "rich|vivid) )?" + HUE + "\\b"
                    // "shift the entire palette toward violet", "the pool looks teal, shift it to a true blue"
                    + "|\\b(?:shift|move|swing|rotate) (?:it|this|that|everything|the (?:entire |whole )?(?:palette|colou?rs?|hues?)"
                    + "|the [a-z]+(?: colou?r)?) (?:a (?:bit|little|touch) )?(?:more )?(?:to|toward|towards|into) (?:a |an )?(?:more )?"
                    + "(?:true |hot |deep |real |proper |pure |plum |dusty )?" + HUE + "(?:[- ]?(?:ish|y))?\\b"), "shift the hue"),
            Map.entry(Pattern.compile("\\b(?:bump|pump|jack|ramp|kick|crank)(?: up)?\\b"), "increase"),
            Map.entry(Pattern.compile("\\b(reduc|increas|decreas|rais|boost|lower|lessen|strengthen|weaken)ing\\b"), "$1e"),
            Map.entry(Pattern.compile("\\bcompress (?:the )?(?:values|tones|tonal range|range)\\b"), "less contrast"),
            Map.entry(Pattern.compile("\\bseparate (?:the )?(?:values|tones)(?: more)?\\b|\\bvalues (?:are )?too close"
                    + "(?: together)?\\b"), "more contrast"),
            Map.entry(Pattern.compile("\\b(?:subtle|gentle|faint|soft)(?= (?:vignette|blur|sharpen|sepia|warmth|"
                    + "glow|tint))"), "subtly"),
            Map.entry(Pattern.compile("\\bmore contrasty\\b"), "more contrast"),
            // "apply a contrasty tone curve": the curve that adds contrast, not a complaint of it
            Map.entry(Pattern.compile("\\b(?:a )?(?:contrasty|punchy|steep|steeper|stronger) (?:tone |tonal )?curves?\\b"), "s curve"),
            Map.entry(Pattern.compile("\\b(?:soften|lower|flatten|tame|calm) (?:the |that |down the )?contrast\\b"),
                    "less contrast"),
            Map.entry(Pattern.compile("\\b(?:liven|pep|perk|juice) (?:the colou?rs? |it |this |them )?up\\b"),
                    "more saturated"),
            // "more vibrance but dont go crazy", "warmer, don't overdo it": the change, held back
            Map.entry(Pattern.compile(",?\\s*\\b(?:but |and |just )?(?:(?:please |pls )?(?:don'?t|dont|do not) (?:go (?:too )?"
                    + "(?:crazy|overboard|nuts|wild|mad|too far|over the top)|overdo (?:it|that|this))|nothing (?:too )?(?:crazy|wild|"
                    + "extreme|drastic|over the top))\\b"), " gently"),
            // "could be a bit livelier without going neon": more colour, gently
            Map.entry(Pattern.compile("\\b(?:livelier|more lively|more alive) (?:but )?without (?:going|getting|being|looking) "
                    + "(?:neon|overboard|crazy|too far|garish|fake|cartoony)\\b"), "more vibrance"),
            Map.entry(Pattern.compile("\\b(?:could|should|might) (?:be|look) (?:a bit |a little |slightly |much )?(?:livelier|more lively)\\b"),
                    "more saturated"),
            // "background should be blur so product comes in focus": the reason, not a second effect
            Map.entry(Pattern.compile("[,]?\\s*so (?:that )?(?:the |my )?[a-z]+ (?:comes?|is|gets?|stays?) (?:in|into) focus\\b"), ""),
            Map.entry(Pattern.compile("\\bpop[- ]art\\b"), "popart"),
            // "the highlights upon the water are most garish; pray subdue them", "ring light glare on the enamel, tone that down":
            // the bright parts named first, then quietened by a word that points back at them
            Map.entry(Pattern.compile("^(?:there'?s |there is |there are )?(?:a |an |the |that |this |some )?(?:[a-z]+ ){0,2}(?:highlights?|"
                    + "glare|reflections?|shine|shining|hot ?spots?|glints?|(?:bright|white|shiny) (?:bits?|parts?|spots?|areas?)|whites)"
                    + "\\b[^,;.]*[,;.]\\s*(?:please |pls |can you |could you )?(?:tone|tame|subdue|"
                    + "calm|soften|knock|dial|pull|bring|mute|reduce|lower)(?: down| back)? (?:them|it|that|those|this)(?: highlights| bits| parts)?"
                    + "(?: down| back)?"
                    + "(?: (?:a bit|a little|a touch|slightly))?[.!]*$"), "recover the highlights"),
            Map.entry(Pattern.compile("\\b(?:calm|soften|subdue|mute|tame|tone down|dial down) (?:the |those |these )?highlights\\b"),
                    "recover the highlights"),
            Map.entry(Pattern.compile("\\b(?:the )?(?:shadowy|shaded|shady) (?:bits|parts|areas|spots|places)\\b"), "the shadows"),
            // "brighten up just the shadows": only them, which the adjustment already means
            Map.entry(Pattern.compile("\\b(brighten(?: up)?|lift|open up|darken|deepen|recover|boost|tone down) (?:just|only)\\s+(?=the )"), "$1"),
            // "tone that down without making the rest dark": what must not happen is no request
            Map.entry(Pattern.compile("\\bwithout (?:making|turning|getting) (?:the rest|everything else|everything|it|the whole "
                    + "(?:thing|picture|image|photo)|the (?:picture|image|photo))(?: (?:too|any|overall))? [a-z]+(?:er)?\\b"), ""),
            Map.entry(Pattern.compile("\\bpop the whites\\b"), "boost the highlights"),
            // "so there's this blurry part and i want it sharper": the part, named by what is wrong with it
            Map.entry(Pattern.compile("\\b(?:a|this|the) (?:blurry|fuzzy|out of focus) (part|bit|area|spot|section)\\b"), "the $1"),
            // "make it look like a long exposure with star trails": a photograph's look, not its exposure
            Map.entry(Pattern.compile("\\blong[- ]exposure\\b"), "long-shutter"),
            // "fix the yellow from the kitchen lights": a cast, named by its colour
            Map.entry(Pattern.compile("(?<!\\beyes? .{0,30})\\b(?:fix|remove|correct|kill|get rid of|neutrali[sz]e|take out|take away) (?:the |that |this )?"
                    + "(?:yellow|orange|blue|green|magenta|pink|purple)(?:ish)?(?: (?:cast|tint|tone|colou?r))?\\b(?!.*\\beyes?\\b)"),
                    "white balance"),
            // "less colorful like muted": the second word says the same again; it takes no "less" of its own
            Map.entry(Pattern.compile("\\b((?:less|more) [a-z]+),? like (?=(?:muted|faded|washed out|desaturated|dull|subtle|vivid|"
                    + "punchy|soft|bright|dark|warm|cool)\\b)"), "$1, "),
            // "the contrast is pathetic. fix it": too little of it
            Map.entry(Pattern.compile("\\bcontrast (?:is|looks|seems) (?:so |really |just |very )?(?:pathetic|weak|feeble|lacking|"
                    + "nonexistent|non-existent|poor|too low|lame|sad|missing)\\b"), "more contrast"),
            // "grain everywhere from the scanner. get rid of it": the grain named before is what goes
            Map.entry(Pattern.compile("\\b(?:grain|noise|speckles?|specks)\\b[^;]{0,50}?[.,;!]? (?:get rid of|remove|clean up|kill|"
                    + "lose|fix) (?:it|them|that|those)\\b"), "reduce the noise"),
            Map.entry(Pattern.compile("\\b(?:put|give|add|bring|make)(?: it| in)? (?:some |a bit |a little |a lot )?more light\\b"),
                    "make it brighter"),
            // "make colors more weak" ("the colours look muted" complains the other way)
            // ("can the colours be softer?")
            Map.entry(Pattern.compile("\\bcolou?rs? (?:be |look |get |to be |go )?(?:(?:a bit |a little )?more (?:weak|faded|dull|muted|soft)"
                    + "|(?:a bit |a little |much |slightly )?(?:weaker|duller|softer))\\b"),
                    "less saturated"),
            Map.entry(Pattern.compile("\\b(?:the )?(?:reds|blues|greens|yellows|oranges|purples|pinks)\\b[^,.;]{0,30}?\\b(?:much |way |far )?"
                    + "too (?:strong|intense|loud|vivid|saturated|much)\\b"), "less saturated"),
            Map.entry(Pattern.compile("\\bmake (?:the )?(?:reds|blues|greens|yellows|oranges|purples|pinks) pop(?: more)?\\b"),
                    "more saturated"),
            Map.entry(Pattern.compile(AUTOMATIC_FIX + "(?: it| this| the (?:photo|picture|image))?"
                    + "(?! (?:of |for |the )?(?:contrast|levels|white balance|colou?rs?))\\b"), "auto levels"),
            Map.entry(Pattern.compile("\\bauto(?:matic)?[- ]?correct(?:ion|ed)? (?:of |for |the )*(contrast|levels|white balance)\\b"),
                    "auto $1"),
            Map.entry(Pattern.compile("\\b(?:old[- ]fashioned|vintage|antique|old[- ]timey?) brown(?:ish)?(?: colou?r| tone| tint| look)?\\b"),
                    "sepia"),
            Map.entry(Pattern.compile("\\btoo much colou?rs?\\b"), "less saturated"),
            // "smudge this area so the code isnt readable": made unreadable, a blur (not the smudges taken off a scan)
            Map.entry(Pattern.compile("^smudge (?:this|that|it|them|the (?:selected )?(?:area|part|bit|face|faces|plate|text|"
                    + "name|number|code|sign|writing))\\b"), "blur this"),
            Map.entry(Pattern.compile("\\bmore hot\\b"), "warmer"),
            Map.entry(Pattern.compile("\\b(?:an? )?pink(?:ish)? (?:colou?r|cast|tint|tone) (?:everywhere|all over(?: it)?|on everything)\\b"),
                    "green tint"),
            Map.entry(Pattern.compile("\\b(?:tone|calm) (?:them|the colou?rs?|the colou?r) down\\b"), "less saturated"),
            Map.entry(Pattern.compile("\\b(?:\\d+|a few|a couple of|two|three) stops? (darker|brighter)\\b"), " $1 "),
            Map.entry(Pattern.compile("\\b(?:rotate|spin|cycle|shift|change) (?:the )?(?:colou?rs?|hues?)(?: around| round)?"
                    + "(?: the colou?r wheel)?\\b|\\bhues? (?:shifted|rotated|changed)\\b"), "shift the hue"),
            Map.entry(Pattern.compile("\\b(?:the|this|my|a|an|that) negative (scan|strip|film|sleeve|holder)s?\\b"), "the $1"),
            // a negative made, not the negative scanned: "make it a negative", not "scratch on the negative scan"
            Map.entry(Pattern.compile("(?:^|\\b(?:a|an|into|like|as|it|go|film|photo) )negative\\b(?! scan| strip| of\\b)|"
                    + "\\bflip the colou?rs?\\b|\\bupside[- ]down colou?rs?\\b"), "invert"),
            Map.entry(Pattern.compile("\\bblurr\\b"), "blur"),
            Map.entry(Pattern.compile("(?<![+\\-])(?<![+\\-] )\\b(?:by )?(?:like |about |around |roughly )?(?:a|one|half a|"
                    + "a third of a|\\d+(?:\\.\\d+)?) stops?\\b"), " "),
            Map.entry(Pattern.compile("\\b(?:dark (?:frame|border|borders|edge|fade)|fad(?:e|es|ing)(?: in)?"
                    + "(?: from| at| towards| toward| to)? (?:the )?(?:edges|corners|sides)|edges? fad(?:e|ing))\\b"),
                    "vignette"),
            // An S-curve is what "punchier" means to a photographer: deeper shadows, brighter highlights.
            Map.entry(Pattern.compile("\\bpunchier\\b"), "s curve"),
            // "add some depth", "give it more depth": contrast, as "more depth" is
            Map.entry(Pattern.compile("\\b(?:punch it up|more punch|punchy|more pop|more oomph|more depth|(?:add|give (?:it|them|this))"
                    + " (?:some |a bit of |a little |more )?depth)\\b(?! of field)"), "more contrast"),
            // "can you put more light on him", "put some light on her face": lighter
            Map.entry(Pattern.compile("\\b(?:put|throw|shine|get) (?:more|some|a bit more|a little more|a bit of) light (?:on|onto|into) "
                    + "(?:him|her|them|it|this|the [a-z]+|his [a-z]+|her [a-z]+)\\b"), "brighter"),
            Map.entry(Pattern.compile("\\bmoodier\\b"), "darker and more contrast"),
            Map.entry(Pattern.compile("\\b(?:crisp(?:en)?(?: it| this)? up|crisper|clearer|more defined|more detail|"
                    + "sharpen up|less blurry|less soft|in focus|focus it|de-?blur|unblur)\\b"), "sharpen"),
            // (not "too smooth now": a complaint of plastic-looking smoothness)
            Map.entry(Pattern.compile("\\b(?:soften|softer|(?<!\\btoo )smooth(?: it)?(?: out)?|less sharp|blur out|blurrier|"
                    + "dreamy blur|defocus(?:ed)?)\\b"), "blur"),
            Map.entry(Pattern.compile("\\b(?:bluer|more blue|bluish|tint (?:it )?blue|less yellow|less orange|"
                    + "less warm|icier|chillier)\\b"), "cooler"),
            Map.entry(Pattern.compile("\\b(?:more orange|more yellow|more golden|golden|less blue|less cold|"
                    + "less cool|sunnier|cosier|cozier|toastier)\\b"), "warmer"),
            Map.entry(Pattern.compile("\\b(?:strip|drain|remove|take|suck|pull|kill|lose) (?:out )?(?:all )?(?:of )?(?:the |its |their )?"
                    + "colou?rs?(?: out)?(?: completely| entirely)?|colou?rs? (?:drained|stripped) (?:out|away)\\b"),
                    "black and white"),
            Map.entry(Pattern.compile("\\breduce (?:it |this )?to (?:just )?|\\b(?:a )?few (?:flat )?colou?r"
                    + "(?: bands| levels| steps)?\\b|\\bcolou?r bands\\b|\\bscreen ?print(?:ed)?(?: look)?\\b"), " posterize "),
            Map.entry(Pattern.compile("\\b(?:desat|drain colou?r|"
                    + "tone down the colou?rs?|calm the colou?rs?|dull(?: it| the colou?rs?)? down|mute the colou?rs?)\\b"),
                    "desaturate"),
            Map.entry(Pattern.compile("\\b(?:b ?n ?w|b/w|black ?& ?white|black and white|gr[ae]yscale|no colou?rs?|"
                    + "without colou?rs?|colou?rless)\\b"), "black and white"),
            // "edges little darker please, like old camera", "make the edge of picture more dark", "darker round the edges"
            // (not "the edges are too dark": a complaint, the other way)
            Map.entry(Pattern.compile("(?<!\\b(?:in|on|at) the )\\b(?:edges?|edgs|corners|borders?)(?: of (?:the )?(?:picture|photo|image|"
                    + "pic|frame))? (?:a )?(?:little |bit |a bit |slightly |more |little bit )?(?:darker|more dark|dark effect|"
                    + "darkened)\\b|\\b(?:darker|darken(?:ing)?) (?:a bit |slightly |a little )?(?:round|around|at|on|along) the "
                    + "(?:edges?|edgs|corners|borders?)\\b|\\bdarken(?:ing)? the (?:edgs|edge)\\b"), "vignette"),
            // (not "can't see anything in the dark corners": a place too dark)
            Map.entry(Pattern.compile("(?<!\\bin the )\\b(?:dark(?:en)? (?:the )?(?:edges|corners)|dark corners|edge darkening|"
                    + "darker (?:edges|corners))\\b"), "vignette"),
            Map.entry(Pattern.compile("\\b(?:lift|lighten|brighten|open|open up|raise|bring up|boost|pull up|recover)"
                    + "(?: up)? (?:the )?(?:shadows|darks|dark areas|shadow detail|shadow side)\\b|\\b(?:need |needs )?the shadows "
                    + "(?:opened|lifted|brought) up\\b"), "open up the shadows"),
            Map.entry(Pattern.compile("\\b(?:deepen|darken|sink|crush) (?:the )?(?:shadows?|blacks|darks)\\b"),
                    "deepen the shadows"),
            // "shadow more dark", "make the shadows a bit deeper", "shadows brighter little"
            Map.entry(Pattern.compile("\\bshadows? (?:them |it )?(?:(?:a bit|a little|little|bit|more|much|slightly|even|way) )*"
                    + "(?:darker|deeper|dark)\\b"), "deepen the shadows"),
            Map.entry(Pattern.compile("\\bshadows? (?:them |it )?(?:(?:a bit|a little|little|bit|more|much|slightly|even|way) )*"
                    + "(?:brighter|lighter|lifted)\\b"), "open up the shadows"),
            Map.entry(Pattern.compile("\\b(?:more |some |a bit of |extra )?sparkle in the highlights\\b|"
                    + "\\b(?:boost|brighten|lift|raise|push|bring up) (?:the )?highlights\\b|\\bhighlights "
                    + "(?:[a-z]+ ){0,3}(?:need|needs|could use) a (?:boost|lift|push)\\b"), "boost the highlights"),
            Map.entry(Pattern.compile("\\b(?:pull|bring|take|knock|tone|tame|rein) (?:the |those |these |her |his )?(?:highlights|whites)(?: [a-z]+){0,3}"
                    + " (?:back|down|in)\\b|\\b(?:lower|reduce|pull back|pull down|bring back|bring down|tone down|tame) (?:the )?"
                    + "(?:highlights|highlight (?:values|tones|areas)|whites|hot ?spots|shine|glare)"
                    + "\\b"), "recover the highlights"),
            Map.entry(Pattern.compile("\\btint(?: slider)? (?:toward|towards|to|more) (?:magenta|pink)\\b|\\b(?:push|nudge|pull|"
                    + "move|shift) (?:the )?tint (?:slider )?(?:toward|towards|to) (?:magenta|pink)\\b"), "magenta tint"),
            Map.entry(Pattern.compile("\\btint(?: slider)? (?:toward|towards|to|more) green\\b|\\b(?:push|nudge|pull|move|shift) "
                    + "(?:the )?tint (?:slider )?(?:toward|towards|to) green\\b|\\b(?:pull|push|shift|nudge|move) it (?:a (?:touch|bit|little|hair|tad) )?(?:toward|towards) green\\b"),
                    "green tint"),
            Map.entry(Pattern.compile("\\beyes? (?:are |is )?(?:glowing |all |totally |bright )?red\\b|\\bred from the flash\\b"),
                    "red eye"),
            Map.entry(Pattern.compile("\\blevels (?:are|look|looks|seem) (?:off|wrong|bad)\\b|\\bhistogram (?:is )?(?:all )?"
                    + "(?:bunched|squashed|compressed|squished)\\b"), "auto levels"),
            Map.entry(Pattern.compile("\\bposteri[sz]e\\b"), "posterize"),
            Map.entry(Pattern.compile("\\bcrispness\\b"), "sharpness"),
            Map.entry(Pattern.compile("\\bstretch (?:the )?(?:histogram|levels)\\b"), "auto levels"),
            Map.entry(Pattern.compile("(?<![a-z0-9])\\+ ?(contrast|saturation|warmth|brightness|exposure|clarity|vibrance|sharpness)\\b"),
                    "more $1"),
            Map.entry(Pattern.compile("\\bcrisp (?:it |this |them |the [a-z]+ )?up\\b|\\bcrispen\\b"), "sharpen"),
            Map.entry(Pattern.compile("\\b(?:make |get )?(?:the )?(?:shadows|darks|blacks) (?:a (?:bit|little|touch) |even |much )?"
                    + "(?:deeper|darker|blacker|inkier|more black|more dark)\\b|\\bdeeper shadows\\b|\\bshadows (?:are |look |feel )?"
                    + "(?:too|way too|a bit too|kinda) open\\b|\\bmake (?:them|the shadows) (?:more deep|deeper)\\b"), "deepen the shadows"),
            Map.entry(Pattern.compile("\\bauto[- ]?correct (?:the )?contrast\\b"), "auto contrast"),
            Map.entry(Pattern.compile("\\bauto[- ]?correct (?:the )?levels\\b"), "auto levels"),
            Map.entry(Pattern.compile("\\bauto[- ]?correct (?:the )?(?:colou?rs?|white balance|wb)\\b"), "auto white balance"),
            Map.entry(Pattern.compile("\\bhighlights (?:[a-z]+ ){0,2}(?:need|needs) (?:recovering|recovery|taming|pulling back)\\b|"
                    + "\\bpull (?:the )?highlights\\b(?! up)"), "recover the highlights"),
            Map.entry(Pattern.compile("\\breduction (?:in|of) (?:the )?"), "less "),
            Map.entry(Pattern.compile("\\b(?:everything|it|the (?:whole )?(?:photo|picture|image|scan|shot)) (?:looks?|is|went|turned) "
                    + "(?:all |kinda |a bit |so |too )?green(?:ish)?\\b|\\bmade (?:everything|it) look (?:all |kinda )?green\\b|"
                    + "\\bgreen spill\\b"), "magenta tint"),
            // A green cast is taken out towards magenta, a magenta one towards green (the tint slider).
            Map.entry(Pattern.compile("\\b(?:(?:sickly|ugly|weird|nasty) )?green(?:ish)? (?:cast|tinge)\\b|\\b(?:looks|is|are) "
                    + "(?:kinda |kind of |a bit |all |so |very )*sickly green\\b"), "magenta tint"),
            Map.entry(Pattern.compile("\\b(?:magenta|pink)(?:ish)? (?:cast|tinge)\\b"), "green tint"),
            Map.entry(Pattern.compile("^mono$|\\bmono (?:please|pls|it|for)\\b|\\b(?:go|make it|convert to) mono\\b"),
                    "black and white"),
            Map.entry(Pattern.compile("\\b(?:neutrali[sz]e|fix|correct|auto|redo) (?:the |my )?wb\\b"), "auto white balance"),
            Map.entry(Pattern.compile("\\b(?:pull|bring|take|knock|tone|rein|dial|turn) (?:back|down|in) (?:the )?(?:blown |bright |hot |"
                    + "clipped )?(?:highlights|whites)\\b"), "recover the highlights"),
            Map.entry(Pattern.compile("\\b(?:the )?wb (?:looks |is |seems |'s )?(?:way |a bit |totally |really |completely )?"
                    + "(?:off|wrong|weird|bad|all over the place)\\b"),
                    "auto white balance"),
            Map.entry(Pattern.compile("\\b(contrast|saturation|vibrance|clarity|sharpness|sharpening|vignette|blur|warmth)"
                    + "(?: is|'s)? (?:overdone|too much|too strong|overcooked|over the top)\\b"), "less $1"),
            Map.entry(Pattern.compile("\\bflatten (?:the )?(?:tone )?curve\\b"), "flatter curve"),
            Map.entry(Pattern.compile("\\bnormali[sz]e (?:the )?(?:levels|histogram|tones)\\b"), "auto levels"),
            Map.entry(Pattern.compile("\\bbring out (?:the |some |more )?(?:[a-z]+ )?(?:detail|details|texture)\\b"), "more clarity"),
            // "correct the colour balance automatically": the white balance, in other words
            Map.entry(Pattern.compile("\\bcolou?r balance\\b"), "white balance"),
            // "white balance is off, can you set it automatically", "put the levels right automatically"
            Map.entry(Pattern.compile("\\b(white balance|levels|contrast)\\b(?:(?! and | but ).){0,50}\\b(?:automatically|auto)\\b"
                    + "(?! (?:levels|contrast|white balance|wb|colou?rs?|tone)\\b)"),
                    "auto $1"),
            Map.entry(Pattern.compile("\\b(?:boost|enhance|intensify|enrich|strengthen|amp up|pump up) (?:the |all the |its |their )?"
                    + "colou?rs?\\b"), "more saturated"),
            Map.entry(Pattern.compile("\\b(?:greener|redder|pinker)\\b(?! and (?:fuller|thicker|denser|healthier)\\b)"), "more saturated"),
            Map.entry(Pattern.compile("\\b(?:add|put|give it|throw in) (?:a little |a bit of |some |a touch of |a hint of )?magenta\\b"),
                    "magenta tint"),
            // "a hint of magenta to balance the green", "needs a slight magenta correction", "pull the green out": the
            // tint moved towards the colour added, away from the colour taken out
            Map.entry(tintedTowards("magenta", "green"), "magenta tint"),
            Map.entry(tintedTowards("green", "(?:magenta|pink)"), "green tint"),
            Map.entry(Pattern.compile("\\bless (?:crispy|crisp|crunchy)\\b"), "less clarity"),
            // "more crunch in the armour details", "crunchier": the micro-contrast that clarity gives
            Map.entry(Pattern.compile("\\b(?:more|some|extra|add) crunch\\b|\\b(?:crunchier|more crunchy)\\b"), "more clarity"),
            // "softer colours please", "more pastel": gentler colour
            Map.entry(Pattern.compile("\\bsofter colou?rs\\b|(?<!\\bno )\\bmore pastel\\b"), "less saturated"),
            // "crunch the contrast": the photographer's word for pushing it up
            Map.entry(Pattern.compile("\\bcrunch (?:up )?(?:the |its |that )?contrast\\b"), "more contrast"),
            Map.entry(Pattern.compile("\\b(?:bring down|tone down|tame|reduce|lower|knock down|pull down) (?:the |that |those )?"
                    + "hot ?spots?\\b"), "recover the highlights"),
            Map.entry(Pattern.compile("\\bold[- ]fashioned brown\\b"), "sepia"),
            Map.entry(Pattern.compile("\\brecover (?:some |the )?(?:sky |cloud |highlight )?detail\\b"), "recover the highlights"),
            Map.entry(Pattern.compile("\\bdarker edge(?: around (?:it|the (?:picture|image|photo)))?\\b"), "vignette"),
            Map.entry(Pattern.compile("\\b(?:clean up|get rid of|kill|remove|reduce|lower|lessen) (?:the |all the |that |some )?"
                    + "(?:film |digital |sensor |iso )?(?:grain|noise|graininess|noisiness|speckles|specks|speckling)\\b|"
                    + "\\b(?:too much|so much|lots of|a lot of|too many|so many) (?:grains?|noise)\\b"),
                    "denoise"),
            Map.entry(Pattern.compile("\\bexposure \\+ ?\\d+(?:\\.\\d+)?(?: ?ev| stops?)?|\\+ ?\\d+(?:\\.\\d+)? ?(?:ev|stops?)\\b"),
                    "more exposure"),
            Map.entry(Pattern.compile("\\bexposure (?:-|minus ) ?\\d+(?:\\.\\d+)?(?: ?ev| stops?)?|(?<![a-z0-9])- ?\\d+(?:\\.\\d+)? ?"
                    + "(?:ev|stops?)\\b"), "less exposure"),
            Map.entry(Pattern.compile("\\b(?:is|are|'s|its|looks?) (?:totally |completely |all |so |badly )?blown(?: out)?\\b"),
                    " recover the highlights "),
            Map.entry(Pattern.compile("\\b(?:up|raise|increase|boost|bump up|bump|push)(?: the)? exposure\\b|\\b(?:bring|take|pull|push)"
                    + "(?: the)? exposure up\\b|\\bexposure up\\b"),
                    "more exposure"),
            Map.entry(Pattern.compile("\\b(?:drop|pull|bring|take|knock|lower|reduce)(?: the)? exposure(?: down| back)?\\b|"
                    + "\\bexposure down\\b"), "less exposure"),
            Map.entry(Pattern.compile("\\b(?:colou?r pop|pop(?: the colou?rs?)?|richer colou?rs?|richer|"
                    + "juicier|more colou?r(?:ful)?|colou?rs? pop)\\b"), "more saturated"),
            // "make it look like an old photo" ("this old photo of my parents" is the picture, not a look)
            Map.entry(Pattern.compile("\\b(?<!(?:this|my|the|our) )(?:old photo(?! of\\b)|old-timey|antique brown)\\b"), "sepia"),
            // "make this one brown like the old albums", "like antique, brown colour": the brown of old prints
            Map.entry(Pattern.compile("\\bbrown(?:ish)?(?: colou?r)?,? (?:like|as in|as) (?:the |an? )?(?:old|antique|vintage|aged)\\b[a-z ]*"
                    + "|\\b(?:like|as) (?:an? |the )?(?:antique|old|vintage|old-time)(?: style| photos?| pictures?| prints?| albums?)?,? "
                    + "(?:colou?r )?brown(?:ish)?(?: colou?r)?\\b"), "sepia"),
            Map.entry(Pattern.compile("\\b(?:fewer colou?rs?|reduce the colou?rs?(?! saturation| intensity| cast| temperature)|flat colou?rs?|"
                    + "colou?r banding|banded)\\b"), "posterize"),
            Map.entry(Pattern.compile("\\b(?:inverse|reverse the colou?rs?)\\b"), "invert"),
            // "lift it", "she is in the shadows" — not "too magenta in the shadows", where the shadows only say where
            Map.entry(Pattern.compile("\\blift (?:it|this|them|that)\\b|(?<!\\b(?:tint|cast|noise|grain|grainy|noisy|banding|magenta|"
                    + "green|blue|cyan|teal|red|yellow|orange|pink|purple|denoise|warmer|cooler)\\s{1,3})\\bin (?:the )?shadows?\\b"), "brighter"));

    @SafeVarargs
    private static Map<Pattern, String> ordered(Map.Entry<Pattern, String>... entries) {
        Map<Pattern, String> map = new java.util.LinkedHashMap<>();
        for (Map.Entry<Pattern, String> entry : entries) {
            map.put(entry.getKey(), entry.getValue());
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The rewrites of each map, one map after the other. */
    @SafeVarargs
    private static Map<Pattern, String> inTurn(Map<Pattern, String>... maps) {
        Map<Pattern, String> all = new java.util.LinkedHashMap<>();
        for (Map<Pattern, String> map : maps) {
            all.putAll(map);
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    /** Words that say nothing about what to change. */
    private static final Set<String> IGNORABLE = Set.copyOf(List.of("so", "too", "bit", "kinda", "kind", "sort", "sorta",
            "really", "very", "abit", "just", "little", "pretty", "quite", "rather", "right", "way", "thing", "lol", "proper",
            "ok", "okay", "is", "are", "was", "were", "seems", "seem", "feels", "feel", "getting", "gonna", "we",
            "us", "our", "fix", "adjust", "tweak", "bump", "nudge", "notch", "fine", "nicer", "better", "bring",
            "tad", "lil", "lot", "im", "think", "maybe", "perhaps", "guess", "needs", "needed", "wish", "hmm",
            "um", "yeah", "yes", "tbh", "honestly", "currently", "still", "bit", "way", "than", "what", "about",
            "how", "kinda", "looks", "whole", "scene", "shot", "slightly", "touch", "smidge", "hint", "amount",
            "level", "levels", "much", "up", "down", "boost", "correct", "correction", "improve", "enhance", "tone", "why", "flash",
            "toned", "bump", "crank", "dial", "push", "pull", "back", "bunch", "pls", "plz", "ty", "thx", "easel",
            "also", "again", "please", "actually", "if", "you", "can", "could", "would", "mind", "don't", "dont",
            "it", "quick", "quickly", "simple", "subtle", "tiny", "small", "big", "huge", "massive", "massively",
            "hey", "hi", "alright", "am", "be", "been", "has", "have", "had", "got", "its", "it's", "that's",
            "thats", "there's", "theres", "isn't", "bc", "because", "cause", "since", "now", "overall", "barely",
            "see", "anything", "everything", "something", "feel", "vibe", "old", "photo", "heavy", "strong", "lot",
            "lots", "bunch", "kind", "bits", "too", "tinge", "cast", "tint", "fix", "fixed", "fixing", "sort",
            "get", "give", "apply", "use", "add", "put", "hint", "touch", "notch", "plus", "then", "i", "me"));

    static {
        String words = indexed(FIXES, FIX_BY_WORD);
        // "too dark", "way too dim", "it's kinda murky", "looks washed out", "a bit grey": a complaint,
        // unless it follows "make" ("make it dark" asks for dark).
        // Nor after "should" ("…, should feel cold" asks for cold), nor where "make this photo look warm" asks for a look.
        COMPLAINT = Pattern.compile("(?<!make it )(?<!make this )(?<!make )(?<!\\bmake (?:it |this |them |colou?rs |the colou?rs )?(?:a )?(?:little|lil) )(?<!\\b(?:make|tint) (?:it|this|them) (?:a )?)(?<!\\b(?:look|looks|looking|feel|feels) (?:like|as if|as though) )(?<!\\bmake (?:this|that|the|my|our|these|those) [a-z'-]{1,20} (?:[a-z'-]{1,20} )?)(?<!should )(?<!must )(?<!needs to )(?<!has to )"
                + "(?<!ought to )\\b(?:(?:way |far |much |a bit |"
                + "a little |a tad |slightly |kinda |kind of |rather |pretty |quite |so |very |really |super |"
                + "overly |over-)*too (?:much )?|overly |(?:it's|it is|its|(?!(?:exposure|sat|saturation|contrast|colou?r|wb|vibrance|clarity|warmth)'s)[a-z]+'s|it looks|looks|look|looking|seems|seem|feels|feel|appears|appear|is|are|r|they're|theyre|reads|reading|"
                + "gone|turned|become|has gone|has turned|"
                // "the scan leans green", "it printed dark in the last proof"
                + "leans|leaning|leans towards|leaning towards|skews|skewing|skews towards|printed|prints|printing|comes out|come out|"
                // "the whole thing is tilted toward green"
                + "tilted towards?|tilts towards?|tilting towards?|tilted to|"
                + "(?:is|are) coming(?: out)?|"
                + "getting|got|gets|came out|turned out|went|a bit|kinda|(?<!(?:this|that|the) )(?<!\\bbe a little )(?<!\\bbe little )bit|rather|pretty|quite|so|too|"
                // "I find the colours somewhat garish"
                + "(?:i )?find (?:it|them|this|that|the [a-z]+)) (?:a bit |a little bit |little bit |a little |little |lil |somewhat |"
                + "fairly |much |"
                + "kinda |kind of |rather |pretty |quite |so |very |really |super |way |far |a tad |slightly |weirdly |strangely |all |"
                + "oddly |unnaturally |awfully |terribly |extremely |incredibly |insanely |crazy |"
                + "too |way too |overly )*)(" + words + ")\\b((?:,? (?:and|&|or) (?:" + words + ")\\b)*)");
        AND_ANOTHER = Pattern.compile("(?:,? (?:and|&|or) )(" + words + ")\\b");
        String flaws = java.util.Arrays.stream(FLAWS_SAID_WITH_LESS.split("\\|")).filter(FIX_BY_WORD::containsKey)
                .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        LESS_OF_A_FLAW = Pattern.compile("\\bless (" + flaws + ")\\b((?:,? (?:and|&|or) (?:less )?(?:" + flaws + ")\\b)*)");
        AND_A_FLAW = Pattern.compile("(?:,? (?:and|&|or) (?:less )?)(" + flaws + ")\\b");
        // Only words that are complaints in themselves: "muted" or "dark" alone may be what is asked for.
        BARE_COMPLAINT = Pattern.compile("(?:(?:a bit|kinda|kind of|so|very|way|really|rather|quite|still|all|too) )*"
                + "(?:washed out|washed-out|murky|gloomy|lifeless|garish|gaudy|dull|flat|muddy|dingy|drab|bland|hazy|"
                + "foggy|fuzzy|mushy|noisy|grainy|harsh|overexposed|underexposed|blown out|oversaturated|faded|"
                + "smeared|smudgy)[\\s,.!?]*");
        CAST_COMPLAINT = Pattern.compile("\\b(?:(?:has|have|got|there's|there is|with|it's got|kill|remove|fix|lose|cool down|"
                + "warm up|neutrali[sz]e|get rid of|correct|take out|reduce|cut|tone down|lessen|minimi[sz]e) (?:a|an|this|that|the)"
                + " (?:[a-z]+ )?|(?:sickly|murky|ugly|weird|strange|nasty|horrible|awful|odd|unpleasant|annoying|"
                + "muddy|dirty|heavy|strong) )(" + words + ")(?:ish)? (?:tinge|cast|tint|hue|colou?r cast|shade)\\b"
                // "green tint on everything from the office lights ugh", "magenta shift across the scan", "… like a green tint on
                // the whole thing": a cast there is, said first or said again
                + "|(?:^|\\blike )(?:(?:a|the|this|that|some|slight|weird|ugly|kinda|kind of|sort of|bit of) )*(" + words + ")(?:ish)? (?:tinge|cast|tint|shift)"
                + "(?= (?:on|over|in|across|all over|everywhere|throughout|from)\\b)"
                // "the foto have a strange pink color": a colour nobody wanted
                + "|\\b(?:strange|weird|odd|ugly|funny|nasty|sickly|horrible|awful) (" + words + ")(?:ish)? (?:colou?r|tone)\\b"
                // "everything has some green colour", "the photo have magenta colour on everything": over all of it
                + "|\\b(?:everything|it|the (?:whole )?(?:photo|picture|image|pic|foto)) (?:has|have|got) (?:a |an |some |this )?"
                + "(" + words + ")(?:ish)? (?:colou?r|tone|shade)\\b"
                + "|\\b(" + words + ")(?:ish)? (?:colou?r|tone|shade) (?:on|over) (?:everything|all of it|the whole (?:thing|photo|picture))\\b");
    }

    /**
     * @param plan     the adjustments understood
     * @param leftover words that name no change: a part of the picture, say ("sky", "her face")
     */
    record Reading(Plan plan, List<String> leftover) {
    }

    /** The tint moved towards {@code added}: that colour added, or {@code takenOut} taken out or balanced. */
    private static Pattern tintedTowards(String added, String takenOut) {
        return Pattern.compile("\\b(?:(?:a )?(?:hint|touch|dash|bit) of " + added + "|" + added + " (?:correction|shift|push|nudge)|"
                + "(?:balance|counter|neutrali[sz]e|offset|cancel) (?:out )?the " + takenOut + "|(?:pull|take|get|knock|suck|kill|"
                + "cut) (?:the |that |all the )?" + takenOut + "(?: tint| cast)? (?:out|back|down)|the " + takenOut
                + "\\b.{0,60}\\b(?:pull|take|knock|dial) it (?:back|out|down))\\b");
    }

    private AdjustmentReader() {
    }

    /** The colour a cast complaint names, in whichever of its forms it was said. */
    private static String firstGroup(Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null) {
                return m.group(i);
            }
        }
        throw new IllegalStateException("a cast complaint always names its colour");
    }

    /** A colour cast named in the instruction ("too green"), which has no direct fix here. */
    static Optional<String> cast(String instruction) {
        Matcher m = CAST.matcher(Phrasing.core(instruction));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }

    /**
     * The words that say what to change: the request, or the whole sentence when the request only points back at what the
     * complaint before it names ("contrast is too strong, please weaken it", "dark part is lost. please make it visible").
     */
    private static String asked(String instruction) {
        String request = Phrasing.core(instruction);
        return ONLY_POINTING_BACK.matcher(request).matches() ? Phrasing.normalise(instruction).replaceAll("[.!?…]+$", "")
                : request;
    }

    /** "there is much noise in the photo, can you get it out": the grain is what goes, which denoising does. */
    static boolean grainIsWhatGoes(String instruction) {
        String said = Phrasing.normalise(instruction);
        // not "a dust speck right here, clean it away": one speck is a thing to remove
        return GRAIN.matcher(said).find() && !said.matches(".*\\b(?:a|one|that|this) (?:[a-z]+ )?speck\\b.*")
                && SMOOTH_IT.matcher(said).find();
    }

    /** "eyes became red by flash. please fix": a request that only points back at a complaint that says what to change. */
    static boolean answersAComplaint(String instruction) {
        return ONLY_POINTING_BACK.matcher(Phrasing.core(instruction)).matches() && read(instruction).isPresent();
    }

    /**
     * What a request that only points back ("tone em down", "soften it") asks of what a clause before named: the
     * highlights toned down or pushed up, a harsh contrast softened.
     */
    private static final Map<Pattern, String> NAMED_THEN_ASKED = ordered(
            // "the clarity, can you augment it?", "the contrast, could you lower it": the effect named, then which way
            Map.entry(Pattern.compile("^(?:the )?" + AN_EFFECT_NAMED + "\\b[,.:;]?\\s*"
                    + "(?:(?:can|could|would) you |please |pls |kindly )*(?:increase|raise|boost|augment|up|bump up|strengthen|enhance|"
                    + "push) (?:it|that|this)\\b"), "more $1"),
            Map.entry(Pattern.compile("^(?:the )?" + AN_EFFECT_NAMED + "\\b[,.:;]?\\s*"
                    + "(?:(?:can|could|would) you |please |pls |kindly )*(?:decrease|reduce|lower|lessen|weaken|diminish|soften|tone "
                    + "down) (?:it|that|this)\\b"), "less $1"),
            // "the exposure is too high, please make it lower", "contrast has gone OTT. bring it down a peg"
            Map.entry(Pattern.compile("\\b(exposure|contrast|saturation|brightness|vibrance|clarity|warmth)\\b[^.;]{0,40}?\\b(?:too "
                    + "(?:high|strong|much|intense)|(?:gone|is|way) (?:ott|over the top|overboard))\\b.{0,40}?\\b(?:make (?:it|that|this) "
                    + "(?:a (?:bit|little) )?lower|(?:bring|tone|dial|turn|knock|take|pull) (?:it|that|this) down|(?:reduce|lower) "
                    + "(?:it|that|this))\\b"), "less $1"),
            Map.entry(Pattern.compile("\\b(exposure|contrast|saturation|brightness|vibrance|clarity|warmth)\\b[^.;]{0,40}?\\btoo "
                    + "(?:low|weak|little)\\b.{0,40}?\\b(?:make (?:it|that|this) (?:a (?:bit|little) )?higher|(?:bring|turn|pump|crank) "
                    + "(?:it|that|this) up|(?:raise|increase|boost) (?:it|that|this))\\b"), "more $1"),
            // "highlights r way too much, tone em down"
            Map.entry(Pattern.compile("\\bhighlights\\b[^.;]{0,40}?\\b(?:tone|calm|bring|pull|knock) (?:them|those) down\\b"),
                    "recover the highlights"),
            // "highlights on the pond are dull, push them brighter"
            Map.entry(Pattern.compile("\\bhighlights\\b[^.;]{0,40}?\\b(?:push|make|bring|boost|lift|pump) (?:them|those) "
                    + "(?:up|brighter|higher)\\b"), "boost the highlights"),
            // "too contrasty, looks harsh. soften it"
            // "contrast's too harsh from the midday sun, soften it", "the flash made the contrast so harsh, soften it"
            Map.entry(Pattern.compile("\\b(?:too contrasty|contrast(?:'s| is)? (?:(?:so|way|far|much|really) )?(?:too )?(?:harsh|strong|"
                    + "high|much|hard))\\b.{0,40}?\\b(?:(?:soften|tone|calm|"
                    + "tame|ease) (?:it|that|this)(?: down)?|make (?:it )?(?:more |a bit )?soft(?:er)?)\\b"), "less contrast"),
            // "the light from window is too much, make it less", "windows are blown out, can you bring some detail back":
            // a window's light is the picture's highlights
            Map.entry(Pattern.compile("\\b(?:windows?|lamps?|light (?:from|in|through|of) (?:the )?windows?)\\b[^.;]{0,40}?\\b(?:blown(?: out)?|"
                    + "burn(?:ed|t)(?: out)?|glaring|too (?:much|strong|bright|harsh|hot))\\b.{0,60}?\\b(?:(?:bring|get) (?:back )?(?:some |"
                    + "the |a bit of )?detail(?: back)?|make (?:it|that|them) less|(?:tone|bring|knock|take) (?:it|that|them|em|(?:that|the|this) "
                    + "bright (?:part|bit|area|spot)) down)\\b"), "recover the highlights"),
            // "there is a glare up in this corner, can you do anything about it"
            Map.entry(Pattern.compile("\\bglare\\b.{0,60}?\\b(?:do (?:anything|something) about|fix|remove|reduce|kill|tone down) "
                    + "(?:it|that|this)\\b"), "recover the highlights"),
            // "the blues look much too strong, can they be softened a little?"
            Map.entry(Pattern.compile("\\b(?:the )?(?:reds|blues|greens|yellows|oranges|purples|pinks|colou?rs)\\b.{0,90}?\\b(?:(?:soften|tone|calm|mute|"
                    + "tame)(?: down)? (?:them|those|it)|(?:be|get) (?:softened|toned down|calmed(?: down)?|muted|tamed))\\b"), "less saturated"),
            // "exposure is wrong, all is white, make less", "saturation is at clown levels, dial it back": less of the
            // effect named
            Map.entry(Pattern.compile("\\b" + AN_EFFECT_NAMED + "\\b.{0,60}?"
                    + "\\b(?:(?:make (?:it )?|put (?:it )?)less|(?:dial|pull|knock|bring|tone|turn|take|drop|ease|rein) "
                    + "(?:it|that|them|em) (?:back|down)(?: a (?:bit|little|touch|notch))?)(?: please| pls)?[.!\\s]*$"), "less $1"),
            // "contrast is too low i think. more strong please", "exposure is way under, crank it up": more of it
            Map.entry(Pattern.compile("\\b" + AN_EFFECT_NAMED + "\\b.{0,60}?"
                    + "\\b(?:(?:make (?:it )?|put (?:it )?)?more(?: strong| stronger)?|add (?:some|more|a (?:bit|little|touch))(?: more)?"
                    + "|(?:push|pump|crank|turn|bring|boost|kick) "
                    + "(?:it|that|them|em) up(?: a (?:bit|little|touch|notch))?)(?: please| pls)?[.!\\s]*$"), "more $1"),
            // "The vicar has red eyes in this one, can you take the red out"
            Map.entry(Pattern.compile("\\bred[- ]eyes?\\b.{0,60}?\\b(?:take|get) (?:the |that )?red (?:out|away)\\b"), "remove red eye"),
            // "The sky above the village green is almost white. Could you bring it back a little"
            Map.entry(Pattern.compile("\\b(?:sky|clouds?|dress|shirt|snow|wall)\\b[^.;]{0,40}?\\b(?:almost|nearly|all|completely|pure|just|"
                    + "totally) white\\b.{0,60}?\\bbring (?:it|them|that|some(?: detail)?) back\\b"), "recover the highlights"),
            // "the shadows have come out too light, please deepen them"
            Map.entry(Pattern.compile("\\bshadows\\b.{0,90}?\\b(?:deepen|darken|crush) (?:them|those)\\b"), "deepen the shadows"),
            // "shadows is too black, make them more light"
            // "shadows under the pots are too harsh, soften them up"
            Map.entry(Pattern.compile("\\bshadows\\b[^.;]{0,40}?\\b(?:harsh|hard|heavy)\\b.{0,40}?\\b(?:soften|lighten|lift|open) (?:them|those)"
                    + "(?: up)?\\b"), "open up the shadows"),
            // "blacks are crushed in the stairwell, lift them a little"
            Map.entry(Pattern.compile("\\b(?:shadows|blacks|darks|dark (?:parts?|areas?|bits?|places?))\\b.{0,60}?\\b(?:(?:make|get) "
                    + "(?:them|those|it) (?:a (?:bit|little) )?(?:more light|lighter|brighter|more bright)|(?:lift|open|raise) (?:them|those)"
                    + "(?: up)?)\\b"), "open up the shadows"));
    /** A colour cast or the white balance, named in a complaint: its automatic fix is the white balance's. */
    private static final Pattern A_CAST_NAMED = Pattern.compile("\\b(?:white balance|wb|colou?rs?|cast|reddish|bluish|greenish|"
            + "yellowish|orangey|tint)\\b");
    private static final Pattern AUTO_FIX = Pattern.compile(AUTOMATIC_FIX + "(?:ion)?\\b"
            + "(?! (?:of |for |the )*(?:contrast|levels|white balance))");

    /**
     * "richer without the children's faces going lobster red", "pop the colours w/o turning skin orange": more colour that
     * spares the skin, which is what vibrance is for.
     */
    private static final Pattern SKIN_SPARED = Pattern.compile("[,;]?\\s*(?:but |and )?(?:without|w/o|(?:but |and )?(?:don'?t|do not|"
            + "not)|while (?:keeping|not)|careful not to|keeping|keep)\\b[^.;]{0,40}?\\b(?:skin|skins|skin ?tones?|faces?|complexions?)"
            + "\\b[^.;,]{0,30}");

    /** "make it grainy like an old war photo", "add some film grain": grain wanted, which no adjustment here adds. */
    private static final Pattern GRAIN_WANTED = Pattern.compile("\\b(?:make (?:it|this|them)? ?(?:look )?(?:more |a bit |a little )?"
            + "grainy|add (?:some |a bit of |a little |more )?(?:film |fake )?grain|grainier)\\b");

    /** Whether grain is asked for, which no adjustment here adds. */
    static boolean wantsGrain(String instruction) {
        return GRAIN_WANTED.matcher(Phrasing.normalise(instruction)).find();
    }

    /** "had those cold LED lights", "under warm tungsten bulbs": a light of one of {@code colours} that cast the picture. */
    private static Pattern lightThatCast(String colours) {
        return Pattern.compile("\\b(?:had|has|have|from|under|because of) (?:those |these |the |some |them |its )?(?:" + colours
                + ")(?: [a-z]+)? (?:lights?|lighting|bulbs?|lamps?|leds?|fluorescents?|tubes?)\\b");
    }

    /** "make the edges of the poster look burnt", "torn edges": a worn edge, which a model paints, not a vignette. */
    private static final Pattern WORN_EDGES = Pattern.compile("\\b(?:edges?|corners|borders?)\\b[^.;]{0,30}\\b(?:burnt|burned|torn|"
            + "ripped|frayed|charred|singed|ragged|deckled|curled)\\b|\\b(?:burnt|burned|torn|ripped|frayed|charred|singed|ragged|"
            + "deckled|curled)(?: [a-z]+)? (?:edges?|corners|borders?)\\b");

    static Optional<Reading> read(String said) {
        String normalised = Phrasing.normalise(said);
        if (WORN_EDGES.matcher(normalised).find()) {
            return Optional.empty();
        }
        if (shiftsTheHue(normalised)) {
            return readWords("shift the hue");
        }
        Optional<Reading> reading = readAll(said);
        Optional<Reading> read = withoutTheEffectRefused(reading, normalised).or(() -> heldBack(reading, normalised))
                .or(() -> withoutTheBlurComplainedOf(reading, normalised))
                .or(() -> withoutWhyWords(reading, normalised)).or(() -> onlyTheEffectNamed(reading, normalised))
                .or(() -> withoutTheStory(reading, normalised)).or(() -> withoutALeadingLabel(reading, normalised))
                .or(() -> reading);
        // "make it look washed out": where the complaint's fix was read, or nothing, the look asked for wins
        return lookAskedFor(normalised).filter(look -> read.isEmpty() || goesTheOtherWay(look, read.get())).or(() -> read);
    }

    /**
     * What each kind of change moves in the picture: lightness, contrast, colour, warmth, crispness (the tone curve both
     * contrast and colour: a faded look takes both down).
     */
    private static final Map<AdjustmentKind, Set<String>> WHAT_IT_MOVES = Map.ofEntries(
            Map.entry(AdjustmentKind.BRIGHTNESS, Set.of("light")), Map.entry(AdjustmentKind.EXPOSURE, Set.of("light")),
            Map.entry(AdjustmentKind.SHADOWS, Set.of("light")), Map.entry(AdjustmentKind.HIGHLIGHTS, Set.of("light")),
            Map.entry(AdjustmentKind.CONTRAST, Set.of("contrast")), Map.entry(AdjustmentKind.CURVE, Set.of("contrast", "colour")),
            Map.entry(AdjustmentKind.CLARITY, Set.of("contrast")), Map.entry(AdjustmentKind.SATURATION, Set.of("colour")),
            Map.entry(AdjustmentKind.VIBRANCE, Set.of("colour")), Map.entry(AdjustmentKind.WARMTH, Set.of("warmth")),
            Map.entry(AdjustmentKind.BLUR, Set.of("crisp")), Map.entry(AdjustmentKind.SHARPEN, Set.of("crisp")));

    /** Whether {@code look} moves something in the picture the other way from {@code reading}. */
    private static boolean goesTheOtherWay(Reading look, Reading reading) {
        for (Adjustment asked : look.plan().operations()) {
            for (Adjustment read : reading.plan().operations()) {
                boolean same = !java.util.Collections.disjoint(WHAT_IT_MOVES.getOrDefault(asked.kind(), Set.of()),
                        WHAT_IT_MOVES.getOrDefault(read.kind(), Set.of()));
                if (same && direction(asked) != direction(read)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int direction(Adjustment adjustment) {
        return adjustment.kind() == AdjustmentKind.BLUR ? -1 : adjustment.kind() == AdjustmentKind.SHARPEN ? 1
                : (int) Math.signum(adjustment.amount());
    }

    /**
     * The looks asked for with a word people otherwise complain with: "make it look washed out like an old poster" wants it
     * faded, where "it looks washed out" wants the contrast back. Each word with the change that gives that look.
     */
    private static final Map<String, String> LOOKS_ASKED = Map.ofEntries(
            Map.entry("washed out|washed-out|washed|faded|matte|flatter", "flatter curve"),
            Map.entry("flat|low contrast|low-contrast", "less contrast"),
            Map.entry("harsh|contrasty|stark|punchy|crunchy", "more contrast"),
            Map.entry("dark|dim|murky|gloomy|shadowy", "darker"),
            Map.entry("bright|light", "brighter"),
            Map.entry("cold|cool|icy|chilly", "cooler"),
            Map.entry("warm|hot|golden", "warmer"),
            Map.entry("muted|desaturated|pale|drab", "less saturated"),
            Map.entry("oversaturated|over saturated|saturated|vivid|colourful|colorful|intense|neon", "more saturated"),
            Map.entry("blurry|fuzzy|out of focus|blurred", "blur"),
            Map.entry("sharp|crisp|crispy", "sharpen"),
            Map.entry("underexposed|under exposed", "less exposure"),
            Map.entry("overexposed|over exposed", "more exposure"));
    private static final Map<String, String> LOOK_BY_WORD = new java.util.HashMap<>();
    /** "make this poster look washed out", "make it all hazy and soft": a look asked for (not "it makes it look dark"). */
    private static final Pattern LOOK_ASKED;
    /** "give the tavern map a flatter, washed out look": the look given. */
    private static final Pattern LOOK_GIVEN;

    static {
        String words = indexed(LOOKS_ASKED, LOOK_BY_WORD);
        String degree = "(?:(?:a bit|a little|a touch|kinda|kind of|slightly|more|really|very|super|all|quite|rather|nice and) )*";
        // a word of what is changed ("the old poster"), not of how much ("the trees less saturated")
        String aPart = "(?:(?!(?:less|more|not|no|too|so|very|a|an|look|looks|appear|seem|feel|bit|little|much|way)\\b)[a-z'-]+ )";
        // the picture or the part of it the look is for: "it", "this poster", "the old map"
        String what = "(?:(?:it|this|that|them|everything) |(?:the|this|my|our|his|her|their) " + aPart + "{1,2})";
        // one look or two: "washed out", "flatter, washed out", "dark and moody"
        String looks = degree + "(" + words + ")\\b(?:(?:,| and) " + degree + "(" + words + ")\\b)?";
        // (and "I should like the tonality to appear flatter", "i want it to look faded")
        LOOK_ASKED = Pattern.compile("(?:(?<!\\b(?:it|that|this|which|they|he|she) )\\bmake " + what + "|\\b(?:like|want|need|love) "
                + what + "to (?:be )?)(?:(?:look|appear|seem|feel) )?" + looks + "(?=\\s*$|[,.;!]| (?:like|as if|as though|for|so|"
                + "to|please|pls|instead)\\b)");
        // (and "…, washed film look" said on its own)
        LOOK_GIVEN = Pattern.compile("(?:\\bgive " + what + "(?:(?:a|an|some|that) )?|(?:^|[,.;] )(?:(?:a|an|that) )?"
                + "(?=[a-z -]+ (?:look|feel|finish|vibe)[.!]*$))" + looks + "(?: (?:film|photo|print|poster|polaroid|vintage|retro))? "
                + "(?:look|feel|vibe|finish|effect|quality|tone|style)\\b");
    }

    /**
     * Indexes {@code saidToChange} ("dark|dim" → "brighter") word by word into {@code byWord}, and gives the words as one
     * alternation for a pattern.
     */
    private static String indexed(Map<String, String> saidToChange, Map<String, String> byWord) {
        StringBuilder words = new StringBuilder();
        saidToChange.forEach((said, change) -> {
            for (String word : said.split("\\|")) {
                byWord.put(word, change);
                words.append(words.length() == 0 ? "" : "|").append(Pattern.quote(word));
            }
        });
        return words.toString();
    }

    /** The change that gives the look asked for, when the words ask for one in a complaint's word. */
    private static Optional<Reading> lookAskedFor(String said) {
        Matcher m = LOOK_ASKED.matcher(said);
        if (!m.find() && !(m = LOOK_GIVEN.matcher(said)).find()) {
            return Optional.empty();
        }
        String change = LOOK_BY_WORD.get(m.group(1));
        if (change.equals("flatter curve") && m.group().matches(".*\\bcolou?rs?\\b.*")) {
            change = "less saturated";   // "make the colors kinda faded": the colours, not the tones
        }
        if (m.group(2) != null && !LOOK_BY_WORD.get(m.group(2)).equals(change)) {
            change += " and " + LOOK_BY_WORD.get(m.group(2));
        }
        return readWords(change).filter(r -> r.leftover().isEmpty());
    }

    /** A request that starts with its verb: "tame those highlights", "pull the shadows up". */
    private static final Pattern ASKED_BY_A_VERB = Pattern.compile("(?:(?:please|pls|can you|could you|just) )?(?:tame|fix|reduce|"
            + "lower|bring|pull|tone|knock|boost|lift|raise|brighten|darken|lighten|sharpen|soften|recover|increase|"
            + "decrease|desaturate|saturate|dial|push|calm|mute|deepen|crush|denoise)\\b");
    /** The last word of a label that names the picture itself: "makeup closeup", "hero shot", "old scan". */
    private static final Pattern A_PICTURE_NAMED = Pattern.compile("closeup|close-up|shot|photo|pic|picture|image|img|portrait|"
            + "selfie|headshot|render|scan|frame|still|snap");

    /**
     * "makeup closeup, smooth out the noise in the dark bits": a first clause of a few words that only names the picture
     * (ending in "closeup", "shot", "photo" …), whose words are all the reading left unread, is a label, not part of the
     * request.
     */
    private static Optional<Reading> withoutALeadingLabel(Optional<Reading> reading, String said) {
        int comma = said.indexOf(", ");
        if (reading.isEmpty() || reading.get().leftover().isEmpty() || comma < 0) {
            return Optional.empty();
        }
        List<String> label = List.of(said.substring(0, comma).split(" "));
        boolean namesThePicture = label.size() <= 3 && A_PICTURE_NAMED.matcher(label.get(label.size() - 1)).matches();
        // "glare on the top coat, tame those highlights": what is wrong and where, then the request, a verb first
        boolean saysWhereThenAsks = label.size() <= 6 && !label.contains("is") && !label.contains("are")
                && ASKED_BY_A_VERB.matcher(said.substring(comma + 2)).lookingAt()
                && operationsOf(readAll(said.substring(0, comma))).isEmpty();   // (not "… back: lighter, lower contrast")
        String labelSaid = " " + String.join(" ", label) + " ";
        if (!reading.get().leftover().stream().allMatch(word -> labelSaid.contains(" " + word + " "))
                || !namesThePicture && !saysWhereThenAsks) {
            return Optional.empty();   // ("bokeh lights, warm, out of focus": a thing to paint, described)
        }
        return readAll(said.substring(comma + 2)).filter(r -> r.leftover().isEmpty() && !r.plan().operations().isEmpty());
    }

    /** "not full saturation", "but not too much contrast": an effect named only to say it is not wanted. */
    private static final Pattern AN_EFFECT_REFUSED = Pattern.compile("[,;]?\\s*\\b(?:but |and |though )?(?:not|no|without) "
            + "(?:full |too much |much |the |any |more |extra )?(saturation|contrast|sharpness|sharpening|clarity|warmth|"
            + "brightness|exposure|vibrance)\\b");

    /** "vibrance up, not full saturation": the other effects asked for, without the one refused. */
    private static Optional<Reading> withoutTheEffectRefused(Optional<Reading> reading, String said) {
        if (operationsOf(reading).size() < 2 || !AN_EFFECT_REFUSED.matcher(said).find()) {
            return Optional.empty();
        }
        return readAll(AN_EFFECT_REFUSED.matcher(said).replaceAll(" ").strip()).filter(r -> fewerOfTheSame(r, reading.get()));
    }

    /** Whether {@code fewer} makes some, not all, of the changes {@code reading} makes, each the same way. */
    private static boolean fewerOfTheSame(Reading fewer, Reading reading) {
        Set<String> all = directions(reading);
        return !fewer.plan().operations().isEmpty() && all.containsAll(directions(fewer)) && directions(fewer).size() < all.size();
    }

    /** The clauses of {@code said}, stripped, without empty ones. */
    private static List<String> clausesOf(String said) {
        return java.util.Arrays.stream(CLAUSE.split(said)).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    /**
     * "knock the clarity back its looking crunchy", "more contrast, it looks dull": the effect asked for by name, beside a
     * complaint that says why; the complaint's own fix is not asked for as well.
     */
    private static Optional<Reading> onlyTheEffectNamed(Optional<Reading> reading, String said) {
        if (operationsOf(reading).size() < 2) {
            return Optional.empty();
        }
        List<String> clauses = clausesOf(said);
        List<String> naming = clauses.stream().filter(c -> EFFECT_BY_NAME.matcher(c).find() && !complains(c)).toList();
        if (clauses.size() < 2 || naming.size() != 1 || !clauses.stream().filter(c -> !naming.contains(c))
                .allMatch(AdjustmentReader::complains)) {
            return Optional.empty();
        }
        Set<String> all = directions(reading.get());
        return readAll(naming.get(0)).filter(r -> !r.plan().operations().isEmpty() && all.containsAll(directions(r)));
    }

    /** "… because the room was dark": the cause of a complaint, told inside the clause that complains. */
    private static final Pattern CAUSE_TOLD = Pattern.compile("\\s(?:because|since|cause|as) [^,.;!?]*\\b(?:was|were)\\b[^,.;!?]*");

    /** "the fishing boats were bright red in them days": how things were, the evidence for a complaint, asked for by nobody. */
    private static final Pattern HOW_IT_WAS = Pattern.compile("^(?!.*\\b(?:if|wish|as though)\\b).*\\b(?:was|were|used to be|had been|"
            + "back then|in (?:them|those) days|"
            // "underexposed, shot it on the dark shelf in the den": where it was taken, not what to do
            + "(?:shot|taken|photographed|snapped|captured|scanned|filmed) (?:it |this |them |that )?(?:on|in|at|under|with|against|"
            + "through|from|during|inside|outside))\\b");

    /**
     * "colours are washed out, the fishing boats were bright red and green in them days": a clause telling how things were
     * is left out, where the rest still reads as an adjustment (the story's "bright red" would otherwise brighten it).
     */
    private static Optional<Reading> withoutTheStory(Optional<Reading> reading, String said) {
        if (reading.isEmpty() || !HOW_IT_WAS.matcher(said).find()) {
            return Optional.empty();
        }
        // "it was way too dark before, brighten it": a complaint in the past tense still says what is wrong
        java.util.function.Predicate<String> story = clause -> HOW_IT_WAS.matcher(clause).find() && !complains(clause);
        // "too many small dots because the room was dark": the cause told inside the complaint goes, the complaint stays
        String asked = clausesOf(CAUSE_TOLD.matcher(said).replaceAll("")).stream().filter(story.negate())
                .collect(java.util.stream.Collectors.joining(", "));
        if (asked.isEmpty() || asked.equals(String.join(", ", clausesOf(said)))) {
            return Optional.empty();
        }
        return readAll(asked).filter(r -> !r.plan().operations().isEmpty());
    }

    /** "more vibrant but not garish", "pool water a little more vibrant, not cartoony tho": more colour, the gentle way. */
    private static Optional<Reading> heldBack(Optional<Reading> reading, String said) {
        return RESTRAINED.matcher(said).find() ? asVibrance(reading) : Optional.empty();
    }

    /** A reading that is only more saturation, as the same amount of vibrance; empty for any other reading. */
    private static Optional<Reading> asVibrance(Optional<Reading> reading) {
        List<Adjustment> operations = operationsOf(reading);
        boolean moreColour = operations.size() == 1 && operations.get(0).kind() == AdjustmentKind.SATURATION
                && operations.get(0).amount() > 0;
        return moreColour ? Optional.of(new Reading(vibrance(operations.get(0).amount()), reading.get().leftover()))
                : Optional.empty();
    }

    /** A blur asked for by name: "blur", "out of focus", "bokeh". */
    private static final String BLUR_NAMED = "blur|out of focus|unfocused|defocus|bokeh";
    private static final Pattern BLUR_ASKED_BY_NAME = Pattern.compile(BLUR_NAMED);

    /** "make sharp pls, it blur": the blur complained of; "less contrast, want it softer": softer is the less, no blur. */
    private static Optional<Reading> withoutTheBlurComplainedOf(Optional<Reading> reading, String said) {
        List<Adjustment> operations = operationsOf(reading);
        boolean blurs = operations.size() >= 2 && operations.stream().anyMatch(o -> o.kind() == AdjustmentKind.BLUR);
        boolean sharpens = operations.stream().anyMatch(o -> o.kind() == AdjustmentKind.SHARPEN);
        boolean softerSaidOtherwise = !BLUR_ASKED_BY_NAME.matcher(said).find() && SOFTNESS.matcher(said).find()
                && operations.stream().anyMatch(o -> o.amount() < 0 && (o.kind() == AdjustmentKind.CONTRAST
                        || o.kind() == AdjustmentKind.CLARITY || o.kind() == AdjustmentKind.SATURATION));
        if (!blurs || !sharpens && !softerSaidOtherwise) {
            return Optional.empty();
        }
        return Optional.of(new Reading(planOf(operations.stream().filter(o -> o.kind() != AdjustmentKind.BLUR)
                .map(AdjustmentReader::understood).toList()), reading.get().leftover()));
    }

    /**
     * "make the latte art pop, more contrast", "darker and moodier", "invert it for the dark theme", "sky is flat, give it
     * some clarity": a word that only says why or what for, beside an effect asked by name, adds no effect of its own.
     */
    private static Optional<Reading> withoutWhyWords(Optional<Reading> reading, String said) {
        if (operationsOf(reading).size() < 2 || !ONLY_WHY.matcher(said).find()) {
            return Optional.empty();
        }
        String asked = ONLY_WHY.matcher(said).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (!EFFECT_BY_NAME.matcher(asked).find()) {
            return Optional.empty();   // "grey and flat", "so dull and muddy": complaints alone, each with its own fix
        }
        // "sky is flat, give it some clarity": the clause that names the effect, read alone when the rest says nothing more
        String lastNaming = java.util.Arrays.stream(CLAUSE.split(asked)).filter(c -> EFFECT_BY_NAME.matcher(c).find())
                .reduce((first, second) -> second).orElse(asked).strip();
        return readAll(asked).or(() -> readAll(lastNaming)).filter(r -> fewerOfTheSame(r, reading.get()));
    }

    /** Words that say why or what for, which an effect named beside them answers. */
    private static final Pattern ONLY_WHY = Pattern.compile("\\b(?:(?:needs?|for|some|more|gotta|to) )?(?:(?<!colou?rs? )"
            + "(?:pop|pops|popping)(?! (?:more |a bit |a little )?(?:to|in|of) (?:the )?colou?rs)|punch|drama|dramatic|moody|moodier|"
            + "depth)\\b|\\b(?<!with )(?:the |a |for )?dark (?:mode|theme|colou?rway|variant|version|"
            + "corners|folds|background|bg)\\b|\\b(?:glowing )?on dark\\b|\\b(?:is |are |looks? |so )?(?:flat|muddy)\\b");

    /** "… but not garish", "not cartoony tho", "but subtle, i dont want it looking fake": more colour, held back. */
    private static final Pattern RESTRAINED = Pattern.compile("\\b(?:but |though |tho )?(?:not (?:too much|garish|cartoony|"
            + "cartoonish|fake|over the top|overdone|crazy|neon|oversaturated|too (?:much|strong|saturated|intense))|but subtle|"
            + "(?:don'?t|dont|do not) want it (?:looking |to look )?(?:fake|garish|cartoony|overdone))\\b");

    private static final Pattern SOFTNESS = Pattern.compile("\\bsoft(?:er|en)?\\b|\\bsmooth(?:er)?\\b");

    private static Understood understood(Adjustment adjustment) {
        return new Understood(adjustment.kind(), adjustment.amount() < 0 ? -1 : 1, intensityOf(adjustment.amount()));
    }

    /** The plan of these adjustments, worded as the lexicon's own reading of them would be. */
    private static Plan planOf(List<Understood> understood) {
        PlanWording.Wording wording = PlanWording.describe(understood);
        return new Plan(wording.summary(), wording.doneMessage(), InstructionInterpreter.ENGINE,
                understood.stream().map(Understood::toAdjustment).toList());
    }

    /** An effect asked for by its own name. */
    private static final Pattern EFFECT_BY_NAME = Pattern.compile("\\b(?:contrast\\w*|saturat\\w*|desaturat\\w*|vibrance|clarity|"
            + "curve|s[- ]?curve|sharpen\\w*|denoise|noise|invert\\w*|highlights|shadows|darks|exposure|vignette|black and white|"
            + "b&w|gr[ae]yscale|sepia|blur\\w*|warm(?:er|th)|cool(?:er)?|darker|darken|brighter|brighten|tint|hue)\\b");
    /** Each operation's kind and way ("CONTRAST+"). */
    private static java.util.Set<String> directions(Reading reading) {
        return reading.plan().operations().stream().map(o -> o.kind() + (o.amount() < 0 ? "-" : "+"))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Optional<Reading> readAll(String said) {
        String normalised = Phrasing.normalise(said);
        if (MADE_CLEAR.matcher(normalised).find() && BLURRED.matcher(normalised).find()) {
            return readWords("sharpen");   // "photo is blurry, please make clear" (after "too dark", clearer is brighter)
        }
        if (RECOVERED.matcher(normalised).find() && TOO_BRIGHT.matcher(normalised).find()) {
            return readWords("recover the highlights");   // "the sky is too much bright, recover it"
        }
        if (GRAIN_WANTED.matcher(normalised).find()) {
            return Optional.empty();   // not a noise reduction, the opposite of what is asked
        }
        Matcher spared = SKIN_SPARED.matcher(normalised);
        if (spared.find() && spared.start() > 0) {
            Optional<Reading> reading = readSaid(normalised.substring(0, spared.start()) + normalised.substring(spared.end()));
            Optional<Reading> vibrance = asVibrance(reading);
            if (vibrance.isPresent()) {
                return vibrance;
            }
            if (operationsOf(reading).stream().anyMatch(o -> o.kind() == AdjustmentKind.VIBRANCE)) {
                return reading;   // "bump the vibrance but dont make my skin look orange": not also cooler
            }
        }
        return theWayAskedFor(normalised, keptToTheHueNamed(normalised, withoutTheMoodsExtras(normalised,
                inTheBrightParts(normalised, inTheDarkParts(normalised, readSaid(said))))));
    }

    private static final Pattern TEMPERATURE_SAID = Pattern.compile("\\b(?:cast|colder|cooler|cold|warm|warmer|tungsten|"
            + "temperature|icy|frosty|candle\\w*)\\b");
    private static final Pattern SHIFTED_TOWARDS = Pattern.compile("\\b(?:push|nudge|shift|move|take|pull) (?:it|this|everything|"
            + "the (?:picture|image|photo|whole thing)) (?:a (?:bit|little|touch) )?(?:more )?(?:towards?|to) (?:the )?"
            + "(blue|cool|cold|orange|amber|warm|yellow)(?: side)?\\b");

    /** "the exposure appears too high; kindly reduce it": the way asked for, said of what the complaint named. */
    private static final Pattern ASKED_DOWN = Pattern.compile("[,;.!]\\s+(?:[a-z]+ ){0,3}?(?:(?:reduce|lower|decrease|tone down|"
            + "bring down|dial down|turn down|knock down|take down|pull down|lessen) (?:it|that|this|them)\\b(?! (?:up|back)\\b)"
            // "the exposure is too high, please make it lower", "contrast has gone OTT. bring it down a peg"
            + "|make (?:it|that|this|them) (?:a (?:bit|little) )?lower\\b|(?:bring|tone|dial|turn|knock|take|pull) (?:it|that|this|them) "
            + "down\\b)");
    /** "this photo is coming very dark, please make it little bit bright". */
    private static final Pattern ASKED_UP = Pattern.compile("[,;.!]\\s+(?:[a-z]+ ){0,3}?(?:(?:increase|raise|boost) (?:it|that|this|them)"
            + "|make (?:it|this|them) (?:a )?(?:little )?(?:bit )?(?:more )?(?:bright|brighter|lighter))\\b");

    /**
     * A complaint that names what is wrong, then the way asked for with a pronoun ("…, kindly reduce it", "…, please make
     * it little bit bright"): the reading of the complaint goes the way asked, whatever its own words suggested.
     */
    private static Optional<Reading> theWayAskedFor(String said, Optional<Reading> reading) {
        List<Adjustment> operations = operationsOf(reading);
        boolean down = ASKED_DOWN.matcher(said).find();
        if (operations.size() != 1 || down == ASKED_UP.matcher(said).find() || !operations.get(0).kind().isSigned()
                || operations.get(0).kind() == AdjustmentKind.HUE || operations.get(0).amount() < 0 == down) {
            return reading;
        }
        Adjustment only = operations.get(0);
        Understood turned = new Understood(only.kind(), only.amount() < 0 ? 1 : -1, intensityOf(only.amount()));
        return Optional.of(new Reading(planOf(turned), reading.get().leftover()));
    }

    /** The intensity whose amount is {@code amount}'s size (the usual one when none is). */
    private static Intensity intensityOf(double amount) {
        return java.util.Arrays.stream(Intensity.values()).filter(i -> i.amount() == Math.abs(amount)).findFirst()
                .orElse(Intensity.NORMAL);
    }

    /** The plan of one adjustment, worded as the lexicon's own reading of it would be. */
    private static Plan planOf(Understood understood) {
        return planOf(List.of(understood));
    }

    /** The adjustments a reading makes, none when there is no reading. */
    private static List<Adjustment> operationsOf(Optional<Reading> reading) {
        return reading.map(r -> r.plan().operations()).orElse(List.of());
    }

    /**
     * "shift the hue of the gem from ruby to something bluish": the hue said, the colour words only say which way, so no
     * warmth or tint beside it.
     */
    private static Optional<Reading> keptToTheHueNamed(String said, Optional<Reading> reading) {
        List<Adjustment> operations = operationsOf(reading);
        if (operations.size() < 2 || operations.stream().noneMatch(o -> o.kind() == AdjustmentKind.HUE)
                || !operations.stream().allMatch(o -> o.kind() == AdjustmentKind.HUE || o.kind() == AdjustmentKind.WARMTH
                        || o.kind() == AdjustmentKind.TINT) || !said.matches(".*\\bhue\\b.*")) {
            return reading;
        }
        return readInstead("shift the hue", reading);
    }

    /** "…, i want it moodier", "for a moodier low-key look", "softer and dreamier": the look hoped for, said after the change. */
    private static final Pattern MOOD_HOPED_FOR = Pattern.compile("\\b(?:moodier|moody|low-key|dreamier|dreamy|softer|soft|soften|smoother)\\b");

    /**
     * "deepen the shadows, i want it moodier", "clarity down on her face, softer skin": the change named does what the mood
     * asks, so the mood's own reading (darker, more contrast, a blur) is not added to it.
     */
    private static Optional<Reading> withoutTheMoodsExtras(String said, Optional<Reading> reading) {
        List<Adjustment> operations = operationsOf(reading);
        if (operations.size() < 2 || !MOOD_HOPED_FOR.matcher(said).find()) {
            return reading;
        }
        boolean deepened = operations.stream().anyMatch(o -> o.kind() == AdjustmentKind.SHADOWS && o.amount() < 0)
                && !said.matches(".*\\b(?:contrast|brightness|darker|darken)\\b.*");
        boolean lessClarity = operations.stream().anyMatch(o -> o.kind() == AdjustmentKind.CLARITY && o.amount() < 0)
                && !said.matches(".*\\bblur.*");
        // "inverse s curve please, softer tones": the flatter curve is the softness
        boolean flattened = operations.stream().anyMatch(o -> o.kind() == AdjustmentKind.CURVE && o.amount() < 0)
                && !said.matches(".*\\bblur.*");
        return deepened ? readInstead("deepen the shadows", reading) : lessClarity ? readInstead("less clarity", reading)
                : flattened ? readInstead("flatter curve", reading) : reading;
    }

    /** "the bright spots on the window", "the shine on his armour", "I can't see the clouds": where the picture is lightest. */
    private static final Pattern BRIGHT_PARTS = Pattern.compile("\\b(?:highlights?|bright (?:parts?|areas?|spots?|bits?|places?)|"
            + "white (?:parts?|areas?|places?|bits?|spots?)|shine|glare|reflections?|blown|burning|burnt out|all white|"
            + "too (?:much )?white|(?:can'?t|cannot|can not|barely) see the (?:clouds|sky|stained glass|pattern|detail)|"
            + "clouds? (?:is|are) not seen)\\b");
    /** "the lights on the water are too hot", "sun glare on the windows is way too hot": a photographer's hot is too bright. */
    private static final Pattern HOT_LIGHTS = Pattern.compile("\\b(?:lights?|glare|reflections?|highlights?|sky|sun|shine|"
            + "speculars?|whites?|windows?)\\b.{0,40}\\btoo hot\\b|\\b(?:sky|lights?|glare|highlights?)'s (?:way |far )?too hot\\b");

    /**
     * "make the bright areas less bright", "brighter highlights, make the snow glow", "the lights on the water are too
     * hot": the highlights changed, not the whole picture's brightness (nor its warmth).
     */
    private static Optional<Reading> inTheBrightParts(String said, Optional<Reading> reading) {
        List<Adjustment> operations = operationsOf(reading);
        if (operations.size() == 1 && operations.get(0).kind() == AdjustmentKind.WARMTH && HOT_LIGHTS.matcher(said).find()) {
            return readInstead("recover the highlights", reading);
        }
        boolean onlyLightness = !operations.isEmpty() && operations.stream().allMatch(o -> o.kind() == AdjustmentKind.BRIGHTNESS
                || o.kind() == AdjustmentKind.EXPOSURE || o.kind() == AdjustmentKind.HIGHLIGHTS);
        if (!onlyLightness || NAMES_THE_EXPOSURE.matcher(said).find()
                || operations.size() > 1 && said.matches(".*\\bbrightness\\b.*")
                || operations.stream().allMatch(o -> o.kind() == AdjustmentKind.HIGHLIGHTS)
                || !BRIGHT_PARTS.matcher(said).find() || DARK_PARTS.matcher(said).find()) {
            return reading;
        }
        boolean up = operations.stream().filter(o -> o.kind() != AdjustmentKind.HIGHLIGHTS).allMatch(o -> o.amount() > 0);
        boolean down = operations.stream().filter(o -> o.kind() != AdjustmentKind.HIGHLIGHTS).allMatch(o -> o.amount() < 0);
        if (up == down) {
            return reading;
        }
        return readInstead((up ? "boost the highlights" : "recover the highlights") + slightly(said), reading);
    }

    /** The reading of {@code canonical} in place of {@code reading}, with the words it left over; {@code reading} if none. */
    private static Optional<Reading> readInstead(String canonical, Optional<Reading> reading) {
        return readSaid(canonical).map(instead -> new Reading(instead.plan(), reading.get().leftover())).or(() -> reading);
    }

    private static final Pattern A_LITTLE = Pattern.compile("\\b(?:a (?:little|bit|touch|tad)|abit|slightly|little)\\b");

    /** " slightly" when the words ask for a little ("lighten them a bit"), else nothing. */
    private static String slightly(String said) {
        return A_LITTLE.matcher(said).find() ? " slightly" : "";
    }

    /** "drop the exposure half a stop and open up the shadows": the exposure asked for too, by name. */
    private static final Pattern NAMES_THE_EXPOSURE = Pattern.compile("\\b(?:exposure|stops?|ev)\\b");
    /** "the dark parts", "lost in shadow", "the shadowy bits under the trees": where the picture is darkest. */
    private static final Pattern DARK_PARTS = Pattern.compile("\\b(?:shadows?|shadowy|shadowed|the darks|(?:the )?blacks|(?:dark|darker|darkest|black|"
            + "blackest) (?:parts?|areas?|bits?|places?|side|spots?|corners?|regions?|patches|mass|tones)|pure black|"
            + "part of the shadow)\\b");
    /** Words that ask the dark parts darker still: "deepen the shadows", "the shadows are too grey". */
    private static final Pattern DARKER_STILL = Pattern.compile("\\b(?:darker|darken|deepen|deeper|dramatic|crush|crushed|richer|"
            + "blacker|moodier|inkier|more dark|too (?:light|bright|grey|gray|lifted|flat|washed|clear|weak|pale))\\b"
            + "(?<!\\b(?:are|is|were|got|look|looks) crushed)");
    /** Words that ask them lighter: "lighten them a little", "I can't see the bikes", "bring the detail back". */
    private static final Pattern LIGHTER = Pattern.compile("\\b(?:lighten(?:ed)?|lighter|brighten(?:ed)?|brighter|lift(?:ed)?|"
            + "open(?:ed)?|visible|see|"
            + "detail|too dark|too black|very dark|so dark|very black|so black|lost|less dark|clear|clarify|bring back|increase|raise|"
            + "boost|brightness|too much dark|crushed|more (?:bright|light))\\b");

    /**
     * "the forest is so dark in the shadows, lighten them a bit", "increase the brightness of the dark areas only": the
     * shadows lifted, not the whole picture brightened (nor, read from "dark", darkened).
     */
    private static Optional<Reading> inTheDarkParts(String said, Optional<Reading> reading) {
        List<Adjustment> operations = operationsOf(reading);
        boolean onlyLightness = !operations.isEmpty() && operations.stream().allMatch(o -> o.kind() == AdjustmentKind.BRIGHTNESS
                || o.kind() == AdjustmentKind.EXPOSURE || o.kind() == AdjustmentKind.SHADOWS && o.amount() > 0);
        boolean brightened = operations.stream().anyMatch(o -> o.amount() > 0);
        if (operations.size() == 1 && (operations.get(0).kind() == AdjustmentKind.BRIGHTNESS
                || operations.get(0).kind() == AdjustmentKind.EXPOSURE) && !brightened && DARK_PARTS.matcher(said).find()
                && DARKER_STILL.matcher(said).find() && !LIGHTER.matcher(said).find() && !said.matches(".*\\bno shadows?\\b.*")) {
            // "the shadows are too light, make them darker": the shadows deepened, not the whole picture darkened
            return readInstead("deepen the shadows", reading);
        }
        if (!onlyLightness || NAMES_THE_EXPOSURE.matcher(said).find()
                || operations.size() > 1 && said.matches(".*\\bbrightness\\b.*")
                || operations.size() == 1 && operations.get(0).kind() == AdjustmentKind.SHADOWS
                || !DARK_PARTS.matcher(said).find() || DARKER_STILL.matcher(said).find()
                || !brightened && !LIGHTER.matcher(said).find()) {
            return reading;
        }
        return readInstead("lift the shadows" + slightly(said), reading);
    }

    /** More vibrance by {@code amount}, worded as the lexicon's own reading of it would be. */
    private static Plan vibrance(double amount) {
        return planOf(new Understood(AdjustmentKind.VIBRANCE, 1, intensityOf(amount)));
    }

    private static Optional<Reading> readSaid(String said) {
        String instruction = said;
        String normalised = Phrasing.normalise(said);
        for (Map.Entry<Pattern, String> asked : NAMED_THEN_ASKED.entrySet()) {
            Matcher named = asked.getKey().matcher(normalised);
            if (named.find()) {
                instruction = named.replaceAll(asked.getValue());
                break;
            }
        }
        String request = asked(instruction);
        if (GRAIN.matcher(normalised).find()) {
            request = SMOOTH_IT.matcher(request).replaceAll("denoise");   // "it's all speckly, can you smooth that away?"
        }
        if (TEMPERATURE_SAID.matcher(normalised).find()) {
            // "needs to feel colder, push it toward blue": the temperature ("pool water reads teal, shift it toward blue"
            // shifts a thing's hue)
            request = SHIFTED_TOWARDS.matcher(request).replaceAll(m -> m.group(1).matches("blue|cool|cold") ? "cooler" : "warmer");
        }
        Optional<Reading> read = readWords(request);
        String core = request;
        if (read.isEmpty() && directionless(request).isPresent() && EFFECT_ASKED_FOR.matcher(request).lookingAt()) {
            read = readWords("more " + request);   // "local contrast on the clouds please": the effect asked for, so more of it
        }
        if (read.isEmpty() && TONE_CURVE_ASKED_FOR.matcher(request).lookingAt()) {
            read = readWords("add a tone curve");
        }
        if (read.isEmpty() && directionless(request).isPresent()) {
            // "shot this about a stop under, can you fix the exposure": the request alone names no way; the story does
            core = Phrasing.normalise(instruction).replaceAll("[.!?…]+$", "");
            read = readWords(core);
        }
        if (read.isEmpty() && (DETAIL_BACK.matcher(request).find() || TURNED_DOWN.matcher(request).find())) {
            // "the white parts are burned out, can you get some drawing back in them": the story says where
            String story = Phrasing.normalise(instruction);
            read = HOT_HIGHLIGHTS.matcher(story).find() ? readWords("recover the highlights")
                    : DARK_SHADOWS.matcher(story).find() ? readWords("open up the shadows") : read;
        }
        if (read.isEmpty() && TURNED_DOWN.matcher(request).find() && !request.equals(Phrasing.normalise(instruction))) {
            // "the colours are too strong, can you make them less?": the complaint says what, the request only which way
            read = readWords(Phrasing.normalise(instruction).replaceAll("[.!?]+$", ""));
        }
        if (read.isEmpty()) {
            return read;
        }
        Optional<Reading> whole = read;
        // "the reeds look dull, bump the vibrance": the complaint says why, the request says what to do; so does a
        // clause that tells ("lift the shadows a touch, everyone's faces are in the dark").
        boolean complaint = false;
        StringBuilder withoutComplaints = new StringBuilder();
        StringBuilder requests = new StringBuilder();
        // "the shadows are too dark, lift them": one request about the shadows, not a complaint and a "lift" of everything;
        // "scanner grain is way too much, smooth it out": smoothing the grain, said in the clause that asks
        String asked = DARK_SHADOWS.matcher(core).replaceAll("open up the shadows");
        if (A_CAST_NAMED.matcher(asked).find()) {
            asked = AUTO_FIX.matcher(asked).replaceAll("auto white balance");   // the cast named in a clause that only tells
        }
        if (GRAIN.matcher(asked).find()) {
            asked = SMOOTH_IT.matcher(asked).replaceAll("denoise");
        }
        if (HOT_HIGHLIGHTS.matcher(asked).find()) {
            // "the window is totally blown, bring back some detail in there": the detail of the highlights
            asked = HOT_HIGHLIGHTS.matcher(DETAIL_BACK.matcher(asked).replaceAll("recover the highlights")).replaceAll("too bright");
        }
        for (String clause : CLAUSE.split(asked)) {
            if (complains(clause)) {
                complaint = true;
                continue;
            }
            withoutComplaints.append(clause).append(", ");
            if (!TELLING.matcher(clause.strip()).find() && !REASON.matcher(clause.strip()).matches()) {
                requests.append(clause).append(", ");
            }
        }
        boolean tells = requests.length() != withoutComplaints.length();
        if (!complaint && !tells) {
            return whole;
        }
        Optional<Reading> onlyAsked = readWords(requests.toString());
        if (onlyAsked.isEmpty() && complaint && tells) {
            onlyAsked = readWords(withoutComplaints.toString());   // only told and complained: the telling is what is left
        }
        // The parts the complaint names ("the sky looks washed out, more contrast") still say where.
        return onlyAsked.map(reading -> new Reading(reading.plan(), whole.get().leftover())).or(() -> whole);
    }

    /** A request that names nothing but points back at what was complained about: "weaken it", "make calm". */
    private static final Pattern ONLY_POINTING_BACK = Pattern.compile("(?:(?:please|pls|can you|could you|just|and|so|then) )*"
            + "(?:weaken|reduce|lessen|lower|calm|soften|tone|tame|ease|decrease|diminish|cut|strengthen|boost|increase|augment|"
            + "raise|intensify|enhance|improve|fix|correct|make|open|lift|bring|clean|clear|smooth|tidy|take|get|pull)(?: (?:it|them|that|this|those))?"
            + "(?: (?:down|up|off|back|out|calm|calmer|visible|more visible|better|right|normal|softer|quieter|stronger))?"
            + "(?: (?:a bit|a little|slightly|a touch|please|pls))*"
            // "the colours are too much, it looks like a cartoon. less please": the complaint says of what
            + "|(?:(?:please|pls|just|and|so|then) )*(?:more|less)(?: (?:strong|stronger|please|pls|then|now))*"
            // "I find the colours somewhat garish. Could they be toned down a little, please?"
            + "|(?:(?:could|can|would|might) )?(?:they|it|this|that|those|these) (?:be )?(?:toned|calmed|softened|muted|tamed|dialled|"
            + "dialed|turned|knocked|brought) (?:down|back)(?: (?:a bit|a little|slightly|a touch|please|pls))*"
            // "lots of little coloured dots, i think it's called noise? can they be removed"
            + "|(?:(?:could|can|would|might) )?(?:they|it|this|that|those|these) be (?:removed|fixed|corrected|cleaned(?: up)?|"
            + "taken out|reduced)(?: (?:please|pls))?"
            // "this is slightly too bright, could you turn it down just a little", "it's a bit blurry, can you make it clear?"
            + "|(?:(?:please|pls|can you|could you|just|and|so|then) )*(?:turn (?:it|that|this) (?:down|up)|make (?:it|this|the (?:picture|"
            + "image|photo)) (?:more )?clear(?:er)?)(?: (?:just )?(?:a bit|a little|slightly|a touch|please|pls))*"
            // "skin looks green, like a sick person. please fix color": the colour to fix, which way the complaint says
            + "|(?:(?:please|pls|can you|could you|just|and|so|then) )*(?:fix|correct|sort out|sort) (?:the |my |this |its )?"
            + "(?:colou?rs?|colou?ring|tint|cast|colou?r cast|colou?r balance)(?: (?:please|pls))?"
            // "why image is so much yellow? make it normal colour"
            + "|(?:(?:please|pls|can you|could you|just|and|so|then) )*make (?:it|them|the (?:picture|image|photo)) (?:a )?normal colou?rs?"
            + "(?: again| please| pls)*");

    /** A noun effect asked for as something to have: "local contrast on the clouds", "a bit of vibrance". */
    private static final Pattern EFFECT_ASKED_FOR = Pattern.compile("(?:(?:add |give it |put )?(?:some |a bit of |a touch of |"
            + "a little |a little bit of |a hint of |bit of |a dash of |a little more |extra |touch of |hint of |dash of |"
            + "(?:a )?tiny bit of |a wee bit of |a smidge of ))"
            // "a bit of warmth on the streetlights": some of it is more of it
            + "(?:local contrast|clarity|vibrance|saturation|contrast|sharpness|warmth|brightness|exposure)\\b"
            + "|(?:local contrast|clarity|vibrance|saturation|contrast|sharpness)"
            + "(?= (?:on|to|for|in|into|over|please|pls)\\b)");   // a bare "contrast" still asks: more or less?
    /** "a gentle tone curve for some depth", "give it a tone curve with more snap": the curve that adds contrast. */
    private static final Pattern TONE_CURVE_ASKED_FOR = Pattern.compile("(?:add |give it |apply |put )?(?:a |an )?(?:gentle |"
            + "subtle |slight |soft |light |mild |little )?tone curve\\b(?= (?:for|with|to|on|please|pls)\\b|[,.!]|$)");
    private static final Pattern CLAUSE = Pattern.compile("[,;.:!?]|\\s[-–—]\\s");
    /** "recover it": what a blown part asks for. */
    private static final Pattern RECOVERED = Pattern.compile("(?:^|[,.;!?] )(?:(?:please|pls|can you|could you) )?(?:(?:recover|rescue|save) "
            + "(?:it|them|that|this)"
            // "…, can you bring the petal detail back", "all white with no detail in it, can you bring some back?"
            + "|(?:bring|get) (?:back )?(?:the |some |its |their |a bit of |a little )?(?:[a-z]+ )?(?:detail|details|texture)(?: back)?"
            + "(?: in (?:it|them|there))?|(?:bring|get) (?:some|it|them) back)(?: please| pls)?[.!?]*$");
    private static final Pattern TOO_BRIGHT = Pattern.compile("\\btoo (?:much )?bright\\b|\\b(?:blown|burn(?:ed|t)|clipped)\\b"
            + "|\\b(?:all|pure|just) white\\b|\\bwhite with no detail\\b");
    /** "make it clear", which after a complaint of blur asks it sharper. */
    private static final Pattern MADE_CLEAR = Pattern.compile("(?:^|[,.;!?] )(?:(?:please|pls|can you|could you) )?make "
            + "(?:it |this |them )?(?:more )?clear(?:er)?(?: please| pls| again)?[.!?]*$");
    private static final Pattern BLURRED = Pattern.compile("\\b(?:blurry|blurred|blury|fuzzy|out of focus|unsharp|not sharp)\\b"
            + "|(?<!\\b(?:more|some|add|a) )\\bblur\\b");   // "picture is little bit blur, make it more clear"
    /** "bright places are too much bright, please make them lower": what was complained of, turned down. */
    private static final Pattern TURNED_DOWN = Pattern.compile("\\b(?:make|bring|turn|take|tone|toning|put) (?:them|it|those|these|that) "
            + "(?:lower|less|down|darker|softer|weaker)\\b|\\b(?:lower|reduce|dim|tame) (?:them|those|these)\\b");
    /** "bring back some detail", "recover it": what a blown sky or window asks for. */
    private static final Pattern DETAIL_BACK = Pattern.compile("\\b(?:bring|get) (?:back )?(?:some |the |a bit of )?"
            + "(?:detail|drawing|texture)(?: back)?"
            + "(?: in there| there)?\\b|\\brecover (?:it|them|that)\\b");
    /**
     * A clause that tells rather than asks: "everyone's faces are in the dark", "I want to check the matte edges"
     * ("it would look amazing if it was just black and white" wishes, which asks).
     */
    private static final Pattern TELLING = Pattern.compile("^(?!.*\\b(?:would|could|should|if it (?:was|were)|i'd|i would|"
            + "i want it|wish)\\b)(?!(?:(?:please|pls|just|now|then|and|also|can you|could you) )*"
            + "(?:make|give|add|put|lift|open|raise|boost|bump|push|pull|drop|lower|reduce|increase|cut|kill|clean|fix|tone|warm|"
            + "cool|darken|brighten|lighten|sharpen|soften|blur|invert|crush|deepen|recover|bring|take|turn|dial|knock|crank|ease|"
            + "flatten|desaturate|saturate|go|try|do|apply|throw|remove|get|let)\\b).*\\b(?:is|are|was|were|looks?|seems?|feels?|"
            + "has|have|had|i want to|i need to|i'm|im|we're|they're|it's|its|"
            // "cooler tone, client hates warm": a taste told, which the request answers
            + "hates?|hated|dislikes?|disliked|can'?t stand|(?:doesn'?t|don'?t|didn'?t) like)\\b");

    /**
     * "crush the shadows a little, want more depth", "add a vignette, want more drama": the feeling hoped for, which is
     * why the effect asked for is asked, not another effect.
     */
    private static final Pattern REASON = Pattern.compile("(?:(?:i|we) )?(?:want|need|wanna|going for|looking for|after)"
            + "(?: (?:more|some|a|an|a bit more|a little more|it (?:more|to (?:have|feel|look)(?: more)?)))? (?:depth|drama|dramatic|mood|"
            + "moody|moodier|punch|pop|atmosphere|vibe|feel|dreamy|dreamier|cinematic|impact|focus|character|life|energy|magic)"
            + "(?: [a-z' ]{1,30})?"
            // "desat the background panel, hero needs to pop"
            + "|(?:the |my |this |our )?[a-z]+ (?:needs?|has|have|wants?) to (?:pop|stand out|shine|read)(?: [a-z' ]{1,30})?");

    /** Whether the words blame the shadows for being dark, which the lexicon alone reads as the whole picture. */
    static boolean blamesDarkShadows(String instruction) {
        return DARK_SHADOWS.matcher(asked(instruction)).find();
    }

    private static Optional<Reading> readWords(String words) {
        List<Term> terms = Lexicon.read(rewrite(words));
        // An effect named twice ("reads cold, warm it up"; "blurry, sharpen it") counts once: the later is the
        // request, unless only the earlier says which way ("it's flat, push the contrast").
        return read(terms, words, true).or(() -> read(terms, words, false));
    }

    private static Optional<Reading> read(List<Term> terms, String instruction, boolean laterNamingWins) {
        Map<AdjustmentKind, Integer> chosen = new java.util.HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).isEffect() && (laterNamingWins || !chosen.containsKey(terms.get(i).kind()))) {
                chosen.put(terms.get(i).kind(), i);
            }
        }
        List<Term> known = new ArrayList<>();
        int index = -1;
        List<String> leftover = new ArrayList<>();
        for (Term term : terms) {
            index++;
            if (term.role() == Term.Role.UNKNOWN || term.role() == Term.Role.REMOVE || term.role() == Term.Role.SIDE
                    || term.role() == Term.Role.EXTEND || term.role() == Term.Role.NUMBER || term.role() == Term.Role.UNIT) {
                if (!IGNORABLE.contains(term.text()) && !FIX_BY_WORD.containsKey(term.text())
                        && !term.text().endsWith("ly") && term.text().matches("[a-z'].*")) {
                    leftover.add(term.text());
                }
            } else if (!term.isEffect() || chosen.get(term.kind()) == index) {
                known.add(term);
            }
        }
        try {
            return Optional.of(new Reading(InstructionInterpreter.adjustments(known, instruction), leftover));
        } catch (UnsupportedInstructionException e) {
            return Optional.empty();
        }
    }

    /** "contrast" alone: an adjustment named without saying which way. */
    static Optional<String> directionless(String instruction) {
        List<Term> terms = Lexicon.read(rewrite(Phrasing.core(instruction)));
        boolean directed = terms.stream().anyMatch(t -> t.role() == Term.Role.DIRECTION || t.role() == Term.Role.DIRECTED_EFFECT
                || t.role() == Term.Role.FIXED_EFFECT);
        return directed ? Optional.empty() : terms.stream().filter(t -> t.role() == Term.Role.NOUN_EFFECT)
                .map(t -> t.kind().wireName()).findFirst();
    }

    /** Whether the words complain ("bit blurry", "too dark", "a yellow cast") rather than ask. */
    static boolean complains(String instruction) {
        String text = PURPOSE.matcher(asked(instruction)).replaceAll("");
        return COMPLAINT.matcher(text).find() || CAST_COMPLAINT.matcher(text).find() || BARE_COMPLAINT.matcher(text).matches()
                || INHERENT_COMPLAINT.matcher(text).find() || NEUTRALS_CAST.matcher(text).find() || MADE_A_CAST.matcher(text).find()
                || NOISE_THERE.matcher(text).find() && !GRAIN_WANTED.matcher(text).find()   // "the dusk shot is full of speckles"
                || COMPLAINED_WITHOUT_TOO.keySet().stream().anyMatch(complaint -> complaint.matcher(text).find());
    }

    /** "everyone looks orange", "the skin looks a bit green": people, or all of it, a colour they should not be. */
    private static final String LOOKING_A_COLOUR = "\\b(?:(?:everyone|everybody|(?:the )?face|(?:her |his |the )?skin|he|she|it|"
            + "everything|the (?:whole )?(?:photo|picture|image|shot)) (?:looks|seems|appears|is looking)|"
            // "also the page is yellow, make it white": a scanned page's paper, which a cast yellows
            + "the (?:page|pages|paper|sheet|scan|document) (?:is|are|looks|seems|has gone|went|turned)|(?:people|faces|skin tones|they) "
            + "(?:look|seem|appear|are looking)) (?:a bit |kind of |kinda |rather |quite |very |really |so |all |sort of )?";
    private static final String A_CAST_COLOUR = "(orange|yellow|blue|green|magenta|purple)\\b";
    private static final Pattern A_CAST_COMPLAINED_OF = Pattern.compile(LOOKING_A_COLOUR + A_CAST_COLOUR);

    static boolean complainsOfACast(String instruction) {
        return A_CAST_COMPLAINED_OF.matcher(Phrasing.normalise(instruction)).find();
    }

    /** "… for the flashback page", "… from the fluorescent lights": why, not what to change. */
    static String withoutPurposeOrCause(String text) {
        return PURPOSE_OR_CAUSE.matcher(text).replaceFirst("");
    }

    private static final Pattern PURPOSE_OR_CAUSE = Pattern.compile("\\s(?:for|from|like|because|since|cause|as if|so(?= (?:that|it|"
            + "i|we|you|they|the|people|nobody|no one|he|she)\\b))\\s.*$");
    private static final Pattern PICTURE_OF = Pattern.compile("\\b(?:picture|photo|photograph|pic|image|shot|scan|painting|"
            + "drawing|portrait) of (?:the |my |our |a |an )?[a-z]+\\b");

    /**
     * Words for the whole picture, a layer of its drawing ("sharpen the lineart" means the whole layer) or a
     * tonal range, which name no part of it.
     */
    private static final Set<String> OBJECT_PRONOUN = Set.of("me", "us", "him", "her", "them", "it", "you");
    private static final Set<String> NOT_A_PART = Set.of("picture", "image", "photo", "whole", "scene", "scan", "shot",
            "lineart", "linework", "lines", "line", "inks", "ink", "flats", "drawing", "painting", "sketch", "sprite",
            "reproduction", "negative", "room", "bedroom", "bathroom", "kitchen", "living", "sequence", "watercolour",
            "watercolor", "illustration", "comic", "piece",
            "thing", "look", "feel", "vibe", "lens", "eyes", "shadows", "highlights", "lights", "darks", "midtones",
            "tones", "edges", "corners", "frame", "contrast", "colours", "colors", "result", "version", "render", "one",
            "monitor", "screen", "display", "phone", "laptop", "print", "printer", "computer", "thumb", "thumbnail",
            "palette", "values", "set", "album", "client", "card", "series", "campaign", "shoot", "gallery", "portfolio",
            "whites", "blacks", "exposure", "temp", "temperature", "grade", "eye", "viewer", "screenshot", "mockup",
            "spread", "page", "panel", "plate", "artwork", "pic", "pics", "photos", "art", "handout", "shots", "images",
            "paper", "areas", "portrait", "poster", "banner", "cover", "photograph", "document", "snapshot", "selfie", "headshot", "map",
            "handouts", "slide", "post", "flyer", "heck", "hell", "photographs", "pictures", "paintings", "drawings", "scans",
            "prints", "range", "tonality", "histogram", "curve", "curves", "levels", "balance", "colour", "color");

    /**
     * The words among {@code leftover} that name a part of the picture: a noun after a determiner
     * ("the sky", "her face"), not chat ("knock it down") nor the picture as a whole.
     */
    static List<String> partsNamed(String instruction, List<String> leftover) {
        // "vignette it, pull the eye to center": only the clause that asks names what to change; "eek my hand was
        // shaking, everything's a bit soft, sharpen pls": the one that names the adjustment.
        String[] clauses = Phrasing.core(instruction).split("[,;:]|\\s[-–—]\\s");
        String text = java.util.Arrays.stream(clauses).filter(AdjustmentReader::namesAnEffect).findFirst().orElse(clauses[0]);
        // What a picture shows ("this picture of the garden") and why ("for the flashback page", "from
        // the bulbs", "like lamplight") name no part to change.
        text = PICTURE_OF.matcher(withoutPurposeOrCause(text)).replaceAll(" ");
        List<String> parts = new ArrayList<>();
        for (String word : leftover) {
            // The noun that ends the phrase: "the vintage set" names a set, not a vintage.
            if (NOT_A_PART.contains(word) || word.contains("'")) {
                continue;
            }
            // "this stencil", "that spread": pointing at the picture as a whole, not at a part of it. "the colours
            // strike me": a verb with its object is no part.
            Matcher named = Pattern.compile("\\b(?:the|her|his|their|my|our)(?! whole)"
                    + " (?:[a-z]+ )?" + Pattern.quote(word) + "\\b(?: ([a-z]+))?").matcher(text);
            if (named.find() && (named.group(1) == null || !leftover.contains(named.group(1))
                    && !NOT_A_PART.contains(named.group(1)) && !OBJECT_PRONOUN.contains(named.group(1)))) {
                parts.add(word);
            }
        }
        return parts;
    }

    /**
     * Whether one of {@code parts} is named before the first word of the adjustment: "make the walls dark green",
     * "the sky darker" say what the part should become; "brighten the interior", "add clarity to the fur" say what
     * to do and then where, which on a picture with nothing selected reads as the picture itself.
     */
    static boolean namedBeforeTheEffect(String instruction, List<String> parts) {
        for (Term term : Lexicon.read(rewrite(Phrasing.core(instruction)))) {
            if (term.isEffect()) {
                return false;
            }
            if (parts.contains(term.text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words name an adjustment itself ("brightness", "sepia", "darker"), not only "more" or "less". */
    static boolean namesAnEffect(String instruction) {
        return Lexicon.read(rewrite(asked(instruction))).stream().anyMatch(Term::isEffect);
    }

    /**
     * "The whites look yellow", "the grey wall is blue": what should be neutral is not, which is
     * what white balance fixes, whichever way the cast goes. Read before complaints, which would
     * take "yellow" for "too warm".
     */
    private static final Pattern NEUTRALS_CAST = Pattern.compile("\\b(?:the )?(?:whites?|greys?|grays?|white "
            + "(?:walls?|shirts?|paper|background|snow|clouds?)|grey (?:walls?|card|background)|gray (?:walls?|card|"
            + "background)|snow) (?:look|looks|are|is|seem|seems|appear|appears|have gone|has gone|turned|went|came out)"
            + " (?:a bit |kinda |too |very |so |quite |slightly |a little |really )*(?:yellow|orange|blue|green|magenta|"
            + "pink|purple|warm|cold|cool|red|brown|cyan|teal)(?:ish)?\\b"
            // "the whites arent white theyre yellowish", "white is not white anymore"
            + "|\\b(?:the )?whites? (?:arent|aren't|are not|isn't|isnt|is not|not) (?:really |even )?white\\b"
            // the cast said after it is the same cast: "…, theyre yellowish"
            + "(?:,? (?:they're|theyre|they are|more like|all|a bit|kinda)(?: (?:a bit|kinda|kind of|slightly|all|more|so|really))* "
            + "[a-z]+ish\\b"
            // "the white is not white, is blue" (a learner's "it is")
            + "|,? (?:it'?s |its |is |but |they'?re |are )(?:a bit |kinda |more |too )?(?:yellow|orange|blue|green|magenta|pink|purple|"
            + "red|brown|cyan|teal)(?:ish)?\\b)?");
    /** "Remove the colour cast", "neutralise this cast": a request, not a complaint. */
    private static final Pattern CAST_REMOVAL = Pattern.compile("\\b(?:remove|fix|correct|neutrali[sz]e|kill|"
            + "get rid of|take out|lose) (?:the |this |that |a |an )?(?:colou?r )?cast\\b");

    /**
     * Why it is asked, which says nothing about what to change: "blur this out so nobody can read it",
     * "invert the linework so it's white on black" (up to a next request: "… so it feels cozy and also
     * sharpen it"), "deepen the shadows for more drama", "… for a moodier feel".
     */
    private static final Pattern PURPOSE = Pattern.compile("\\s+so (?:that )?(?:nobody|no one|noone|people|you|they|it|its|"
            + "it's|viewers?|the [a-z]+) .*?(?=,? and (?:also|then)\\b|[,;]|$)|(?<=[a-z])\\s+for (?:a |an |more |extra |some |"
            + "that |the )?(?:[a-z]+ ){0,2}(?:drama|mood|look|feel|vibe|effect|atmosphere|punch)\\b.*$");

    /** Read before the complaints, which would take the red of red eyes and hot highlights for too warm a picture. */
    private static final Pattern RED_EYES = Pattern.compile("\\beyes? (?:are |is |look |looks |came out |went |are coming |coming |"
            + "come out |have gone )?(?:glowing |all |totally |bright |really |so |a bit )?red\\b|\\bred from the flash\\b|"
            + "\\b(?:demon|devil) eyes\\b|\\bflash ?eyes?\\b|\\beye ?shine\\b|\\b(?:has |have |there are |there's |got )(?:a bit of |some )?red (?:in )?(?:(?:his|her|their|my|"
            + "the) [a-z']+ )?eyes?\\b|\\b(?:a bit of |some )?red in (?:his|her|their|my|the)(?: [a-z']+)? eyes\\b"
            // "eyes became red by flash", "I selected eyes of my son, they are red", "reded eye fix"
            + "|\\beyes? (?:became|become|turned|got|get) red\\b|\\bred (?:by|because of) (?:the )?flash\\b"
            + "|\\beyes?(?: of [a-z' ]{1,20})?,? (?:they|which) (?:are|look|went|became) red\\b|\\breded eyes?\\b"
            // "has the eyes red for the flash", "flash gave the cat glowing eyes", "quit the red eyes"
            + "|\\b(?:the |his |her |their )?eyes red (?:for|from|because of|by) (?:the )?flash\\b"
            + "|\\bflash\\b.{0,30}\\b(?:glowing|red|shiny|white|demon|laser) eyes\\b"
            + "|\\b(?:quit|remove|fix|correct|take away|take out|get rid of|lose) (?:the |those |these |that )?red eyes\\b"
            // "on photo is red eyes from flash, remove please"
            + "|\\bred eyes? (?:from|because of|by|caused by|due to) (?:the |my )?(?:camera )?flash\\b"
            // "the vicar has red eyes in this one", "there is red eye on my wife", "horse eye has that glowing flash thing"
            + "|\\b(?:has|have|there is|there's|there are) red[- ]eyes?\\b|\\bred[- ]eye (?:on|in)\\b|\\beyes?\\b[^.,;]{0,30}\\bflash\\b");
    private static final Pattern HOT_HIGHLIGHTS = Pattern.compile("\\b(?:highlights?|whites|hot ?spots?|(?:shiny|glary|bright|brightest) (?:bits|parts|"
            + "areas|spots|places))\\b[^,.;]*?\\b(?:too |way too |"
            + "so |really |very )?(?:hot|blown|bright|glaring|harsh|nuclear|blinding|searing|burning|strong|intense)\\b"
            // "the sky is burned", "her dress is just a white blob", "the windows are all just white", "tone the glare down"
            + "|\\b(?:is|are|got|gets|gone) (?:all |just |completely |totally |a bit |very |so )*(?:burned|burnt|blown(?: out)?|"
            + "burned out|burnt out|(?:(?:a|one) )?(?:(?:big|huge|giant|large) )?white blobs?|"
            + "pure white|just white|white and lost (?:the |all )?detail)\\b"
            + "|\\b(?:(?:tone|bring|take|knock) (?:the |that |this )?glare down|(?:reduce|remove|kill|fix|tame) (?:the |that |this )?glare)\\b"
            // "the white lace on her collar is just a blob", "white plaster got no detail", "the white of the egret has no detail"
            + "|\\bwhite\\b[^.,;]{0,40}?\\b(?:is|are|'s|got|has|have|with) (?:just |only |all |completely |totally )*(?:a (?:white )?"
            + "blob|blobs|no (?:detail|texture)|lost (?:the |all |its )?(?:detail|texture)|zero detail)\\b"
            // "the photo of my canvas has glare in this corner"
            + "|\\b(?:has|have|got|there'?s|there is|with) (?:some |a lot of |bad |a bit of |so much |this )?glare\\b"
            // "the sky is all white, i want to see the clouds": a white sky is a blown one
            + "|\\bsky (?:is|looks|'s|went|came out) (?:all |completely |totally |just |only |pure |too |so |way too |very |a bit )*white\\b"
            + "|\\bsky (?:is|looks|'s) (?:too |so |way too |very |much too )(?:bright|blown)\\b(?=.*\\bclouds?\\b)"
            + "|\\b(?:can'?t|cannot|can not|don'?t|do not|(?:i )?(?:want|need|would like|'d like) to) see (?:the |any |any of the )?clouds?\\b");
    /** "the shadows are too dark, lift them", "its too dark in the shadows": the shadows, not the whole picture. */
    private static final String LIFT_THEM = "[,.]? (?:(?:please|pls|can you|could you) )?(?:(?:lift|open|raise|brighten|lighten|bring) "
            + "(?:them|it|em|'em|those|these)(?: up)?|make (?:(?:them|it) )?(?:more )?(?:visible|lighter|brighter|readable))";
    private static final String AND_LIFT_THEM = "(?:" + LIFT_THEM + ")?";
    /** "the shadow part", "the dark zones", "the darkest passages": the shadows, in other words. */
    private static final String SHADOWS = "(?:shadows?|shadow (?:parts?|areas?|bits?|zones?|regions?|side)|darks|blacks|"
            + "dark(?:er|est)? (?:parts?|areas?|bits?|zones?|regions?|passages|spots|places|portions?|recesses|pockets))";
    private static final String SO = "(?: are| is|'re|'s)? (?:(?:way|far|a bit|kinda|so|much|really|totally|completely|all|just|nearly|"
            + "almost|basically|practically|pretty much) )?";
    private static final Pattern DARK_SHADOWS = Pattern.compile("\\b(?:the )?" + SHADOWS
            + "(?: (?:under|in|of|on|behind|below) (?:the |his |her |its |my |our )?[a-z]+)?" + SO + "too (?:dark|black|deep|heavy|"
            + "crushed|inky)\\b" + AND_LIFT_THEM + "|\\btoo dark in the shadows\\b" + AND_LIFT_THEM
            // "shadows are totally crushed, open them up", "dark part is lost. please make it visible": lost, and asked back
            + "|\\b(?:the )?" + SHADOWS + "(?: of (?:the |his |her |its |my |our )?[a-z]+)?" + SO + "(?:crushed|lost|blocked(?: up)?|clipped|pitch black|black holes?|all black|solid black|"
            + "(?:black )?blobs?|blobs of black|black)"
            + "(?: now)?" + LIFT_THEM
            // "recover detail in the darkest passages", "bring out what's in the dark areas"
            // "the darker areas lack detail. could you open them up"
            + "|\\b(?:the )?" + SHADOWS + " (?:lack|lacks|have no|has no|got no|are missing|is missing) (?:any |the |some )?detail\\b"
            + "|\\b(?:recover|bring (?:out|back)|show|reveal|open up|get back|see) (?:the |some |more )?(?:detail|details|what'?s) in "
            + "the " + SHADOWS + "\\b"
            // "bring up the faint nebulosity in the dark areas", "they're all in shadow", "make the shadows less dark"
            + "|\\b(?:bring up|lift|brighten|pull up|reveal|bring out) (?:the |some )?(?:[a-z]+ ){0,3}in the " + SHADOWS + "\\b"
            + "|\\b(?:they'?re|it'?s|is|are) (?:all |completely |mostly )?in (?:the )?shadows?\\b"
            // "make the shadows more light", "get the dark parts a bit lighter"
            + "|\\b(?:make|get) (?:the |those |these )?" + SHADOWS + " (?:a (?:bit|little|touch) )?(?:more light|lighter|brighter|"
            + "more visible|less dark)\\b"
            + "|\\b(?:the )?" + SHADOWS + " (?:a bit |a little |much )?(?:less|not so|not as|not that) dark\\b"
            // "brighten the darker areas under the trees": the shadows, as what is brightened
            + "|\\b(?:brighten|lighten|lift|open up|open|bring up|raise) (?:the |those |these |all the )?" + SHADOWS + "\\b"
            // "the dark places in the photo i cannot see anything there"
            + "|\\b" + SHADOWS + "\\b[^.;]{0,30}?\\b(?:can'?t|cannot|can not) see (?:anything|nothing|much|a thing|any detail|clearly|well|properly)\\b"
            + AND_LIFT_THEM
            // "the shadows are swallowing the base of the pot. lift them": whatever the shadows do, they are what is lifted
            + "|\\bshadows\\b[^;]{0,60}?[.,;!]? (?:(?:open|bring) (?:them|those) up|(?:lift|brighten|raise) (?:them|those)(?: up)?)\\b");
    /** "scanner grain is way too much, smooth it out": smoothing grain is noise reduction, not a blur. */
    private static final Pattern GRAIN = Pattern.compile("\\b(?:grains?|grainy|noise|noisy|speckles?|speckled|specks?|speckly)\\b");
    /** "theres all these little speckles and coloured dots everywhere": noise, complained about as things in it. */
    private static final Pattern NOISE_THERE = Pattern.compile("\\b(?:there'?s|theres|there are|full of|lots of|so much|so many|"
            // "the picture has little specks all over it", "there is many little color dots on the photo"
            // "there is too many small dots in the picture, like sand"
            + "all these|all this|covered in|covered with|has|have|is many|are many|(?:is |are )?too many)(?: (?:little|tiny|weird|ugly|random|small|"
            + "these|all|the|many|lots of|colou?r|colou?red))* (?:speckles|specks|(?<=(?:little|tiny|small) )dots|"
            + "colou?red dots|colou?r dots|coloured specks|noise|digital noise|grain)\\b(?:(?: and| or|,) (?:(?:little|tiny|weird|colou?red) )*"
            + "(?:speckles|specks|dots|noise|grain))*(?: (?:everywhere|all over(?: it| the (?:place|picture|photo|image))?))?");
    private static final Pattern S_CURVE = Pattern.compile("\\bs[- ]?curve[ds]?\\b|\\bs[- ]shaped (?:tone )?curve\\b");
    private static final Pattern PUNCH = Pattern.compile("\\b(?:needs |give it |add )?(?:(?:more|some|extra) )?punch(?: (?:it|this) up| up)?"
            + "(?: pls| please)?\\b");
    private static final Pattern SMOOTH_IT = Pattern.compile("\\bsmooth (?:it|those|them|that|this)(?: out)?\\b"
            // "smooth out the noise in the dark bits"
            + "|\\bsmooth(?: out| away)? (?:the |that |this |all the )?(?:[a-z]+ )?(?:noise|grain|specks|speckles)\\b"
            + "|\\bmake (?:it|them|this) (?:more )?smooth(?:er)?\\b"
            // "lots of little coloured dots, i think it's called noise? can they be removed"
            + "|\\b(?:can|could) (?:it|they|them|those|these) be (?:removed|cleaned(?: up)?|fixed|taken out)\\b"
            // "its grainy, clean it up", "grain's ugly, clean it", "lots of specks, please clean it": cleaning the grain
            + "|\\b(?:clean|clear|tidy)(?: up)? (?:it|this|that|them|those)(?: up)?\\b|\\bget (?:it|them|that) out\\b"
            + "|\\b(?:clean|clear)(?: up)? (?:the )?"
            + "(?:[a-z]+ )?(?:noise|grain|specks|speckles)\\b|\\b(?:kill|lose|fix|reduce|remove|get rid of) (?:the |that |this |all the )?"
            + "(?:paper |film |scan |scanner |sensor |digital )?(?:grain|specks|speckles|speckling|noise)\\b"
            // "could you take the specks out instead"
            + "|\\b(?:take|get|clean|wipe) (?:the |all the |those |these |that )?(?:[a-z]+ )?(?:specks|speckles|speckling|noise|grain) "
            + "(?:out|off|away)\\b");
    private static final Pattern MORE_SHARPNESS = Pattern.compile("\\b(?:more|increase|boost|raise|higher|greater|add|"
            + "improve|up|bump up|crank up|extra|make|do|give(?: it)?|put|apply) (?:the |some |a bit of |a little |little |a touch of )?"
            + "(?:sharpness|crispness)\\b");
    /** "neutralise it", "neutralize the cast": what white balance does, whichever colour was named. */
    private static final Pattern NEUTRALISE = Pattern.compile("\\bneutrali[sz]e(?: it| this| that| the (?:cast|colou?rs?|tint|"
            + "whites|greys|grays|paper|snow))?\\s*[.!]*$");

    /** An effect said to be too strong or too weak by its name: "the contrast is too strong", "colour is too much strong". */
    private static final String EFFECT_NOUN = "(local contrast|contrast|saturation|colou?rs?|sharpness|clarity|vignette|vignetting|blur|"
            + "warmth|vibrance|brightness|exposure|grain|noise|sepia|tint|curve)";
    private static final String SO_MUCH = "(?: is| are|'s|'re)? (?:(?:way|much|far|a bit|a little|kinda|really|so|just) )?";
    private static final Pattern TOO_STRONG = Pattern.compile("\\b(?:the )?" + EFFECT_NOUN + SO_MUCH
            + "(?:too|over)(?: much)? ?(?:strong|heavy|intense|high|aggressive|extreme|hard|much|powerful|overdone|done|steep)\\b"
            + "(?! (?:[a-z]+ish|yellow|orange|blue|green|red|magenta|purple|pink|cyan|teal|brown|warm|cold|cool|dark|bright|"
            + "light|dull|grey|gray)\\b)");
    private static final Pattern TOO_WEAK = Pattern.compile("\\b(?:the )?" + EFFECT_NOUN + SO_MUCH
            + "(?:seems? |looks? )?too (?:weak|low|little|subtle|faint|soft)\\b(?! (?:and|,))");

    /** "+1/3 stop exposure", "contrast -10": a signed amount says which way. */
    private static final String SIGNED_EFFECTS = "(exposure|contrast|saturation|warmth|vibrance|clarity|brightness)";
    private static final Pattern SIGNED_AMOUNT = Pattern.compile("(?<![\\w])([+\\-−])\\s?\\d[\\d/.,]*\\s*(?:stops? (?:of )?|ev |"
            + "points? (?:of )?)?" + SIGNED_EFFECTS + "\\b|\\b" + SIGNED_EFFECTS
            + "\\s*(?:by |of )?([+\\-−])\\s?\\d[\\d/.,]*(?:\\s*(?:stops?|ev))?(?![\\w])");
    /**
     * Flaws said in words that read as another flaw: faded or washed-out colours are dull ones (more saturation, where a
     * washed-out picture wants contrast), and white gone grey is too dark ("the snow looks grey, it should be white"),
     * not short of colour.
     */
    private static final Map<Pattern, String> SAID_AS_ANOTHER_FLAW = ordered(
            Map.entry(Pattern.compile("\\b(colou?rs?|hues)((?: (?:on|in|of) [a-z0-9' ]{1,30}?)?) (?:have|has|are|is|look|looks|seem|seems|got|get|"
                    + "went|gone|have gone|became|become)(?: (?:all|so|very|really|a bit|a little|kinda|kind of|sort of|super|badly|totally|completely|quite|way|pretty|rather|somewhat))* "
                    + "(?:faded|washed out|washed-out|bleached)\\b"), "$1$2 look dull"),
            // "the jerseys look kinda washed out", "my roses look washed out": a thing's colour, where the picture's is its contrast
            // (not "make the coral look bleached": a look wished for, which is the model's edit)
            Map.entry(Pattern.compile("(?<!\\b(?:photo|picture|print|scan|image|shot|portrait)s? of (?:my |the |a |our |his |her )?)"
                    + "(?<!\\b(?:make|making|let) (?:the |his |her |their |my |our |its )?)"
                    + "\\b(?!(?:it|this|that|everything|photos?|photographs?|pictures?|images?|pics?|prints?|scans?|shots?|"
                    + "renders?|session|mock-?up|page|whole|one|snapshot|polaroid|blacks|whites|shadows|highlights|interior|porch|room|"
                    + "bedroom|area|part|all|stuff|thing|look|result|version|file|export|copy|background)\\b)([a-z]+) (?:look|looks|is|are|seem|seems|"
                    + "went|gone|got|came out)(?: (?:all|so|very|really|a bit|a little|kinda|kind of|sort of|super|badly|totally|completely|quite|way|pretty|rather|somewhat))* (?:faded|washed out|washed-out|bleached)\\b"), "$1 look dull"),
            Map.entry(Pattern.compile("\\b(?:faded|washed out|washed-out|bleached) colou?rs\\b"), "dull colours"),
            Map.entry(Pattern.compile("\\b(?:looks?|is|are|came out|comes out|seems?) (?:kinda |a bit |all |so )?(?:grey|gray|greyish|grayish)"
                    + ",? (?:and )?(?:not|instead of|rather than)(?: (?:pure|bright|clean|proper))? white\\b"
                    + "|\\bgr[ae]y\\b[^.;!]{0,30}[,.;!] (?:(?:it|they|that|the [a-z]+) )?(?:should|must|has to|needs to) be "
                    + "(?:pure |bright |clean |proper )?white\\b"), "too dark"));
    /** What something is compared with when it is off: "than the rest of the sequence", "than it is in real life". */
    private static final String A_REFERENCE = "(?:(?:here|there|now|on screen) )?than (?:the (?:rest|others?|other (?:ones?|frames?|photos?|pictures?|shots?|pages?))|"
            + "(?:it|they) (?:is|are|was|were|looks?|really (?:is|are|was|were))(?: in real life)?|in real life|irl|(?:it|they) "
            + "should be|the original)\\b";
    /**
     * "frame 212 came out brighter than the rest", "looks way more orange than it is in real life", "the face of my brother
     * is in dark": a complaint said without "too", and the same complaint with it.
     */
    private static final Map<Pattern, String> COMPLAINED_WITHOUT_TOO = ordered(
            Map.entry(Pattern.compile("\\b(bright|dark|warm|cool|yellow|green|pink|light)er " + A_REFERENCE), "too $1"),
            Map.entry(Pattern.compile("\\bbluer " + A_REFERENCE), "too blue"),
            Map.entry(Pattern.compile("\\bredder " + A_REFERENCE), "too red"),
            Map.entry(Pattern.compile("\\b(?:way |much |a lot |a bit |a little )?more (orange|yellow|blue|green|red|pink|purple|saturated|"
                    + "contrasty) " + A_REFERENCE), "too $1"),
            // "the folks under the oak tree are all in the dark": too dark there, no darker wanted
            Map.entry(Pattern.compile("\\b(is|are) (?:all |completely |totally |kind of |a bit |still )?in (?:the )?dark\\b"),
                    "$1 too dark"),
            // "the colors are a bit much for a memorial notice. could they be gentler?"
            Map.entry(Pattern.compile("\\bcolou?rs? (?:are|is|look|feel|seem)(?: a bit| a little| way| just| far)? (?:too )?much\\b"
                    + "(?! (?:[a-z]+ish|yellow|orange|blue|green|red|pink|purple|magenta|warm|cold|cool|dark|bright|saturated)\\b)"),
                    "too saturated"),
            // "everyone looks orange", "the skin looks a bit green": people, or all of it, a colour they are not
            Map.entry(Pattern.compile("(" + LOOKING_A_COLOUR + ")" + A_CAST_COLOUR), "$1too $2"),
            // "very dark also", "photo from my phone very dark", "e dark well well" ("dark af": Phrasing): a flaw said how strongly, not
            // asked for (unless a verb asks for it, "make it very dark and moody", or it tells how it was: "it was really dark in the venue")
            Map.entry(Pattern.compile("(?<!\\b(?:make|makes|making|turn|turning|get|go|keep|want|wanted|need|like|love|be|was|were)\\b[^,;.]{0,20})"
                    + "\\b(?:very|so|super|really|real|extremely|awfully|awfy|terribly|sooo*) (" + Phrasing.FLAW_SAID_STRONGLY + ")\\b"
                    + "|\\b(" + Phrasing.FLAW_SAID_STRONGLY + ") well well\\b"), "too $1$2"),
            // "low contrast mush, fix pls", "hazy low-contrast scan": the picture as it is, not a look asked for
            Map.entry(Pattern.compile("\\blow[- ]contrast (?=(?:mush|mess|scan|photo|image|picture|shot|pic|print|copy)\\b)"
                    + "|\\blow[- ]contrast\\b(?=.*\\bfix\\b)"), "too flat "));
    /** Flaws said in other words, read before the complaints are: each of the above, and then these. */
    private static final Map<Pattern, String> FLAWS_IN_OTHER_WORDS = inTurn(SAID_AS_ANOTHER_FLAW, COMPLAINED_WITHOUT_TOO, ordered(
            // "the dark and light is too much different", "too big a difference between the darks and the lights": contrast
            Map.entry(Pattern.compile("\\b(?:the )?" + DARK_RANGE + " and (?:the )?" + LIGHT_RANGE + " (?:is|are) "
                    + "(?:(?:too|so|very|way too) (?:much )?)?different\\b|\\b(?:too (?:much|big|great)(?: of)?(?: a)?|(?:very |so |way too )?"
                    + "(?:big|huge|harsh|strong)) difference between (?:the )?(?:" + DARK_RANGE + "|" + LIGHT_RANGE + ") and (?:the )?(?:"
                    + DARK_RANGE + "|" + LIGHT_RANGE + ")\\b"), " too contrasty "),
            // "please more soft color", "softer colours": the colour toned down, not the picture blurred
            Map.entry(Pattern.compile("\\b(?:softer|gentler|more muted|more soft) colou?rs?\\b|\\bsoften (?:the |all the |those )?colou?rs?\\b"),
                    " less saturation "),
            // "too much detail, please make it soft": the local contrast complained of (unless a blur is asked for after it)
            Map.entry(Pattern.compile("(?<!\\b(?:nothing|not|no|never) )\\btoo (?:much|many) (?:fine )?details?\\b"
                    + "(?!.*\\b(?:" + BLUR_NAMED + "))"
                    + "|(?<!\\b(?:nothing|not|no|never) )\\b(?:too|over|overly)[ -]?detailed\\b"), " less clarity "),
            // "overall exposure is about half a stop too hot": overexposed, not too warm
            Map.entry(Pattern.compile("(?<=\\b(?:exposure|stops?)\\b.{0,40})\\btoo hot\\b"), "overexposed"),
            // "make my dress whiter" (which spelling reads as "whiten"): brighter
            Map.entry(Pattern.compile("\\b(?:whiter|whiten)\\b"), "brighter")));

    /** "…, shot at iso 6400 in a dim living room": how the picture was taken, whose words ask for nothing. */
    private static final Pattern HOW_IT_WAS_SHOT = Pattern.compile("(?:^\\s*|[,;.]\\s*)(?:(?:it was|this was|i|we) )?(?:shot|taken|photographed|"
            + "captured|scanned) (?:at|on|with|in|under|through|during|from) [^,;.]*");

    private static final Pattern MAGENTA_ADDED = Pattern.compile("\\b(?:add|(?:make|tint) (?:it|this|them)) (?:a )?(?:little |tiny |wee )?"
            + "(?:bit |touch |hint )?(?:of |more )?magenta\\b");

    private static final Pattern INVERSE_S_CURVE = Pattern.compile("\\b(?:an? )?(?:inverse|inverted|reverse|reversed|negative) "
            + "s[- ]?curve\\b");

    private static final Pattern TOO_MUCH_A_FLAW = Pattern.compile("\\btoo much (?=(?:dark|bright|light|blue|yellow|green|red|"
            + "warm|cold|cool|saturated|grey|gray|pale|soft|blurry|noisy|grainy|contrasty|flat|orange|pink|purple|magenta)\\b)");

    /** The name the lexicon reads for an effect said by its noun: colours are their saturation. */
    private static String effectNoun(String noun) {
        return noun.startsWith("colo") ? "saturation" : noun.equals("vignetting") ? "vignette" : noun;
    }

    private static final String HUE_COLOUR = "(red|orange|yellow|green|blue|purple|pink|magenta|teal|cyan|violet)";
    /**
     * "make the purple more blue-ish", "my tulips came out orange but they're red irl", "the cardigan came out too purple,
     * could it be a bit more blue": one colour turned into its neighbour, which the hue does.
     */
    private static final Pattern HUE_SHIFT_SAID = Pattern.compile("\\b(?:make|turn|shift) (?:the |those |these |her |his |its )?"
            + HUE_COLOUR + "s? (?:colou?r )?(?:a bit |a little |slightly )?(?:(?:a)?round |over )?(?:more |into |to |towards? )" + HUE_COLOUR + "(?:-?ish)?\\b"
            + "|\\b(?:came out|comes out|looks?|is|are) (?:too |a bit |kind of |all )?" + HUE_COLOUR + "(?:-?ish)?\\b[^.;]{0,40}?\\b"
            + "(?:more|should be|they'?re|it'?s|really|actually) (?:a bit |really |actually |more )?" + HUE_COLOUR + "\\b");
    /** Pairs a hue shift does not make: the temperature's (orange to blue) and the tint's (green to magenta). */
    private static final Set<Set<String>> OTHER_AXES = Set.of(Set.of("orange", "blue"), Set.of("yellow", "blue"),
            Set.of("orange", "teal"), Set.of("orange", "cyan"), Set.of("yellow", "teal"), Set.of("yellow", "cyan"),
            Set.of("green", "magenta"), Set.of("green", "pink"), Set.of("green", "purple"));

    private static boolean shiftsTheHue(String said) {
        Matcher m = HUE_SHIFT_SAID.matcher(said.replaceAll("\\b(blu|purpl|pink|green|yellow)(?:e)?-?ish\\b", "$1e")
                .replace("reddish", "red").replace("bluee", "blue").replace("purplee", "purple"));
        if (!m.find()) {
            return false;
        }
        String from = m.group(1) != null ? m.group(1) : m.group(3);
        String to = m.group(1) != null ? m.group(2) : m.group(4);
        return !from.equals(to) && !OTHER_AXES.contains(Set.of(from, to));
    }

    /** Complaints and trade words become the lexicon's words. */
    static String rewrite(String text) {
        if (S_CURVE.matcher(text).find()) {
            text = PUNCH.matcher(text).replaceAll(" ");   // "more punch pls, throw an S curve on it": the curve is the punch
        }
        if (NEUTRALISE.matcher(text).find()) {
            return "white balance";   // "the snow has picked up a blue cast, neutralise it": whatever the cast's colour
        }
        // "knock the chroma back" is said of the saturation, and read as "knock the saturation back" is; "chroma noise",
        // "colour noise" and "luminance noise" are kinds of noise, which one denoise takes out
        String rewritten = PURPOSE.matcher(text).replaceAll("")
                .replaceAll("\\b(?:chroma|chrominance|colou?r|luma|luminance)(?: (?:and|&) (?:chroma|chrominance|colou?r|luma|luminance))? noise\\b", "noise")
                .replaceAll("\\bsuppress(?=(?: the| all| any)? (?:noise|grain)\\b)", "reduce").replaceAll("\\bchroma\\b", "saturation");
        for (Map.Entry<Pattern, String> asked : ASKED_IN_OTHER_WORDS.entrySet()) {
            Matcher said = asked.getKey().matcher(rewritten);
            if (said.find()) {   // (most sentences say none of these: no copy of the text for them)
                rewritten = SPACES.matcher(said.replaceAll(" " + asked.getValue() + " ")).replaceAll(" ");
            }
        }
        if (rewritten.contains("flatter curve") || rewritten.contains("S-curve")) {
            rewritten = PUNCH_SAID_AGAIN.matcher(rewritten).replaceAll(" ");   // "gentler tone curve, less punchy please"
        }
        if (!A_CAST_COLOUR_NAMED.matcher(rewritten).find()) {
            rewritten = NOT_WHITE.matcher(rewritten).replaceAll(" auto white balance ");   // "the egret is not looking white"
        }
        rewritten = SIGNED_AMOUNT.matcher(rewritten).replaceAll(found -> {
            // groups: sign and effect said in that order (1, 2), or the effect first (3, 4)
            String sign = found.group(1) != null ? found.group(1) : found.group(4);
            String effect = found.group(2) != null ? found.group(2) : found.group(3);
            return (sign.equals("+") ? "more " : "less ") + effect;
        });
        // "too much dark", "the picture become black white": how other languages say "too dark", "black and white"
        rewritten = HOW_IT_WAS_SHOT.matcher(rewritten).replaceAll("");
        // "add little bit magenta to it", "tint it a bit magenta": magenta added, before "a bit magenta" is read as a cast complained of
        rewritten = MAGENTA_ADDED.matcher(rewritten).replaceAll("add a touch of magenta");
        // "inverse s curve pls, faded film look": the S curve turned over flattens, it inverts nothing
        rewritten = INVERSE_S_CURVE.matcher(rewritten).replaceAll("flatter curve");

        for (Map.Entry<Pattern, String> flaw : FLAWS_IN_OTHER_WORDS.entrySet()) {
            rewritten = flaw.getKey().matcher(rewritten).replaceAll(flaw.getValue());
        }
        rewritten = TOO_MUCH_A_FLAW.matcher(rewritten).replaceAll("too ").replaceAll("\\bblack[ -]white\\b", "grayscale");
        rewritten = TOO_STRONG.matcher(rewritten).replaceAll(found -> found.group(1).equals("curve") ? " flatten the curve "
                : " less " + effectNoun(found.group(1)) + " ");
        rewritten = TOO_WEAK.matcher(rewritten).replaceAll(found -> " more " + effectNoun(found.group(1)) + " ");
        rewritten = RED_EYES.matcher(rewritten).replaceAll(" red eye ");
        rewritten = HOT_HIGHLIGHTS.matcher(rewritten).replaceAll(" recover the highlights ");
        rewritten = DARK_SHADOWS.matcher(rewritten).replaceAll(" open up the shadows ");
        if (GRAIN.matcher(rewritten).find()) {
            rewritten = SMOOTH_IT.matcher(rewritten).replaceAll(" denoise ");
        }
        rewritten = NOISE_THERE.matcher(rewritten).replaceAll(" too noisy ");
        rewritten = NEUTRALS_CAST.matcher(rewritten).replaceAll(" white balance ");
        rewritten = CAST_REMOVAL.matcher(rewritten).replaceAll(" white balance ");
        rewritten = NOT_AN_ADJUSTMENT.matcher(rewritten).replaceAll(" ");
        rewritten = WITHOUT_A_FLAW.matcher(rewritten).replaceAll(" ");
        rewritten = KEPT_AS_IT_IS.matcher(rewritten).replaceAll(" ");
        rewritten = MADE_A_CAST.matcher(rewritten).replaceAll(" too $1 ");
        rewritten = withFixes(LESS_OF_A_FLAW, AND_A_FLAW, rewritten);   // "make it look less gray and dull"
        // "cool down the tungsten cast": the colour a light's cast is
        rewritten = rewritten.replaceAll("\\b(?:tungsten|incandescent|sodium(?: vapou?r)?) (cast|tint|tinge)\\b", "orange $1");
        Matcher cast = CAST_COMPLAINT.matcher(rewritten);
        StringBuilder casts = new StringBuilder();
        while (cast.find()) {
            // "add a little sickly green tint like old crime scene photos": a tint asked for, no cast complained of
            boolean askedFor = CAST_ASKED_FOR.matcher(rewritten.substring(Math.max(0, cast.start() - 30), cast.start())).find();
            cast.appendReplacement(casts, askedFor ? Matcher.quoteReplacement(cast.group())
                    : " " + Matcher.quoteReplacement(FIX_BY_WORD.get(firstGroup(cast))) + " ");
        }
        cast.appendTail(casts);
        rewritten = casts.toString();
        // Complaints before the trade words: "too punchy" complains about punch, it does not ask for it.
        if (BARE_COMPLAINT.matcher(rewritten).matches()) {
            rewritten = "it's " + rewritten;   // "washed out" complains as "it's washed out" does
        }
        rewritten = withFixes(COMPLAINT, AND_ANOTHER, rewritten);   // "kinda blue and cold", "murky and dim"
        rewritten = INHERENT_COMPLAINT.matcher(rewritten)
                .replaceAll(found -> " " + Matcher.quoteReplacement(FIX_BY_WORD.get(found.group())) + " ");
        if (A_CAST_NAMED.matcher(rewritten).find()) {
            // "white balance is strange, auto fix please", "the white balance appears incorrect. correct it automatically"
            rewritten = AUTO_FIX.matcher(rewritten).replaceAll(" auto white balance ");
        }
        for (Map.Entry<Pattern, String> rewrite : REWRITES.entrySet()) {
            rewritten = rewrite.getKey().matcher(rewritten).replaceAll(" " + rewrite.getValue() + " ");
        }
        // "increase the sharpness little bit": more sharpness is sharpening (the lexicon's sharpen has no direction)
        rewritten = MORE_SHARPNESS.matcher(rewritten).replaceAll(" sharpen ");
        return rewritten.replaceAll("\\s+", " ").strip();
    }

    /**
     * Every flaw {@code flaw} finds (group 1, more of them joined by "and" in group 2, each found by {@code another})
     * replaced by the fixes it asks for: every adjective of a complaint asks for its own.
     */
    private static String withFixes(Pattern flaw, Pattern another, String text) {
        Matcher m = flaw.matcher(text);
        StringBuilder fixed = new StringBuilder();
        while (m.find()) {
            StringBuilder fixes = new StringBuilder(FIX_BY_WORD.get(m.group(1)));
            Matcher more = another.matcher(m.group(2) == null ? "" : m.group(2));
            while (more.find()) {
                fixes.append(" and ").append(FIX_BY_WORD.get(more.group(1)));
            }
            m.appendReplacement(fixed, " " + Matcher.quoteReplacement(fixes.toString()) + " ");
        }
        m.appendTail(fixed);
        return fixed.toString();
    }
}
