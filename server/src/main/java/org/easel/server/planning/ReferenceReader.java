package org.easel.server.planning;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which earlier result an instruction points at: "#3", "image 2", "the third one", "the
 * first version", "the previous one", "the original". Numbers and ordinals name turns.
 */
final class ReferenceReader {
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");
    private static final Pattern NUMBERED = Pattern.compile("(?:#|\\bno\\.? ?|\\bnumber |\\bnr\\.? ?|\\bnum |"
            + "\\b(?:image|picture|pic|result|version|turn|take|option|step|edit|attempt|variant|one|layer) ?#?)"
            + "(\\d{1,4})\\b");
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(?:number|image|picture|result|version|turn|"
            + "take|option|step|attempt) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b");
    /** (not "a second duckling next to this one": one more of a thing, no turn) */
    private static final Pattern ORDINAL = Pattern.compile("(?<!\\b(?:a|an) )\\b(first|second|third|fourth|fifth|sixth|seventh|"
            + "eighth|ninth|tenth|eleventh|twelfth|1st|2nd|3rd|[4-9]th|1[0-2]th)\\b(?! (?:selected|selection|area|region|spot|"
            + "part|patch|bit|panel|person|guy|girl|face|eye|tree|building|figure|character|layer|side|row|column)\\b)");
    private static final Pattern ORIGINAL = Pattern.compile("\\b(?:original|the start|the beginning|"
            + "(?:how|what|the way) it (?:was|looked) (?:at (?:the|first)|originally|before (?:you|we|i|any|all))|"
            + "before (?:any|all) (?:of )?(?:the |your |my )?(?:changes|edits)|unedited|untouched|"
            + "square one|from scratch|start over|starting point|reset (?:everything|it all|all|the (?:image|picture))|"
            + "undo (?:everything|all)|as it was|where (?:we|i|it) started|(?:how|what) it (?:was|looked) at start|"
            + "(?:how|what|the way|as) it (?:first|originally) (?:was|looked|came)|"
            + "(?:how|the way) it (?:was|looked) (?:in|at) (?:the )?(?:first|start|beginning)(?! (?:step|turn|edit|one|"
            + "version|change|image|picture|result|take)\\b))\\b");
    private static final Pattern LAST = Pattern.compile("\\b(?:last|latest|newest|most recent|current)\\b");
    private static final Pattern PREVIOUS = Pattern.compile("\\b(?:previous|prior|earlier|before|"
            + "(?:the )?one before|last time|other one(?! different| else))\\b");

    private ReferenceReader() {
    }

    /** Which turn, or the original; empty when the words name none. */
    static Optional<FollowUp> read(String instruction) {
        String text = Phrasing.normalise(instruction);
        Matcher m;
        if ((m = NUMBERED.matcher(text)).find()) {
            return Optional.of(numbered(Integer.parseInt(m.group(1))));
        }
        if ((m = NUMBER_WORD.matcher(text)).find()) {
            return Optional.of(numbered(NUMBER_WORDS.indexOf(m.group(1)) + 1));
        }
        if (ORIGINAL.matcher(text).find()) {
            return Optional.of(new FollowUp.Original());
        }
        if ((m = ORDINAL.matcher(text)).find()) {
            int n = ordinal(m.group(1));
            return Optional.of(n == 1 ? new FollowUp.ShowTurn(FollowUp.Reference.FIRST, 0) : numbered(n));
        }
        if (PREVIOUS.matcher(text).find()) {
            return Optional.of(new FollowUp.ShowTurn(FollowUp.Reference.PREVIOUS, 0));
        }
        if (LAST.matcher(text).find()) {
            return Optional.of(new FollowUp.ShowTurn(FollowUp.Reference.LAST, 0));
        }
        return Optional.empty();
    }

    /** The turn number an instruction names ("#3", "turn three", "the third"), if any. */
    static Optional<Integer> turnNumber(String instruction) {
        return read(instruction).filter(f -> f instanceof FollowUp.ShowTurn).map(f -> (FollowUp.ShowTurn) f)
                .filter(s -> s.reference() == FollowUp.Reference.NUMBERED || s.reference() == FollowUp.Reference.FIRST)
                .map(s -> s.reference() == FollowUp.Reference.FIRST ? 1 : s.number());
    }

    private static FollowUp numbered(int n) {
        return new FollowUp.ShowTurn(FollowUp.Reference.NUMBERED, n);
    }

    private static int ordinal(String word) {
        int index = ORDINALS.indexOf(word);
        return index >= 0 ? index + 1 : Integer.parseInt(word.replaceAll("\\D", ""));
    }
}
