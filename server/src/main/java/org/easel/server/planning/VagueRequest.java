package org.easel.server.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests that name no change ("make it nicer", "improve it", "do something") and verdicts that
 * name none ("meh", "not feeling it"): Easel cannot guess what the artist has in mind, so it asks,
 * offering the changes most often meant — and, right after a change, taking it back or trying again.
 */
final class VagueRequest {
    /** "make it better", "improve this", "do the thing", "needs more… something": a change, but which? */
    private static final Pattern ASKS_FOR_SOMETHING = Pattern.compile("(?:(?:idk|i dunno|just|hmm+)[,.]? )?(?:"
            + "(?:i (?:don'?t|dont|do not) know|no idea|not sure)[,.]? (?:just )?(?:make )?(?:it )?something (?:nice|cool|good|pretty|"
            + "interesting|fun|different|creative)|"
            // "needs work", "this area needs work", "it needs fixing"
            + "(?:(?:this|that|it|the) (?:(?:part|bit|area|spot|corner|picture|image|photo|pic) )?)?needs (?:some |a bit of |a little )?"
            + "(?:work|fixing|help|attention|love|tlc)|(?:make (?:it|this|(?:this|the) (?:part|bit|area|spot)|(?:the|this) (?:picture|image|photo|pic)) "
            + "(?:look )?|get it |can it be |it could be |it needs to be |could it be )(?:a bit |somehow |more )?(?:good|"
            + "great|right|perfect|beautiful|amazing|awesome|pro|professional|interesting|different|normal|decent|presentable)|(?:(?:make (?:it|this|her|him|them|me|us|(?:the|this) "
            + "(?:picture|image|photo|pic)) (?:look )?|get it |can it be |it could be |it needs to be |could it be )?"
            + "(?:a bit |somehow )?(?:nicer|better|prettier|more professional|more beautiful|less bad|more interesting|bolder|more bold)"
            + "))(?: looking)?(?: somehow)?(?: (?:idk|i guess|i dunno|maybe))?|(?:improve|enhance|fix|fix up|polish|"
            + "touch up|change|edit|alter|modify|help|adjust|tweak|rework|rethink)(?: (?:it|this|that|(?:the|this|my|our) (?:picture|image|"
            + "photo|pic|photograph|shot|drawing|painting|artwork|piece)))?"
            + "(?: up)?(?: somehow| a bit| a little| slightly| a touch| please)?|"
            // "make some changes", "try another approach"
            + "make (?:some |a few )?changes(?: to it)?|try (?:another|a different|a new) (?:approach|way|angle|direction|idea)|"
            // "kindly make the necessary adjustments", "fix whatever needs fixing": a change left to Easel to find
            + "make (?:the |any |all (?:the )?)?(?:necessary|needed|required|appropriate|usual) (?:adjustments|corrections|changes|fixes|"
            + "edits|tweaks|improvements)(?: accordingly)?|(?:fix|correct|sort) (?:whatever|what) (?:needs|is|'s) (?:fixing|correcting|"
            + "sorting|wrong|broken)|do (?:whatever|what) (?:needs|is needed|'s needed)(?: doing| to be done)?|"
            + "(?:do|try|paint|draw|add|put) (?:something|anything|your thing|the thing|some magic|magic)(?: (?:cool|fun|nice|"
            + "interesting|creative|different|crazy|wild|neat|special|good))?(?: (?:with|about|to|in|on) "
            + "(?:it|this|that|(?:this|that|the) (?:selected )?(?:part|bit|area|spot|one|photo|picture|image|pic)|the selection))?"
            + "(?: here| there)?|sort (?:it|this|that|(?:this|that) (?:bit|part|area|spot|one)|the (?:photo|picture|image|pic)) out|"
            + "fix the (?:read|vibe|feel)|(?:what|wat|wut|que|qué|huh|eh)[?!.]*|you know what to do|"
            // "change the whole vibe", "paint here": a change, or something to paint, with nothing said of what
            + "(?:change|alter|switch up|redo) (?:the )?(?:whole |entire |overall )?(?:vibe|feel|mood|atmosphere|energy)|"
            + "(?:paint|draw|put|add) (?:something )?(?:here|there|in here|in there)|"
            + "(?:swap|switch|clean(?: up)?) (?:it|this|that)(?: up)?|"
            + "(?:hmm+ |um+ |well )?(?:i'm |im |i am )?not (?:so |too )?sure(?: about (?:it|this|that))?|(?:this part|here|this bit)[,:]? do something|(?:(?:this|the|that|it) (?:[a-z]+ )?)?needs (?:more|a bit more)?[. ]*something|"
            // "bride looks off": something about someone, not what
            + "(?:the |her |his )?[a-z]+ looks? (?:a bit |kinda |kind of |a little )?(?:off|wrong|weird|odd|strange)|"
            + "(?:it )?(?:still )?(?:doesn't|does not) look (?:quite )?right.*|(?:it )?(?:wants|needs)[.…]* (?:a little|a bit|"
            + "just a|a)?[. …]*(?:something|a dash of magic).*|more on-?brand|add something(?: here)?|"
            + "something (?:about it )?(?:isn't|is not|'s not|isnt) (?:quite )?(?:right|working|singing|there)(?: yet)?.*|"
            + "(?:(?:it )?is |it's |its )?not good[,.]* (?:please |pls )?(?:do|change|fix|correct)(?: (?:something|it))?|"
            // "this part change please": a part pointed at, to change somehow
            + "(?:this|that) (?:part|bit|area|spot) (?:change|fix|improve|edit|redo)|"
            // "make it look like the other one", "make it feel like the music", "more like the director wants": a likeness to
            // something Easel cannot see
            + "(?:(?:make (?:it|this)|it (?:needs|has) to|it should) (?:look |feel |be |seem )?(?:a bit |more |much )?|more )like "
            + "(?:the other (?:one|picture|image|version|photo)|the music|the song|real|(?:what )?(?:the|my|our) [a-z]+ wants?)|"
            + "make it more[ .…]*(?:you know|"
            + "somehow|idk|i dunno)?|(?:make it|it needs to be) (?:more )?(?:[.…]+ ?)?you know|"
            // "idk, you decide", "your call": the choice left to Easel, which has to ask what to change
            + "(?:you|u) (?:decide|choose|pick)|(?:it'?s )?(?:your|ur) call|(?:it'?s )?up to (?:you|u)|dealer'?s choice|"
            + "whatever you (?:think|want|like)(?: is best)?|"
            // "let's just make it work", "can we optimize this?", "make it feel more premium", "something is wrong with this"
            + "(?:just )?make (?:it|this) work|optimi[sz]e (?:it|this|the (?:picture|image|photo))|(?:make (?:it|this) )?(?:feel|look) "
            + "(?:a bit |more |much )*(?:premium|professional|expensive|polished|high-end|luxurious|classy|on-?brand|elevated)|"
            + "something(?:'s| is) (?:wrong|off) with (?:it|this|the (?:picture|image|photo))(?:,? (?:please )?(?:check|look)(?: at it)?)?|"
            + "(?:it(?:'s| is) )?not (?:yet )?quite right(?: yet)?(?:,? i think)?|"
            // "make it look more like my character", "could you make him look more like himself": only the artist knows how
            + "(?:(?:can|could) (?:you|u) )?make (?:it|this|him|her|them) (?:look|feel) (?:a bit |a little |much |way )?(?:more )?like "
            + "(?:(?:my|the|our) (?:character|oc|kid|son|daughter|dog|cat|mum|mom|dad|wife|husband|reference|ref|sketch|concept|"
            + "mock-?up|layout|design|model sheet)|us|me|him(?:self)?|her(?:self)?|"
            + "them(?:selves)?|itself|(?:it'?s|its|it is) supposed to(?: look)?|it should(?: look)?|the real (?:one|thing|person))"
            + "(?: (?:please|pls))?[?.!]*"
            // "match it to my layout": a layout, a reference, only the artist has
            + "|match (?:it|this|the (?:picture|image|photo|colou?rs?)) (?:to|with) (?:my|the|our) (?:layout|reference|ref|sketch|"
            + "mock-?up|design|concept|moodboard|mood board|brief)(?: (?:please|pls))?[?.!]*");
    /** "meh", "not feeling it", "this is off", "not how I imagined it": the last result is not it. */
    private static final Pattern NOT_IT = Pattern.compile("(?:(?:hmm+|mm+|ugh|hm|well|idk|eh)[,.]* )?(?:hmm+|meh|nah|"
            // "hmmm no", "it's off somehow. can't explain", "this one is not good"
            + "(?:hm+|mm+)[,.]* no|(?:it'?s |its )?off somehow(?:[.,]* (?:i )?(?:can'?t|cannot) (?:explain|say)(?: it| why)?)?|"
            + "(?:this|that|it)(?: one)? (?:is|'s) (?:not good|no good|bad|rubbish|awful|terrible|ugly)|"
            + "not quite|something(?:'s| is|s| feels| looks| seems) (?:off|wrong|missing)|(?:the |my )?(?:client|boss|customer|editor)s? (?:doesn'?t|does not|"
            + "didn'?t|did not|won'?t) (?:like|love|want) (?:it|this|that)|(?:the |my )?(?:client|boss|customer|editor)s? "
            + "(?:hates?|dislikes?) (?:it|this|that)|(?:it )?(?:just )?looks? (?:just )?(?:bad|off|wrong|weird|meh)|not (?:feeling it|"
            + "right|quite right|quite it|it|great|good|(?:really |quite |exactly )?what i (?:wanted|meant|imagined|had in mind|pictured))|"
            + "(?:this|that|it)(?: one)?(?: is|'s) (?:off|wrong|not (?:it|right|quite right|correct|good|ok|okay))|"
            + "not (?:quite )?there yet|i (?:don't|do not) like "
            + "(?:it|this|that)|that's not it|(?:it(?:'s| is) )?not (?:quite )?(?:like|how) i (?:imagine|imagined|"
            + "remember(?:ed)?|pictured)(?: it)?(?:,? somehow)?)");

