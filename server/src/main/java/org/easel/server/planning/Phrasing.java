package org.easel.server.planning;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.server.planning.semantic.SemanticUnderstanding;

/**
 * The words of an instruction without what only makes it polite or chatty: "hey, could you please
 * make it warmer?" reads as "make it warmer". Every slot reader starts from this.
 */
final class Phrasing {
    /** Greetings, fillers and requests in front of what is asked; repeated ("ok so could you please"). */
    private static final Pattern OPENING = Pattern.compile("^(?:(?:no|nah|nope)[,.!]+\\s*"
            // "Where I've drawn the circle, I'd like a moon", "where the dotted line is, …": the place, which the selection says
            + "|where (?:i'?ve|i have|i) (?:just )?(?:drawn|marked|selected|circled|outlined|put|boxed) (?:the |a |an |my |this )?[a-z ]{0,20}?,\\s*"
            + "|where the [a-z ]{1,20}? (?:is|are),\\s*"
            // "may I have a little boat on a lake?", "could we get a picture of …": a request put as a question
            + "|(?:may|might|could|can) (?:i|we) (?:please )?(?:have|get) (?=(?:a|an|some|one|two|three|another|the|more)\\b)"
            // "lovely, now add some fireflies": a reaction to the last change, then the request
            // "Right. Now enlarge it for printing.": a word of agreement, not a side
            + "|(?:lovely|nice|great|cool|perfect|awesome|good|fine|beautiful|wonderful|amazing|sweet|brilliant|excellent|whatever|right|"
            + "cool cool|nice nice|great great|love it|looks (?:good|great|nice)|that'?s (?:good|great|nice|better|perfect|lovely)"
            // "i like this one, keep it like this for all the pictures we make"
            + "|i (?:really )?(?:like|love) (?:this|that|it)(?: one| version| look)?"
            // "i like how this came out, lock it in"
            + "|i (?:really )?(?:like|love) how (?:this|that|it) (?:came out|turned out|looks|has turned out))[,.!]+\\s*|(?:hey|hi|hello|ok|okay|so|now|hmm+|um+|uh+|alright|"
            + "well|oh dear|oh no|oh|oops|whoops|yeah|yes|yep|nope|nah|easel|and|also|then|actually|honestly|sorry|never mind|ooh|lmao|lol|haha|bro|dude|yo|omg|"
            + "please|pls|plz|kindly|just|maybe|perhaps|idk|dunno|i dunno|i don'?t know|tbh|ngl|sir|madam|ma'am|lowkey|low key|i guess|i suppose|"
            // "please" and "friend" in the Englishes of Nigeria, Malaysia, South Asia and elsewhere: "abeg put one big mango tree"
            + "abeg|tolong|biko|por favor|bitte|svp|yaar|bhai|sis|mate)\\b[,!.:]*\\s*(?:[—–]\\s*)?"
            + "|i(?:'ve| have)? (?:just )?(?:selected|marked|circled|outlined) [^,.]*[,.]\\s*"
            + "|i (?:have|'ve got|got) (?:the |this |my |a )?[a-z' ]{1,25} (?:selected|marked|circled)(?:,| and)\\s*"
            + "|(?:good (?:morning|afternoon|evening)|dear easel|please could you|could you kindly|"
            + "i(?:'m| am) (?:so |very )?sorry to (?:trouble|bother) you|i (?:don't|do not) (?:wish|want|mean) to be a "
            + "(?:bother|nuisance)|i(?:'m| am) afraid|"
            // "I should like to know how many acres this field comprises": a question, asked as a wish
            + "(?:i(?:'d| would| should) (?:like|love) to know|i (?:want|wanna|need) to know|i(?:'m| am) curious|i wonder(?:ed)?)"
            + "(?= (?:who|why|when|where|which|how (?:many|much|old|big|long|far|tall|wide))\\b| what (?!(?:if|would|it'?d|it would|"
            + "this would|that would|they'?d)\\b))|i(?:'d| would| should) be (?:very |so |most |really |much )?(?:grateful|obliged|thankful) if(?: you (?:could|would))?|"
            + "it would be (?:lovely|nice|great|wonderful|good|brilliant) if you could|(?:i (?:wonder(?:ed)?|was wondering|am wondering|'m wondering)|(?:just )?wondering) (?:if|whether) "
            + "(?:you could|you would|you might|it would be possible to|it's possible to|i could have|i might have)|"
            + "would you be (?:so )?(?:kind|good) (?:enough )?(?:as )?to|might i (?:have|ask for|see)|i should (?:like|love)"
            + "(?: to(?: have| see)?)?|i (?:was|am|'m) hoping (?:you (?:could|might|can|would)|to)|i (?:would|'d) be delighted "
            + "if you (?:could|would))\\b[,!.:]*\\s*"
            // "would you ever trim off the bit at the bottom": the Irish way of asking
            + "|(?:can|could|would|will|might) (?:you|u|we|i)(?: (?:please|pls|maybe|just|kindly|ever|possibly|perhaps))?\\s+"
            // "can it make a sunset?": the tool asked, as "it"
            + "|(?:can|could|will|would) (?:it|easel|this app|the app) (?=(?:make|draw|paint|generate|create|give|put|add|show)\\b)"
            // "can give me one more": the subject left out
            + "|(?:can|could) (?=(?:give|make|do|put|add|remove|show|try|turn|change|fix|get|generate|create|paint|draw|take|"
            + "erase|delete|crop|rotate|flip|brighten|darken)\\b)"
            // "can help me remove this people?", "please help me to make it brighter"
            + "|(?:(?:can|could) (?:you |u )?)?help me(?: to)?\\s+(?=(?!(?:with|on|out|here|please|pls)\\b)[a-z]+ )"
            + "|help (?=(?:put|add|draw|paint|make|remove|generate|create|fix)\\b)"
            // "I wish for a dog sitting here", "I desire a portrait of …", "I was thinking maybe a little farmhouse"
            // "I require an illustration of …", "I should be grateful for a picture of …"
            + "|i (?:wish for|desire|require|request|(?:would|should|'d) (?:really |much |greatly )?appreciate|(?:would|should|'d) be (?:very |so |most |"
            + "really |much )?(?:grateful|obliged|thankful) for|would have|was (?:kind of |sort of |just )?(?:thinking(?: of| about)?|hoping for)|"
            + "(?:am|'m) thinking(?: of| about)?)(?: (?:maybe|perhaps))?\\s+(?=(?:a|an|some|one|two|three)\\b)"
            // "i want that you put a flag on this pole": the wish said with "that"
            + "|i (?:want|would like|'d like|wish|need) that (?:you|u) (?:please )?"
            + "|(?:i(?:'d| would)? (?:like|love|want|need)|i wanna|(?:want|wanna)(?= (?:a|an|some)\\b)|i'm looking for|we need|we want|let's|lets|"
            + "let me (?:see|have|get)|i think (?:we need|it needs)|how about|what about|time to|"
            + "is it (?:at all )?possible to|would it be (?:at all )?possible to|is there (?:a|any) way (?:to|you could|you can|i can|i could)|"
            + "(?:is|would) it be (?:ok|okay|alright|all right|fine) (?:if you|to)|is it (?:ok|okay|alright|all right|fine) (?:if you|to)|any chance (?:you could|of)|do you think you could|"
            + "would you mind|do you mind|would you be able to|could you possibly)"
            + "(?: (?:you|u) to| to)?\\s+)+");
    /** Thanks, "please" and punctuation at the end. */
    private static final Pattern CLOSING = Pattern.compile("(?:[,?!\\s]+(?:please|pls|plz|thanks|thank you|thx|ty|"
            + "for me|if you can|if possible|if you could|would you|could you|will you|can you|won't you|ok|okay|yaar|bhai|mate|"
            + "(?<!from )now|:\\)|:d|lol|haha|af|tbh|ngl|rn|fr|asap|"
            + "if (?:that is|that's|it is|it's) (?:possible|alright|all right|ok|okay|within your powers)|if i may|"
            + "if you (?:would be so kind|can manage it|don't mind|do not mind)|just for fun|if you would|if you will|if you please|"
            // "sorry to bother", "sorry if that's too specific"
            + "sorry(?: (?:to bother(?: you)?|for the bother|for asking|to ask|again|if (?:that'?s|that is|this is|it'?s|it is|thats|its) "
            + "(?:too [a-z]+|a lot|weird|silly|stupid|dumb|confusing|unclear|a (?:silly|dumb|stupid|weird) (?:question|request|ask))))?"
            + "|i beg (?:of )?you|though|(?<=[,.;!] )(?:fast|quick|quickly|asap)"
            + "|if (?:that|it)(?: isn't| is not|'s not|s not| wouldn't be| would not be) too (?:difficult|much trouble|hard|much to ask)"
            // "make it black and white thats so aesthetic": a remark on the result, not a quality asked for
            + "|(?:that'?s|that is|it'?s|its|it is|it'd be|(?:it |that |this )?would be|(?:it |that |this )?will be|"
            // "invert the colors its gonna look so creepy"
            + "(?:it'?s|its|it is|that'?s|this is|it'?ll|it will|that'?ll) (?:gonna|going to) (?:look|be)|(?:it'?ll|it will|that'?ll) (?:look|be)) "
            + "(?:so |very |really |super |kinda |pretty )?(?:aesthetic|cool|nice|pretty|cute|fun|vibey|dope|sick|fire|lit|good|great|"
            + "lovely|creepy|spooky|funny|hilarious|wild|epic|awesome|amazing|interesting|weird|trippy|artsy|neat)))+$|"
            // "… ceramic jug in the selection. nothing fancy", "chiaroscuro, if you even know what that is"
            + "[,.;\\s]+(?:nothing (?:too |very )?fancy|keep it simple|if you (?:even )?know what (?:that|it) (?:is|means)"
            // "Add an inch of bleed on every side. You know what bleed is?"
            + "|(?:do )?(?:you|u) know what (?:a |an )?[a-z]{2,20}(?: [a-z]{2,20})? (?:is|means)\\??)$|"
            // "…, keep lightness", "…, keep everything else as is": what should not change, said after the change
            + "[,;]\\s*(?:but |and )?(?:keep|keeping|leave|leaving|preserve|don'?t touch|do not touch) (?:the |its |my )?"
            + "(?:lightness|luminosity|rest(?: of (?:it|the (?:picture|image|photo)))?|everything else|all else|the rest|"
            + "(?:[a-z]+ ){0,2}(?:the same|as (?:it )?is|alone|untouched|intact))$|"
            + "[\\s.!?…]+$");
    private static final Pattern EMOJI = Pattern.compile("[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{FE0F}]");

