package org.easel.server.planning;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.AdjustmentKind;

/**
 * An earlier adjustment named by what it did rather than by its number: "redo the white balance one",
 * "the warming from the start on this crop too", "use the local contrast thing on the facade again". The
 * conversation's turn that made that adjustment is applied again to the picture (and selection) sent now;
 * the words alone would read as a new adjustment of a default strength, or as the last change again.
 */
final class EarlierChangeReader {
    /** "put that vignette on this one": an earlier change, named, on the picture there is now. */
    private static final String PUT_ON_THIS = "(?:put|apply|use|do) (?:the |that |my )?([a-z&-]+(?: [a-z&-]+){0,2}?)(?: (?:one|thing|"
            + "bit|change|effect|look))?(?: from (?:before|earlier))? (?:on|to) (?:this|it|here|the current one)(?: one| too| as well)?"
            + "[.!]*$";
    private static final Pattern PUTTING_ON_THIS = Pattern.compile("(?:^|\\b)" + PUT_ON_THIS);
    /** Words that point back at something already done. */
    private static final Pattern POINTING_BACK = Pattern.compile("\\b(?:again|redo|re-?apply|repeat|re-?use|once more|"
            + "from (?:earlier|before|the (?:start|beginning))|(?:you|we|i) did|did (?:earlier|before|first|at first)|"
            + "the [a-z&-]+(?: [a-z&-]+){0,2} (?:one|thing|step|trick|treatment|fix|edit|change|bit) (?:from|on|to|again|too|"
            + "here|for|as well)|the same [a-z&-]+(?: [a-z&-]+){0,2} (?:as|from) (?:before|earlier)"
            // "just put the sharpening back on": an effect taken away by going back, wanted again
            + "|put (?:the |that |my )?[a-z&-]+(?: [a-z&-]+){0,2} back(?: on| in)?"
            // "bring the black and white back on top" (not "bring it back down a touch")
            + "|bring (?:the |that |my )?(?!it\\b|this\\b|that\\b)[a-z&-]+(?: [a-z&-]+){0,2} back(?! down| up)(?: on| in)?"
            // "ok put that vignette on this one", "now put the night thing from before on this"
            + "|" + PUT_ON_THIS + ")\\b");
    /** "do the stars again in this spot": the content an earlier turn painted, named, to paint again. */
    private static final Pattern CONTENT_AGAIN = Pattern.compile("(?:(?:now|ok|okay|and|then),? )*(?:(?:do|redo|paint|put|add|draw|try) )?"
            + "(?:the|those|that) ([a-z][a-z ]{1,30}?) (?:one |thing |bit )?(?:again|once more)"
            // "try the scar again but here"
            + "(?: (?:but |just )?(?:here|there|in|on|over|at|for|please)\\b.*)?[.!]*$");
    private static final Pattern FROM_EARLIER = Pattern.compile("\\b(?:from )?(?:earlier|before|the (?:very )?(?:start|beginning|first step)|"
            + "my first (?:message|instruction|request|step))\\b|\\blike (?:you|we) did (?:earlier|before|at first|first)\\b");
    /** Taking a change back, changing its strength or looking at an earlier result is no doing it again. */
    private static final Pattern NOT_DOING_IT_AGAIN = Pattern.compile("\\b(?:show|see|bring back|back to|compare|"
            + "still|even|amount|undo|revert|take (?:it |that |the )?"
            + "[a-z ]{0,20}(?:off|back|away|out)|remove|get rid|without|lose|drop|no more|less|(?<!\\bonce )more|stronger|weaker|"
            + "too much|too strong|don't|do not|dont|instead)\\b");
    /** Nouns of an adjustment that the lexicon only knows inside phrases ("recover the highlights"). */
    private static final Map<String, AdjustmentKind> NAMES = Map.ofEntries(
            Map.entry("highlights", AdjustmentKind.HIGHLIGHTS), Map.entry("highlight", AdjustmentKind.HIGHLIGHTS),
            Map.entry("shadows", AdjustmentKind.SHADOWS), Map.entry("shadow", AdjustmentKind.SHADOWS),
            Map.entry("tint", AdjustmentKind.TINT), Map.entry("curve", AdjustmentKind.CURVE),
            Map.entry("curves", AdjustmentKind.CURVE), Map.entry("levels", AdjustmentKind.AUTO_LEVELS),
            Map.entry("grain", AdjustmentKind.DENOISE), Map.entry("cleaning", AdjustmentKind.DENOISE),
            Map.entry("cleanup", AdjustmentKind.DENOISE), Map.entry("noise", AdjustmentKind.DENOISE));

    private EarlierChangeReader() {
    }

    /** "layer that dusk from turn one back on", "reapply what you did in step 2": a turn's change, by its number, put on again. */
    private static final Pattern PUT_ON_AGAIN = Pattern.compile("\\b(?:back on|on again|re-?apply|redo|repeat|(?:do|apply|use|put) "
            + "(?:[a-z'-]+ ){0,12}(?:again|once more))\\b");