    /** "fix the colours", "correct the colour": a colour change, but which way? */
    private static final Pattern COLOURS = Pattern.compile("(?:fix|correct|improve|sort out|adjust|tweak|balance|"
            + "(?:(?:do|try) )?something (?:with|about)) (?:the |my |these |those )?colou?rs?(?: (?:a bit|please|somehow))?"
            // "the colours look weird", "colours are off": wrong, but which way?
            + "|(?:the |my |these |those |all the )?colou?rs? (?:look|looks|are|seem|feel|came out|look a bit|are a bit|are just|"
            + "look kinda|are kinda) (?:weird|off|wrong|strange|odd|funny|bad|not right|all wrong)(?:,? (?:somehow|idk))?");

    /**
     * "sort out the background", "can you do something about the bottom bit", "fix the flower": a part named, with
     * nothing said of what should happen to it.
     */
    /** What a picture is for, in a word or two: "the newsletter", "my book", "the school fair" (not "… with a dragon"). */
    private static final String FOR_WHAT = "(?!(?:[a-z']+ )?(?:with|of|showing|where|that|in)\\b)[a-z']+(?: [a-z']+){0,2}";
    /** "make something", "I need something for the cover", "a cover for my book": a picture with nothing of what it shows. */
    private static final Pattern NOTHING_NAMED = Pattern.compile("(?:(?:make|draw|paint|create|generate|render|design) (?:me |us )?"
            + "|i (?:need|want|would like|'d like) )?(?:something|anything)(?: (?:nice|cool|pretty|beautiful|good|fun|interesting|"
            + "creative|random|new))?(?: for (?:the |my |our |a |an )?" + FOR_WHAT + ")?[.!?]*"
            + "|(?:(?:make|draw|create|design) (?:me |us )?|i (?:need|want) )?(?:a|an) (?:cover|poster|flyer|card|logo|banner|thumbnail|"
            + "header|illustration|picture|image|background|design) for (?:my|our|the|a|an) " + FOR_WHAT + "[.!?]*");
    /** Pictures to start from when nothing was said of what to show; each one a complete request. */
    private static final List<String> STARTING_POINTS = List.of("a landscape at golden hour, oil painting",
            "a still life of flowers in a vase, watercolour", "an abstract pattern in soft colours");
    private static final Pattern VAGUE_ABOUT_A_PART = Pattern.compile("(?:(?:(?:do|try) )?something (?:about|with)|sort out|"
            + "fix(?: up)?|tidy up|deal with|work on|improve|change|do something to) (?:the|this|that|my|his|her|their) "
            + "((?!(?:colou?rs?|contrast|noise|grain|exposure|shadows|highlights|white balance|tones?|brightness|saturation|"
            + "lighting|light|blur|sharpness|focus|horizon|tilt|crop|canvas|style|look|picture|image|photo|pic|whole)\\b)"
            + "[a-z'-]+(?: (?!(?:to|into|with|for|from|so|and|by|in|on|as)\\b)[a-z'-]+){0,2})[.!?]*");
    /** "I want it more natural", "make it look less fake": overdone somehow, but which way? */
    private static final Pattern MORE_NATURAL = Pattern.compile("(?:(?:i want|i'd like|i would like) (?:it|this) |(?:(?:can|could) "
            + "(?:you|u) )?make (?:it|this|the (?:picture|image|photo)) (?:look )?|(?:it|this) (?:look )?)?(?:a bit |a little |much )?(?:more natural(?: looking)?|"
            + "less (?:fake|artificial|unnatural|edited|overdone|overprocessed))(?: please| pls)?[.!?]*");
    /** "clean it up", "put it more clean": cleaner, but of noise, of clutter or of mud? */
    private static final Pattern CLEANER = Pattern.compile("(?:make|put|get) (?:it|this|the (?:picture|image|photo)) (?:look )?"
            + "(?:more clean|cleaner|clean)(?: please)?[.!]*|clean (?:it|this|the (?:picture|image|photo)) up[.!]*");

