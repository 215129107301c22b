package org.easel.server.planning;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises follow-ups ({@link FollowUp}) by matching the whole instruction against a small set of
 * phrasings, so "more contrast" (a change of its own) is never mistaken for "more" (a follow-up).
 */
public final class FollowUpParser {

    /** "the last change", "that last edit": the change just made, named. */
    private static final String LAST_CHANGE = "(?:the|that|my) last (?:one|change|edit|step|adjustment|thing|modification)";
    private static final Pattern NAMES_A_CHANGE = Pattern.compile("\\b(?:last|previous) (?:one|change|edit|step|adjustment|"
            + "thing|modification)\\b");

    /** "edit one", "step three": the turns' numbers in words, in order. */
    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten";
    private static final String POLITE = "(?:please |pls |can you |could you |let's |lets )?";
    private static final String END = "(?:,? (?:please|thanks|thank you))?[.!?]*";

    private static final Pattern UNDO = whole("(?:undo|revert|take (?:that|it) back|go back|step back|return back|return it|roll (?:it |that )?back)"
            + "(?: (?:that one|this one|that|this|it|one|one step|a step|" + LAST_CHANGE + "|the (?:rotation|crop|flip|upscale|extension|fill|removal)))?"
            // "undo that one, too much": why, after the undo
            + "(?:,? (?:too much|too strong|overdone|not good|no good|bad|ugly|wrong|nope|not it|didn'?t work))?"
            + "|cancel (?:that|this|it|" + LAST_CHANGE + ")"
            // "take that last step away", "take the last change back"
            + "|(?:just )?take " + LAST_CHANGE + " (?:away|back|off)"
            // "take it away again", "put the last one back how it was": what was just done, taken back
            + "|take (?:it|that|them|this) (?:away|off|out) again|put (?:it|that|this|" + LAST_CHANGE + ") back"
            + "(?: (?:how|the way|like|as) it was(?: before)?)?"
            // "ctrl-z that", "back one step", "as you were": the keyboard's undo, or the army's
            + "|(?:ctrl|control|cmd|command)[- +]?z(?: (?:that|it|this))?|(?:go )?back (?:one|1)(?: step)?|one step back|as you were");
    private static final Pattern ORIGINAL = whole("(?:go |get |put it |bring it |take it )?back to (?:the )?(?:very )?(?:original|start|beginning|untouched (?:one|picture|photo|image|"
            + "version)|unedited (?:one|picture|photo|image|version))|(?:take me |go |just take me |take it |bring it |put it |get it )?back to how (?:the (?:photo|picture|"
            + "image|shot)|it) (?:was|looked)(?: originally| at first| to begin with| before)?|(?:let me )?compare (?:it )?(?:with|to) "
            + "the (?:untouched|unedited|original) (?:shot|photo|picture|image|one|version)|(?:show|use|restore) the original(?: again)?|start over|"
            + "(?:revert|undo|reset) (?:everything|it all|all of it|all (?:the )?(?:changes|edits)|all)|"
            // "start from the original photo again", "original again please"
            + "(?:start|begin)(?: again| over)? (?:from|with) the original(?: (?:photo|picture|image|shot|scan|version|one))?(?: again)?|"
            + "(?:the )?original (?:again|back)(?: please| pls)?(?:[,.!] .*)?|"
            // "go back to the clean scan", "revert everything to the original scan"
            + "(?:(?:go |get |take it |put it )?back|(?:revert|reset|restore|return)(?: everything| it all| it| all)?(?: back)?) to "
            + "(?:the |my )?(?:clean|raw|unedited|untouched|original) (?:scan|photo|picture|image|file|shot|version|state)"
            // "go back to how it was when I sent it", "compare with what came off the phone", "the very beginning picture",
            // "let me see the unaltered image", "the plain daytime one I started from": the picture as it came in
            + "|(?:(?:go |get |take me |take it |put it )?back to |return to )?(?:how|the way) (?:it|the (?:photo|picture|image|shot|scan)) "
            + "(?:was|looked) when (?:i|we) (?:first )?(?:sent|took|shot|uploaded|opened|started|began|got|scanned|imported|brought)"
            + "(?: it| (?:it )?in)?"
            + "|(?:(?:let me |i want to |want to |i'd like to )?compare (?:it )?(?:with|to) )?what came (?:off|out of|from) the "
            + "(?:phone|camera|card|scanner)"
            + "|(?:go |get |take me |jump )?(?:back )?to the (?:very )?(?:beginning|start|starting|initial) (?:picture|photo|"
            + "image|one|version|state|point)"
            + "|(?:(?:let me |can i |could i |i want to |i'd like to )?(?:see|view|look at)|show(?: me)?) the (?:unaltered|"
            + "unedited|untouched|unretouched|unchanged|raw|initial|starting) (?:image|photo|picture|one|version|shot|file|scan)"
            + "|(?:go |get |take me )?back to the (?:[a-z]+ ){0,3}(?:one|picture|photo|image|version) (?:i|we) (?:started|began) "
            + "(?:from|with)");
    private static final Pattern NUMBERED = whole("(?:(?:use|show(?: me)?|see|go back to|back to|take|i prefer|i like) )?(?:#|number |no\\. ?|image |picture |turn (?!(?:90|180|270)(?:°| ?degrees?)?$)|version |result |edit |step |option )(\\d{1,4}|"
            + NUMBER_WORDS + ")(?: instead| again| please)?|(?:show(?: me)?|see) (\\d{1,3})");
    private static final Pattern REAPPLY = whole("(?:(?:re-?apply|redo|repeat|apply|do) (?:#|number |turn |step )|re-?apply )(\\d{1,4})(?: again| here| to this| now)?");
    private static final Pattern NAMED = whole("(?:(?:use|show(?: me)?|go back to|back to|take|i prefer|i like|bring back) )?the (first|last|previous|latest|earlier) (?:one|image|picture|version|result)(?: instead| again)?|(?:(?:use|show(?: me)?|go back to|back to|bring back|return(?: to)?) )?the one before(?: instead| again)?|prev");
    /** "the previous adjustment", "the last change", "that last edit": the change just made. */
    private static final String A_CHANGE_JUST_MADE = "(?:the|that|my) (?:last|previous|latest|most recent) (?:change|edit|adjustment|"
            + "effect|step|tweak)";
    private static final Pattern MORE = whole("(?:(?:do|give me|let's have|let's get|make it|do it) )?(?:(even|much|a lot|a bit|a little|slightly) )?(?:more|stronger|further|more of (?:that|it)|(?:make it |do it )?(?:stronger|more)|go (?:harder|further|bigger)|"
            + "push it (?:further|more|harder)|crank it(?: up)?|(?:even )?harder|(?:a |an )?(?:stronger|bigger) effect"
            // "make it little more", "keep going", "Increase it further, by a similar increment."
            + "|(?:make it )?(?:a )?little more|keep (?:it )?going|(?:increase|push|boost|raise) it (?:further|more)"
            + "(?:,? by (?:a |the )?(?:similar|same) (?:increment|amount|step))?)(?: (?:than that|of that|still))?");
    private static final Pattern LESS = whole("(?:(much|a lot|a bit|a little|a touch|a tad|slightly) )?(?:less|lesser|weaker|not so much|not as much|too much|tone it down|dial it back|softer|subtler|"
            + "(?:that's |thats |ok |okay )?too (?:much|far),? (?:pull|dial|tone|bring|take) (?:it )?(?:back|down)(?: a bit| a little| a notch)?|"
            + "(?:tone|dial|pull|bring|take) (?:it|that) back(?: a bit| a little| a notch| a touch| some)?|"
            // "oh that's gone a bit far now"
            + "(?:(?:oh|hmm|ok|okay) )?(?:that'?s|it'?s|thats|its|you'?ve) gone (?:a bit |a little |way |much |rather |slightly )?"
            + "(?:too )?far(?: now)?|(?:perhaps |maybe )?back (?:a little|a bit|a notch|off a bit)"
            // "back it off", "rein it in", "ease off", "make less of it"
            + "|back (?:it|that) off(?: a bit| a little| a touch)?|rein (?:it|that) in(?: a bit| a little)?|ease (?:it |that )?(?:off|up)"
            + "(?: a bit| a little)?|make (?:a bit |a little )?less of (?:it|that)"
            // "halve it", "knock it back a bit", "make less", "not so strong", "a smaller effect"
            + "|halve (?:it|that)|knock (?:it|that) back(?: a bit| a little| a touch)?|make (?:it )?less|not (?:so|as|that) strong"
            // "Reduce the previous adjustment by half", "halve the last change", "tone down the last edit a bit"
            + "|(?:reduce|halve|soften|weaken|lessen|lower|tone down|dial down|scale back|dial back) " + A_CHANGE_JUST_MADE
            + "(?: by half| by a half| a bit| a little| a touch| some| slightly)?"
            + "|(?:make (?:a |the )?)?(?:smaller|weaker|gentler|milder) effect"
            // "not quite so much", "is that too much? a bit less maybe"
            // "ok thats a bit much", "that's rather much now"
            + "|(?:(?:ok|okay|hmm|oh|ah),? )?(?:that'?s|thats|it'?s|its) (?:a (?:bit|little|tad) |rather |slightly |way )(?:too )?much(?: now)?"
            + "|not (?:quite )?(?:so|as|that) much|(?:is (?:that|it|this) )?too much\\?? (?:(?:a bit|a little|a touch) )?less"
            + "(?: maybe| perhaps)?)"
            + "(?: (?:than that|of that))?");
    private static final Pattern AGAIN = whole("(?:do (?:it|that) )?(?:again|once more|one more time)|repeat(?: that| it)?|same again"
            // "same thing as before", "do the same as last time"
            + "|(?:do )?(?:the )?same(?: thing)? as (?:before|last time)(?: again)?"
            // "do that again in this one": a place, not a look
            + "|(?:now )?do (?:that|it|the same)(?: again)? (?:in|on) (?:this|that|the) (?:one|bit|part|spot|area|selection|place|corner)"
            // "now apply the same to the selected window frame only", "do the same on the other girl"
            + "|(?:now )?the same (?:for|on|to) (?!(?:the )?(?:left|right|top|bottom|other side|sides?|other edge)\\b)"
            + "(?:the |this |that |my |her |his |their )?(?:other )?[a-z' -]{1,30}?(?: too| as well)?"
            + "|(?:now )?(?:apply|do|repeat) (?:the same|that|it)(?: thing)?(?: again)? (?:to|on|for|with) (?:the |this |that |my |her |his |"
            + "their )?(?:other |selected |new )?[a-z' .-]{1,40}?(?: only| too| as well)?"
            // "do the same for dr. patel, i selected him now"
            + "(?:,? (?:i(?:'ve| have)? )?(?:selected|marked|circled) (?:him|her|them|it)(?: now)?)?");
    private static final Pattern VARIATION = whole("(?:give me |have |take |try |do )?another (?:pass|go|crack|stab)(?: at (?:it|that|this|(?:the|that|this|my) [a-z' -]{2,30}))?|"
            // "could you produce an alternative version for comparison?"
            + "(?:(?:produce|make|do|give me|show me|try|render|generate|create) )?(?:an? )?(?:alternative|alternate|different) "
            + "(?:version|rendition|take|variant|one)(?: of (?:it|that|this))?(?:,? (?:for comparison|to compare))?|"
            + "(?:a )?different take|"
            + "try again|another one|another(?: version| variation)?|(?:a )?different (?:one|seed|version)|different seed|new seed|"
            + "vary it|variation|re-?roll|give me another(?: one)?"
            // "do another one similar", "one more of the hillside", "one more of the fox picture, but normal now"
            + "|(?:do |make |give me )?(?:another|one more)(?: one)? similar|(?:do |make |give me )?(?:another|one more)(?: one)? of "
            + "(?:the|that|this|my) [a-z' -]{2,30}?(?:,? (?:but )?(?:normal|plain|no style|without (?:the|a) style)(?: now| again| this time)?)?"
            // "now do the boat one again, plain": the picture made, again, without the style just ended
            + "|(?:now |ok |okay )?(?:do|make|draw|paint|redo) the [a-z' -]{2,30}? (?:one |picture |image )?again,? (?:but )?"
            + "(?:plain|normal|without (?:the|a) style|no style)(?: now| this time| again)?"
            // "roll again, another version of that portrait", "give me a whole different take on the temple"
            + "|(?:roll|spin) (?:it |that )?again(?:[,.;]? (?:another|a new|a different) (?:version|take|one) of (?:the|that|this|my) "
            + "[a-z' -]{2,30}?)?|(?:give me |do |make |try )?(?:a |an )?(?:whole |completely |totally |entirely )?different "
            + "take on (?:the|that|this|my|it)(?: [a-z' -]{2,30}?)?");
    private static final Pattern CLEAR_STYLE = whole("(?:no style|style off|default style(?: again)?(?: please| thanks)?|"
            + "back to (?:the )?default style|clear (?:the )?style|forget (?:the )?style|drop (?:the )?style|reset (?:the )?style|no more (?:\\w+ )?style|"
            + "turn (?:the |that |this )?style off|turn off (?:the |that |this )?style)(?: from now on)?");
    private static final Pattern KEEP_STYLE = whole("keep (?:this|that|the) (?:style|look)(?: from now on)?");
    private static final Pattern SET_STYLE = whole("(?:(?:make )?everything |from now on,? |always )?(?:(?:do it |make it |paint it |render it |all )?in (?:a |an )?)?([a-z][a-z -]{1,40}?) style(?: from now on| for everything)?|(?:make )?everything ([a-z][a-z -]{1,40}?) from now on|(?:from now(?: on)?|from here on(?: out)?|going forward|henceforth),? (?:make |do )?(?:everything|it all|all) (?:in )?([a-z][a-z -]{1,40}?)|in ([a-z][a-z -]{1,40}?) from now on"
            // "everything from here on = 90s vhs look", "default everything to black and white ink drawing", "style watercolor"
            + "|(?:everything|all) from (?:now|here) on(?: out)?\\s*(?:=|:|-|–|—|is|in|as|should be)\\s*(?:a |an )?([a-z0-9][a-z0-9 -]{1,40}?)"
            + "(?: look| style| vibe| aesthetic)?|default everything to (?:a |an )?([a-z][a-z -]{1,40}?)|style:? ([a-z][a-z -]{1,30}?)"
            // "set global style: swiss modernist poster, flat colors"
            + "|(?:set|use)(?: the| a| my| our)?(?: global| default| house| overall| project| document| main)? style(?: to| as)?[:=]? "
            + "([a-z][a-z ,&'-]{1,60}?)");