    private Phrasing() {
    }

    /** Common misspellings of the words Easel reads closely, so "make it more brite" reads. */
    private static final Map<String, String> TYPOS = Map.ofEntries(
            Map.entry("brite", "bright"), Map.entry("briter", "brighter"),
            Map.entry("outta", "out of"), Map.entry("thru", "through"),
            Map.entry("britness", "brightness"), Map.entry("brigher", "brighter"),
            Map.entry("contrst", "contrast"), Map.entry("contast", "contrast"),
            Map.entry("contrasst", "contrast"), Map.entry("constrast", "contrast"),
            Map.entry("saturaton", "saturation"), Map.entry("saturtion", "saturation"),
            Map.entry("vignete", "vignette"), Map.entry("vinette", "vignette"),
            Map.entry("vingette", "vignette"), Map.entry("blury", "blurry"),
            Map.entry("sharpn", "sharpen"), Map.entry("grayscal", "grayscale"),
            Map.entry("warmr", "warmer"), Map.entry("darkr", "darker"),
            Map.entry("remvoe", "remove"), Map.entry("remoev", "remove"),
            Map.entry("rmove", "remove"), Map.entry("delte", "delete"),
            Map.entry("backgorund", "background"), Map.entry("teh", "the"),
            Map.entry("pls", "please"), Map.entry("plz", "please"),
            Map.entry("brightr", "brighter"), Map.entry("moar", "more"),
            Map.entry("orig", "original"), Map.entry("u", "you"), Map.entry("ur", "your"),
            Map.entry("nvm", "never mind"), Map.entry("thx", "thanks"),
            Map.entry("colr", "color"), Map.entry("clr", "color"), Map.entry("sam", "same"),
            Map.entry("agn", "again"), Map.entry("mor", "more"), Map.entry("les", "less"),
            Map.entry("grene", "green"), Map.entry("rot", "rotate"),
            Map.entry("washd", "washed"), Map.entry("hilights", "highlights"),
            Map.entry("procent", "percent"), Map.entry("prosent", "percent"),
            Map.entry("lastest", "latest"), Map.entry("smth", "something"),
            Map.entry("sth", "something"), Map.entry("ppl", "people"),
            Map.entry("contrasty", "contrasty"), Map.entry("sel", "selection"),
            Map.entry("yaar", "yaar"), Map.entry("bhai", "bhai"),   // a friend addressed, not "year"
            Map.entry("excise", "remove"), Map.entry("excised", "removed"),   // the formal words for it
            Map.entry("expunge", "remove"), Map.entry("expunged", "removed"),
            Map.entry("diff", "different"),   // "give me a diff one"
            Map.entry("img", "image"),   // not "contrast": "too contrasty" asks for less
            // to remove, in the Malay, Hindi and Spanish a sentence in English borrows: "buang this signboard", "is pole ko hatao"
            Map.entry("buang", "remove"), Map.entry("buangkan", "remove"), Map.entry("hilangkan", "remove"),
            Map.entry("hatao", "remove"), Map.entry("hatado", "remove"), Map.entry("borra", "remove"),
            // and the Malay of "terang sikit", "contrast also naikkan", "gelapkan sikit"
            Map.entry("sikit", "a little"), Map.entry("sedikit", "a little"),
            Map.entry("naikkan", "increase"), Map.entry("turunkan", "decrease"),
            Map.entry("terang", "brighter"), Map.entry("terangkan", "brighten"),
            Map.entry("gelap", "dark"), Map.entry("gelapkan", "darken"),
            Map.entry("tambah", "add"), Map.entry("tambahkan", "add"), Map.entry("potong", "crop"),
            Map.entry("kanan", "right"), Map.entry("kiri", "left"),
            // Scots: "gie it some mair bite", "tak the colour oot o' it, like the auld photies", "mair snaw"
            Map.entry("gie", "give"), Map.entry("mair", "more"), Map.entry("oot", "out"),
            Map.entry("auld", "old"), Map.entry("snaw", "snow"),
            Map.entry("heid", "head"), Map.entry("nae", "no"), Map.entry("cannae", "can't"),
            Map.entry("dinnae", "don't"), Map.entry("photies", "photos"),
            // "frae noo on, dae them aw in watercolour", "stick wi' this look for the next anes"
            Map.entry("frae", "from"), Map.entry("noo", "now"), Map.entry("dae", "do"),
            Map.entry("mak", "make"), Map.entry("anes", "ones"), Map.entry("paintins", "paintings"),
            Map.entry("hilites", "highlights"), Map.entry("shadws", "shadows"),
            Map.entry("gimme", "give me"), Map.entry("goin", "going"), Map.entry("bg", "background"),
            Map.entry("sooo", "so"), Map.entry("soooo", "so"), Map.entry("waaay", "way"), Map.entry("og", "original"), Map.entry("lemme", "let me"), Map.entry("stile", "style"),
            Map.entry("posterrize", "posterize"), Map.entry("posterrized", "posterized"),
            Map.entry("posterised", "posterized"), Map.entry("desfaz", "undo"),
            Map.entry("colurs", "colours"), Map.entry("hew", "hue"),
            Map.entry("watrcolor", "watercolor"), Map.entry("watercolour", "watercolour"),
            Map.entry("whites", "whites"), Map.entry("horizen", "horizon"),
            Map.entry("horizion", "horizon"), Map.entry("var", "variation"), Map.entry("lil", "little"), Map.entry("horzon", "horizon"),
            Map.entry("lvls", "levels"), Map.entry("foto", "photo"), Map.entry("fotos", "photos"),
            Map.entry("doin", "doing"), Map.entry("britter", "brighter"),
            Map.entry("blak", "black"), Map.entry("whit", "white"), Map.entry("shaddows", "shadows"),
            Map.entry("coluors", "colours"), Map.entry("grany", "grainy"), Map.entry("littel", "little"),
            Map.entry("degrain", "denoise"), Map.entry("nr", "noise reduction"), Map.entry("vib", "vibrance"), Map.entry("moreeee", "more"), Map.entry("moreee", "more"),
            Map.entry("em", "them"), Map.entry("deskew", "straighten"), Map.entry("rn", "right now"),
            Map.entry("prev", "previous"),
            Map.entry("dissapear", "disappear"), Map.entry("disapear", "disappear"),
            Map.entry("dissappear", "disappear"), Map.entry("dissapears", "disappears"),
            Map.entry("rm", "remove"), Map.entry("exposition", "exposure"));   // not "whiten": "the whites look yellow"
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    /** Whether {@code word} is one Easel knows to keep as written though it looks like a slip ("yaar", "contrasty"). */
    static boolean isKeptAsWritten(String word) {
        return word.equals(TYPOS.get(word));
    }

    /** Whether {@code word} is one of the misspellings Easel knows and mends ("contrst"). */
    static boolean isKnownSlip(String word) {
        return TYPOS.containsKey(word) && !TYPOS.get(word).equals(word);
    }