    /** "make it softer", "can it be softer?": blurred, with less contrast, or with gentler light? */
    private static final Pattern SOFTER = Pattern.compile("(?:(?:make|get) (?:it|this|the (?:picture|image|photo))(?: look| feel)? |"
            + "(?:can|could|should) it (?:be|look|feel) |it (?:should|needs to|could) (?:be|look|feel) )?(?:a (?:bit|little|touch) |slightly )?"
            + "softer(?: please| pls)?[?.!]*");

    /** "do something about the lighting", "redo the lighting somehow": the light changed, but which way? */
    private static final Pattern LIGHT_SOMEHOW = Pattern.compile("(?:(?:do|try) something (?:about|with)|fix|sort out|change|redo|"
            + "improve|adjust|tweak|work on|play with|mess with) (?:the )?(?:lighting|light|lights)(?: (?:somehow|a bit|a little|"
            + "please|pls))*[.!?]*");
    /** "change the brightness a little": a setting named, but not which way it should go. */
    private static final Pattern NO_WAY_SAID = Pattern.compile("(?:change|adjust|alter|tweak|modify|fiddle with|play with|do "
            + "something (?:about|with)) (?:the |its )?(brightness|contrast|saturation|warmth|temperature|colou?r temperature)"
            + "(?: (?:a bit|a little|slightly|somewhat|a touch|please|pls|somehow))*[.!?]*");
    /** The two ways each setting goes, as instructions the rules read exactly. */
    private static final Map<String, List<String>> BOTH_WAYS = Map.of(
            "brightness", List.of("make it brighter", "make it darker"),
            "contrast", List.of("increase the contrast", "reduce the contrast"),
            "saturation", List.of("make it more saturated", "make it less saturated"),
            "warmth", List.of("make it warmer", "make it cooler"));