    /** ", now it looks flat", ", it's overdone": how the last change left the picture, after what to do about it. */
    private static final Pattern RESULT_SAID_AFTER = Pattern.compile("[,.;]\\s*(?:now |because |cause |as )?(?:it|that|this|"
            + "everything)(?:'s| is| looks| seems| feels| got| went| has gone)\\b.*$");

    private static final Map<String, Double> MORE_FACTORS = Map.of("even", 1.5, "much", 2.0, "a lot", 2.0,
            "a bit", 1.25, "a little", 1.25, "slightly", 1.25);
    private static final Map<String, Double> LESS_FACTORS = Map.of("much", 0.25, "a lot", 0.25,
            "a bit", 0.75, "a little", 0.75, "a touch", 0.75, "a tad", 0.75, "slightly", 0.75);

    /** Looks that are a photo fix of their own: "black and white", "sepia". */
    private static final Pattern A_PHOTO_FIX = Pattern.compile("(?:(?:i want|i'd like|i need|give me|make it|do it|a|an|in|photo|"
            + "picture|image) )*(?:black (?:and |& |n )?white|b&w|sepia|"
            + "gr[ae]yscale|monochrome)(?: photo)?");

    /** Words that look like a style in "X style" but name a change Easel makes directly. */
    private static final List<String> NOT_STYLES = List.of("this", "that", "the same", "same");
    /** A scene before "style", not a style's name: "explosions behind him michael bay style" is a change to make. */
    /** "mushroom in hand poked style", "fox in pixel style": a thing to make in that look, not a look for everything. */
    private static final Pattern A_THING_IN_A_STYLE = Pattern.compile("(?:(?:the|one|two|three|some|little|lil|small|big|tiny|cute) )?"
            + "(?!(?:do|make|paint|render|draw|redo|everything|all|it|them|this|that|now|please|keep|stay|stick|continue|then|again|"
            + "one|another|more|try|same|just|only|set|use|switch|change|go|done|finished|ones|rest|others|pictures|images)\\b)"
            + "[a-z-]+(?: [a-z-]+){0,2} in ");
    private static final Pattern SCENE = Pattern.compile("\\b(?:a|an|him|her|them|it|behind|in front of|on top of|around|under|"
            + "above|below|next to|into|over)\\b");

