package org.easel.server.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to paint, when it is asked for in several sentences: "Could you add a hat to my grandson? A baseball cap would be
 * fine.", "PUT A PLANT HERE. A PLANT. IN THE POT.", "just a cat. sitting. two ears. is that too much to ask",
 * "A framed landscape print would make it feel lived in. Could you add one?". The sentence that asks is the request; the
 * sentences after it that only describe the thing ("Red ones", "Wooden desks, a blackboard") or say what to leave out ("No
 * people, please.") are joined to it as clauses, which the content reader already understands; the sentences that tell the
 * story or remark on it ("I've selected the empty chair.", "the pigeon is a metaphor") are left out; and a request that
 * points back ("Could you add one?", "Can you put that there?") names the thing the sentence before it suggested.
 *
 * <p>Structure, not vocabulary: which sentence asks, which only describes (no verb of its own) and which talks about the
 * artist or the picture is read from each sentence's form, so it holds for things no word list names.
 */
final class RequestInSentences {

    private RequestInSentences() {
    }

    /** Words a sentence opens with before it says anything: "fine, …", "um, …", "ok so …". */
    private static final String OPENER = "(?:(?:fine|ok|okay|so|um+|uh+|hmm+|oh|well|right|and|also|then|now|just|yes|yeah|no|"
            + "alright|hey|hi|hello|sorry)[,.!]*\\s+)*";
    /** A sentence that asks: "could you …", "please add …", "paint a pigeon here", "Might a vase of roses be put …". */
    private static final Pattern ASKS = Pattern.compile("^" + OPENER + "(?:(?:could|would|can|will|might|may) (?:you|u|i|we|there|"
            + "a|an|some|the|it|they|this|that)\\b|(?:is|would) it (?:be )?(?:at all )?(?:possible|ok|okay|alright)|please\\b|"
            + "pls\\b|kindly\\b|i(?:'d| would) (?:like|love)(?! (?:that|it|this|to (?:see|know|hear))\\b)|i (?:want|need)\\b|"
            + "(?:i )?(?:was |am |'m )?(?:wondering|wonder)\\b|"
            + "(?:make|add|put|paint|draw|place|insert|generate|create|render|give|show|fill|hang|sketch|illustrate|drop|pop|stick)\\b)");
    /** Words that ask, anywhere in a sentence: "In the area I've marked I'd love a few roses". */
    private static final Pattern ASKS_SOMEWHERE = Pattern.compile("\\b(?:(?:could|would|can|will) (?:you|u|it)|please|"
            + "i(?:'d| would) (?:like|love)|i (?:want|need)|add|put|paint|draw|make|generate|create|place|insert|fill|give)\\b");
    /** A sentence about the artist, the talk or the picture as it is: "I've selected the empty chair.", "that's the point". */
    private static final Pattern TALK = Pattern.compile("^" + OPENER + "(?:(?:i|i'm|im|i've|ive|i'll|i'd|i was|we|we're|we've|you|"
            + "it|it's|its|that|that's|thats|this|these|those|is|are|was|were|why|how|what|who|sorry|thanks|thank you|cheers|"
            + "hope|honestly|context|surprise me|lol|haha|lmao|any (?:dog|cat|one)|there(?! (?:should|must|"
            + "could|can|needs to|ought to) be))\\b|(?:boring|perfect|great|nice|cool|lovely|awesome|amazing|done|fine|good|"
            + "splendid|excellent|brilliant|wonderful|whatever|obviously|ok|okay|go|go ahead|go for it|do it|now)[!.]*$)");
    /** "Hamlet, in case anyone was wondering", "the villain needs one, apparently": an aside, wherever its words stand. */
    private static final Pattern AN_ASIDE = Pattern.compile("\\b(?:in case (?:anyone|anybody|you|u)|apparently|just saying|fyi|"
            + "btw)\\b");
    /** "It should have four panes", "it should look very tasty": how the thing is to be, said as a wish. */
    private static final Pattern SHOULD_HAVE = Pattern.compile("^(?:it|they|he|she) (?:should|must|needs to|has to|ought to) "
            + "(?:(have|has)|look|be|seem)(?: (?:very|really|so|quite))? (?=[a-z])");
    /** A verb, which makes a clause say something of its own rather than describe the thing ("a watering can" has none). */
    private static final Pattern A_VERB = Pattern.compile("\\b(?:is|are|was|were|am|be|been|being|has|have|had|do|does|did|"
            + "want|wants|need|needs|likes|love|loves|looks|looked|seem|seems|feels|get|gets|got|goes|went|say|says|said|know|"
            + "knows|think|thinks|hope|mean|means|asked|wore|used|loved|liked|wanted|hated|adored|took|gave|died|lived|kept|"
            + "won't|don't|doesn't|isn't|aren't|can't|i'm|it's|that's|i'll|"
            + "i've|i'd)\\b|\\b(?:i|you|u|we|it|they|he|she|this|that|which|who) (?:can|could|would|will|should|shall|may|might|"
            + "must)\\b|\\b(?:can|could|would|will|should|shall|may|might|must) (?:you|u|i|we|it|they|he|she|be|have|not|also|"
            + "still|just|please|make|look|go|fit|suit|work|help|fill|sit|stand|need|feel|seem|get)\\b");
    /** "No people, please.", "Do not include any birds or aircraft.", "Not crow.": what to leave out. */
    private static final Pattern LEAVE_OUT = Pattern.compile("^(?:and |but )?(?:please )?(?:ideally |preferably |definitely |"
            + "absolutely |just |maybe |perhaps )?(?:((?:do not|don'?t|dont|try not to) "
            + "(?:include|add|put|show|draw|paint|have|give it|make it)(?: (?:any|a|an))?)|(no|not|nothing|without|minus))\\s+(?=[a-z])");
    private static final Pattern POLITE_ONLY = Pattern.compile("(?:(?:please|pls|plz|kindly|thanks(?: a (?:ton|lot|bunch|million))?|"
            + "thank you(?: (?:so|very|ever so) much| in advance)?|thx|ty|cheers|many thanks(?: in advance)?(?: for (?:your|the) help)?|"
            + "sorry(?: to bother(?: you)?| for the trouble)?|if you please|if (?:at all )?possible|if you can(?: manage (?:it|that))?|"
            + "if that's ok(?:ay)?)[ ,!.?]*)+");
    /** A thing suggested in the sentence before: "A framed print would make it feel lived in", "so I was thinking a shelf might fill it". */
    private static final Pattern SUGGESTED = Pattern.compile("(?:^|[,;]\\s*|\\bso\\s+)(?:i was thinking(?: of)?|i thought|i think|"
            + "maybe|perhaps)?\\s*((?:a|an|some)\\s+[a-z' -]{2,60}?)\\s+(?:would|might|could|will)\\s+(?:make|fill|look|be|suit|go|"
            + "work|brighten|liven|help|add|finish)\\b");
    /** "Could you add one?", "Can you put that there?": the thing pointed back at. */
    private static final Pattern POINTED_BACK = Pattern.compile("\\b(add|put|paint|draw|place|hang|fit|include) (?:one|that|it|"
            + "them|something like that)\\b");
    /** "a big one", "red ones": a description of a thing named elsewhere, which cannot be the request by itself. */
    private static final Pattern ONLY_ONE_OF_THEM = Pattern.compile("(?:a |an |the )?(?:[a-z'-]+ ){0,3}ones?\\b.*");

    /** The instruction (normalised, as {@link Phrasing#normalise} gives it) with its request said as one sentence. */
    static String asOneSentence(String normalised) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : Phrasing.SENTENCE_END.split(normalised.strip())) {
            String bare = sentence.replaceFirst("[.!?]+$", "").strip();
            if (!bare.isEmpty()) {
                sentences.add(bare);
            }
        }
        if (sentences.size() < 2) {
            return normalised;
        }
        int asking = -1;
        for (int i = 0; i < sentences.size() && asking < 0; i++) {
            if (ASKS.matcher(withoutPoliteness(sentences.get(i))).find()) {
                asking = i;
            }
        }
        if (asking < 0) {
            asking = theThingDescribed(sentences);
        }
        if (asking < 0) {
            return normalised;
        }
        StringBuilder request = new StringBuilder(pointedBackNamed(sentences, asking));
        for (int j = asking + 1; j < sentences.size(); j++) {
            String said = withoutPoliteness(sentences.get(j));
            String described = describedPart(said);
            if (!described.isEmpty() && !ASKS.matcher(said).find()) {
                request.append(described.startsWith("with ") ? " " : ", ").append(described);   // "a window with four panes"
            }
        }
        return request.toString();
    }

    /**
     * With no sentence that asks, the first sentence past the story that describes, when it describes a thing ("So my studio is
     * doing a Halloween special. Black cake, drippy red ganache."); none when words that ask are somewhere else, or the
     * description is of a thing named elsewhere ("the actor needs a beard. a big one").
     */
    private static int theThingDescribed(List<String> sentences) {
        if (sentences.stream().anyMatch(s -> ASKS_SOMEWHERE.matcher(withoutPoliteness(s)).find())) {
            return -1;
        }
        for (int i = 0; i < sentences.size(); i++) {
            String said = withoutPoliteness(sentences.get(i));
            if (said.isEmpty() || TALK.matcher(said).find()) {
                continue;
            }
            String described = describedPart(said);
            if (described.isEmpty()) {
                continue;   // "So my cake studio is doing a Halloween special": the story
            }
            boolean aThing = !LEAVE_OUT.matcher(described).lookingAt() && !ONLY_ONE_OF_THEM.matcher(described).matches();
            return aThing ? i : -1;
        }
        return -1;
    }

    /** "Could you add one?" after "A framed landscape print would make it feel lived in." → "Could you add a framed landscape print?". */
    private static String pointedBackNamed(List<String> sentences, int asking) {
        String request = sentences.get(asking);
        Matcher pointed = POINTED_BACK.matcher(request);
        if (asking == 0 || !pointed.find()) {
            return request;
        }
        Matcher suggested = SUGGESTED.matcher(sentences.get(asking - 1));
        return suggested.find() ? request.substring(0, pointed.start()) + pointed.group(1) + " " + suggested.group(1)
                + request.substring(pointed.end()) : request;
    }

    private static String withoutPoliteness(String sentence) {
        return sentence.replaceAll("(?:^|,?\\s+)" + POLITE_ONLY.pattern() + "$", "").replaceAll("^" + POLITE_ONLY.pattern(), "").strip();
    }

    /**
     * The clauses at the start of a sentence that only describe the thing or leave something out: "Red ones", "Wooden
     * desks, a blackboard", "Real clouds, not greeting-card fluff", "A flat cap" of "A flat cap, like he always used to
     * wear"; empty when the sentence says something of its own.
     */
    private static String describedPart(String said) {
        Matcher should = SHOULD_HAVE.matcher(said);
        String sentence = should.lookingAt() ? (should.group(1) != null ? "with " : "") + said.substring(should.end()) : said;
        if (TALK.matcher(sentence).find() || AN_ASIDE.matcher(sentence).find() || sentence.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String clause : sentence.split(",\\s*|\\s+[—–-]+\\s+")) {
            // "nice and glossy": the word of praise says nothing a model can paint
            String bare = Phrasing.REMARK_AFTER.matcher(clause.strip()).replaceFirst("")
                    .replaceFirst("^(?:nice|lovely|good|really) and ", "");
            Matcher leaveOut = LEAVE_OUT.matcher(bare);
            if (leaveOut.lookingAt()) {
                String left = bare.substring(leaveOut.end());
                if (A_VERB.matcher(left).find()) {
                    break;
                }
                // "Do not include any birds" is "no birds"; "not crow", "nothing too big" are read as said, "ideally" aside
                kept.add((leaveOut.group(1) != null ? "no" : leaveOut.group(2)) + " " + left);
            } else if (bare.isEmpty() || A_VERB.matcher(bare).find() || TALK.matcher(bare).find() || ASKS.matcher(bare).find()
                    || bare.split(" ").length > 12) {
                break;
            } else {
                kept.add(bare);
            }
        }
        return String.join(", ", kept);
    }
}