    /**
     * The last instructions' normal forms: every reader normalises the same instruction again, and mending slips of
     * spelling is the costly part (measured: 0.6–1.3 ms of the interpreter's ~3 ms per instruction without this).
     */
    private static final Map<String, String> NORMALISED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > 256;
                }
            });

    /** Lower case, one space between words, curly quotes made straight, no emoji, common typos fixed. */
    static String normalise(String instruction) {
        String known = NORMALISED.get(instruction);
        if (known != null) {
            return known;
        }
        String normal = normaliseNow(instruction);
        NORMALISED.put(instruction, normal);
        return normal;
    }

    /** "comma" said to dictation software between two words, not "a comma": the mark itself. */
    private static final Pattern SAID_COMMA = Pattern.compile("(?<!\\b(?:a|an|the|this|that|one|no|each|every)) comma (?=[a-z0-9])");
    /**
     * "period", "full stop", "new line" said at the end of a sentence ("make it brighter period", "… full stop"), or
     * before the next one begins ("… period fix the tint"); not "a full stop" of exposure, "the period", "period costume".
     */
    private static final Pattern SAID_SENTENCE_END = Pattern.compile("(?<!\\b(?:a|an|the|this|that|what|which|by|like|one|"
            + "per|no|each|every)) (?:period|full stop|new line|new paragraph)(?=\\s*$| (?:make|fix|add|and|it|i|please|pls|"
            + "also|then|no|not|but|thanks|thank|can|could|do|now|more|less|lots|just|keep)\\b)");
    private static final Pattern SAID_QUESTION_MARK = Pattern.compile(" question mark\\s*$");
    private static final Pattern SAID_EXCLAMATION_MARK = Pattern.compile(" exclamation (?:mark|point)\\s*$");

    /** Dictated punctuation as its marks: "make it warmer comma more orange period" → "make it warmer, more orange." */
    private static String dictatedPunctuationWritten(String text) {
        String written = SAID_COMMA.matcher(text).replaceAll(", ");
        written = SAID_SENTENCE_END.matcher(written).replaceAll(".");
        written = SAID_QUESTION_MARK.matcher(written).replaceFirst("?");
        return SAID_EXCLAMATION_MARK.matcher(written).replaceFirst("!");
    }

    private static final Pattern MIND_DOING = Pattern.compile("\\b(?:would|do) you mind (painting|drawing|adding|putting|"
            + "making|creating|generating|placing|inserting|rendering|sketching|giving|removing|erasing|extending|cropping|"
            + "rotating|brightening|darkening|sharpening|blurring|changing|turning|fixing)\\b");
    private static final Map<String, String> ASKED_VERB = Map.ofEntries(Map.entry("painting", "paint"),
            Map.entry("drawing", "draw"), Map.entry("adding", "add"), Map.entry("putting", "put"),
            Map.entry("making", "make"), Map.entry("creating", "create"),
            Map.entry("generating", "generate"), Map.entry("placing", "place"),
            Map.entry("inserting", "insert"), Map.entry("rendering", "render"),
            Map.entry("sketching", "sketch"), Map.entry("giving", "give"),
            Map.entry("removing", "remove"), Map.entry("erasing", "erase"),
            Map.entry("extending", "extend"), Map.entry("cropping", "crop"),
            Map.entry("rotating", "rotate"), Map.entry("brightening", "brighten"),
            Map.entry("darkening", "darken"), Map.entry("sharpening", "sharpen"),
            Map.entry("blurring", "blur"), Map.entry("changing", "change"),
            Map.entry("turning", "turn"), Map.entry("fixing", "fix"));

    private static String normaliseNow(String instruction) {
        String text = EMOJI.matcher(instruction).replaceAll(" ").replaceAll("[•·▪►]+", " ")
                // "car → blue": a thing and its new colour, as "car -> blue" says it; a longer note after the arrow is just words
                .replaceAll("\\s*[→⇒]\\s*(?=[\\p{L}]+\\s*$)", " -> ").replaceAll("[→⇒]+", " ");
        text = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('“', '"')
                .replace('”', '"').replaceAll("\\s+", " ").strip();
        text = dictatedPunctuationWritten(text)
                // "brightness down contrast up": two changes, said without a comma between
                .replaceAll("\\b(up|down|higher|lower)\\s+(?=(?:brightness|contrast|saturation|exposure|warmth|vibrance|clarity|"
                        + "highlights|shadows|sharpness)\\s+(?:up|down|higher|lower)\\b)", "$1, ")
                // "add little sharpness": an amount, said without its article
                .replaceAll("\\b(add|give|need|with) little (?=(?:more )?(?:sharpness|contrast|brightness|saturation|warmth|vibrance|"
                        + "clarity|blur|exposure|light|colou?r|grain)\\b)", "$1 a little ")
                .replaceAll("\\bthe brights\\b", "the highlights")   // "tone down the brights"
                // "still little orange", "looks little dark": an amount, said without its article (not "a little orange")
                .replaceAll("(?<!\\ba )\\b(still|looks?|seems?|it's|its|is|are) little (?=[a-z])", "$1 a little ");
        // "- add snow", "- del: power line", "- season: autumn", "- brightness: +20": notes jotted as a list, each the request
        text = text.replaceAll("^[-*+–—]+\\s+(?=[a-z])", "")
                // "style: pencil sketch (all future)": the note in brackets says it lasts
                .replaceAll("\\s*\\((?:all future(?: ones| pictures| images)?|from now on|going forward|for (?:all|everything)(?: future)?"
                        + "(?: ones| pictures| images)?|always)\\)", " from now on")
                // "the photo is cut right at grandpa's shoulder": "right" says exactly where, not which side
                .replaceAll("\\b(cut|cropped|chopped|clipped)(?: off)? right (?=at|through|across)\\b", "$1 ")
                // "hexagonal basalt columns, think giants causeway": what it should be like
                .replaceAll(", think (?=[a-z])", ", like ")
                // "(forgive the vagueness)", "(and I recognise the request is odd)", "(Minerva's, perhaps)": an aside, no part of it
                .replaceAll("\\s*\\((?=[^()]*\\b(?:i|i'm|i've|i'd|me|my|forgive|sorry|perhaps|maybe|pardon|excuse|i think|i believe|"
                        + "if you|bear with)\\b)[^()]*\\)", "")
                .replaceAll("^(?:del|delete|rm|remove|erase)\\s*:\\s*", "remove ")
                .replaceAll("^(?:season|weather|time of day)\\s*:\\s*(?=[a-z])", "make it ")
                .replaceAll("^(brightness|contrast|saturation|sat|exposure|exp|warmth|temp|temperature|vibrance|vib|clarity|"
                        + "highlights|shadows|tint|hue|sharpness)\\s*:\\s*(?=[-+]|(?:up|down|more|less|higher|lower)\\b)", "$1 ");
        // "would you mind painting a small cross here?": the request after the politeness, as a request
        text = MIND_DOING.matcher(text).replaceAll(m -> "could you " + ASKED_VERB.getOrDefault(m.group(1), m.group(1)));
        text = text.replaceAll("\\b(way|far|so|much|bit|little) 2 (?=[a-z])", "$1 too ")   // "way 2 dark"
                // "sky 2 bright", "pic 2 dark fix pls": "too", texted (not "2 dark clouds", two of them)
                .replaceAll("(?<=[a-z] )2 (?=(?:dark|bright|light|dim|warm|cold|cool|hot|blue|red|green|yellow|orange|pink|purple|"
                        + "grey|gray|saturated|dull|flat|blurry|blurred|soft|sharp|noisy|grainy|contrasty|harsh|pale|faded|washed out|"
                        + "muddy|busy|much|strong|loud|orangey|yellowy|greeny|bluey)(?:\\s*$|[,.!?]| (?:fix|pls|plz|please|now|again|"
                        + "still|tho|lol|and|so|but|can|could|make|need|needs|imo|tbh|af|here|there|in|on)\\b))", "too ")
                // "turn down the highlights there to bright": "too", misspelt, before a complaint that ends the clause
                .replaceAll("\\b(there|here|its|it's|is|are|look|looks|way|far|so) to (?=(?:bright|dark|light|warm|cold|cool|"
                        + "saturated|contrasty|blurry|noisy|grainy|harsh|flat|dull|pale|orange|yellow|blue|green|pink|red)(?:\\s*$|[,.!?]))",
                        "$1 too ")
                // "turn down the highlights there too bright": the complaint after the request, its own clause
                .replaceAll("(?<=[a-z]) (?<!\\b(?:is|are|was|were|be|look|looks|seem|seems|feel|feels|it|its|it's|they're|theyre|"
                        + "getting|got|gone|not|bit|little|way|far|much|so|slightly|kinda|rather|pretty|quite|a|just|still|now|and|or|"
                        + "but|also|way|is|turned|went|came out|comes out) )too (?=(?:bright|dark|light|warm|cold|cool|saturated|"
                        + "contrasty|blurry|noisy|grainy|harsh|flat|dull|pale)\\s*$)", ", too ")
                // "little bit bright kar do please": Hindi's "make it …", said after what it should be
                .replaceAll("(?<=^|[,.;!?] )((?:a |little |bit |thoda |thoda sa )*[a-z]+) (?:kar do|kardo|karo|kar dijiye|kar dena)\\b",
                        "make it $1")
                .replaceAll("\\bcrispier\\b", "crisper")   // "crispier": crisp, more so
                // "kan you put a red bike here": "can", as Danish, Dutch or German spells it
                .replaceAll("^kan (?=(?:you|u|i|we)\\b)", "can ")
                // "muddy. fix", "overexposed. rescue plz": the complaint, then a bare call to fix it
                .replaceAll("(?<=[a-z])[.!]+ (?:fix|rescue|sort|repair|save|help)(?: it| this| that| me)?(?: pls| plz| please)?[.!]*$",
                        ", fix it")
                // "hi res version of this": more pixels
                .replaceAll("^(?:a |an )?hi(?:gh)?[- ]?res(?:olution)? (?:version|copy)(?: of (?:this|it|the (?:picture|photo|image)))?[.!]*$",
                        "upscale it")
                // "show the rest of the cape on the right": more of it, on that side
                .replaceAll("\\bshow the rest of\\b", "show more of")
                .replaceAll("\\bgrain reduction\\b", "noise reduction")
                // "make photo like old newspaper": this photo given a look, said without its article (not a photo to make)
                .replaceAll("^(make|turn) (photo|picture|image|pic)(?: look)? like\\b", "$1 the $2 look like")
                // "make there window with light coming": put it there
                .replaceAll("^(?:(?:can|could) you |please )?make there (?!is\\b|are\\b)(?:be )?(?=[a-z])", "put ")
                // "Here one coconut tree should come": what should appear there, as Indian English says it
                .replaceAll("^(?:here|there|in this (?:place|spot|part|area)),? (?:one )?(.+?) (?:should|must|will|can) come"
                        + "(?: here| there| in)?[.!]*$", "put $1 here")
                // "the photo is not clear": a picture not sharp (not "the water is not clear enough", "it's not clear what …")
                .replaceAll("\\b((?:photo|picture|image|pic|shot|it|this|everything)(?:'s| is| looks?| seems?| came out)|it's|its) not "
                        + "(?:very |so |too |that )?clear\\b(?! (?:enough|that|what|who|how|why|whether)\\b)", "$1 blurry")
                // "local contrast is overcooked": too much clarity, before "overcooked" is read as too much colour
                .replaceAll("\\b(?:the )?(?:local|micro) ?contrast (?:is |'s )?(?:way |a bit |far |too )?(?:overcooked|overdone|too strong|"
                        + "over the top|excessive)\\b", "too much clarity")
                .replaceAll("\\bo'(?=\\s)", "of").replaceAll("\\ba'(?=\\s)", "all")   // Scots: "a bit o' warmth", "a' mushy"
                .replaceAll("\\btak (?=(?:the|it|a|that|this|them|some)\\b)", "take ")   // "tak the colour oot" (not "Kai Tak")
                // "diminish the brightness of the sky", "lessen the glare": to reduce
                .replaceAll("\\b(?:diminish|lessen)\\b", "reduce")
                .replaceAll("\\boverexp\\b\\.?", "overexposed")   // "overexp. bring down"
                // "Might the colouring be made a touch cooler": a change asked in the passive, asked outright
                .replaceAll("^(?:might|could|can|may|would|should) ((?:the|this|its) [a-z]+(?: [a-z]+)?) be made (?=[a-z])", "make $1 ")
                // "…, that it may suggest winter": what for, in the old way of saying "so that"
                .replaceAll(",\\s*(?:so )?that (?:it|they|the [a-z]+) (?:may|might|will|would|can|could|shall) [a-z' ]+$", "")
                .replaceAll("\\bthe colou?ring\\b", "the colours")
                // "can you bring back it": the word order of many first languages
                .replaceAll("\\b(bring|take|put|turn|tone|pull|knock|dial) (back|down|up|out|off) it\\b", "$1 it $2")
                // "make the whites white", "the whites should be white": the colour balance set right
                .replaceAll("\\bmake (?:the )?whites? (?:white|whiter|pure white|neutral|clean)\\b", "auto white balance")
                // "keep the wave going off to the left, 500 pixels": the picture continued that way
                .replaceAll("\\bkeep (?:it|the [a-z]+|that [a-z]+) going (?:off )?(?:to|towards|on|out to) the (left|right|top|bottom)\\b",
                        "extend the canvas on the $1")
                // "add small space for down": room below
                .replaceAll("\\b(space|room|canvas) (?:for|to) (?:down|below)\\b", "$1 at the bottom")
                .replaceAll("\\b(space|room|canvas) (?:for|to) (?:up|above)\\b", "$1 at the top")
                .replaceAll("\\b(?:add|extend(?: it)?(?: by)?) half again\\b", "extend by 50%")   // "add half again on the right side"
                // "continue the picture down": the canvas grown that way
                .replaceAll("\\bcontinu(?:e|ing) (?:the (?:picture|image|photo|scene|shot|painting)|it) (?=(?:down|up|left|right)(?:wards?)?\\b)",
                        "extend the canvas ")
                // "everything flat grey from the cloudy day, give it some life": livelier colour and contrast
                .replaceAll("\\b(?:give (?:it|this|the (?:photo|picture|image)) (?:some |a bit of |a little |more )?life|bring (?:it|this) to life)\\b",
                        "liven it up")
                // "… long story about the club and Dave's forty years on the railways, so maybe a class 37 diesel on a Scottish
                // line": after a long story, the thing to make said last, on its own
                .replaceAll("^(?=(?:\\S+\\s+){24}).*[,.;]\\s*so(?: maybe| perhaps| probably| i'm thinking| i think)?[:,]?\\s+"
                        + "(?=(?:a|an|some)\\s+(?:\\S+\\s+){2}\\S)", "")
                // "Pray render the sunset more golden", "…; pray subdue them": the old-fashioned please
                .replaceAll("^pray,?\\s+(?=[a-z])", "please ").replaceAll("(?<=[,;.!:])\\s*pray,?\\s+(?=[a-z])", " please ")
                // "a hair too high", "a hair brighter": a little
                .replaceAll("\\ba hair (?=(?:too|more|less|[a-z]{3,}er)\\b)", "a bit ")
                // "dark af", "grainy as hell": how bad a flaw is, which "af" (closing chat otherwise) says here
                .replaceAll("\\b(" + FLAW_SAID_STRONGLY + ") (?:af|as hell|as heck)\\b", "too $1")
                // "reduce the brightness by a small margin": how much, not the canvas's margin
                .replaceAll("\\bby a (?:small|slight|tiny|little|fine|narrow|modest) margin\\b", "a little")
                .replaceAll("\\bby a (?:large|wide|big|huge|good|fair|considerable|significant) margin\\b", "a lot")
                // "the window panes are excessively white", "the colours appear somewhat excessive": too much
                .replaceAll("\\bexcessively\\b", "too")
                .replaceAll("\\b(colou?rs?) (?:is|are|appears?|seems?|looks?|feels?) (?:somewhat |rather |a bit |a little |quite )?"
                        + "(?:excessive|overpowering|overwhelming)\\b", "$1 are too saturated")
                .replaceAll("\\bb4\\b", "before").replaceAll("\\bv([1-9])\\b", "version $1")   // "the one b4", "show me v1 again"
                .replaceAll("(?<!\\b(?:too|so|very|much|is|are|quite|really) )\\bdark (?=(?:it|this|them)\\b)", "darken ")   // "little bit dark it please", not "too dark this photo"
                // "put blurry the background": a learner's "make the background blurry"
                .replaceAll("\\bput (more |less )?(blurry|blurred|darker|dark|brighter|bright|lighter|warmer|colder|cooler|sharper|sharp) "
                        + "(the [a-z]+|it|this|them)\\b", "make $3 $1$2")
                // "is possible to make less strong the colours?", "make more clear the shadows": the thing said after how it should be
                .replaceAll("\\bmake (more|less|a bit more|a bit less|little more|little less) (strong|weak|bright|dark|warm|cool|cold|"
                        + "sharp|soft|clear|vivid|light|saturated|colou?rful|intense|contrasty|blurry) ((?:the|her|his|my|their) [a-z]+|it|this|them)"
                        + "(?=[?.!,]|$)", "make $3 $1 $2")
                // "make it more net", "it is a bit flou": the French words for sharp and blurry
                .replaceAll("\\bmore net\\b", "sharper").replaceAll("\\bflou\\b", "blurry")
                // "put in black and white only the background", "sfocate a little the background" (Italian "sfocare")
                .replaceAll("\\bput in (black and white|b&w|sepia|grayscale|greyscale) (?:only )?(the [a-z]+)\\b", "make $2 $1")
                .replaceAll("\\bsfoca(?:te|re|ta|to)?\\b", "blur")
                // "make am better", "undo am": Pidgin's "it" after a verb
                .replaceAll("\\b(make|adjust|fix|undo|redo|brighten|darken|sharpen|change|remove|comot|turn|rotate|flip|crop|"
                        + "extend|enlarge|clean|correct|repeat|reduce|increase|lighten|warm|cool) am\\b", "$1 it")
                // "comot this thing", "the photo dey upside down": Pidgin's "take out" and "is"
                .replaceAll("\\bcomot\\b(?= (?:it|this|that|these|those|the|am|him|her|them|everything|all)\\b)", "remove")
                .replaceAll("\\b(?:e )?dey\\b(?= (?:too|very|so|dark|bright|blur|blurry|upside|sideways|yellow|blue|green|red|orange|dull|"
                        + "flat|small|big|ugly|noisy|grainy|washed|faded|pale|crooked|tilted)\\b)", "is")
                // "change this area become grass", "change the sky become sunset": into, as Malay's "jadi" and Chinese "变成" say it
                .replaceAll("\\b(change|turn|make) ((?:this|that|the|my) (?:[a-z]+ ){0,2}?[a-z]+) (?:become|becomes|to become)\\b", "$1 $2 into")
                // "more situation on the sky": the saturation, misspelt into another word
                .replaceAll("(?<=\\b(?:more|less|some|the|increase|reduce|lower|boost|bump) )situat(?:ion|ed)\\b", "saturation")
                // dictated punctuation: "new picture colon a bowl of fruit comma soft light"
                .replaceAll("\\s+comma\\b", ",").replaceAll("\\s+colon\\b", ":").replaceAll("\\s+full stop\\b", ".")
                .replaceAll("\\s+(?:question mark)\\b", "?").replaceAll("\\s+exclamation (?:mark|point)\\b", "!")
                // "i want it to feel warm and cosy": a wish, not the complaint "it feels warm"
                .replaceAll("\\bwant (?:it|this|the (?:picture|photo|image)) to (?:feel|look|be|seem) (?:more |a bit |a little )?"
                        + "(warm|cool|cold|bright|dark|soft|sharp)\\b", "want it $1er")
                // "can you do so the colours are more alive": a learner's "make it so that …", the wish itself
                .replaceAll("\\bdo (?:it )?so (?:that )?(?=(?:the|its?|they|everything|all|his|her)\\b)", "")
                // "vibrance down a notch its garish": the complaint after the request, said without a comma
                .replaceAll("(?<=[a-z])(?<!\\b(?:like|if|that|so|because|cause|when|where|until|what|how|as|in|on|at|of|to|into|onto|from|with|by|for|under|over)) (?=(?:it'?s|its|they'?re|theyre) (?:(?:looking|getting|gone|going) )?"
                        + "(?:(?:so|too|way|kinda|very|really|a bit|super|sooo|all) )*[a-z]+(?: af| lol)?$)", ", ")
                // "the lower part is too dark": the place, not the verb
                .replaceAll("\\b(the|its|his|her) lower (?=(?:part|area|half|section|bit|portion|corner|left|right|edge|side|third|"
                        + "region|end)s?\\b)", "$1 bottom ")
                // "is very blur, can you make more sharp": the subject left out, as Romance languages do
                .replaceAll("^is (?=(?:very|so|too|really|kinda|a bit|a little|quite|super|much) )", "it is ")
                .replaceAll("\\b(is|are|looks?|very|so|too) ((?:very |so |too |a bit |kinda )?)blur\\b(?! (?:it|the|this|them)\\b)",
                        "$1 $2blurry")   // "is very blur": blurry
                // "highlights r way too much": "are" after a plural; "extend r 25%" is the right side
                .replaceAll("\\b(they|you|we|these|those|[a-z]{3,}s) r (?=(?:so|too|way|very|really|kinda|a bit|all|not|still|[a-z]+(?:ed|y)\\b))", "$1 are ")
                .replaceAll("\\bblack ?(?:n|'n'|&|\\+) ?white\\b|\\bb ?(?:&|/|n|'n') ?w\\b|\\bblack ?(?:n|'n'|&|\\+|and) ?gr[ae]y"
                        + "(?= version| please| pls|$)", "black and white")
                .replaceAll("^(?:2|to) (?=(?:much|many|far|dark|bright|strong|big|yellow|blue|green|red|orange|pink|purple|warm|"
                        + "cool|cold|saturated|contrasty|blurry|noisy|grainy|soft|harsh)\\b)", "too ");   // "2 much", "to yellow"
        text = text.replaceAll("^(?:the |my |this )?render (?=(?:looks|is|seems|has|came|feels|'s)\\b)", "the picture ");   // a render, the noun
        // "rotate it ninety degrees", "to the left (ccw)": the turn's angle and way in the words the readers know
        text = text.replaceAll("\\bninety\\b", "90").replaceAll("\\b(?:(?:one|a) )?hundred (?:and )?eighty\\b", "180")
                .replaceAll("\\btwo hundred (?:and )?seventy\\b", "270")
                .replaceAll("\\b(left|right)\\s*\\((?:cw|ccw|clockwise|counter-?clockwise|anti-?clockwise)\\)", "$1")
                // "rotate the image for the left": the way it turns
                .replaceAll("\\b(rotate|turn)( it| this| the (?:image|picture|photo|pic))? for the (left|right)\\b", "$1$2 to the $3")
                .replaceAll("\\((cw|ccw|clockwise|counter-?clockwise|anti-?clockwise)\\)", "$1");
        text = text
                // "wider on left maybe 300 pixels no 400": the amount said last is the one meant
                .replaceAll("\\b\\d+(?:\\s?" + AMOUNT_UNIT + ")?,? " + AMOUNT_CORRECTED + ",? (\\d+\\s?" + AMOUNT_UNIT + ")", "$1")
                .replaceAll("\\b\\d+(\\s?" + AMOUNT_UNIT + ")?,? " + AMOUNT_CORRECTED + ",? (\\d+)\\b", "$2$1")
                // "more cold than real": a complaint, said as a comparison
                .replaceAll("\\bmore ([a-z]+) than (?:(?:in )?real(?:ity| life)?|it (?:should|ought to) be|it (?:is|was) in (?:real )?life|"
                        + "natural|normal|it really (?:is|was))\\b", "too $1")
                // "warm it up a little, cold grey morning though so not much": how the scene is, granted, and how little
                .replaceAll("[,;] (?:[a-z' ]{1,40} )?though,? (?:so|but) not (?:too |that |very )?much[.!]*$", "")
                // "make the snow not so blue": less blue
                .replaceAll("\\b(make (?:it|this|them|the [a-z]+(?: [a-z]+)?) )not so (?=(?:blue|yellow|orange|green|red|pink|purple|dark|"
                        + "bright|saturated|warm|cold|cool|contrasty|harsh|soft|blurry|noisy|grainy)\\b)", "$1less ")
                // "saturation down, no up, up": the way corrected
                .replaceAll("\\b(?:up|down)[,.]* " + AMOUNT_CORRECTED + ",? (up|down)\\b(?:[,.]* \\1\\b)*", "$1")
                .replaceAll("\\bpercents\\b", "percent")
                // "make it landscape instead of portrait by adding to the sides": how, said as the request
                .replaceAll("\\s+by adding (?=(?:more |some )?(?:to |on |at )?(?:the )?(?:both )?(?:sides|left|right|top|bottom)\\b)",
                        ", add ")
                .replaceAll(" \\+ (?=[a-z])", " and ")   // "invert + posterize"
                // "tint -> magenta": the slider pushed that way, not a thing recoloured
                .replaceAll("^(tint|hue|white balance|wb|temperature|temp|colou?r temperature) ?-> ?(?=[a-z])", "shift the $1 towards ")
                // "knights armor -> gold": a thing and what it becomes
                .replaceAll("^(?:the )?([a-z][a-z' ]{1,40}?) ?(?:->|→|=>) ?(?!(?:warmer|cooler|colder|brighter|darker|lighter|sharper|softer|more|less)\\b)([a-z][a-z' ]{1,30})$",
                        "change the $1 to $2")
                .replaceAll("\\bw/? (?=[a-z])", "with ")   // "replace the sky w stormy clouds"
                .replaceAll("\\ba other (?=one|version|take)", "another ")   // "can I see a other one?"
                // "rotate it small to the left", "open it small": a little, as said in Malaysian and Indian English
                .replaceAll("\\b(rotate|turn|tilt|open|lift|move|shift|push|nudge|brighten|darken|lighten|warm|cool|straighten) "
                        + "(it|them|this|that) small\\b", "$1 $2 a little")
                .replaceAll("\\b(\\d{1,3}) degree\\b", "$1 degrees")
                // "in this area make tulip, red color", "here make one colourful rangoli design": a thing made there, painted
                .replaceAll("^(?:here|(?:in|on|at) (?:this|that|the selected|the marked) (?:area|place|spot|part|bit|region|corner|"
                        + "section|patch)),? (?:please |pls )?make (?!(?:it|this|that|them|him|her|everything|the|its|his|their|sure|"
                        + "more|less|room|space)\\b)(?=[a-z])", "paint ")
                // "make it 16:9 by cropping": the shape, by a crop (not by more canvas)
                .replaceAll("\\b(?:make|get) (?:it|this|the (?:image|picture|photo|pic|shot)) (?:into |to )?(\\d{1,2} ?: ?\\d{1,2}|square) "
                        + "(?:by|with) (?:cropping|trimming|cutting)(?: (?:it|in|off))?\\b", "crop it to $1")
                // (not "move it a bit to pink": a way to move it)
                .replaceAll("(?<!\\b(?:move|moved|shift|push|nudge|pull|turn|bring|tint|swing|slide|drag)\\b[^,.;!?]{0,20})"
                        + "\\b(is|are|looks|seems|feels|way|so|bit|far|look|a little|slightly|its|it's) (?:to|two) (?=[a-z]+\\b)(?!(?:make|do|get|fix|have|be|go|see|try|use|add|remove|put|turn|change|keep|bring|take|"
                        + "give|let|show|help|work|find|reduce|increase|lighten|darken|brighten|sharpen|blur|crop|extend|rotate|"
                        + "flip|upscale|enlarge|improve|edit|paint|draw|adjust|correct|"
                        // "rotate it a little bit to left": a way, not a flaw
                        + "left|right|the|a|an|my|his|her|their|its|this|that|one|some)\\b)", "$1 too ");   // "is to dark", not "a way to make"
        for (java.util.Map.Entry<Pattern, String> heard : SOUNDS_LIKE.entrySet()) {
            text = heard.getKey().matcher(text).replaceAll(heard.getValue());
        }
        text = SLIDER.matcher(text).replaceAll(m -> slider(m.group(1), m.group(2).equals("+")));   // "shadows +40"
        text = SIGN_ONLY.matcher(text).replaceAll(m -> slider(m.group(1), m.group(2).equals("+")));   // "sat +", "clarity+ on sel"
        text = SMALL_AMOUNT.matcher(text).replaceAll(m -> SMALL_NUMBERS.get(m.group(1)) + " ");   // "ten percent"
        text = RATIO_IN_WORDS.matcher(text).replaceAll(m -> m.group(1).equals(m.group(2)) && m.group(1).equals("one") ? m.group()
                : SMALL_NUMBERS.get(m.group(1)) + " by " + SMALL_NUMBERS.get(m.group(2)));   // "sixteen by nine", not "one by one"
        text = HUNDREDS_OF_PIXELS.matcher(text).replaceAll(m -> (m.group(1) == null ? 1 : HUNDREDS.indexOf(m.group(1)) + 1)
                * 100 + " ");
        text = AMOUNT_SLOT.matcher(text).replaceAll(m -> m.group(1) != null ? lookalikeOfAnEffect(m.group(1))
                : lookalikeOfAnEffect(m.group(2)));
        return Spelling.mend(WORD.matcher(withoutAStrangeGreeting(text)).replaceAll(m -> TYPOS.getOrDefault(m.group(),
                nearAdjustmentWord(m.group()))));
    }

    /** A word and a comma or "!" first, before a sentence of more words: "moien, can you …", "Moien! From now on …". */
    private static final Pattern WORD_SAID_FIRST = Pattern.compile("^([a-z]{3,})(?:!+|,(?=\\s*(?:can|could|would|will|please|pls|"
            + "plz|kindly|i|we|you|it|this|that|the|my|make|put|add|give|turn|rotate|remove|draw|paint)\\b))\\s+(?=[a-z]+ [a-z])");

    /**
     * The sentence without a greeting or a name said first in a word Easel cannot place ("moien, can you please put here a
     * vase", "Moien! From now on …"), which would otherwise keep the rest from having its slips mended, and end up in a prompt.
     */
    private static String withoutAStrangeGreeting(String text) {
        Matcher first = WORD_SAID_FIRST.matcher(text);
        return first.lookingAt() && !Spelling.placeable(first.group(1)) ? text.substring(first.end()) : text;
    }

    /**
     * Where an effect's name goes: after "more", "less", "a bit", "lower the" …, or alone before "please". A real word
     * there one slip from an effect ("more contract", "more clarify on the spokes", "warner please") is that effect,
     * as autocorrect or dictation wrote it.
     */
    private static final Pattern AMOUNT_SLOT = Pattern.compile("(?<=\\b(?:more|less|some|extra|increase the|raise the|lower the|"
            + "reduce the|decrease the|boost the|up the|down the|bring the|a bit|a little|a touch|slightly|bit) )([a-z]{6,})\\b"
            + "|^([a-z]{6,})(?= please| pls|\\s*$)");
    private static final List<String> EFFECTS = List.of("contrast", "saturation", "exposure", "clarity", "vibrance",
            "highlights", "shadows", "brightness", "warmer", "cooler", "brighter", "darker", "sharper", "lighter", "vignette");

    private static String lookalikeOfAnEffect(String word) {
        if (ADJUSTMENT_WORDS.contains(word) || TYPOS.containsKey(word) || word.equals("shadowy")) {
            return word;   // "a bit contrasty", "more shadowy": words of their own in that place
        }
        return EFFECTS.stream().filter(effect -> oneSlipApart(word, effect)).findFirst().orElse(word);
    }

    /**
     * Words heard for others, as dictation and spelling by ear write them ("the hole thing", "the rite
     * side", "ad a vignette", "number too"), and a learner's turns of phrase ("put the colours more alive",
     * "more big"), each only where the word it stands for fits.
     */
    private static final java.util.Map<Pattern, String> SOUNDS_LIKE = soundsLike(
            "\\bhole (?=thing|picture|image|photo|pic|scene|canvas|lot)", "whole ",
            "\\b(?:rite|write) (?=side|edge|hand|half|border)", "right ",
            "\\bto the (?:rite|write)\\b", "to the right",
            "\\b(left and|left &) (?:rite|write)\\b", "$1 right",
            "^ad (?=(?:a|an|some|more|less|the|little|bit|back)\\b)", "add ",
            "(?<!\\b(?:i|you|we|they|can|could|to|cannot|can't|not) )\\bhear\\b(?! (?:me|you|that|this|it)\\b)", "here",
            "\\bread[- ]?eye", "red eye",
            "\\b(number|no|turn|version|option|take) won\\b", "$1 one",
            "\\b(number|no|version|option|take) too\\b", "$1 two",
            "\\bnumber to\\b(?! (?:the|a|an|my|this|that|it)\\b)", "number two",
            "\\b(number|no|version|option|take|by|times) (?:for|fore)$", "$1 four",
            "\\b(?:too|to) times\\b", "two times",
            "\\bblew\\b(?= (?:tint|cast|tone|sky|skies)\\b)", "blue",
            "\\b(too|so|very|bit|more|less|really|kinda|way) blew\\b", "$1 blue",
            "\\b(too|so|very|bit|more|less|really|kinda|way) pail\\b", "$1 pale",
            "\\bup scale\\b", "upscale", "\\bre apply\\b", "reapply", "\\bhi lights\\b", "highlights",
            "\\b(?:sea|see) ?pia\\b", "sepia", "\\bposter (?:eyes|ize|ise)\\b", "posterize", "\\bvin yet\\b", "vignette",
            "\\bthe whether\\b", "the weather", "^pitcher of\\b", "picture of", "\\bjay peg\\b", "jpeg",
            "^safe (?=it|this|the|a|my|as)", "save ", "^on (?:do|due)\\b", "undo", "\\borigin all\\b", "original",
            // a phone's autocorrect: "bring the exposé down", "left the shadows", "sharpie it up", "vinegar around the edges",
            // "flop it horizontally", "upsell it", "zoom our", "moor"
            "\\bexposé(?![a-z])", "exposure", "^left (?=the (?:shadows?|blacks|darks)\\b)", "lift ",
            "\\bsharpie\\b(?= (?:it|this|that|them|the|up)\\b)", "sharpen",
            "\\bvinegar\\b(?= (?:around|on|at|to|along) (?:the |all )?(?:edges|corners|sides|border)\\b|\\s*$| please)", "vignette",
            "\\bflop (?=(?:it|this|that|the (?:picture|image|photo|pic))\\b)", "flip ", "\\bupsell\\b", "upscale",
            "\\bzoom our\\b(?= (?:a bit|a little|please|slightly|more|some)\\b|\\s*$)", "zoom out", "^moor(?= please|[!.]|\\s*$)", "more",
            "\\bin vert\\b", "invert", "\\bblack in white\\b", "black and white", "\\bup side down\\b", "upside down",
            // "ext bottom", "ext left 200px": the shorthand for extend
            "^ext\\.? (?=(?:the )?(?:top|bottom|left|right|sides|canvas|it)\\b)", "extend ",
            "(^|\\byou |\\bplease )put (it|this|the [a-z]+|everything) (?=more|less)", "$1make $2 ",
            "\\bmake here (?=(?:a|an|some|one|two|three)\\b)", "put here ", "^([2-8]) ?x (?:it|this)\\b", "upscale $1x",
            "\\bmore soft(?= (?:the|her|his|my|their|colou?rs?|tones?)\\b)", "softer", "\\bmore sharp\\b(?!$)", "sharper", "\\bmore nice\\b", "nicer",
            // "please make them to be more strong", "make more soft": a learner's "make them stronger", "make it softer"
            "\\bmake (it|them|this|that|everything) to be\\b", "make $1", "\\bmake (it|them|this|that) more strong\\b", "make $1 stronger",
            "\\bmake more soft$", "make it more soft",
            // "over-saturated", "under-exposed": the words the readers know, without the hyphen
            "\\b(over|under)-(saturated|exposed|sharpened|processed)\\b", "$1$2",
            // the editors' shorthand: "hl boost", "exp up half a stop", "curves, gentle S", Photoshop's warming filter (85)
            "\\bhls?\\b", "highlights", "\\b(?:black|blak|blck) (?:an|n) (?:white|whit)\\b", "black and white", "\\bblue-ish\\b", "bluish", "\\bpurple-ish\\b", "purplish", "\\bred-ish\\b", "reddish", "\\b(green|yellow|pink)-ish\\b", "$1ish",
            "\\bsat(?= ?[+-](?![a-z]))", "saturation", "\\bbright(?= ?[+-] ?\\d)", "brightness",
            "\\bexp(?= (?:up|down|comp|\\+|-|\\d))|(?<=\\b(?:bump|more|less|the|drop|raise|lower|push|pull|up) )exp\\b", "exposure",
            "\\bcurves?,? (?:an? )?(gentle |slight |soft |subtle |small |strong |big |steep )?s\\b(?!-)", "$1s-curve",
            "\\b(?:photo filter,? )?warming(?: filter)?,? \\(?(?:81|85|lbb)\\)?", "warmer",
            "\\b(?:photo filter,? )?cooling(?: filter)?,? \\(?(?:80|82|lba)\\)?", "cooler",
            "\\b(?:cmd|ctrl|command|control) ?\\+ ?i\\b", "invert",
            // "a vase right here" points, it names no side; "pretty please" is only polite; "gen a …" asks to generate
            "\\bright (here|there|now|away)\\b", "$1", "\\bpretty please\\b", "please", "^gen (?=(?:an?|me|some)\\b)", "generate ",
            // photographers' shorthand: "wb's off", Lightroom's "auto tone"
            "\\bwb(?:'s| is)? off\\b", "white balance is off", "\\bwb\\b", "white balance", "\\bauto[- ]?tone\\b", "auto levels",
            // the tone curve's S said around the word: "an S in the curves", "tone curve S shape"
            "\\b(?:an |a )?s(?: shape)? (?:in|to|on) the (?:tone )?curves?\\b", "an s-curve",
            "\\b(?:tone )?curve,? (?:in )?(?:an )?s[ -]?shape[d]?\\b", "s-curve",
            // "knock the sat back", "more sat": saturation, where "sat" cannot be sitting
            "\\b(the|more|less|some|no|bit of|pull|drop|kill|boost|bump|lower|raise|up the|down the) sat\\b", "$1 saturation",
            "\\bsat (?=(?:up|down|back|a bit|a little|a touch|slightly)\\b)", "saturation ",
            // "still dark" after a change: the complaint persists
            "\\bstill (?=(?:dark|bright|dull|flat|blurry|soft|noisy|grainy|muddy|dim|washed out|warm|cold|cool|green|blue|yellow|"
                    + "orange|pink|magenta|saturated|harsh|murky|gloomy|hazy)\\b)", "still too ",
            "\\bmore big\\b", "bigger", "\\bmore large\\b", "larger", "\\bmore wide\\b", "wider", "\\bmore tall\\b", "taller",
            "\\bboth side\\b", "both sides", "\\bsun set\\b", "sunset", "\\blight house\\b", "lighthouse",
            "^at (?=some|a little|more|a bit)", "add ");

    private static java.util.Map<Pattern, String> soundsLike(String... heardAndMeant) {
        java.util.Map<Pattern, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < heardAndMeant.length; i += 2) {
            map.put(Pattern.compile(heardAndMeant[i]), heardAndMeant[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** "shadows +40", "exposure -0.5": a slider moved, as the photo editors write it. */
    private static final Pattern SLIDER = Pattern.compile("\\b(exposure|shadows|highlights|contrast|saturation|vibrance|"
            + "clarity|brightness|warmth) ?([+-]) ?\\d+(?:\\.\\d+)?(?: ?ev| ?stops?)?(?![\\d.]| ?(?:px|pixels?|%))");

    /** "contrast +", "sat -": a slider's way, without the amount. */
    private static final Pattern SIGN_ONLY = Pattern.compile("\\b(exposure|shadows|highlights|contrast|saturation|vibrance|"
            + "clarity|brightness|warmth) ?([+-])(?=\\s|$|[,.;!])(?! ?\\d)");

    private static String slider(String name, boolean up) {
        return switch (name) {
            case "shadows" -> up ? "lift the shadows" : "deepen the shadows";
            case "highlights" -> up ? "boost the highlights" : "recover the highlights";
            default -> (up ? "more " : "less ") + name;
        };
    }

    /** "ten percent", "twenty pixels": amounts in words, as digits. */
    private static final java.util.Map<String, Integer> SMALL_NUMBERS = java.util.Map.ofEntries(Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("twenty-five", 25), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50));
    /** The number a word like "three" says, if it is one of the small numbers read as amounts. */
    static java.util.OptionalInt smallNumber(String word) {
        Integer n = SMALL_NUMBERS.get(word);
        return n == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(n);
    }

    private static final Pattern SMALL_AMOUNT = Pattern.compile("\\b(" + String.join("|", SMALL_NUMBERS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) + ") (?=per ?cent\\b|%|px\\b|pixels?\\b)");
    /** "sixteen by nine": a shape in words ("two to three birds" is a count). */
    private static final Pattern RATIO_IN_WORDS = Pattern.compile("\\b(" + String.join("|", SMALL_NUMBERS.keySet()) + ") (?:by|x) ("
            + String.join("|", SMALL_NUMBERS.keySet()) + ")\\b(?! (?:pieces|people|times|of)\\b)");
    /** "three hundred pixels", "a hundred px": amounts in words, as digits for the readers of sizes. */
    private static final List<String> HUNDREDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    private static final Pattern HUNDREDS_OF_PIXELS = Pattern.compile("\\b(?:a|(one|two|three|four|five|six|seven|eight|"
            + "nine)) hundred (?=px\\b|pixels?\\b)");

    /** Flaws whose strength said ("very dark", "dark af") is a complaint, not a look asked for. */
    static final String FLAW_SAID_STRONGLY = "dark|dim|faded|dull|flat|blurry|grainy|noisy|murky|muddy|desaturated|pale|hazy";

    /** The adjustment words a slip of one letter turns into something else ("brigthen", "contarst"). */
    private static final List<String> ADJUSTMENT_WORDS = List.of("brighten", "brighter", "brightness", "darken",
            "darker", "contrast", "saturation", "saturate", "desaturate", "desaturated", "saturated", "sharpen", "sharper",
            "vignette", "grayscale", "greyscale", "warmer", "cooler", "posterize", "posterise", "blurry", "lighter",
            "lighten", "lightens", "darkens", "brightens", "sharpens", "sharpened", "whiten", "widen", "saturates",
            "highlights", "shadows", "exposure", "denoise", "autolevels", "vibrance", "clarity", "washed",
            "straighten", "rotate", "upscale", "increase", "decrease", "reduce");

    /**
     * {@code word}, or the adjustment word it is one slip away from (one letter wrong, missing, extra or swapped).
     * A word of its own is no slip: "marker" is not "darker", nor "harder", "flurry" or "dashed" anything else.
     */
    private static String nearAdjustmentWord(String word) {
        if (word.length() < 6 || ADJUSTMENT_WORDS.contains(word) || SemanticUnderstanding.isWord(word)) {
            return word;
        }
        for (String target : ADJUSTMENT_WORDS) {
            if (oneSlipApart(word, target)) {
                return target;
            }
        }
        return word;
    }

    private static boolean oneSlipApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            String restA = a.substring(i + 1);
            String restB = b.substring(i + 1);
            boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return restA.equals(restB) || swapped;
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** Words that make a sentence the request: "could you …", "please …", "I'd like …". */
    private static final Pattern REQUEST = Pattern.compile("\\b(?:(?:could|would|can|will|might) (?:you|u|i|we|the|it|"
            + "they|this|that)|please|pls|kindly|i(?:'d| would| should) (?:like|love|want|need)|i (?:want|need)|would (?:love|like)|i wonder|"
            + "(?:is|would) it (?:be )?possible|be (?:so )?(?:kind|good)|grateful|lovely if)\\b");
    /** "mountain and lake, quiet atmosphere. no people please": only what the sentence before should be without. */
    private static final Pattern ONLY_WHAT_NOT = Pattern.compile("(?:and |but )?(?:no|without|nothing|minus) [a-z' ,-]{2,40}?"
            + "(?: (?:please|pls|thanks|thank you))?[.!?]*");
    /** "warm it up!! cozy fall vibes pls": the mood of the request before, not a request of its own. */
    private static final Pattern ONLY_A_MOOD = Pattern.compile("(?:i (?:want|need)|i'?m going for|going for|want|need) "
            + "(?:an? |that |some )?[a-z' ,-]{2,60}(?:vibes?|feels?|mood|energy|aesthetic|atmosphere)"
            + "(?: (?:please|pls|plz|thx|thanks))?[.!?]*|(?:[a-z'-]+ ){0,3}(?:vibes?|feels?|mood|energy|aesthetic)"
            + "(?: (?:please|pls|plz|thx|thanks))?[.!?]*");
    /** A request that points back at what the sentence before described: "would you be able to do that?". */
    private static final Pattern POINTS_BACK = Pattern.compile("\\b(?:help(?: me)? with (?:that|it|this)|fix (?:that|it|this|them))\\b|"
            // "… noisy in the darker areas. Could this be remedied?", "… Can you do something about that?"
            + "\\b(?:this|that|it) be (?:remedied|fixed|corrected|sorted|improved|helped)\\b|\\b(?:remedy|correct|sort|deal with|"
            + "do something about) (?:that|it|this)\\b|"
            // "… has turned quite red over the years. Can the colour be corrected?": the colour the sentence before described
            + "\\b(?:the )?(?:colou?rs?|balance|white balance) be (?:corrected|fixed|restored|sorted)\\b|"
            + "\\b(?:correct|fix|restore|sort out) the (?:colou?rs?|balance|white balance)\\b|"
            + "\\b(?:do|try|manage|make) (?:that|it|this)"
            + "(?: (?:with|to|on|for) (?:this|it|this one|mine))?\\b|\\b(?:the same|that) (?:with|to|on) this\\b"
            // "The highlights upon the water are most garish; pray subdue them": what the sentence before named, quietened
            + "|\\b(?:subdue|tame|calm|soften|tone|knock|dial|mute) (?:down |back )?(?:them|it|that|those)\\b");
    /** A first sentence that asks for a picture or for content in it: what follows describes it further. */
    private static final Pattern ASKS_FOR_A_PICTURE = Pattern.compile("(?:please )?(?:generate|create|render|paint|draw|sketch|"
            + "illustrate|put|add|place|insert|give me|make me|show me)\\b");
    /** A sentence that asks for something itself: "please make it warmer", "could you add a cat". */
    private static final Pattern ASKS = Pattern.compile("(?:(?:please|pls|kindly|and|also|then|now|could you|can you|would you|"
            + "will you|i'?d like you to|i want you to|i would like you to)[,]?\\s+)*(?:make|turn|add|put|remove|change|give|use|try|"
            + "do|go|paint|draw|generate|create|render|extend|crop|rotate|flip|upscale|undo|keep|set|replace|swap|fix|take|get|let|"
            + "show)\\b");
    /** "… add some contrast? please": a sentence that only says please asks for nothing itself. */
    private static final Pattern ONLY_POLITE = Pattern.compile("(?:(?:please|pls|plz|kindly|thanks|thank you|thx|ty|"
            + "fast|quick|quickly|asap|hurry)[ !.?]*)+");   // "brighter. fast pls": the hurry is no request
    /** "… would be lovely", "a baseball cap would be fine": a remark on what the sentence asks for, not part of it. */
    static final Pattern REMARK_AFTER = Pattern.compile("\\s+(?:would|will|'d|might|could) be (?:so |very |really |just |quite |"
            + "even )?(?:lovely|nice|great|perfect|wonderful|ideal|good|amazing|fantastic|brilliant|fine|cute|cool|fun|best|ok|okay|"
            + "neat|sweet|charming)$");

    /** "If so, please do": yes to the question before, which is then the request. */
    private static final Pattern IF_SO_DO = Pattern.compile("if (?:so|yes|it does|it would|it will|that helps|that would help|you "
            + "think so|you can),? (?:then )?(?:please )?(?:do(?: it| that| so)?|go ahead|go for it|try it)(?: please)?[.!]*");
    private static final Pattern WOULD_IT_HELP = Pattern.compile("(?:would|will|could|does|do you think|might)(?: it)? (.+?) "
            + "(?:help|work|fix it|fix this|make it better|be better|improve it)\\??");

    /** "please add Mt. Fuji …", "… like on 16th c. charts": the stop of an abbreviation ends no sentence. */
    static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])(?<!\\b(?:mt|st|dr|mr|mrs|ms|vs|no|approx|etc|"
            + "ft|jr|sr|c|ca)\\.)\\s+(?=[a-z\"'(])");

    /**
     * The sentence that asks, from an instruction of several ("I have selected the bare wall. Could you
     * hang a painting there?"): the ones around it tell the story, not the request. A request that
     * points back ("could you do that?") keeps the sentence before it, which says what "that" is.
     */
    /** "Sorry, maybe 10 percent?", "About 200px.": a sentence that only says how much. */
    private static final Pattern ONLY_AN_AMOUNT = Pattern.compile("^(?:(?:sorry|um+|uh+|hmm+|oh|ok|okay|well|so|and)[,.!]*\\s*)*"
            + "(?:(?:maybe|about|around|roughly|like|say|approx\\.?|perhaps|just|by|only) )*\\d+(?:\\.\\d+)? ?(?:%|percent|per cent|"
            + "px|pixels?|pct)(?: (?:each|on each side|either side|on either side|or so|ish|more|wider|taller))?[.!?]*$");

    private static String requestSentence(String text) {
        String[] sentences = SENTENCE_END.split(text);
        if (sentences.length < 2) {
            return text;
        }
        int last = sentences.length - 1;
        Matcher helps;
        if (IF_SO_DO.matcher(sentences[last]).matches()
                && (helps = WOULD_IT_HELP.matcher(sentences[last - 1])).matches()) {
            // "… too dark. Would increasing the exposure help? If so, please do.": what the question offers is asked
            sentences = java.util.Arrays.copyOf(sentences, last);
            sentences[last - 1] = "please " + helps.group(1);
        }
        for (int i = 0; i < sentences.length; i++) {
            if (i + 1 < sentences.length && WISH_WITH_A_SNAG.matcher(sentences[i]).find()
                    && REQUEST.matcher(sentences[i + 1]).find()) {
                continue;   // "I'd like to print it larger but it goes all blurry. Can you make it bigger properly?"
            }
            if (REQUEST.matcher(sentences[i]).find() && !ONLY_POLITE.matcher(sentences[i]).matches()
                    && !ONLY_A_MOOD.matcher(sentences[i]).matches()) {
                if (i > 0 && ASKS_FOR_A_PICTURE.matcher(sentences[0]).lookingAt() && !ASKS.matcher(sentences[i]).lookingAt()) {
                    // "generate a seated figure study, charcoal. correct proportions please": the picture, then more of it
                    return String.join(", ", java.util.Arrays.stream(sentences).map(s -> s.replaceFirst("[.!?]+$", "")).toList());
                }
                // "A picture of a lighthouse would be lovely. No people in it, please.": the sentence before, without its remark
                String request = i > 0 && (POINTS_BACK.matcher(sentences[i]).find() || ONLY_WHAT_NOT.matcher(sentences[i]).matches())
                        ? REMARK_AFTER.matcher(sentences[i - 1].replaceFirst("[.!?]+$", "")).replaceFirst("") + ", " + sentences[i]
                        : sentences[i];
                // "could the canvas be wider on the left? sorry, maybe 10 percent?": how much, said after the request
                String asked = request.replaceFirst("[.!?]+$", "");
                if (i + 1 < sentences.length && ONLY_AN_AMOUNT.matcher(sentences[i + 1]).matches()) {
                    return asked + ", " + sentences[i + 1];
                }
                // "I NEED A BACKGROUND. BLUE. GRADIENT. NOTHING ELSE.": what it is like, a word at a time
                StringBuilder described = new StringBuilder(asked);
                for (int j = i + 1; j < sentences.length && A_WORD_MORE.matcher(sentences[j]).matches()
                        && !ONLY_POLITE.matcher(sentences[j]).matches(); j++) {
                    described.append(", ").append(sentences[j].replaceFirst("[.!]+$", ""));
                }
                return described.length() > asked.length() ? described.toString() : request;
            }
        }
        return text;
    }

    /** "BLUE.", "dark green.": a word or two more of what was asked for, said as a sentence of its own. */
    private static final Pattern A_WORD_MORE = Pattern.compile("(?!(?:nothing|that'?s|thats|it|ok|okay|done|simple|period|thanks|"
            + "why|how|what|is|are|no|not|yes|yeah|sorry|also|and|then|now|again)\\b)[a-z]+(?:[ -][a-z]+)?[.!]*");

    /** "300 pixels no 400", "20% sorry 30%": the amount corrected. */
    private static final String AMOUNT_CORRECTED = "(?:no|nah|sorry|actually|i mean|make that|or rather|wait)";
    private static final String AMOUNT_UNIT = "(?:px|pixels?|%|percent|per cent)";

    /** "I'd like to print it larger but it goes all blurry": a wish and what stands in its way, the story of a request. */
    private static final Pattern WISH_WITH_A_SNAG = Pattern.compile("\\bi(?:'d| would) (?:like|love|want) to\\b.*\\bbut\\b");

    /** "… it has come out rather dark, and I'd be grateful if you could lighten it": what follows the asking. */
    private static final Pattern ASKED_LATER = Pattern.compile("^.{12,}?[,;]\\s*(?:(?:and|but|so) )?(?:i(?:'d| would) be "
            + "(?:very |so |most |really )?grateful if you could|(?:could|would|can) you(?: please| kindly)?|please)\\s+"
            + "(?=[a-z]+ [a-z])(?!(?:no|not|don'?t|do not|without|nothing|never|avoid)\\b)(?!(?:finish|fix|do|sort|handle|solve|correct|repair|change|improve|help with|set|put|get|"
            + "balance|adjust|recover|restore|rescue|save|bring|lift|open|clean|tone|soften|reduce|knock|dial|calm|pull|push|bump|boost|"
            + "lower|raise|brighten|darken|lighten|warm|cool|mute|subdue|tame|take|remove|kill|lose|neutrali[sz]e) (?:it|that|this|them|those|"
            + "these)\\b)");

    /** "i have an empty canvas and would love, if possible, a lighthouse …": the story, then the wish. */
    private static final Pattern WISHED_LATER = Pattern.compile("^.{12,}?\\s(?:and|so|but) (?:i )?(?:would|'d) (?:love|like)"
            + "(?: to (?:have|see|get))?,?(?: if (?:possible|you can|you could),)?\\s+(?=[a-z]+ [a-z])");

    /** "there's a gap here, put a tree in it": what is there, then what to put. */
    private static final Pattern STORY_FIRST = Pattern.compile("^(?:there'?s|there is|there are|theres|it'?s|this is|that'?s|"
            + "i have|i've|we have|the (?:[a-z]+ ){0,3}?[a-z]+ (?:is|are|looks?|was|were))\\b.{3,}?[,;.]\\s*(?:(?:and|so|but|then|now) )?"
            + "(?:just )?(?=(?:put|add|paint|draw|place|stick|insert|fill|continue)\\b(?! (?:like |about |maybe )?(?:\\d|more|less|extra|"
            + "space|room|there|here|a bit|a little|it)\\b))");

    /** "first time using this — could it make a picture of …": a word about the artist, then the asking after a dash. */
    private static final Pattern ASKED_AFTER_A_DASH = Pattern.compile("^([^—–]{3,60}?)\\s+[—–]+\\s+(?=(?:could|can|would|will|please|"
            + "pls|i'd|i would|i want|i need)\\b)");
    /** Words about the artist or the talk, not the picture: "sorry", "first time using this", "i'm new to this". */
    private static final Pattern ABOUT_THE_ARTIST = Pattern.compile("\\b(?:sorry|first time|new to|i'?m|i am|i have|i've|hi|hello|"
            + "hey|beginner|not sure|no idea|don'?t know|dunno)\\b");

    /** The request itself: normalised, without polite openings and closings. */
    /**
     * "i want to crop but not too tight maybe just the top bit … actually just crop to what i selected", "add a hat, no wait,
     * remove the cap": a request taken back for the one after it.
     */
    private static final Pattern MIND_CHANGED = Pattern.compile("^.{8,}?[,.;!]*\\s+(?:no,?\\s+|oh,?\\s+|hmm+,?\\s+)?(?:actually|no wait|"
            + "wait|scratch that|on second thoughts?|never ?mind(?: that)?|forget (?:that|it)|no(?=,? just\\b))[,.!]*\\s+(?:just |instead |rather |can you |"
            // (and "a different version pls, more... no, just different")
            + "could you |please )?(?=(?:different|another|a different|crop|cut|trim|make|add|remove|put|turn|rotate|flip|extend|undo|go back|show|give|change|use|"
            + "paint|draw|generate|create|keep|brighten|darken|blur|sharpen|erase|delete|get rid|straighten|upscale|enlarge|fill|"
            + "replace|swap)\\b)");

    static String core(String instruction) {
        // "another, if you please, but in the style of an engraving": politeness between two commas is no part of it
        String text = requestSentence(MIND_CHANGED.matcher(normalise(instruction)).replaceFirst("")).replaceAll(",\\s*(?:if you please|if you would|if you don't mind|"
                + "if you can|if you could|if (?:at all )?possible|if it's not too much trouble)\\s*,", ",")
                // "produce, a still life": the comma left where the politeness was
                .replaceAll("^([a-z]+), (?=(?:a|an|some|the)\\b)", "$1 ").replaceAll("^(i would|i'd|we would), (?=like\\b)", "$1 ");
        text = WISHED_LATER.matcher(ASKED_LATER.matcher(text).replaceFirst("")).replaceFirst("");
        text = STORY_FIRST.matcher(text).replaceFirst("");
        Matcher dashed = ASKED_AFTER_A_DASH.matcher(text);
        // (not "sorry, i read about "levels" — could you do the automatic one?": what is quoted before is what is asked for)
        if (dashed.lookingAt() && ABOUT_THE_ARTIST.matcher(dashed.group(1)).find() && !REQUEST.matcher(dashed.group(1)).find()
                && !dashed.group(1).matches(".*[\"“”].*")) {
            text = text.substring(dashed.end());
        }
        String previous;
        do {
            previous = text;
            text = OPENING.matcher(text).replaceFirst("");
            text = CLOSING.matcher(text).replaceFirst("").strip();
        } while (!text.equals(previous) && !text.isEmpty());
        return text;
    }
}
