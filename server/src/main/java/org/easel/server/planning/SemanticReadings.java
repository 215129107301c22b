package org.easel.server.planning;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.server.engines.classical.AdjustmentKind;
import org.easel.server.planning.semantic.Intent;

/**
 * Layers 2 and 3 of the interpreter: given the coarse intent the embedding chose, the slot
 * readers take the arguments from the sentence's structure, and the context decides between
 * readings the words leave open (content with a selection is painted into it; on an empty layer
 * it is a new picture; "again" right after a removal removes what is selected now).
 */
final class SemanticReadings {
    /** "another take, this time in crayon", "one more but pop art": the look asked for this one variation (the last way of saying it wins). */
    private static final Pattern VARIATION_STYLE = Pattern.compile("^.*(?:\\b(?:this time |but |now |only |maybe )?(?:in|as|"
            + "look like|looking like|like|maybe|as though it were|as if it were|in the style of)|\\bbut(?: make it)?|\\bsay"
            // "try another one, pencil sketch style this time"
            + "|\\b(?:another|one more|a new|a different)(?: one| take| version| variation| go| try)?,)"
            + " (?:a |an |the )?([a-z][a-z0-9' &-]{1,40}?)(?:[- ]style| look| vibe| version| feel|-y)?"
            + "(?:,? (?:just )?(?:for )?(?:this|that) one| just this once| this time| instead)*[.!]*$");

    /** A place in the picture that is there ("in the sky", "over the whole scene", "on everything"). */
    private static final Pattern IN_THIS_PICTURE = Pattern.compile("\\b(?:in|on|into|onto|over|across|above|behind|"
            + "covering|along|through) (?:the whole (?:scene|picture|image|thing|photo|shot)|everything|everyone|the (?:sky|"
            + "ground|background|foreground|horizon|scene|picture|image|photo|shot)|"
            + "(?:this|the) (?:picture|image|photo|shot|scene))\\b|\\beverywhere\\b|\\ball over (?:it|the)\\b");
    /** "more smoke on stage", "extra clouds": more of something the picture has, not more of the last change. */
    private static final Pattern MORE_OF_A_THING = Pattern.compile("^(?:(?:a (?:bit|lot|little) |a few |way |much |some )?more|"
            + "extra|additional|fewer) (?!(?:of (?:it|that|this)|please|pls)\\b)[a-z]+(?:s\\b| (?:on|in|at|around|behind|over|"
            + "under|across|along|near)\\b)");
    /** "now please also some fog", "some birds too": more in the picture there is, not a new one. */
    private static final Pattern ADDED_TO_IT = Pattern.compile("^(?:(?:now|ok|okay|and|please|pls) )*also\\b|\\b(?:too|as well)[.!]*$"
            + "|" + MORE_OF_A_THING.pattern()
            // "tavern keeper should be an orc instead of a human": someone in it, changed
            + "|\\bshould (?:be|look like|have) .+\\binstead of\\b");
    /**
     * "rainbow behind the castle", "ufo abducting the cow", "sky to dusk": a description that points at
     * something already in the picture (a definite thing that is not a whole setting such as "the jungle"),
     * or a change of time or season.
     */
    private static final Pattern ABOUT_THIS_PICTURE = Pattern.compile("\\b(?:the|his|her|their|its|my|our|this|that) "
            + "(?:[a-z]+ )?(?!(?:jungle|ocean|sea|beach|forest|woods|snow|rain|mountains?|desert|city|moon|stars|night|dark|"
            + "darkness|fog|mist|wind|sun|sunset|sunrise|clouds|water|river|lake|park|street|space|wild|countryside|"
            + "distance|style|air|world|morning|evening|afternoon|dusk|dawn|light|shade|shadows|waves|horizon|"
            + "meadow|field|fields|valley|hills|garden|sunlight|moonlight|storm|universe|sky|windows?|photo|picture|"
            + "image|pic|one|same|other|side)\\b)[a-z]+\\b"
            + "|\\bto (?:dusk|dawn|night|night ?time|sunset|twilight|winter|summer|autumn|fall|spring|day ?time|golden hour)\\b"
            + "|\\b(?:twilight|dusk|night|day|winter|summer|autumn|seasonal) conversion\\b"
            // "show him wearing a leather jacket", "make me look more surprised": someone who is in the picture.
            + "|^(?:show|make|have|let|get) (?:him|her|them|everyone|everybody)\\b|^(?:make|have|let|get) (?:me|us) "
            + "(?!(?:a|an|some|one|two|three)\\b)");
    /** A new rendering of the picture that is there: "render the scene as …", "paint this as if …". */
    private static final Pattern THIS_PICTURE_AGAIN = Pattern.compile("(?:it|this|the (?:whole |entire )?(?:scene|picture|"
            + "image|photo|shot|view|painting|drawing|landscape|thing))\\b(?! of\\b)"
            // "render the plate as though it were an engraving": a thing already there, shown another way
            + "|(?:the|this|that|my|our|his|her) (?:[a-z]+ ){1,2}as (?:though|if)\\b");
    /** A season, a time of day or weather the picture should show: a scene changed, whatever colours come with it. */
    private static final Pattern SCENE_CHANGE = Pattern.compile("\\b(?:autumn|autumnal|winter|wintry|summer|springtime|"
            + "night-?time|midnight|dusk|nightfall|sundown|harvest(?: time)?|twilight|sunrise|snowy|snowing|snowfall|rainy|raining|foggy|stormy|christmas|"
            + "halloween|(?:orange|golden|red|fallen|falling) leaves)\\b");
    /** "rain", "sunset lighting", "golden hour": weather or light said alone, to a picture that is there. */
    private static final Pattern WEATHER_OR_LIGHT_ALONE = Pattern.compile("(?:rain|snow|fog|mist|overcast|night|moonlight|"
            + "golden hour|blue hour|(?:sunset|sunrise|dawn|evening|morning|golden|candle) ?(?:light|lighting|glow))[.!]*");
    /** "change the season to autumn", "make it winter": the scene's time changed, which no adjustment does. */
    private static final Pattern SEASON_CHANGED = Pattern.compile("^(?:change|turn|switch|make|convert) (?:the season|the time of day|it|"
            // "turn the daytime into golden hour", "turn this exterior into a twilight shot"
            + "this(?= into)|this (?:[a-z]+ )?(?:shot|photo|picture|image|scene|exterior|street|view)(?= (?:to|into) )|the (?:[a-z]+ )?"
            + "(?:scene|picture|photo|image|daytime|day|midday|afternoon|street|exterior|view|shot)) (?:to |into )?(?:an? )?(?:autumn|winter|summer|spring|fall|night|christmas|halloween|golden hour|blue hour|"
            + "sunset|sunrise|dusk|dawn|twilight|midnight|night-?time|evening)\\b");
    /**
     * Someone or something already in the picture, pointed at: "a hat on him", "explosions behind her", "sunglasses on
     * everybody".
     */
    private static final Pattern SOMEONE_IN_THE_PICTURE = Pattern.compile("\\b(?:on|behind|beside|next to|around|over|"
            + "under|in front of|above|near|onto|at) (?:him|her|them|it|everybody|everyone|all of them|each of them)\\b"
            // "I'd be curious to see him with a beard": the one already there, seen otherwise
            + "|\\b(?:see|show|picture|imagine|envision) (?:him|her|them) (?:with|without|in|as|wearing|holding)\\b"
            // "she should be in warrior two, not tree pose": the one in the picture, said as what she should be
            + "|^(?:he|she|they)(?:'s|'re| is| are| should| needs?| must| has to| have to| ought to)\\b");
    /** Words that start a command, not a description of content. */
    private static final Pattern COMMAND = Pattern.compile("(?:make|turn|change|let|fix|adjust|modify|edit|alter|tweak|give|set|keep|use|do|"
            + "try|go|remove|undo|get|can|could|would|is|are|it|it's|this|that|why|how|what)\\b");