    /** "change the color": a colour change with neither the colour nor what should have it said. */
    private static final Pattern CHANGE_THE_COLOUR = Pattern.compile("(?:change|alter|switch up|swap|do something with) "
            + "(?:the |its |the whole )?colou?rs?(?: (?:a bit|please|pls|somehow|of (?:it|this|the (?:picture|image|photo))|on "
            + "(?:it|this|that)))?[.!]*");

    /** A verdict somewhere in a longer sentence: "client says it "doesn't feel right"", "something's off but I can't say what". */
    private static final Pattern VERDICT = Pattern.compile("\\b(?:(?:doesn'?t|does not|don'?t|do not) (?:feel|look|seem) "
            + "(?:right|good|finished)|something(?:'s| is| feels| looks)? (?:off|wrong|missing)|not (?:really |quite |exactly )?what "
            + "(?:i|we|they|she|he) (?:meant|mean|wanted|want|pictured|imagined|had in mind|asked for)|more better|(?:whatever|idk what) "
            + "that means|more\\W+(?:energetic|alive|exciting|dynamic|special|professional)\\?"
            // "it should be different", "I am not altogether satisfied with it", "it is not good like this", "it looks weird here"
            + "|should be (?:more |a bit |very )?different|(?:not|n't) (?:altogether |entirely |fully |really |quite |too )?(?:satisfied|"
            + "happy|pleased|convinced) with (?:it|this|that|the (?:result|picture|image|photo))|not (?:good|right) like (?:this|that)"
            + "|(?:looks?|seems?|feels?) (?:a bit |kinda |so |really |very )?(?:weird|strange|odd|wrong)\\b(?: (?:here|there|now))?[.!?]*$"
            + "|(?:perhaps|maybe) something (?:different|else)"
            // "do the thing we talked about", "do the usual", "sort it out like we talked": an earlier talk Easel was not part of
            + "|\\bdo (?:the usual|the thing we (?:talked|spoke|chatted) about|what we (?:talked|spoke) about)|like we (?:talked|discussed|"
            + "agreed|said)(?: about)?[.!?]*$|do it like the other one)");