    /**
     * A change named as a thing done: "the warming", "that shadow lift", "the snow one", "the jacket removal", "the white
     * balance correction". What it is named by is the words before the noun of doing (or the noun itself, "warming").
     */
    private static final Pattern A_CHANGE_NAMED = Pattern.compile("\\b(?:the|that|those|your|same) ((?:[a-z&'-]+ ){0,2}?"
            + "(?:[a-z]{3,}(?:ing|ion|al|ment)|warmth|contrast|brightness|sharpness|vibrance|clarity|vignette|blur|sepia|"
            + "[a-z&'-]+(?= (?:lift|boost|treatment|fix|correction|effect|change|one|look|filter|edit|"
            + "adjustment|job|pass|bump|tweak|thing|trick)\\b)))\\b");
    /** "I'd rather have it as it was": the change named is to go, not to come again. */
    private static final Pattern AS_IT_WAS = Pattern.compile("\\b(?:as|how|the way) it was\\b|\\btoo far\\b");
    /** Words that say it is wanted once more, or where it was done before. */
    private static final Pattern DONE_BEFORE = Pattern.compile("\\btoo(?=$|[,.!?]| please| pls)|\\b(?:as well|also|again|"
            + "once more|from (?:the )?(?:very )?(?:start|beginning|top|first)|at (?:the )?(?:very )?(?:start|beginning)|"
            + "(?:you|we|i) did|from (?:earlier|before)|from step [a-z0-9]+|first|(?:on|to|for) (?:the|this|that|her|his|my) other)\\b");

    /**
     * An earlier turn's change named as a thing done, wanted once more: "give this section the warming from the top as
     * well", "and the sharpening on that eye as well", "give this image the cooling you did at the very start". The last
     * change named so is "again" (on what is selected now); an earlier one is re-applied by its number.
     */
    static Optional<Understanding> namedChangeAgain(String instruction, InstructionContext context) {
        String words = Phrasing.normalise(instruction);
        if (context.changes().size() < 2 || !DONE_BEFORE.matcher(words).find() || NOT_DOING_IT_AGAIN.matcher(words).find()
                || AS_IT_WAS.matcher(words).find()) {
            return Optional.empty();
        }
        Optional<Integer> number = ReferenceReader.turnNumber(instruction);
        List<InstructionContext.TurnChange> changes = context.changes();
        Matcher named = A_CHANGE_NAMED.matcher(words);
        while (named.find()) {
            List<String> name = nameOf(named.group(1));
            for (int i = changes.size() - 1; i >= 0; i--) {
                if (askedWith(name, changes.get(i))) {
                    boolean last = i == changes.size() - 1;
                    if (last && changes.get(i).kind() == InstructionContext.ChangeKind.GENERATED && !context.hasSelection()) {
                        return Optional.empty();   // "now do the boat one again, plain": another picture of it
                    }
                    // "the sharpening from step 2": the number said is the turn
                    boolean again = last && !FROM_EARLIER.matcher(words).find();
                    FollowUp followUp = number.<FollowUp>map(FollowUp.Reapply::new)
                            .orElse(again ? new FollowUp.Again() : new FollowUp.Reapply(changes.get(i).turn()));
                    return Optional.of(new Understanding.FollowingUp(followUp));
                }
            }
        }
        return Optional.empty();
    }

    /** A side named: "on the right", "the other side". */
    private static final Pattern SIDE_NAMED = Pattern.compile("\\b(left|right|top|bottom|(?:other|opposite) (?:side|edge|end))\\b");
    /** The side one extension grew, as its instruction said it. */
    private static final Pattern SIDE_GROWN = Pattern.compile("\\b(left|right|top|bottom|up|down)\\b");
    private static final Map<String, String> OPPOSITE = Map.of("left", "right", "right", "left", "top", "bottom",
            "bottom", "top", "up", "bottom", "down", "top");
    private static final Pattern THE_SAME = Pattern.compile("\\b(?:same|also|too|again|as well|likewise)\\b");
    /** The words around a side asked to grow the same way: "is good. now also on the left the same", "same amount on the right". */
    private static final Set<String> AROUND_A_SIDE = Set.of("now", "and", "the", "on", "to", "at", "do", "please", "pls",
            "amount", "is", "good", "ok", "okay", "also", "it", "this", "that", "side", "edge", "end", "one", "much", "as",
            "same", "well", "by", "extend", "add", "continue", "go", "let's", "lets", "too", "again", "likewise", "of", "for",
            "a", "there", "nice", "great", "perfect", "thanks", "cool", "yes", "then", "thing", "canvas", "space", "room",
            "other", "opposite", "left", "right", "top", "bottom", "just", "can", "you", "could");

    /**
     * Right after the canvas grew on one side, the same again on another ("now the same on the other side", "same amount on
     * the right", "and also to the right side"): the last extension's words, on that side.
     */
    static Optional<Understanding> extendedOnAnotherSide(String instruction, InstructionContext context) {
        List<InstructionContext.TurnChange> changes = context.changes();
        if (changes.isEmpty() || changes.get(changes.size() - 1).kind() != InstructionContext.ChangeKind.EXTENSION
                || context.hasSelection()) {
            return Optional.empty();
        }
        Optional<String> side = sideAskedTheSame(instruction);
        if (side.isEmpty()) {
            return Optional.empty();
        }
        // The last extension as its words said it, followed through the turns that each grew it the same on another side
        String said = null;
        String grown = null;
        int first = changes.size() - 1;
        while (first > 0 && changes.get(first - 1).kind() == InstructionContext.ChangeKind.EXTENSION) {
            first--;
        }
        for (InstructionContext.TurnChange change : changes.subList(first, changes.size())) {
            Optional<String> again = sideAskedTheSame(change.instruction());
            List<String> sides = SIDE_GROWN.matcher(Phrasing.normalise(change.instruction())).results().map(m -> m.group(1))
                    .distinct().toList();
            if (again.isPresent() && said != null) {
                grown = again.get().contains(" ") ? OPPOSITE.get(grown) : again.get();
            } else if (sides.size() == 1) {
                said = Phrasing.normalise(change.instruction());
                grown = sides.get(0);
            } else {
                said = null;   // "extend left and right" then "the same on top": no one side's amount to take
            }
        }
        if (said == null) {
            return Optional.empty();
        }
        String to = side.get().contains(" ") ? OPPOSITE.get(grown) : side.get();
        return SemanticReadings.extend(SIDE_GROWN.matcher(said).replaceAll(to), context)
                .filter(reading -> reading instanceof Understanding.Planned);
    }