    /** "can she have her eyes closed": a change asked as a question about someone in the picture. */
    static final Pattern ASKING_FOR_A_CHANGE = Pattern.compile("(?:can|could|should|may) (?:she|he|they|it|"
            + "this|the \\w+) (?:have|be|get|look|wear|hold|wear|seem)\\b");
    /** A sentence that asks for a change without a verb in front: "the kids should all look like they're laughing". */
    private static final Pattern CHANGE_WORDS = Pattern.compile("\\b(?:should (?:be|look|have|seem|wear)|looks? like|"
            + "make (?:it|them|him|her|everyone)|turn (?:it|them|him|her) into)\\b");
    /** Words that take something away; without one, "fix it" or "improve this" is no removal. */
    /** "the water bottle shouldnt be there", "that chair doesn't belong in the shot": what is there, said to be out of place. */
    static final String NOT_MEANT_TO_BE_THERE = "(?:shouldn'?t|should not|mustn'?t|isn'?t supposed to|is not supposed to|"
            + "doesn'?t belong|does not belong|don'?t belong|do not belong)(?: be)?(?: (?:there|here|in (?:the|this) "
            + "(?:picture|photo|shot|pic|image|frame)|in it))?(?=$|[,.!?;])";
    /** "no straw here", "no people in the selected area pls, just empty beach": a thing not to be there, which goes. */
    static final String NO_THING_THERE = "^no (?:more )?(?!(?:filters?|effects?|style|changes?|blur|colou?rs?|edits?|adjustments?)\\b)"
            + "(?:[a-z'-]+ ){0,3}[a-z'-]+ (?:here|there|in (?:this|the|the selected) (?:spot|area|selection|bit|corner|part))\\b";
    private static final Pattern REMOVAL = Pattern.compile("\\b(?:remove|removing|erase|delete|be (?:removed|erased|deleted)|get rid|rid of|shot of|gone|"
            // "the price tag removed from the object"
            + "(?:removed|erased|deleted)(?=$|[,.!?]| (?:from|out of|off|please|pls)\\b)|"
            + "go away|away|vanish|disappear|removal|clean[- ]plate|lose|ditch|kill|zap|nuke|scrub|wipe|clean|cleanup|heal|(?<!\\bbring )(?<!\\bbrings )(?<!\\bbringing )(?<!\\bstand )(?<!\\bstands )out|hide|"
            + "eliminate|take (?:out|away|off)|cut|clear|without|no more|fill|patch(?:ed)?|retouch|banish|edit out|quit (?:it|this|that|them)$|(?:quit|quita|tira) (?:this|that|the|these|those) [a-z' -]+ (?:of|from)|"
            + "paint out|inpaint|lose|drop|strip|excise|extract|obliterate|efface|expunge|axe|bin|strike|never there|wasn't there|cancel|"
            + NO_THING_THERE + "|"
            + "get (?:the|that|this|those|these|it|them)(?: [a-z'-]+){0,3} off|nix|"
            // "perhaps this bird could go" (not "the sky could go darker")
            + "(?:could|can|should|may|might) go(?=$|[,.!?;]| (?:please|pls|now|too|as well|i think)\\b)|"
            + NOT_MEANT_TO_BE_THERE + "|"
            + "don't want|do not want|dont want|yeet|(?:has|have|needs?) to go(?! (?:further|farther|up|down|left|right|higher|lower|wider|taller|more|on|out)\\b)|bye|whatever'?s? (?:is )?around it|"
            + "(?:can|could|may|should) (?:it|this|that|they|these|those) (?:go|be gone)(?! (?:further|farther|up|down|left|right|higher|"
            + "lower|wider|taller|more|on|out|back)\\b))\\b");
    /** Words that only ever take away: "make the man with the dog disappear", "fill it with whatever's around it". */
    private static final Pattern GONE = Pattern.compile("\\b(?:disappear|vanish|go away|(?:has|have|needs?) to go(?! (?:further|farther|up|down|left|right|higher|lower|wider|taller|more|on|out)\\b)|"
            + "whatever'?s? (?:is )?around it|what'?s around it|(?:grows?|is|are|lies) (?:all )?(?:a)?round it|bye|"
            + "(?:can|could|may|should) (?:it|this|that|they|these|those) (?:go|be gone)(?:\\?|$))\\b");
    /** Words that name no content: "the thing", "another version", "the previous result", "result 2". */
    private static final Pattern NOT_CONTENT = Pattern.compile("(?:(?:a|an|the|some|this|that|another|other|"
            + "different|new|fresh|next|previous|last|first|second|third|1st|2nd|3rd|latest|earlier|same|one|more|"
            + "again|thing|things|stuff|something|anything|it|version|versions|variation|variant|take|result|results|"
            + "option|image|picture|one|ones|try|go|seed|#?\\d+)\\b[\\s,.!?]*)+");
    /** Adjustments that work on the whole picture's tones or cast, never meant for one part of it. */
    private static final Set<AdjustmentKind> WHOLE_PICTURE_FIXES = EnumSet.of(AdjustmentKind.VIGNETTE, AdjustmentKind.INVERT,
            AdjustmentKind.AUTO_LEVELS, AdjustmentKind.AUTO_CONTRAST, AdjustmentKind.AUTO_WHITE_BALANCE, AdjustmentKind.TINT,
            AdjustmentKind.DENOISE, AdjustmentKind.EXPOSURE, AdjustmentKind.HIGHLIGHTS, AdjustmentKind.SHADOWS,
            // "my friend has the eyes red for the flash": the eyes are where red eye is, never a part to ask about
            AdjustmentKind.RED_EYE);
    /** Adjective-like words ("dreamy", "dramatic", "cinematic"): a quality, not a place. */
    private static final Pattern UNKNOWN_QUALITY = Pattern.compile("[a-z]+(?:y|ic|ish|ful|ous|al|ive)");
    /** Adjective-like words that only say which kind of adjustment: "classic s curve", "a standard boost". */
    private static final Pattern NO_QUALITY = Pattern.compile("classic|basic|standard|typical|usual|general|overall|final|"
            + "normal|regular|actual|digital|global|manual|automatic|slightly|gently|subtly|quickly|aesthetic|"
            // the qualities colour itself gives: "more bright and happy", "warmer and more creamy", "less vivid and more natural"
            + "happy|cheerful|creamy|natural|colou?rful|lively|vivid|punchy|healthy|(?:yellow|orang|redd|blu|green|pink|purpl|"
            + "brown|gr[ae]y|gold|peach)(?:y|ish)");
    /**
     * Moods tone itself gives, with no part of the picture named: "darker and more oppressive", "softer and more dreamy,
     * less clarity" ("make the background blurry and dreamy" names a part to be made so: the model's edit, even selected).
     */
    private static final Pattern A_MOOD_OF_TONE = Pattern.compile("dreamy|dreamier|moody|moodier|oppressive|ominous|dramatic|"
            + "atmospheric|alive|brooding|somber|sombre");
    /** A question ("what's the weather like", "how do I save"): nothing to paint or change. */
    static final Pattern QUESTION = Pattern.compile("(?:what|what's|whats|who|who's|why|when|where|how|"
            + "which)\\b|(?:is|are|am|does|did|was|were|will|shall|should|can|may) (?:i|you|u|we|they|it|this|"
            + "that|there|he|she)\\b"
            // "do you …?" asks; "do it once more", "do this bit too" tell
            + "|do (?:i|you|u|we|they|there|he|she)\\b");
    /** The verbs instructions start with; a sentence that starts otherwise describes rather than asks. */
    private static final Pattern VERB_START = Pattern.compile("(?:make|turn|change|add|put|give|let|set|remove|convert|"
            + "transform|render|paint|draw|apply|use|do|bring|keep|fix|swap|replace|show|take|get|go|try|zoom|extend|"
            + "crop|flip|rotate|age|colou?ri[sz]e|brighten|darken|lighten|warm|cool|blur|sharpen|boost|reduce|"
            + "increase|decrease|lower|raise|lift|drop|push|pull|tone|dial|crank|bump|knock|soften|enhance|"
            + "improve|clean|erase|delete|undo|redo|revert|restore|reset|clear|stop|start|switch|lose|kill|"
            + "place|insert|stick|pop|throw|fill|cover|create|generate|imagine|design|mute|saturate|"
            + "desaturate|invert|posteri[sz]e|shift|move|shrink|enlarge|expand|widen|stretch|squash|"
            + "can|could|would|will|please|i|we|you|it|it's|its|this|that|these|those|there|they|he|she|"
            + "too|way|so|very|not|no|more|less|bit|little|again|also|and|but|then|now|just)\\b");
    /** "heavier snow", "bigger waves": more or less of something already there, not a new picture. */
    private static final Pattern COMPARATIVE_START = Pattern.compile("(?:(?:a |just a )?(?:tiny |little |wee )?(?:bit|touch|"
            + "tad|smidge|hint|little|lot)(?: of)? )?(?:more|less|fewer|bigger|smaller|larger|heavier|"
            + "lighter|darker|brighter|stronger|weaker|thicker|thinner|longer|shorter|taller|wider|higher|lower|deeper|"
            + "softer|harder|warmer|cooler|colder|louder|quieter|busier|calmer|rougher|smoother|sharper|older|younger|"
            + "happier|sadder|angrier|scarier|creepier|cuter|prettier|uglier|sunnier|cloudier|stormier|snowier|"
            + "rainier|foggier|bolder|richer|denser|thicker|fuller|emptier|messier|cleaner)\\b");
    /** A verb, then its object: "flood the street", "melt the snow" — an instruction, not a description. */
    private static final Pattern IMPERATIVE = Pattern.compile("[a-z]+ (?:the|a|an|his|her|their|its|this|that|these|"
            + "those|it|them|him|everything|all|everyone|my|our)\\b(?<!^(?:a|an|the|some|one|two|three|many|few) [a-z]+ "
            + "(?:the|a|an|his|her|their|its|this|that|these|those|it|them|him|everything|all|everyone|my|our))");
    /** Thanks, greetings and reactions: chat, however well the words are known. */
    private static final Pattern SMALL_TALK = Pattern.compile("(?:(?:thanks|thank you|thx|ty|cheers|hello|hi|hey|"
            + "bye|goodbye|ok|okay|yes|yeah|yep|no|nope|cool|great|nice|awesome|perfect|lol|hmm+|wow|sorry|good|"
            + "fine|sure|amazing|love it|lovely|brilliant|excellent|good job|well done|morning|good morning|"
            + "good night|night|haha|oops|whoops|yay|indeed|right|alright)\\b[\\s,.!?]*)+");
    /** Words of a statement or a request, which a description for a model does not have. */
    private static final Pattern STATEMENT = Pattern.compile("\\b(?:is|are|was|were|isn't|aren't|looks?|seems?|"
            + "feels?|should|shouldn't|needs?|must|has|have|it|it's|its|i|i'd|i'm|me|my|you|your|we|us|please|"
            + "too|can|could|would|will|don't|doesn't|want|make|fix|lift|came out|comes out|turned out|come out)\\b");
    /** An instruction edit that names no change at all. */
    private static final Pattern EMPTY_EDIT = Pattern.compile("(?:(?:make|turn|change|do|edit|alter|modify|fix|"
            + "transform|it|this|that|the|a|an|image|picture|photo|look|like|into|to|something|different|"
            + "better|nicer|cool|good|great|right|fine|ok|okay|proper|correct|work|works|pretty|nice|"
            + "awesome|amazing|beautiful|perfect|pop|interesting|more|less|with|for|me|some|stuff|things|"
            + "anything|fun|creative|magic|whatever|please)\\b\\s*)*");