    private static final Pattern FOR_SOMEONE = Pattern.compile("\\s+for (?:the |my |a |an |our |his |her |their )?[a-z']+"
            + "(?: [a-z']+)?$");

    /** "the kitchen, you know": words after a thing that say nothing of it. */
    private static final String TRAILING_FILLER = ",? (?:you know|u know|y'know|idk|i guess|lol|lah|leh|lor|sia|yaar|bro|mate|dude)";

    /** What a selection is filled with rather than a thing in it: "the sky", "the grass", "the wall". */
    private static final Pattern A_SURFACE = Pattern.compile("\\b(?:sky|skies|sea|ocean|grass|lawn|water|ground|floor|wall|"
            + "background|backdrop|clouds|sand|snow|field|road|pavement|sidewalk|carpet|ceiling|fog|mist)\\b");
    /** "the car", "his jacket": something in the picture, named with nothing said of it. */
    static final Pattern ONLY_A_THING = Pattern.compile("(?:the|my|his|her|their|our|your) (?!.*\\b(?:one|ones|same|"
            + "original|first|second|third|fourth|fifth|last|previous|latest|newest|most|recent|earlier|other|end|next|left|"
            + "right|top|bottom|sides?|before|again|too|more|less|way|best|worst)\\b)[a-z'-]+(?: [a-z'-]+)?"
            + "(?:" + TRAILING_FILLER + ")?[.!?]*");

    private VagueRequest() {
    }

    /** A question back when a sentence that would be refused gives a verdict on the picture instead of asking for a change. */
    static Optional<Understanding> verdict(String instruction, InstructionContext context) {
        String said = Phrasing.normalise(instruction);
        if (VERDICT.matcher(said).find() || ONLY_VAGUE.matcher(said).matches()) {
            return read("meh", context);
        }
        // "smaller", "change him", "make it funnier", "put it somewhere else", "ok now do it": a change asked for in a few
        // words that say nothing Easel can do of themselves — asked what should change, not refused
        return A_CHANGE_WITHOUT_WHAT.matcher(said).matches() ? Optional.of(whatToChange()) : Optional.empty();
    }

    private static final Pattern A_CHANGE_WITHOUT_WHAT = Pattern.compile("(?:(?:ok|okay|now|so|then|and|please|pls|can you|could you|"
            + "just|idk),? )*(?:(?:make|get) (?:it|this|him|her|them)(?: a (?:bit|little|lot))? (?:more |less )?[a-z-]+(?:er|y|ish)?"
            + "|(?:make|get) (?:it|this|him|her|them) (?:more|less) (?:[a-z-]+ ){0,2}[a-z-]+|change (?:it|this|him|her|them)"
            + "|(?:do|try) (?:it|that|the stuff|something)|resize (?:it|this)|(?:smaller|bigger|heavier|lighter|thicker|thinner|"
            + "tighter|looser|funnier|nicer|prettier)|put (?:it|this|that) (?:somewhere else|elsewhere|there|over there)|"
            + "move (?:it|this|that))(?: (?:please|pls|now|again|more|a bit|then))*[.!?…]*");