    /** Whether the words name a change made, not a thing in the picture: "cancel the last modification". */
    static boolean namesAChange(String text) {
        return NAMES_A_CHANGE.matcher(text).find();
    }

    public Optional<FollowUp> parse(String instruction) {
        String text = normalise(instruction);
        Matcher m;
        if (UNDO.matcher(text).matches()) {
            return Optional.of(new FollowUp.Undo());
        }
        if (ORIGINAL.matcher(text).matches()) {
            return Optional.of(new FollowUp.Original());
        }
        if ((m = REAPPLY.matcher(text)).matches()) {
            return Optional.of(new FollowUp.Reapply(Integer.parseInt(m.group(1))));
        }
        if ((m = NUMBERED.matcher(text)).matches()) {
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            int turn = number.matches("\\d+") ? Integer.parseInt(number) : List.of(NUMBER_WORDS.split("\\|")).indexOf(number) + 1;
            return Optional.of(new FollowUp.ShowTurn(FollowUp.Reference.NUMBERED, turn));
        }
        if ((m = NAMED.matcher(text)).matches()) {
            String which = m.group(1) == null ? "previous" : m.group(1);
            FollowUp.Reference reference = switch (which) {
                case "first" -> FollowUp.Reference.FIRST;
                case "last", "latest" -> FollowUp.Reference.LAST;
                default -> FollowUp.Reference.PREVIOUS;
            };
            return Optional.of(new FollowUp.ShowTurn(reference, 0));
        }
        if ((m = MORE.matcher(text)).matches()) {
            return Optional.of(new FollowUp.Rescale(m.group(1) == null ? 1.5 : MORE_FACTORS.get(m.group(1))));
        }
        // "a touch less, now it looks flat": how the last change left it, said after the "less"
        if ((m = LESS.matcher(text)).matches() || (m = LESS.matcher(RESULT_SAID_AFTER.matcher(text).replaceFirst(""))).matches()) {
            return Optional.of(new FollowUp.Rescale(m.group(1) == null ? 0.5 : LESS_FACTORS.get(m.group(1))));
        }
        if (AGAIN.matcher(text).matches()) {
            return Optional.of(new FollowUp.Again());
        }
        if (VARIATION.matcher(text).matches()) {
            return Optional.of(new FollowUp.Variation());
        }
        if (CLEAR_STYLE.matcher(text).matches()) {
            return Optional.of(new FollowUp.ClearStyle());
        }
        if (KEEP_STYLE.matcher(text).matches()) {
            return Optional.of(new FollowUp.KeepStyle());
        }
        if ((m = SET_STYLE.matcher(text)).matches()) {
            for (int group = 1; group <= m.groupCount(); group++) {
                String style = m.group(group);
                // ("change the style", "use a different style": no style named)
                if (style != null && !NOT_STYLES.contains(style.strip()) && !SCENE.matcher(style).find()
                        && !A_THING_IN_A_STYLE.matcher(style.strip()).lookingAt()
                        && !style.strip().matches("(?:change|use|set|switch|pick|choose|try|want|need)(?: (?:the|a|my|a different|another|"
                        + "some|new|other))?|(?:a |the )?(?:different|another|new|other)")
                        // "sepia style please": a photo fix named as a look, unless it is to last ("from now on …")
                        && !(A_PHOTO_FIX.matcher(style.strip()).matches() && !text.matches(".*\\b(?:from now|everything|always|all)\\b.*"))) {
                    return Optional.of(new FollowUp.SetStyle(style.strip()));
                }
            }
        }
        return Optional.empty();
    }

    private static Pattern whole(String alternatives) {
        return Pattern.compile(POLITE + "(?:" + alternatives + ")" + END);
    }

    private static String normalise(String instruction) {
        return instruction.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ")
                .replace("colour", "color").replace("water color", "watercolor");
    }
}