    private SemanticReadings() {
    }

    /** How the instruction reads under {@code intent}; empty when its words do not fit that intent. */
    static Optional<Understanding> read(Intent intent, String instruction, InstructionContext context) {
        return switch (intent) {
            // On an empty layer a description is the picture to make: "…, red eyes, long coat" is a character.
            case ADJUST -> context.blankLayer() && (describes(instruction) && Phrasing.core(instruction).split(" ").length >= 3
                    || describesMoreThanAnAdjustment(instruction)) ? Optional.empty() : adjust(instruction, context);
            case REMOVE -> remove(instruction, context);
            case EXTEND -> extend(instruction, context);
            case CANVAS -> CanvasCues.canvasOperation(instruction, context);
            case UPSCALE -> CanvasCues.upscale(instruction, context);
            case CONTENT -> content(instruction, context);
            case CHANGE -> change(instruction, context);
            case UNDO -> Optional.of(new Understanding.FollowingUp(new FollowUp.Undo()));
            case REFER -> ReferenceReader.read(instruction).map(Understanding.FollowingUp::new);
            // "more smoke on stage" before any change: more of a thing in the picture, nothing to rescale
            case INTENSIFY -> context.lastChange().isEmpty() && MORE_OF_A_THING.matcher(Phrasing.core(instruction)).find()
                    ? Optional.empty() : RescaleReader.read(instruction)
                    .map(factor -> new Understanding.FollowingUp(new FollowUp.Rescale(factor)));
            case AGAIN -> Optional.of(again(context));
            // On an empty layer, or in a selection, that nothing was made on yet, there is nothing to make another
            // version of: "pixel art trophy here" is content
            case VARIATION -> context.lastChange().isEmpty() && (context.blankLayer() || context.hasSelection()) ? Optional.empty()
                    : Optional.of(new Understanding.FollowingUp(new FollowUp.Variation(variationStyle(instruction))));
            case REAPPLY -> Optional.of(new Understanding.FollowingUp(ReferenceReader.turnNumber(instruction)
                    .<FollowUp>map(FollowUp.Reapply::new).orElse(new FollowUp.Again())));
            case STYLE -> StyleReader.VARIATION_CUE.matcher(Phrasing.core(instruction)).lookingAt()
                    ? Optional.of(new Understanding.FollowingUp(new FollowUp.Variation(variationStyle(instruction))))
                    : StyleReader.read(instruction).map(change -> style(change, context));
            case CHAT -> Optional.empty();
        };
    }

    /**
     * Whether a reading of {@code intent} shows in the words themselves. Readers such as "undo" or
     * "remove" accept any words, so they only stand when the embedding itself chose them.
     */
    static boolean needsWords(Intent intent) {
        return switch (intent) {
            case ADJUST, EXTEND, CANVAS, UPSCALE, CONTENT, CHANGE, REFER, INTENSIFY, STYLE -> true;
            default -> false;
        };
    }

    /** "again", "and this one too": after a removal, remove what is selected now; else the last change again. */
    static Understanding again(InstructionContext context) {
        if (context.lastChange().filter(kind -> kind == InstructionContext.ChangeKind.FILL).isPresent()) {
            return new Understanding.Planned(SynthesisReader.REMOVAL);
        }
        return new Understanding.FollowingUp(new FollowUp.Again());
    }