    /**
     * Nothing but vague words: "do your magic", "it is not good like this", "hmm no", "ugh can you just sort this out",
     * "ok sorry. then make the picture more better". Asked back, not refused: the artist wants something changed.
     */
    private static final Pattern ONLY_VAGUE = Pattern.compile("(?=.*\\b(?:good|better|nice|nicer|magic|fix|change|chnage|sort|"
            + "strange|weird|wrong|off|vibe|reading|needful|something|no|nah|nope|not|different|differently|else|other|"
            + "don't|dont|idk|the thing|help|correct|adjust|edit|improve|tweak|appropriate|adjustment)\\b)"
            + "(?:(?:hm+|ugh|ok|okay|sorry|well|so|then|just|please|can|could|to|let's|lets|dear|class|love|mate|guys|"
            + "you|idk|i|dont|don't|know|think|this|it|that|is|it's|its|not|no|nah|nope|do|your|my|the|a|make|picture|image|"
            + "photo|pic|more|better|good|nice|nicer|magic|fix|change|chnage|sort|out|up|strange|weird|wrong|off|right|like|"
            + "properly|correctly|"
            + "needs?|something|vibe|reading|needful|thing|stuff|looks?|seems?|feels?|somehow|at|all|"
            // "hmm, not like that. something else", "do it other", "not good, again different"
            + "different|differently|other|else|again|maybe|quite|of|kind|kinda|with|try|one|"
            // "help me with this picture please i don't know what to do"
            + "help|me|what|how|pls|"
            // "Correct the image.", "adjust this part", "Adjust as appropriate.", "kindly do the needful", "make it nicer period",
            // "it's off somehow, cant put my finger on it"
            + "correct|adjust|edit|improve|tweak|alter|modify|part|bit|area|as|appropriate|apply|adjustment|kindly|period|"
            + "put|finger|on|can't|cant|plz)"
            + "\\b[\\s,.!?…✨]*)+");

    /** Words that judge a picture without saying what to change in it: "nicer", "right", "character", "work". */
    private static final Set<String> JUDGEMENTS = Set.of("good", "better", "best", "nice", "nicer",
            "lovely", "lovelier", "pretty", "prettier", "beautiful", "gorgeous", "stunning", "amazing", "awesome", "great",
            "perfect", "right", "wrong", "off", "different", "interesting", "special", "appealing", "attractive",
            "professional", "polished", "finished", "unfinished", "complete", "friendly", "suitable", "appropriate", "fitting",
            "fun", "exciting", "striking", "impressive", "epic", "fancy", "fancier", "classy");
    /** Qualities a picture is said to need ("some character", "needs work"); as a thing named, "the character" is no judgement. */
    private static final Set<String> QUALITIES = Set.of("character", "personality", "life", "soul", "energy",
            "work", "something", "magic", "oomph", "pizzazz", "flair", "spark", "love", "help");
    private static final Set<String> NEEDING = Set.of("some", "more", "needs", "need", "any", "little", "bit");
    /** The words around a judgement: who or what, how much, and the asking. */
    private static final Set<String> AROUND_A_JUDGEMENT = Set.of("make", "makes", "get", "give", "gives",
            "let", "can", "could", "would", "will", "you", "u", "please", "pls", "it", "this", "that", "these", "those", "the",
            "a", "an", "some", "more", "much", "way", "bit", "little", "lot", "look", "looks", "looking", "feel", "feels", "seem",
            "seems", "be", "is", "are", "was", "needs", "need", "to", "so", "too", "really", "very", "quite", "kind", "kinda",
            "of", "sort", "somehow", "i", "don't", "dont", "know", "idk", "think", "just", "maybe", "perhaps", "her", "him",
            "them", "his", "its", "their", "my", "she", "he", "they", "it's", "and", "but", "still", "now", "also",
            "fix", "for", "in", "hmm", "ok", "okay", "well", "um", "not", "yet");