    /** The side in "now the same on the other side", "same amount on the right"; empty when the words say more. */
    private static Optional<String> sideAskedTheSame(String instruction) {
        String words = Phrasing.normalise(instruction).replaceAll("[^a-z' ]+", " ").strip();
        Matcher side = SIDE_NAMED.matcher(words);
        return side.find() && THE_SAME.matcher(words).find()
                && java.util.Arrays.stream(words.split("\\s+")).allMatch(AROUND_A_SIDE::contains)
                ? Optional.of(side.group(1)) : Optional.empty();
    }

    /**
     * An earlier change fetched in so many words ("darken the shadows like you did earlier", "the warm brighter thing from my
     * first message"): read before the words are read as a new adjustment of their own.
     */
    static Optional<Understanding> fetchedFromEarlier(String instruction, InstructionContext context) {
        return FROM_EARLIER.matcher(Phrasing.normalise(instruction)).find() ? read(instruction, context, true) : Optional.empty();
    }

    /** The earlier turn whose adjustment the instruction names, to be done again; empty when it names none. */
    static Optional<Understanding> read(String instruction, InstructionContext context) {
        return read(instruction, context, false);
    }

    /**
     * @param fetched the words say it comes from earlier ("like you did earlier"): a turn that made any of the adjustments
     *                named is the one ("darken the shadows like you did earlier" names darkening too, the turn only the shadows)
     */
    private static Optional<Understanding> read(String instruction, InstructionContext context, boolean fetched) {
        String words = Phrasing.normalise(instruction);
        Optional<Integer> number = ReferenceReader.turnNumber(instruction);
        if (number.isPresent() && !context.changes().isEmpty() && PUT_ON_AGAIN.matcher(words).find()
                && !LOOKING_BACK.matcher(words).find()) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Reapply(number.get())));
        }
        if (context.changes().isEmpty() || number.isPresent()) {
            return Optional.empty();
        }
        if (!POINTING_BACK.matcher(words).find() || NOT_DOING_IT_AGAIN.matcher(words).find()) {
            return Optional.empty();
        }
        Set<AdjustmentKind> named = kindsNamed(words);
        Matcher content = CONTENT_AGAIN.matcher(words);
        Matcher put = PUTTING_ON_THIS.matcher(words);
        boolean onThisOne = put.find();
        String thing = !named.isEmpty() ? null : content.lookingAt() ? content.group(1) : onThisOne ? put.group(1) : null;
        List<String> things = thing == null ? List.of() : java.util.Arrays.stream(thing.split(" "))
                .filter(word -> word.length() >= 3).toList();
        if (named.isEmpty() && things.isEmpty()) {
            return Optional.empty();
        }
        List<InstructionContext.TurnChange> changes = context.changes();
        for (int i = changes.size() - 1; i >= 0; i--) {
            InstructionContext.TurnChange change = changes.get(i);
            List<AdjustmentKind> made = change.adjustments().stream().map(Adjustment::kind).toList();
            if (named.isEmpty() ? change.kind() != InstructionContext.ChangeKind.ADJUSTMENT
                    && things.stream().allMatch(Phrasing.normalise(change.instruction())::contains)
                    : made.containsAll(named) || fetched && named.stream().anyMatch(made::contains)) {
                // The last change named again is "again" (the resolver repeats it on what is selected now), unless
                // the words fetch it from earlier ("reapply the vignette from earlier" after going back to the original).
                // "put that vignette on this one" is said of a picture shown since: reapplied to it, by number.
                FollowUp followUp = i == changes.size() - 1 && !FROM_EARLIER.matcher(words).find() && !onThisOne ? new FollowUp.Again()
                        : new FollowUp.Reapply(change.turn());
                return Optional.of(new Understanding.FollowingUp(followUp));
            }
        }
        return Optional.empty();
    }

    /** Words that say the same is wanted once more: "too", "as well", "another", "and here". */
    private static final Pattern ONCE_MORE = Pattern.compile("\\b(?:same|also|as well|another|plus|again|other|second|"
            + "one more|once more|one time more)\\b|\\btoo(?=$| please| pls)|^(?:and|plus|now)\\b");
    /** "this little patch needs it too", "the reflection should get that too", "copy that edit onto the area I just selected". */
    private static final Pattern THAT_HERE = Pattern.compile("\\b(?:get|gets|give|gives|need|needs|want|wants|have|has|do|copy|"
            + "apply|put|use)\\s+(?:it|that|this)(?:\\s+(?:edit|effect|change|fix|treatment|look|one))?(?=\\s+(?:on|onto|here|there|"
            + "too|as well|also|again)\\b|\\s+to (?:this|the|that|her|his|my|these|those)\\b|\\s*$)"
            + "|\\b(?:another|a|one more) (?:dose|round|pass|coat|helping) of (?:that|it|the same)\\b");
    /** Where it goes: "on this other patch", "over here", "by the tail", "on forehead", "under the table". */
    private static final Pattern THE_PLACE = Pattern.compile("\\b(?:(?:on|in|onto|into|over|by|at|across|near|to|for|under|"
            + "below|above|beside|behind) (?:(?:this|that|"
            + "the|her|his|my|its|their|these|those|a|an) )?(?:(?:other|second|next|new|lower|upper|left|right) )?[a-z'-]+|here|there)\\b");
    /** "once more on this bit of tracery", "again over here": the repeat said first, then only where. */
    private static final Pattern ONCE_MORE_THEN_WHERE = Pattern.compile("^(?:(?:and|now|ok|okay|so) )?(?:(?:do|try|apply) (?:it|that) )?"
            + "(?:again|once more|one more time|one time more|same again)(?: please| pls)?,? (?:on|in|over|at|for|to|onto) "
            + "(?:this|that|the|these|those|my|her|his) [a-z' -]{2,40}$");
    /** "make this same house also here": the thing made last, named as the same, somewhere. */
    private static final Pattern THE_SAME_THING_HERE = Pattern.compile("\\bsame\\b(?: [a-z]+){0,2} (?:also |too |as well )?"
            + "(?:here|there|on|in|over|by|at)\\b");
    /** Words that ask for it once more, name no thing: "do", "the", "another", "please". */
    private static final Set<String> ASKING_ONCE_MORE = Set.of("do", "make", "put", "add", "paint", "give", "apply", "same", "also",
            "too", "well", "another", "plus", "again", "other", "second", "one", "more", "the", "this", "that", "and", "but", "please",
            "pls", "now", "then", "just", "it", "let", "can", "could", "you", "would", "thing", "exact", "exactly", "ok",
            "okay", "i'll", "want", "need", "like", "once", "time",
            // the part itself, however it is called: "on this slightly smaller area", "on this place"
            "area", "part", "bit", "spot", "patch", "place", "piece", "section", "region", "selection", "selected", "strip",
            "edge", "corner", "side", "half", "border", "far", "left", "right", "top", "bottom", "middle", "smaller", "bigger",
            "larger", "slightly", "little", "new",
            // and the change, however it is called: "same treatment for the bottom strip"
            "treatment", "effect", "edit", "change", "fix");

    /**
     * With a new part selected: the last change once more, there ("do the blur on this other patch as well", "another pie
     * over here too", "and on the return here", "do same on forehead"). The words alone read as a new change of that
     * kind at its default strength, or as something to paint called "pie too".
     */
    static Optional<Understanding> againOnAnotherPart(String instruction, InstructionContext context) {
        if (!context.hasSelection() || context.changes().isEmpty() || ReferenceReader.turnNumber(instruction).isPresent()
                || StyleReader.VARIATION_CUE.matcher(Phrasing.core(instruction)).lookingAt()) {
            return Optional.empty();   // "another one in a watercolor style": another take, not the same here
        }
        String said = Phrasing.normalise(instruction);
        if (said.matches(".*\\b(?:style|look|manner)\\b.*")) {
            return Optional.empty();   // "and this one in style of icon painting": a look asked for
        }
        // "again, but on this heckler": the place said in a clause of its own
        String words = said
                .replaceAll(",\\s*(?:but |just |only )?(?=(?:on|in|over|at|by|here|there)\\b)", " ");
        for (String clause : words.split("\\s*[,.;!?]+\\s*")) {
            if (THAT_HERE.matcher(clause).find() || ONCE_MORE_THEN_WHERE.matcher(clause).matches()) {
                return Optional.of(new Understanding.FollowingUp(new FollowUp.Again()));   // the words name the part, "that" the change
            }
            if (!ONCE_MORE.matcher(clause).find()) {
                continue;
            }
            // "try it once more on this smaller area": trying it is doing it
            String asked = clause.replaceFirst("\\btry (?:it|that)\\b", "do it");
            String what = THE_PLACE.matcher(asked).replaceAll(" ");
            List<String> named = java.util.Arrays.stream(what.split("[^a-z']+"))
                    .filter(word -> word.length() >= 3 && !ASKING_ONCE_MORE.contains(word)).toList();
            boolean atAPlace = !what.equals(asked);
            if (atAPlace && (named.isEmpty() || THE_SAME_THING_HERE.matcher(clause).find()
                    || namesTheLastChange(String.join(" ", named), context))) {
                return Optional.of(new Understanding.FollowingUp(new FollowUp.Again()));
            }
        }
        return Optional.empty();
    }

    /** "a different pie", "different take, it looks like a sparrow": another of the thing just made. */
    private static final Pattern ANOTHER_OF_IT = Pattern.compile("^(?:try |give me |make |paint |do |(?:can|could|may) (?:i|we) (?:see|have|get) |show me |let me see )?"
            + "(?:a |an )?(?:different|new|other|"
            + "another) ([a-z]+)(?: (?:for|on|in) (?:this|that|the) [a-z]+)?(?: please| pls)?$");

    /**
     * Right after a picture or a thing was made, another of it by name ("a different pie. this one looks like a hat"): a
     * variation. Before anything was made, or naming something else, it is a new thing to make.
     */
    static Optional<Understanding> anotherOfIt(String instruction, InstructionContext context) {
        if (context.changes().isEmpty() || context.lastChange().filter(k -> k == InstructionContext.ChangeKind.GENERATED).isEmpty()) {
            return Optional.empty();
        }
        Matcher m = ANOTHER_OF_IT.matcher(Phrasing.core(instruction).split("\\s*[,;.!?]\\s*")[0]);
        return m.matches() && namesTheLastChange(m.group(1), context)
                ? Optional.of(new Understanding.FollowingUp(new FollowUp.Variation())) : Optional.empty();
    }

    /** Looking at an earlier result: "show me where I was after the cooler step", "back to the sepia version". */
    private static final Pattern LOOKING_BACK = Pattern.compile("\\b(?:show|see|look at|back to|return to|bring back|pull up|"
            + "where (?:i|we) (?:was|were))\\b.*\\b(?:version|step|one|edit|change|result|point|stage)\\b"
            // "I prefer the black and white, show it to me", "show me what it looked like right after I removed the sketch"
            + "|\\bshow (?:it|that|this) (?:to me|again)\\b|" + FormReader.HOW_IT_WAS.pattern());
    /** "right after I removed the sketch": the turn that did it, named by what it did it to. */
    private static final Pattern AFTER_A_CHANGE = Pattern.compile("\\bafter (?:i|we|you) [a-z]+ (?:the |that |this |my )?"
            + "([a-z]{3,})\\b");

    /** "the dusk version", "that van gogh one": what names the result, between the article and the noun for a result. */
    private static final Pattern NAMED_RESULT = Pattern.compile("\\b(?:the|that|this) ([a-z][a-z' -]{1,30}?) (?:version|one|"
            + "step|edit|change|result|take|picture|image)\\b"
            // "go back to the one with just the clouds"
            + "|\\bthe (?:one|version|picture|image) with (?:just |only )?(?:the |a |an )?([a-z][a-z' -]{1,30}?)$"
            // "the family preferred the clouds, please go back to that version"
            + "|\\b(?:preferred|prefer|liked|like|loved|love|wanted|want) (?:the|those|that) ([a-z][a-z' -]{1,30}?)[,.;] "
            + ".*\\b(?:that|this|the) (?:version|one)\\b");
    private static final Set<String> NOT_A_NAME = Set.of("first", "last", "previous", "latest", "earlier", "original", "same",
            "other", "second", "third", "next", "new", "old", "older", "newer", "before", "prior", "recent", "most", "very",
            "nice", "good", "better", "best", "one", "little", "bit");

    /** The words that name an earlier result ("dusk", "van gogh"), empty when the words name it by position only. */
    private static List<String> wordsNamingATurn(String words) {
        Matcher m = NAMED_RESULT.matcher(words);
        if (!m.find()) {
            return List.of();
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        List<String> named = java.util.Arrays.stream(name.split("[ -]+"))
                .filter(word -> word.length() >= 3 && !NOT_A_NAME.contains(word)).toList();
        return named.size() == name.split("[ -]+").length ? named : List.of();
    }

    /** "the uncropped one", "the unrotated version": the result before the turn that did it. */
    private static final Pattern UNDONE_RESULT = Pattern.compile("\\b(?:the |that )?un(crop|rotat|flip|straighten|sharpen|blur|"
            + "extend|upscal)(?:p|r)?ed (?:one|version|picture|image|photo)\\b");

    /** "the photo before any of these fixes", "before any mist", "back to the photo as I uploaded it", "how it came". */
    private static final Pattern BEFORE_ANY_OF_IT = Pattern.compile("\\bbefore (?:any|all) (?:of )?(?:this|these|that|those|it|"
            + "them|the (?:changes|edits|fixes|effects|stuff)|[a-z]+)\\b|\\b(?:as|how|the way) (?:i|we) (?:uploaded|opened|loaded|sent|"
            + "shot|took|scanned) it\\b|\\b(?:how|as) it came(?: in| out)?\\b");
    /** Words that put back or add rather than look at: "add the mist before any birds". */
    private static final Pattern ADDING_NOT_LOOKING = Pattern.compile("\\b(?:add|paint|remove|apply)\\b");
    /** "show me before the wings", "the picture from before the evening thing": before the change named. */
    private static final Pattern BEFORE_A_NAMED_CHANGE = Pattern.compile("\\b(?:show|see|go back|back to|bring back|return|"
            + "get me|give me|from) .*\\bbefore (?:the|that|those|my|your) ([a-z]+(?: [a-z]+)?)(?: (?:thing|one|bit|step|change|edit))?[.!?]*$");

    private static final Pattern BEFORE_IT = Pattern.compile("\\bbefore (?:i|we|you|it|the|that|this|my|your) ");

    /**
     * The result of the turn that made the adjustment named ("the cooler step"), or whose instruction said the words
     * naming it ("the dusk version"), to show; empty when none did.
     */
    static Optional<Understanding> shown(String instruction, InstructionContext context) {
        String words = Phrasing.normalise(instruction);
        if (context.changes().isEmpty() || !LOOKING_BACK.matcher(words).find()
                || ReferenceReader.turnNumber(instruction).isPresent()) {
            return Optional.empty();
        }
        Set<AdjustmentKind> named = kindsNamed(words);
        List<InstructionContext.TurnChange> changes = context.changes();
        // "show me the dusk version again", "the van gogh one": no adjustment named, the words of the turn that made it
        Matcher after = AFTER_A_CHANGE.matcher(words);
        List<String> said = !named.isEmpty() ? List.of() : after.find() ? List.of(after.group(1)) : wordsNamingATurn(words);
        for (int i = changes.size() - 1; i >= 0 && (!named.isEmpty() || !said.isEmpty()); i--) {
            if (named.isEmpty() ? said.stream().allMatch(Phrasing.normalise(changes.get(i).instruction())::contains)
                    : changes.get(i).adjustments().stream().map(Adjustment::kind).toList().containsAll(named)) {
                // "the colour one from before I made it black and white": the result just before that change
                return Optional.of(resultOf(changes, BEFORE_IT.matcher(words).find() ? i - 1 : i));
            }
        }
        return Optional.empty();
    }

    /**
     * "go back to the uncropped one": the result just before the turn that cropped, which "go back" alone would read
     * as an undo of the last change, whatever it was.
     */
    static Optional<Understanding> beforeItWasDone(String instruction, InstructionContext context) {
        String words = Phrasing.normalise(instruction);
        List<InstructionContext.TurnChange> changes = context.changes();
        if (!changes.isEmpty() && BEFORE_ANY_OF_IT.matcher(words).find() && !ADDING_NOT_LOOKING.matcher(words).find()) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Original()));   // "show me the photo before any of these fixes"
        }
        Matcher before = BEFORE_A_NAMED_CHANGE.matcher(words);
        if (before.find() && !words.matches(".*\\bundo\\b.*")) {   // "undo again, back to before the shadows": an undo
            // "show me before the wings", "go back to how it was before the sunset": the result just before that change
            List<String> name = nameOf(before.group(1));
            for (int i = changes.size() - 1; i >= 0; i--) {
                if (askedWith(name, changes.get(i))) {
                    return Optional.of(resultOf(changes, i - 1));
                }
            }
        }
        Matcher undone = UNDONE_RESULT.matcher(words);
        if (!undone.find()) {
            return Optional.empty();
        }
        for (int i = changes.size() - 1; i >= 0; i--) {
            if (Phrasing.normalise(changes.get(i).instruction()).contains(undone.group(1))) {
                return Optional.of(resultOf(changes, i - 1));
            }
        }
        return Optional.empty();
    }

    /** The result of the change at {@code index} shown again; before the first change (index -1), the original. */
    private static Understanding resultOf(List<InstructionContext.TurnChange> changes, int index) {
        return new Understanding.FollowingUp(index < 0 ? new FollowUp.Original()
                : new FollowUp.ShowTurn(FollowUp.Reference.NUMBERED, changes.get(index).turn()));
    }

    /**
     * Taking an effect off: "take the sepia off", "get rid of that vignette", "lose the blur" — not "drop" or "kill",
     * which also lower an adjustment ("drop the contrast a bit").
     */
    private static final Pattern TAKING_OFF = Pattern.compile("\\b(?:take (?:the |that |this )?[a-z& -]{2,30} "
            + "(?:off|out|away)|take (?:off|out|away)|remove|get rid of|lose|ditch|undo|no more|scrap|"
            + "strip(?: off| out)?|(?:i'?d|i would) rather (?:have|keep|leave) it (?:as|how|the way) it was)\\b"
            + "(?!.*\\b(?:a bit|a little|slightly|a touch|some|a tad)\\b)");

    /**
     * "ok take the sepia off", "lose the vignette" right after the change that made it: that change undone. The
     * words alone read as the effect asked for again, or as something in the picture to remove.
     */
    static Optional<Understanding> takenBack(String instruction, InstructionContext context) {
        String words = Phrasing.normalise(instruction);
        if (COLOUR_BACK.matcher(words).find() && context.lastAdjustments().stream().anyMatch(EarlierChangeReader::tookColourOut)) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Undo()));   // "no, put the colour back"
        }
        if (context.lastChange().filter(kind -> kind == InstructionContext.ChangeKind.FILL).isPresent()
                && THING_PUT_BACK.matcher(words).find()) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Undo()));   // "oops no put the bottle back lol"
        }
        if (context.lastChange().isPresent() && (TAKE_THAT_OFF.matcher(Phrasing.core(instruction)).lookingAt()
                || namesTheChangeTakenOff(words, context))) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Undo()));   // "no, cancel autumn" after "make it autumn"
        }
        if (context.lastAdjustments().isEmpty() || !TAKING_OFF.matcher(words).find()) {
            return Optional.empty();
        }
        Set<AdjustmentKind> named = kindsNamed(words);
        List<AdjustmentKind> made = context.lastAdjustments().stream().map(Adjustment::kind).toList();
        return !named.isEmpty() && made.containsAll(named)
                ? Optional.of(new Understanding.FollowingUp(new FollowUp.Undo())) : Optional.empty();
    }

    /** "take that off, it's gone crunchy", "get it off": whatever was just done, taken off. */
    private static final Pattern TAKE_THAT_OFF = Pattern.compile("(?:(?:no|nah|nope|ugh|ok|okay),? )?(?:take|get) (?:that|it) "
            + "(?:off|away)\\b(?! (?:from|of)\\b)");
    /** "undo the straighten", "no, bin the posterize", "cancel autumn": a change taken off, named by what it was asked with. */
    private static final Pattern CHANGE_TAKEN_OFF = Pattern.compile("\\b(?:undo|cancel|bin|scrap|ditch|nix|axe|scratch|revert|"
            + "remove|get rid of|take (?:off|away|out)) (?:the |that |this |my |your )?(?:last |second |new )?([a-z][a-z' -]{1,30}?)"
            + "(?: (?:effect|thing|one|bit|step|change|edit|look|filter|please|pls|now|again|too|as well))*(?=$|[,.;!?])");
    /** Words that name no change: "undo the last one", "cancel that thing". */
    private static final Set<String> NOT_A_CHANGE = Set.of("last", "that", "this", "it", "one", "thing", "whole", "all", "everything",
            "picture", "image", "photo", "selection", "selected", "area", "part", "bit");

    /** "no, cancel autumn", "remove the second extension": what is taken off names the last change. */
    private static boolean namesTheChangeTakenOff(String words, InstructionContext context) {
        Matcher taken = CHANGE_TAKEN_OFF.matcher(words);
        return taken.find() && namesTheLastChange(taken.group(1), context);
    }

    /**
     * Whether the words ("autumn", "second extension") are all words the last change was asked with ("make it autumn",
     * "extend the right side"), as their stems: the change named by what it was.
     */
    private static boolean namesTheLastChange(String named, InstructionContext context) {
        return !context.changes().isEmpty() && askedWith(nameOf(named), context.changes().get(context.changes().size() - 1));
    }

    /** The words a change is named by: "the second extension" → "extension" (no "last", "that", "one", "first"). */
    private static List<String> nameOf(String named) {
        return java.util.Arrays.stream(named.split("[^a-z]+"))
                .filter(word -> word.length() >= 3 && !NOT_A_CHANGE.contains(word) && !NOT_A_NAME.contains(word)).toList();
    }

    /** Whether a name ("warming", "shadow lift") is all words the change was asked with, as their stems. */
    private static boolean askedWith(List<String> name, InstructionContext.TurnChange change) {
        List<String> said = java.util.Arrays.stream(Phrasing.normalise(change.instruction()).split("[^a-z]+"))
                .filter(word -> word.length() >= 3).toList();
        return !name.isEmpty() && name.stream().allMatch(word -> said.stream().anyMatch(s -> sameStem(word, s)));
    }

    /** "extension" and "extend", "warmth" and "warm", "snow" and "snowy": one word's forms, by their shared start. */
    private static boolean sameStem(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int shared = 0;
        while (shared < shorter && a.charAt(shared) == b.charAt(shared)) {
            shared++;
        }
        // four letters carry the stem of the words a change is named by ("cooling", "cooler"; "warmth", "warmer")
        return shorter <= 3 ? a.equals(b) : shared >= 4;
    }

    /** "put the bottle back", "bring him back": what the last fill took away, wanted again. */
    private static final Pattern THING_PUT_BACK = Pattern.compile("\\b(?:put|bring|get) (?:the|that|my|his|her|their|him|them)"
            + "(?: [a-z'-]+){0,2} back\\b(?! (?:a bit|a little|some|down|up|how|the way|as|like|to)\\b)");

    /** "stronger dusk effect please", "go harder on the storm", "less of the fog": more or less of a change, named. */
    private static final Pattern RESCALED = Pattern.compile("^(?:(?:a|an|the) )?(?:much |even |a bit |a little |way )?"
            + "(stronger|more intense|heavier|more|weaker|softer|less|subtler|less intense)(?: of)? (?:the |that |this )?"
            + "([a-z][a-z -]{1,30}?)(?: (?:effect|look|vibe|feel|feeling|mood|atmosphere|thing))?$"
            + "|^(?:go|push(?: it)?) (harder|further|heavier|bigger|stronger|easier|lighter|softer) (?:on|with) (?:the |that |this )?"
            + "([a-z][a-z -]{1,30}?)$"
            // "push the dusk further", "take the fog further"
            + "|^(?:push|take|pull) (?:the |that |this )?([a-z][a-z -]{1,30}?) (further|harder|more)$");
    private static final Set<String> WEAKER = Set.of("weaker", "softer", "less", "subtler", "less intense", "easier", "lighter");

    /**
     * More or less of the last change, named by the words it was asked with ("stronger dusk effect please" after
     * "make it look like dusk"): the words alone read as a new change of their own. An adjustment has its own reading.
     */
    static Optional<Understanding> rescaled(String instruction, InstructionContext context) {
        if (context.changes().isEmpty()) {
            return Optional.empty();
        }
        InstructionContext.TurnChange last = context.changes().get(context.changes().size() - 1);
        // "push the dusk further, nearly full night": the first clause asks, the rest says how far
        Matcher m = RESCALED.matcher(Phrasing.core(instruction).split("\\s*[,;.!?]\\s*")[0]);
        if (last.kind() == InstructionContext.ChangeKind.ADJUSTMENT || !m.matches()) {
            return Optional.empty();
        }
        String way = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(6);
        String named = m.group(2) != null ? m.group(2) : m.group(4) != null ? m.group(4) : m.group(5);
        String said = Phrasing.normalise(last.instruction());
        // "more dark night" after "make it night time": the change named, by most of its words
        List<String> words = java.util.Arrays.stream(named.split("[ -]+")).filter(word -> word.length() >= 3).toList();
        long saidBefore = words.stream()
                .filter(word -> said.contains(word) || said.contains(word.replaceFirst("(?:y|s|ier|iness)$", ""))).count();
        boolean namesIt = words.isEmpty() || saidBefore > 0 && 2 * saidBefore >= words.size();
        // how much, as every rescale reads it ("a bit less of the dusk" is 0.75×); "go easier on it" only says which way
        double factor = RescaleReader.read(instruction).orElse(WEAKER.contains(way) ? 0.5 : 1.5);
        return namesIt && !named.isBlank() ? Optional.of(new Understanding.FollowingUp(new FollowUp.Rescale(factor)))
                : Optional.empty();
    }

    /**
     * "could there be a few more of them", "oh that's much too many now" right after content was painted or made: more or
     * fewer of what was painted, which the follow-up's more and less give.
     */
    static Optional<Understanding> moreOrFewerOfThem(String instruction, InstructionContext context) {
        if (context.changes().isEmpty()
                || context.changes().get(context.changes().size() - 1).kind() == InstructionContext.ChangeKind.ADJUSTMENT) {
            return Optional.empty();
        }
        String core = Phrasing.core(instruction);
        return MORE_OF_THEM.matcher(core).matches() ? Optional.of(new Understanding.FollowingUp(new FollowUp.Rescale(1.5)))
                : TOO_MANY.matcher(core).matches() ? Optional.of(new Understanding.FollowingUp(new FollowUp.Rescale(0.5)))
                : Optional.empty();
    }

    private static final Pattern MORE_OF_THEM = Pattern.compile("(?:(?:could|can|might) there be |(?:can|could) (?:you |we )?(?:have|get|"
            + "add) |add |i want |i'd like |give me )?(?:a few |a couple |some |a lot |lots |loads |way |even )?more(?: of them| of those| "
            + "of these)?(?: please| pls)?[.!?]*");
    private static final Pattern TOO_MANY = Pattern.compile("(?:(?:oh|hmm+|ok|okay|whoa|woah|nah|no),? )*(?:that'?s|that is|it'?s|there'?s|"
            + "there are|thats|now there are)? ?(?:much |way |far |a few |a bit |a little )?too many(?: now| of them| of those)?"
            + "(?:,? (?:now|please|pls|lol))*[.!]*|(?:fewer|less of them|not so many)(?: please| pls)?[.!]*");

    /** "the sharpening was too strong", "the colour correction went slightly too far": the last change, overdone. */
    private static final Pattern OVERDONE = Pattern.compile("^(?:(?:hmm+|oh|ok|okay|sorry|well|i think|i feel|i'm afraid)[,.]? )*"
            + "(?:the |that |your |this )?([a-z][a-z -]{1,30}?) (?:was|is|went|has gone|'s gone|got|came out|looks?|seems?) "
            + "(?:(?:a bit|a little|slightly|way|much|far|rather|just|somewhat) )?(?:too|over) ?(?:far|strong|much|heavy|intense|"
            + "aggressive|harsh|done)\\b");
    /** What names a change without saying which: "the correction", "that edit". */
    private static final Pattern ANY_CHANGE = Pattern.compile("(?:[a-z]+ )?(?:correction|edit|change|fix|effect|adjustment|"
            + "filter|it|that|this)");

    /**
     * "I think the sharpening was too strong. Could you reduce it?" right after the sharpening: less of it. The words
     * alone name the sharpening, which right after it reads as more of it.
     */
    static Optional<Understanding> overdone(String instruction, InstructionContext context) {
        Matcher m = OVERDONE.matcher(Phrasing.normalise(instruction));
        if (context.lastAdjustments().isEmpty() || !m.lookingAt()) {
            return Optional.empty();
        }
        Set<AdjustmentKind> named = kindsNamed(m.group(1));
        List<AdjustmentKind> made = context.lastAdjustments().stream().map(Adjustment::kind).toList();
        boolean theLastChange = named.isEmpty() ? ANY_CHANGE.matcher(m.group(1)).matches() : made.containsAll(named);
        return theLastChange ? Optional.of(new Understanding.FollowingUp(new FollowUp.Rescale(
                RescaleReader.read(m.group()).orElse(0.5)))) : Optional.empty();
    }

    /** "put the colour back", "bring the colours back": the colour the last change took out. */
    private static final Pattern COLOUR_BACK = Pattern.compile("\\b(?:put|bring|give|get) (?:the |my |its |some )?colou?rs? back\\b"
            + "|\\b(?:put|bring|give|get) back (?:the |my |its )?colou?rs?\\b(?!.*\\b(?:more|a bit|a little|some)\\b)");

    private static boolean tookColourOut(Adjustment adjustment) {
        return adjustment.kind() == AdjustmentKind.GRAYSCALE || adjustment.kind() == AdjustmentKind.SEPIA
                || adjustment.kind() == AdjustmentKind.SATURATION && adjustment.amount() < 0;
    }

    /** The kinds of adjustment the words name, nouns of the act included: "the warming", "the sharpening". */
    static Set<AdjustmentKind> kindsNamed(String words) {
        Set<AdjustmentKind> kinds = EnumSet.noneOf(AdjustmentKind.class);
        for (String word : words.split("[^a-z&-]+")) {
            AdjustmentKind kind = NAMES.get(word);
            if (kind != null) {
                kinds.add(kind);
            } else if (word.endsWith("ing") || word.endsWith("ation")) {
                verbOf(word).ifPresent(kinds::add);
            }
        }
        for (Term term : Lexicon.read(words)) {
            if (term.isEffect()) {
                kinds.add(term.kind());
            }
        }
        return kinds;
    }

    /** "warming" → warm, "sharpening" → sharpen, "desaturation" → desaturate: the adjustment the verb names. */
    private static Optional<AdjustmentKind> verbOf(String noun) {
        String stem = noun.endsWith("ing") ? noun.substring(0, noun.length() - 3) : noun.substring(0, noun.length() - 5);
        for (String verb : List.of(stem, stem + "e", stem + "ate", stem.isEmpty() ? stem : stem.substring(0, stem.length() - 1))) {
            List<Term> terms = Lexicon.read(verb);
            if (terms.size() == 1 && terms.get(0).isEffect()) {
                return Optional.of(terms.get(0).kind());
            }
        }
        return Optional.empty();
    }
}