    /**
     * "a dark grey sedan parked in the driveway", "bright red balloon": a tone word describing a thing (not a
     * light, a tone or a mood, "a warm glow"), which names no adjustment.
     */
    private static final Pattern DESCRIBES_A_THING = Pattern.compile("^(?:a |an |one |some |two |three )?"
            // "a cute golden retriever", "a big warm fire"
            + "(?:(?:cute|little|small|big|large|tiny|huge|fluffy|old|young|happy|fat|tall|cozy|cosy) )?(?:very |really )?"
            + "(?:dark|bright|light|pale|deep|warm|cool|soft|vivid|muted|golden)(?:[ -](?:red|orange|yellow|green|blue|purple|pink|"
            + "brown|grey|gray|black|white|gold|golden|silver|teal|cyan|magenta))? (?!(?:glow|light|lights|lighting|tone|tones|hour|"
            + "look|feel|cast|tint|hue|colou?rs?|vibe|mood|filter|atmosphere|contrast|shadows?|highlights?|version)\\b)([a-z]{3,})");

    /** A verb, a comparison or a second clause: a sentence, not only a thing described. */
    private static final Pattern NOT_A_NOUN_PHRASE = Pattern.compile("[,;:]|\\b(?:is|are|was|were|be|make|making|take|turn|"
            + "looks?|feels?|seems?|too|more|less|it|down|up|please|pls)\\b");

    /** "warm interior lights in these windows like it's dusk": what it is like says nothing of the words' grammar. */
    static String withoutLikeness(String words) {
        return words.replaceFirst("\\s+(?:like|as if|as though) .*$", "");
    }

    /** Whether the tone words only describe a thing: "a dark grey sedan", not "dark tones". */
    static boolean describesAThing(String instruction) {
        String core = Phrasing.core(instruction);
        Matcher thing = DESCRIBES_A_THING.matcher(core);
        return thing.lookingAt() && !NOT_A_NOUN_PHRASE.matcher(withoutLikeness(core)).find()
                && AdjustmentReader.read(instruction).filter(r -> r.leftover().contains(thing.group(1))).isPresent();
    }

    /** "torch on the wall w/ warm flickering light": a thing, where it is, and how it looks. */
    private static final Pattern THING_IN_A_PLACE = Pattern.compile("^(?:a |an |some |one |two |three )?([a-z]{3,}) (?:on|in|"
            + "under|over|at|by|near|above|below|behind|inside|against|along|across) (?:the|a|an|his|her|their|my|this|that|its) ");

    /**
     * "swamp w/ dead trees, muted greens", "fill w/ brick wall texture, flat colours, no gradients": a thing named first
     * (two words or more, none of them an adjustment's), then how it should look.
     */
    private static boolean aThingThenItsLook(String instruction) {
        ContentReader.Content content = ContentReader.read(instruction);
        String[] clauses = content.prompt().toLowerCase(java.util.Locale.ROOT).split("\\s*[,;]\\s*", 2);
        String thing = clauses[0].replaceFirst("^(?:a|an|the|some) ", "");
        return clauses.length == 2 && (content.placing() || content.drawing() || isDescription(Phrasing.core(instruction)))
                && thing.split(" ").length >= 2 && describesContent(thing) && AdjustmentReader.read(thing).isEmpty()
                && !AdjustmentReader.namesAnEffect(thing) && !AdjustmentReader.complains(instruction)
                // "sky only, denoise", "the bird's sitting in shade, brighten just him": a change asked after the part
                && !A_CHANGE_ASKED.matcher(clauses[1]).find()
                && !startsWithVerb(clauses[1].replaceFirst("^(?:just|only|please|pls|and|so|then|but) ", ""))
                && !STATEMENT.matcher(thing).find() && !thing.matches(".*\\b(?:only|just)$");
    }

    /** "her dress, more saturated please": the look said as a change, which the part named is to get. */
    private static final Pattern A_CHANGE_ASKED = Pattern.compile("\\b(?:more|less|too|bit|little|slightly|please|pls|up|down|only|"
            + "denoise|de-noise|[a-z]{3,}er)\\b");

    /** Whether the words describe a thing placed somewhere, its tone words only part of the description. */
    private static boolean aThingInAPlace(String instruction) {
        String core = Phrasing.core(instruction);
        Matcher thing = THING_IN_A_PLACE.matcher(core);
        return thing.lookingAt() && isDescription(core) && !AdjustmentReader.complains(instruction)
                && !core.matches(".*\\b(?:more|less|too|warmer|cooler|colder|brighter|darker|lighter|sharper|softer|bluer|redder|"
                        + "greener|deeper|richer|duller|paler)\\b.*")
                && AdjustmentReader.read(instruction).filter(r -> r.leftover().contains(thing.group(1))).isPresent();
    }

    /** "make it a colour photo": colour a model has to invent, which no adjustment gives. */
    static final Pattern A_COLOUR_PHOTO = Pattern.compile("\\b(?:colou?ri[sz]e|(?:make|turn) (?:it|this|the (?:photo|"
            + "picture|image)) (?:into )?an? colou?r (?:photo|picture|image|version|shot))\\b"
            // "this old black and white photograph — can it be made into colour?"
            + "|\\b(?:it|this|that|the (?:photo|photograph|picture|image)) be (?:made|turned|brought) (?:into|in|to) (?:full )?colou?r\\b"
            + "|\\b(?:make|turn|bring) (?:it|this|the (?:photo|photograph|picture|image)) (?:into|in|to) (?:full )?colou?r\\b"
            // "could you colour in this black and white photo"
            + "|^(?:(?:please|could you|can you|would you|pls) )*colou?r (?:(?:it|this|them) )?in\\b"
            // "add colour to this black and white photo", "see the piece in colour instead of black and grey"
            + "|\\b(?:add|put|bring|give)(?: (?:some|the|back|in))? colou?rs? (?:back )?(?:to|into|in|on)\\b[^.;]*\\b(?:black and "
            + "(?:white|gr[ae]y)|b&w|bw|gr[ae]yscale|monochrome|mono)\\b|\\b(?:in|into|to) colou?r(?:s|ed)? instead of\\b"
            + "|\\binstead of (?:the )?(?:black and (?:white|gr[ae]y)|b&w|gr[ae]yscale|monochrome)\\b"
            // "please also make it colour"
            + "|\\bmake (?:it|this|them) (?:full )?colou?r(?:ed)?$");