    /**
     * "can the dog look nicer", "give it some character", "the sea needs work", "make it more kid friendly": a judgement
     * of the picture or of one thing in it, which says that something should change but not what.
     */
    static boolean onlyJudged(String core) {
        List<String> words = java.util.Arrays.stream(core.split("[^a-z'-]+")).filter(w -> !w.isEmpty()).toList();
        int judged = 0;
        int named = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (JUDGEMENTS.contains(word) || QUALITIES.contains(word) && i > 0 && NEEDING.contains(words.get(i - 1))) {
                judged++;
            } else if (!AROUND_A_JUDGEMENT.contains(word)) {
                named++;
            }
        }
        return judged > 0 && named <= 1;
    }

    static Optional<Understanding> read(String instruction, InstructionContext context) {
        if (FormReader.aboutTheProgram(Phrasing.core(instruction))) {
            return Optional.empty();   // "change the brush smoothing settings": the program's, which is refused, not asked about
        }
        if (NOTHING_NAMED.matcher(Phrasing.core(instruction)).matches()) {
            // "make me something nice", "a cover for my book": a picture asked for, with nothing said of what it shows
            return Optional.of(new Understanding.Clarify("What should the picture show? Describe it (what, where, in which "
                    + "style), or start from one of these.", STARTING_POINTS));
        }
        if (ONLY_A_THING.matcher(Phrasing.core(instruction)).matches() && !context.hasSelection() && !context.blankLayer()) {
            // "the car" with nothing selected: a part of the picture named, nothing said of it
            String thing = Phrasing.core(instruction).replaceAll("[.!?]+$", "")
                    .replaceAll("(?:" + TRAILING_FILLER + ")$", "");
            return Optional.of(new Understanding.Clarify("What should happen to " + thing + "? Select it to remove it or "
                    + "paint something else there, or say how it should change.",
                    List.of("remove " + thing, Canonical.instructionEdit("make " + thing + " stand out more"))));
        }
        String said = Phrasing.normalise(instruction);
        if (ONLY_A_THING.matcher(said).matches() && context.hasSelection() && context.lastChange().isEmpty()
                && (instruction.contains("?") || said.matches("the [a-z'-]+[.!]*") && !A_SURFACE.matcher(said).find())) {
            // "the sky??", "the dog", "the face" with something selected: the thing there, named with nothing said of it.
            // A surface named ("the sky", "the grass") is what to paint over the selection.
            String thing = Phrasing.core(instruction).replaceAll("[.!?]+$", "");
            String named = thing.replaceFirst("^\\S+ ", "");
            String some = named.matches(".*[^s]s") ? "" : named.matches("[aeiou].*") ? "an " : "a ";
            return Optional.of(new Understanding.Clarify("What should happen to " + thing + "? Pick one, or say how it should "
                    + "change.", List.of("remove what is selected", "put " + some + named + " here")));
        }
        // "make it nicer for grandma": who it is for says nothing of what to change
        // "make it look nicer for the ad, ya know", "help me with this picture please i don't know what to do": the same
        String core = FOR_SOMEONE.matcher(Phrasing.core(instruction).replaceFirst("(?:" + TRAILING_FILLER
                + "|,? (?:ya know|tbh|haha|please|pls|(?:please )?i (?:don'?t|do not|dont) know (?:what to do|how(?: to)?)))+[.!?]*$", ""))
                .replaceFirst("");
        if (COLOURS.matcher(core).matches() && !AdjustmentReader.complainsOfACast(instruction)) {
            // A cast is the usual trouble, and white balance fixes it whichever way it goes.
            return Optional.of(new Understanding.Clarify("Which way should the colours go?",
                    List.of("correct the white balance", "make it warmer", "make it cooler")));
        }
        if (LIGHT_SOMEHOW.matcher(core).matches()) {
            return Optional.of(new Understanding.Clarify("Which way should the light go? Pick one, or say what is wrong with it.",
                    List.of("make it brighter", "make it darker", "increase the contrast")));
        }
        Matcher setting = NO_WAY_SAID.matcher(core);
        if (setting.matches()) {
            String named = setting.group(1).replaceFirst("^(?:temperature|colou?r temperature)$", "warmth");
            return Optional.of(new Understanding.Clarify("Which way should the " + setting.group(1) + " go?",
                    BOTH_WAYS.get(named)));
        }
        Matcher part = VAGUE_ABOUT_A_PART.matcher(core);
        boolean complaintSaysWhat = AdjustmentReader.answersAComplaint(instruction);
        if (part.matches() && !context.blankLayer() && !AdjustmentReader.namesAnEffect(core) && !AdjustmentReader.complains(core)
                && !complaintSaysWhat) {
            String thing = part.group(1);
            return Optional.of(new Understanding.Clarify("What should happen to the " + thing + "? Say how it should change, "
                    + "or pick one of these.", context.hasSelection()
                    ? List.of("remove what is selected", "increase the contrast", "sharpen it")
                    : List.of(Canonical.instructionEdit("make the " + thing + " look better"), "increase the contrast",
                            "sharpen it")));
        }
        // with a selection, "clean this up" removes what is selected
        if (CLEANER.matcher(core).matches() && !context.hasSelection() && !complaintSaysWhat) {
            return Optional.of(new Understanding.Clarify("Cleaner how? Pick one, or select what should go and say "
                    + "\"remove this\".", List.of("reduce the noise", "sharpen it", "increase the contrast")));
        }
        // only when nothing else is said: "it looks a bit too crispy? could it be softer" says what should be softer
        boolean saidAlone = !Phrasing.normalise(instruction).matches(".*[a-z].*[.!?,;]\\s+[a-z].*");
        if (SOFTER.matcher(core).matches() && saidAlone && context.lastChange().isEmpty() && !context.hasSelection()) {
            return Optional.of(new Understanding.Clarify("Softer how? Pick one, or say what should be softer.",
                    List.of("blur it a little", "reduce the contrast", "tone down the highlights")));
        }
        if (MORE_NATURAL.matcher(core).matches()) {
            return Optional.of(new Understanding.Clarify("More natural how? Pick one, or say what looks unnatural.",
                    List.of("make it a bit less saturated", "reduce the contrast slightly", "correct the white balance")));
        }
        if (CHANGE_THE_COLOUR.matcher(core).matches()) {
            return Optional.of(new Understanding.Clarify("Which colour change did you mean? (Or say which colour, and for "
                    + "what.)", List.of("shift the hue", "make it warmer", "make it cooler")));
        }
        // "hmm", "um…", "?": nothing asked at all, which is a question back to the artist, not a refusal.
        boolean saysNothing = Phrasing.normalise(instruction).matches("(?:hm+|um+|uh+|erm+|m{2,}|eh+|ugh+|argh+|\\?)[.?!…, ]*(?:ok(?:ay)?|so|idk|"
                + "i dunno|dunno)?[.?!… ]*");
        // "this", "here": pointing at something with nothing said of it; right after a change, "and this" is that change again.
        saysNothing |= context.lastChange().isEmpty() && core.matches("(?:this|that|here|this one|this bit|this part)[?!.]*");
        boolean notIt = saysNothing || NOT_IT.matcher(core).matches();
        // "hmm not sure, do something", "idk somethings off, do something": every clause vague, none saying what
        String[] clauses = core.split("\\s*[,.;!?]+\\s*");
        boolean everyClauseVague = clauses.length > 1 && java.util.Arrays.stream(clauses).allMatch(clause ->
                ASKS_FOR_SOMETHING.matcher(clause).matches() || NOT_IT.matcher(clause).matches()
                        || clause.matches("(?:hm+|um+|idk|i dunno|dunno|ok|okay|so|well)"));
        if (everyClauseVague && !AdjustmentReader.answersAComplaint(instruction)) {
            return Optional.of(whatToChange());
        }
        if (!notIt && !ASKS_FOR_SOMETHING.matcher(core).matches() || AdjustmentReader.answersAComplaint(instruction)) {
            return Optional.empty();   // "eyes became red by flash. please fix": the complaint says what
        }
        Optional<InstructionContext.ChangeKind> last = context.lastChange();
        if (notIt && last.isPresent()) {
            List<String> readings = last.get() == InstructionContext.ChangeKind.GENERATED
                    ? List.of("another one", "undo")
                    : List.of("less", "undo");
            return Optional.of(new Understanding.Clarify("What should change? Take the last change back, or try it "
                    + "another way — or say what you would like in your own words.", readings));
        }
        return Optional.of(whatToChange());
    }

    /** What should change, asked with the changes most often meant. */
    static Understanding whatToChange() {
        return new Understanding.Clarify(WHAT_TO_CHANGE, OFTEN_MEANT);
    }

    /** A question back when the only reading found is a far-fetched one: it is offered, next to the changes most often meant. */
    static Understanding whichChange(String farFetched) {
        return new Understanding.Clarify(WHAT_TO_CHANGE, List.of(farFetched, OFTEN_MEANT.get(0), OFTEN_MEANT.get(1)));
    }

    private static final String WHAT_TO_CHANGE = "What would you like changed? A few things Easel can do — or say what you "
            + "have in mind in your own words.";
    private static final List<String> OFTEN_MEANT = List.of("increase the contrast", "make it more saturated", "sharpen it");
}