    static Optional<Understanding> adjust(String instruction, InstructionContext context) {
        if (describesAThing(instruction) || context.hasSelection() && (aThingInAPlace(instruction) || aThingThenItsLook(instruction))) {
            return Optional.empty();
        }
        if (A_COLOUR_PHOTO.matcher(Phrasing.core(instruction)).find()) {
            return instructionEdit(instruction);   // "make it a colour photo, its black and white": colour a model invents
        }
        if (ContentReader.swaps(Phrasing.core(instruction))
                && describesContent(ContentReader.read(instruction).prompt())) {
            return Optional.empty();   // "replace the white plate with a dark slate board": content, whatever its colour
        }
        if (AdjustmentReader.wantsGrain(instruction)) {
            // "make it grainy like an old war photo": grain added is a look a model paints, no noise reduction
            return context.hasSelection() ? Optional.empty() : instructionEdit(instruction);
        }
        Optional<String> cast = AdjustmentReader.cast(instruction);
        if (cast.isPresent() && AdjustmentReader.read(instruction).isEmpty()) {
            return Optional.of(new Understanding.Clarify("Easel has no " + cast.get() + "-cast correction yet. "
                    + "Would one of these help?", List.of("make it warmer", "make it cooler", "make it less saturated")));
        }
        Optional<AdjustmentReader.Reading> reading = AdjustmentReader.read(instruction);
        if (reading.isEmpty()) {
            return AdjustmentReader.directionless(instruction).map(noun -> new Understanding.Clarify(
                    "More " + noun + " or less?", List.of("increase the " + noun, "reduce the " + noun)));
        }
        Plan plan = reading.get().plan();
        List<String> leftover = reading.get().leftover();
        String firstClause = firstClause(instruction);
        if (asksForAQualityBeyondAdjustments(instruction, leftover)) {
            return instructionEdit(instruction);
        }
        List<String> parts = AdjustmentReader.partsNamed(instruction, leftover);
        // Asked only where the change could be meant for one part: the photo fixes work on tones and casts of
        // the whole picture ("recover the highlights on the dress"), and a complaint names what looks wrong,
        // not where to change it ("the pasta looks cold and blue, warm it up").
        boolean wholePictureFix = plan.operations().stream().allMatch(op -> WHOLE_PICTURE_FIXES.contains(op.kind()));
        // Asked only where the part is what the words change ("make the walls dark green"), not where the change is
        // said first ("brighten the interior", "crank the saturation to the max"): people say that of the picture.
        if (!parts.isEmpty() && AdjustmentReader.namedBeforeTheEffect(instruction, parts) && !context.hasSelection()
                && !wholePictureFix
                && !AdjustmentReader.complains(firstClause)) {
            // "make the sky darker" with nothing selected: the whole layer, or only the sky?
            String part = String.join(" and ", parts);
            return Optional.of(new Understanding.Clarify("The whole picture, or only the " + part + "? (To change "
                    + "only a part with this kind of adjustment, select it first.)",
                    List.of(Canonical.of(new Understanding.Planned(plan)),
                            Canonical.instructionEdit(Phrasing.core(instruction)))));
        }
        return Optional.of(new Understanding.Planned(plan));
    }

    private static String firstClause(String instruction) {
        return AdjustmentReader.withoutPurposeOrCause(Phrasing.core(instruction).split("[,;.:!?]|\\s[-–—]\\s", 2)[0]);
    }

    /** Whether the words ask for a season, a time of day or weather: "as though it were autumn", "twilight conversion". */
    static boolean changesTheScene(String instruction) {
        // "make it evening with warm candlelight glowing in the windows": the hour changed in so many words
        return SCENE_CHANGE.matcher(Phrasing.core(instruction)).find() || changesTheSeason(instruction);
    }

    /** "change the season to autumn", "turn it to fall", "make it night": the picture there at another season or time. */
    static boolean changesTheSeason(String instruction) {
        return SEASON_CHANGED.matcher(Phrasing.core(instruction)).lookingAt();
    }

    /** Words beyond the adjustment's ("cosy autumn cafe interior, warm light"): on an empty layer, a picture to make. */
    private static boolean describesMoreThanAnAdjustment(String instruction) {
        return AdjustmentReader.read(instruction).filter(r -> !r.leftover().isEmpty()).isPresent();
    }

    /**
     * "make the background blurry and dreamy": a quality no adjustment gives, asked with the adjustment, which a
     * model's edit gives. "make it moody: darker and less saturated" says what the quality means in adjustments.
     */
    static boolean asksForAQualityBeyondAdjustments(String instruction, List<String> leftover) {
        String firstClause = firstClause(instruction);
        return !AdjustmentReader.complains(instruction) && AdjustmentReader.namesAnEffect(firstClause)
                && leftover.stream().anyMatch(word -> word.length() >= 5 && UNKNOWN_QUALITY.matcher(word).matches()
                        && !NO_QUALITY.matcher(word).matches() && !(A_MOOD_OF_TONE.matcher(word).matches() && AdjustmentReader.partsNamed(instruction, leftover).isEmpty())
                        && Pattern.compile("(?:^(?=" + Pattern.quote(word) + "(?: and|,))|\\b(?:and|&|it|look|looks|looking|feel|"
                                + "feels|more|so|very|kinda|super|really|all|be|get|go|extra|bit|little) )" + Pattern.quote(word)
                                + "\\b").matcher(firstClause).find());
    }

    static Optional<Understanding> remove(String instruction, InstructionContext context) {
        if (AdjustmentReader.grainIsWhatGoes(instruction)) {
            return adjust(instruction, context);   // "lots of little coloured dots, it's called noise? can they be removed"
        }
        String core = Phrasing.core(instruction);
        Optional<String> missing = missingPart(core).or(() -> missingPart(Phrasing.normalise(instruction)));
        if (missing.isPresent() && context.hasSelection()) {
            // "fill in the missing bit of the fence", "his collar got cut off, can you fill it in": the part painted back
            return Optional.of(new Understanding.NeedsModel(SynthesisRequest.Capability.INPAINT, missing.get(), ""));
        }
        ContentReader.Content content = ContentReader.read(instruction);
        if ((content.placing() || content.replacing()) && describesContent(content.prompt()) && !GONE.matcher(core).find()) {
            // "fill this spot with daisies", "replace the lamp with a plant": something new goes there.
            return change(instruction, context);
        }
        if (!REMOVAL.matcher(core).find() && !(context.hasSelection()
                && (FormReader.TAKEN_OFF.matcher(core).find() || A_FLAW_POINTED_AT.matcher(core).matches()))) {
            return Optional.empty();
        }
        if (!context.hasSelection() && !context.blankLayer() && SPREAD_OVER_THE_PICTURE.matcher(core).find()) {
            // "get rid of the satellite trails across the frame", "the scratches all over the print": too many places
            // to select, so the picture is edited by that instruction
            return instructionEdit(instruction);
        }
        // Without a selection the plan still goes ahead: the engine answers empty_selection, saying to select it.
        // ("remove the people" read as a model's edit of the whole picture would redraw it rather than remove them.)
        return Optional.of(new Understanding.Planned(SynthesisReader.REMOVAL));
    }

    /** "fill in the missing bit of the fence so it carries on", "reconstruct the missing chunk of the rim": a part put back. */
    private static final Pattern MISSING_PART_FILLED = Pattern.compile("^(?:fill in|fill|reconstruct|restore|rebuild|complete|"
            + "paint in|repair) (?:in )?the (?:missing|broken|cut[- ]off|chipped|lost) (?:bit|part|piece|chunk|section|corner|end|"
            + "edge)s? (?:of|in|on) (?:the |his |her |their |this |its )?([a-z' -]+?)(?=$|[,.;!]| so\\b| here\\b| please\\b)");
    /** "his collar got cut off weird, can you fill it in": the part said first, filled in after. */
    private static final Pattern CUT_OFF_THEN_FILLED = Pattern.compile("^(?:the |his |her |their |its )?([a-z' ]{1,30}?) (?:got |is |was |"
            + "are |were |has been |have been )?(?:cut off|chopped off|cropped off|missing|cut)\\b[^.;,]{0,20}[,.;] (?:(?:can|could) you "
            + "|please |pls |just )?(?:fill|paint|draw|put) (?:it|them|the rest(?: of (?:the |it|him|her)?[a-z ]{0,20}?)?) (?:in|back)\\b");

    /** The part to paint back where the words say it is missing. */
    private static Optional<String> missingPart(String core) {
        Matcher m = MISSING_PART_FILLED.matcher(core);
        if (m.lookingAt() || (m = CUT_OFF_THEN_FILLED.matcher(core)).lookingAt()) {
            return Optional.of(m.group(1).strip());
        }
        return Optional.empty();
    }

    /** "this pimple lol", "that date stamp" with it selected: a flaw pointed at, which only ever goes. */
    private static final Pattern A_FLAW_POINTED_AT = Pattern.compile("(?:(?:and|ok|okay|now|also|plus) )?(?:(?:this|that|these|those|"
            + "the|a) )?(?:[a-z]+ )?(?:pimples?|zits?|blemish(?:es)?|(?:dust|age|sun|dark) spots?|stains?|scratch(?:es)?|smudges?|dust|"
            + "specks?|acne|photobombers?|date ?stamps?|time ?stamps?|watermarks?|sensor dust|hot pixels?|cold sores?|scars?|bruises?)"
            // "zit on her chin"
            + "(?: (?:on|in|at|under|above) (?:her|his|their|the|my|its) [a-z]+)?[.!?]*");

    /** What is removed is everywhere in the picture: "all over the print", "across the frame", "everywhere". */
    private static final Pattern SPREAD_OVER_THE_PICTURE = Pattern.compile("\\b(?:all over(?: (?:it|the [a-z]+))?|across the "
            + "(?:whole |entire )?(?:frame|picture|image|photo|print|scan|sky|shot)|everywhere|throughout)\\b");

    /** Words that grow the canvas itself, which an empty layer can have too. */
    private static final Pattern GROWING_THE_CANVAS = Pattern.compile("\\b(?:extend|outpaint|expand|widen|pad|canvas|aspect|"
            + "ratio|wider|taller)\\b|\\d ?[:x] ?\\d");

    static Optional<Understanding> extend(String instruction, InstructionContext context) {
        if (!ExtensionReader.namesGrowing(instruction)) {
            return Optional.empty();   // "zoom in" is about the view, "make it look right" about nothing on a side
        }
        ContentReader.Content content = ContentReader.read(instruction);
        if (context.blankLayer() && (content.newImage() || content.placing()) && describesContent(content.prompt())) {
            return Optional.empty();   // "mood image: …, big north light window" on an empty layer: a picture to make
        }
        if (context.blankLayer() && !GROWING_THE_CANVAS.matcher(Phrasing.core(instruction)).find()) {
            return Optional.empty();   // "mountains at dawn w lots of empty space at top": nothing there yet to grow
        }
        Optional<ExtensionReader.Reading> reading = ExtensionReader.read(instruction, context);
        if (reading.isEmpty()) {
            return Optional.of(new Understanding.Clarify("Which way should the canvas grow?",
                    List.of("make it wider", "make it taller", "extend the canvas on all sides")));
        }
        if (reading.get() instanceof ExtensionReader.UnitMissing missing) {
            return Optional.of(new Understanding.Clarify("Pixels or percent?",
                    List.of(missing.asPixels(), missing.asPercent())));
        }
        return Optional.of(new Understanding.Planned(((ExtensionReader.Extended) reading.get()).plan()));
    }

    /** "it on a rainy city street", "this product shot on a beach": what the picture shows, somewhere else. */
    private static final Pattern PUT_SOMEWHERE_ELSE = Pattern.compile("(?:it|this|him|her|them|this [a-z]+(?: shot| photo)?|"
            + "the (?:product|subject|model|car|bottle|mug|shoe|dog|cat))(?: shot)? (?:on|in|into|onto|at|against) (?:a|an|the) ");
    private static final Pattern A_THING_NAMED = Pattern.compile("(?:a|an|some|two|three) [a-z]{3,}(?: [a-z]{3,}){0,3}");

    static Optional<Understanding> content(String instruction, InstructionContext context) {
        // A question asks for nothing to paint, unless it asks for a picture ("what would a kraken look like?"): the cheap
        // check first, the content read only for what passes it
        String core = Phrasing.core(instruction);
        boolean question = QUESTION.matcher(core).lookingAt();
        if (question && !core.startsWith("what would ")) {
            return Optional.empty();
        }
        ContentReader.Content content = ContentReader.read(instruction);
        if (question && !content.newImage()) {
            return Optional.empty();
        }
        // "draw a toucan": a word the sentence model does not know is content when the sentence asks to draw or place it
        // "and an elderflower umbel" on an empty layer: a thing named with its article is a picture asked for
        boolean askedAsContent = content.drawing() || content.placing() || content.newImage()
                || context.blankLayer() && A_THING_NAMED.matcher(content.prompt().toLowerCase(java.util.Locale.ROOT)).matches();
        if (!describesContent(content.prompt()) || !Spelling.knowsAWordOf(content.prompt()) && !askedAsContent
                && !(context.hasSelection() && englishWithRareWords(content.prompt().toLowerCase(java.util.Locale.ROOT)))) {
            return Optional.empty();   // "make the sky darker" is no description of content, "lorem ipsum dolor" none at all
        }
        if (content.newImage() && !context.blankLayer() && AdjustmentReader.complains(Phrasing.core(instruction))
                && AdjustmentReader.read(instruction).isPresent()) {
            return Optional.empty();   // "picture of the dog at the park is kinda grey and blah": this picture, complained about
        }
        SynthesisRequest.Capability capability;
        if (!context.blankLayer() && !context.hasSelection() && content.newImage() && THIS_PICTURE_AGAIN.matcher(content.prompt()
                .toLowerCase(java.util.Locale.ROOT)).lookingAt()) {
            return instructionEdit(instruction);   // "render the scene as though it were night-time": this picture, changed
        }
        if (!context.blankLayer() && !context.hasSelection() && SOMEONE_IN_THE_PICTURE.matcher(content.prompt()
                .toLowerCase(java.util.Locale.ROOT)).find()) {
            return instructionEdit(instruction);   // "paint a hat on him": on the one in this picture
        }
        // "render some speed lines behind the runner" with something selected: there, unless a new picture is named
        boolean placedInThisPicture = context.hasSelection() && !ContentReader.namesANewPicture(instruction)
                && ContentReader.pointsAtAPlace(core);
        boolean newPicture = content.newImage() && !placedInThisPicture || NEXT_PICTURE.matcher(Phrasing.normalise(instruction))
                .matches() && !context.hasSelection()
                && context.lastChange().filter(kind -> kind == InstructionContext.ChangeKind.GENERATED).isPresent();
        if (context.blankLayer() || newPicture || content.drawing() && !context.hasSelection()) {
            capability = SynthesisRequest.Capability.TEXT_TO_IMAGE;
        } else if (context.hasSelection()) {
            capability = SynthesisRequest.Capability.INPAINT;
        } else if (content.placing() || content.replacing() || !content.newImage() && (IN_THIS_PICTURE.matcher(
                Phrasing.core(instruction)).find() || ADDED_TO_IT.matcher(Phrasing.normalise(instruction)).find()
                || ABOUT_THIS_PICTURE.matcher(content.prompt().toLowerCase(
                java.util.Locale.ROOT)).find())) {
            // "add a light snowfall", "put stars in the sky", "giant moon in the sky", "rain on everything" with
            // nothing selected: edit the picture that is there, never repaint it.
            return instructionEdit(instruction);
        } else if (!content.newImage() && onlyASceneChange(content.prompt())) {
            // "snowy", "dusk, lights on in all the windows" on a picture: the season or the hour of this one
            return instructionEdit(instruction);
        } else {
            capability = SynthesisRequest.Capability.TEXT_TO_IMAGE;
        }
        // "her hair should be blue and curly" with a selection: what it should be, painted there
        String prompt = capability == SynthesisRequest.Capability.INPAINT ? ContentReader.asItShouldBe(instruction)
                .orElseGet(() -> ContentReader.withoutPlace(content.prompt())) : content.prompt();
        return Optional.of(new Understanding.NeedsModel(capability, prompt, content.negative()));
    }

    /** "now do a skull" right after a picture was made: the next picture, not a skull added to this one. */
    private static final Pattern NEXT_PICTURE = Pattern.compile("(?:(?:ok|okay|and|cool|nice|great),? )?(?:now|next)[,:]? "
            + "(?:do|draw|make|paint|render|create) (?:me )?(?:a|an|one|some) (?!.*\\b(?:in|on|to|into|onto|next to|behind|"
            + "above|below|under|over|here|there|it|this|her|him|them)\\b)[a-z][a-z ,'-]*[.!]*");

    /** "snowy", "dusk, lights on …", "winter night": a season or an hour said alone, not a thing in it ("snowy forest"). */
    private static boolean onlyASceneChange(String prompt) {
        String first = prompt.toLowerCase(java.util.Locale.ROOT).split("[,;:.!]", 2)[0].strip();
        return first.split(" ").length <= 2 && SCENE_CHANGE.matcher(first).find() || WEATHER_OR_LIGHT_ALONE.matcher(first).matches()
                || WEATHER_COMING_IN.matcher(first).matches();
    }

    /** "fog rolling in over the water", "snow falling", "fireworks over the city": weather come over the picture there. */
    private static final Pattern WEATHER_COMING_IN = Pattern.compile("(?:(?:thick|heavy|light|dense|low|morning|evening|soft|"
            + "gentle|some|a little|a bit of) )?(?:fog|mist|haze|rain|snow|snowfall|snowflakes|storm|sandstorm|thunderstorm|"
            + "lightning|fireworks|smoke|rainbow)(?: (?:rolling|falling|drifting|coming|pouring|blowing|creeping|settling|over|"
            + "in|across|through|everywhere|behind|above|on|around)\\b.*)?[.!]*");

    static Optional<Understanding> change(String instruction, InstructionContext context) {
        // "replace the white plate with a dark slate board" names a colour of the new thing, no adjustment
        boolean swaps = ContentReader.swaps(Phrasing.core(instruction));
        // "make the whole scene look as though it were autumn, with orange and golden leaves": the season is the
        // change, its colours only part of it; and an empty layer has nothing to adjust ("cosy cafe, warm light")
        Optional<AdjustmentReader.Reading> named = AdjustmentReader.read(instruction);
        if (named.isPresent() && !swaps && !changesTheScene(instruction)
                && !(context.blankLayer() && !named.get().leftover().isEmpty())) {
            return adjust(instruction, context);   // "the snow here looks really cyan": a colour fix, not a model's edit
        }
        ContentReader.Content content = ContentReader.read(instruction);
        if ((content.newImage() || isDescription(Phrasing.core(instruction))) && describesContent(content.prompt())) {
            return content(instruction, context);   // "paint me a sunset", "the sky": content, however close to a change
        }
        if (context.hasSelection()) {
            // With a selection, "make the sky darker" adjusts it and "put a lantern here" paints into it.
            Optional<AdjustmentReader.Reading> adjustment = AdjustmentReader.read(instruction);
            if (adjustment.isPresent() && !swaps && !describesAThing(instruction)) {
                return Optional.of(new Understanding.Planned(adjustment.get().plan()));
            }
            if ((content.placing() || content.drawing()) && !content.prompt().isEmpty()) {
                return content(instruction, context);
            }
        } else if (content.placing() && !context.blankLayer() && PUT_SOMEWHERE_ELSE.matcher(content.prompt()
                .toLowerCase(java.util.Locale.ROOT)).lookingAt()) {
            return instructionEdit(instruction);   // "put it on a rainy city street at night": this picture's subject, moved
        } else if (content.placing()) {
            return content(instruction, context);
        }
        if (context.blankLayer()) {
            String description = describesContent(content.prompt()) ? content.prompt()
                    : SynthesisRequest.description(Phrasing.core(instruction));
            return Optional.of(new Understanding.NeedsModel(SynthesisRequest.Capability.TEXT_TO_IMAGE, description,
                    content.negative()));
        }
        Optional<String> wanted = context.hasSelection() ? ContentReader.wantedInSelection(instruction)
                .filter(SemanticReadings::describesContent) : Optional.empty();
        if (wanted.isPresent()) {
            // "her hair should be blue and curly", "the mountains need snow caps": with a selection, paint it there.
            return Optional.of(new Understanding.NeedsModel(SynthesisRequest.Capability.INPAINT, wanted.get(),
                    content.negative()));
        }
        if (context.hasSelection() && content.replacing() && describesContent(content.prompt())) {
            return Optional.of(new Understanding.NeedsModel(SynthesisRequest.Capability.INPAINT, content.prompt(),
                    content.negative()));
        }
        return instructionEdit(instruction);
    }


    /**
     * Words that describe rather than ask ("a red hot air balloon", "misty mountains at dawn",
     * "bookshelf"): content, painted into the selection or made as a new picture. Nonsense and
     * chat are not descriptions: the words must be ones the model's vocabulary knows.
     */
    static Optional<Understanding> asDescription(String instruction, InstructionContext context) {
        String core = Phrasing.core(instruction);
        boolean known = org.easel.server.planning.semantic.SemanticUnderstanding.wordsAreKnown(core);
        String afterLead = core.replaceFirst("^(?:[a-z']+ ){0,3}[a-z']+:\\s+", "");   // "my oc: tall guy, white hair"
        if (context.blankLayer() && !afterLead.equals(core) && isDescription(afterLead)) {
            core = afterLead;
        }
        if (CHANGE_WORDS.matcher(core).find() && !context.blankLayer()) {
            return instructionEdit(instruction);
        }
        if (context.hasSelection() || context.blankLayer()) {
            // "in the selection: stack of pancakes", "a eucalyptus sprig next to it": what to paint there, once
            // the words that point at the selection are gone; on an empty layer, once its purpose is ("…, it's for the
            // recital program cover").
            String prompt = ContentReader.read(instruction).prompt().toLowerCase(java.util.Locale.ROOT);
            if (isDescription(prompt) && describesContent(prompt) && !AdjustmentReader.namesAnEffect(prompt)
                    && (org.easel.server.planning.semantic.SemanticUnderstanding.wordsAreKnown(prompt)
                    || englishWithRareWords(prompt))) {
                return content(instruction, context);
            }
        }
        if (!isDescription(core) || !known) {
            return Optional.empty();
        }
        return content(instruction, context);
    }

    /**
     * "a dollop of creme fraiche", "a stack of macarons, pastel colours": English around a name the sentence model does
     * not hold whole (a dish, a creature of a game), rather than another language.
     */
    private static boolean englishWithRareWords(String prompt) {
        Matcher article = ENGLISH_QUANTITY.matcher(prompt);
        if (!article.lookingAt()) {
            return false;
        }
        String named = prompt.substring(article.end());
        return Spelling.knowsAWordOf(named) || named.matches(".*\\b(?:of|with|and|on|in|the|from)\\b.*");
    }

    /** How many or how much of a thing: "a few", "a stack of", "three". */
    static final String COUNTED = "a few|a couple of|a stack of|a pile of|a bunch of|a bowl of|a plate of|a pair of|a dollop of|"
            + "two|three|four|five|several";
    private static final Pattern ENGLISH_QUANTITY = Pattern.compile("(?:a|an|some|lots of|a jar of|" + COUNTED + ")\\s+"
            + "(?!(?:la|le|el|los|las|les|der|die|das|un|una|uno|une|il|lo|gli)\\b)");

    /**
     * Whether the sentence describes a picture ("a fox curled up asleep", "misty mountains at dawn")
     * rather than asking, complaining or stating ("the face is in shadow, lift it").
     */
    static boolean describes(String instruction) {
        return isDescription(Phrasing.core(instruction));
    }

    static boolean startsWithVerb(String core) {
        return VERB_START.matcher(core).lookingAt();
    }

    static boolean isDescription(String core) {
        return !VERB_START.matcher(core).lookingAt() && !QUESTION.matcher(core).lookingAt()
                && !STATEMENT.matcher(core).find() && !SMALL_TALK.matcher(core).matches()
                && !COMPARATIVE_START.matcher(core).lookingAt() && !IMPERATIVE.matcher(core).lookingAt();
    }

    /** Whether words describe something to paint: not a command, and at least one real word. */
    static boolean describesContent(String said) {
        String prompt = said.toLowerCase(java.util.Locale.ROOT);   // "ADD A DRAGON HERE!!!!" describes a dragon too
        return !prompt.isEmpty() && !COMMAND.matcher(prompt).lookingAt() && prompt.matches("(?s).*[a-z]{3,}.*")
                && !NOT_CONTENT.matcher(prompt).matches() && !HOW_IT_SHOULD_CHANGE.matcher(prompt).find();
    }

    /**
     * "too much glow on the glass, tame it", "less brown dust cloud", "purple more", "the coffee cup, gone": how what is
     * there should change, which no painting of new content does.
     */
    private static final Pattern HOW_IT_SHOULD_CHANGE = Pattern.compile("^(?:(?:way |far |much )?too|less)\\b|\\b(?:more|less|"
            + "harder|easier)[\\s.!?]*$|\\b(?:tame|tone|dial|calm|knock|turn) (?:it|that|this|them|em)(?: down| back)?[\\s.!?]*$|[,:;-]\\s*gone[\\s.!?]*$");

    /** "make it", "change this": words that name no change at all. */
    static boolean namesNoChange(String core) {
        return EMPTY_EDIT.matcher(core).matches();
    }

    static Optional<Understanding> instructionEdit(String instruction) {
        String core = Phrasing.core(instruction);
        if (EMPTY_EDIT.matcher(core).matches() || QUESTION.matcher(core).lookingAt() && !ASKING_FOR_A_CHANGE.matcher(core).lookingAt()
                || VagueRequest.ONLY_A_THING.matcher(core).matches()) {
            return Optional.empty();   // "make it": make it what? "the car": what of it?
        }
        if (VagueRequest.onlyJudged(core) && !AdjustmentReader.answersAComplaint(instruction)) {
            // "can the dog look nicer": the edit those words would make is one reading, what is most often meant the others
            return Optional.of(VagueRequest.whichChange(Canonical.instructionEdit(core)));
        }
        return Optional.of(new Understanding.NeedsModel(SynthesisRequest.Capability.INSTRUCTION_EDIT, core,
                SynthesisRequest.negative(core)));
    }

    /** "sketch" names the style "pencil sketch" in force; "watercolour" names "watercolor". */
    private static boolean sameStyle(String inForce, String named) {
        String a = inForce.toLowerCase(java.util.Locale.ROOT).replace("colour", "color");
        String b = named.toLowerCase(java.util.Locale.ROOT).replace("colour", "color");
        return a.equals(b) || a.contains(b) || b.contains(a);
    }

    static String variationStyle(String instruction) {
        // "again but ukiyo-e, since we're being fancy": why it is asked is no part of the style
        // "give me a different one, I don't like the face": what is wrong with this one, no look
        Matcher m = VARIATION_STYLE.matcher(Phrasing.core(instruction).replaceFirst(",? (?:since|because|cause|cuz) .*$", "")
                .replaceFirst("[,.;]? i (?:don'?t|do not|dont|didn'?t|did not) (?:like|love|want|fancy) .*$", ""));
        if (!m.find()) {
            return "";
        }
        String style = m.group(1).strip();
        style = style.replaceFirst("^(?:a|an|the) ", "").replaceFirst("^(?:(?:in )?the style of|style of) (?:the |a |an )?", "")
                .replaceFirst(",? (?:this time|just this once|instead)$", "")
                // "in charcoal just to compare", "as a cubist thing, like picasso": why, and the word "thing"
                .replaceFirst(",? (?:just )?(?:to (?:compare|see|check|try)|for (?:the|a|my|our) [a-z ]+|so (?:i|we) can .*|"
                        + "while (?:you'?re|your|ur|you are) at it)$", "")
                .replaceFirst(" (?:kind of|sort of|kinda|ish|or something)$", "")
                .replaceFirst(" (?:thing|version|one|style|look)$", "");
        // "one more, more impressionist this time": a school of painting, more of it
        style = style.replaceFirst("^more (?=(?:[a-z]+(?:ist|esque|istic)|painterly|abstract|photorealistic|realistic|cartoony|stylized|"
                + "stylised|cinematic|gothic|whimsical|surreal|minimal)$)", "");
        // "another in this box now": where, not a look
        style = style.replaceFirst("^(?:this|that|the|my) (?:other |new )?" + StyleReader.A_PLACE + "(?: now| too| as well)?", "").strip();
        if (style.matches("(?:that|this|it|those|these|before|the last one|last time|the others?)|(?:no|not|without)\\b.*"
                // "close but give me another one": the asking again, not a look
                + "|(?:give me |do |make |try |show me )?(?:another|one more)(?: one| go| take)?"
                // "try another one, that's too busy", "another one, just a little different": a remark, not a look
                + "|(?:that'?s|it'?s|this is|too|just|a little|a bit|slightly|perhaps|maybe|i (?:don'?t|do not|dont|hate|like|"
                + "love|want))\\b.*|.*\\bdifferent")
                || style.matches("(?:a bit |much |a little |way )?(?:bigger|smaller|larger|wider|taller|darker|brighter|lighter|"
                        + "warmer|cooler|softer|sharper|busier|calmer|simpler|closer|further|more [a-z]+|less [a-z]+)")) {
            return "";   // "one more like that": the same look
        }
        // "one more variation, plain this time": no look at all
        return style.matches("(?:a |the )?(?:new|different|fresh|other|same|another) ?(?:seed|one|version|take)?|plain|normal|"
                + "no style|default")
                ? "" : StyleReader.tidied(style.replaceFirst("^(?:make it |make them )?(?:look|looks|looking) like ", ""));
    }

    private static Understanding style(StyleReader.Change change, InstructionContext context) {
        return new Understanding.FollowingUp(styleFollowUp(change, context));
    }

    /** What a style instruction does, given the style in force: naming that style again keeps it. */
    static FollowUp styleFollowUp(StyleReader.Change change, InstructionContext context) {
        if (change instanceof StyleReader.Set set && context.style().filter(s -> sameStyle(s, set.style())).isPresent()) {
            return new FollowUp.KeepStyle();   // "keep the watercolour going"
        }
        if (change instanceof StyleReader.Set set) {
            return new FollowUp.SetStyle(set.style());
        }
        if (change instanceof StyleReader.Keep && context.style().isEmpty() && !context.changes().isEmpty()) {
            // "love that, use that look for everything" after "as a pencil sketch": no style was set, so the look just
            // asked for is the one to keep
            Optional<String> look = StyleReader.lookAskedFor(context.changes().get(context.changes().size() - 1).instruction());
            if (look.isPresent()) {
                return new FollowUp.SetStyle(look.get());
            }
        }
        return change instanceof StyleReader.Keep ? new FollowUp.KeepStyle() : new FollowUp.ClearStyle();
    }
}
