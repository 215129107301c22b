package org.easel.server.planning;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how many versions of generated content the artist asks for ("give me four versions",
 * "show me 3 options", "a few variations of a castle", "add a red hat, 3 versions") and which of
 * the versions just made they point at ("show me the second one", "I'll take the third").
 *
 * <p>Only whole request shapes count: the count phrase opens the instruction (after an optional
 * "give me", "show me", "make", …) or closes it after a comma, dash or bracket, so a description
 * that merely contains such words ("a menu with four options") stays a description.
 */
public final class VariationWords {

    /** What a count phrase asks for: how many, and the request around it ("" when there is none). */
    public record Count(int count, String rest) {
    }

    private static final String NUMBER = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
            + "a couple(?: of)?|a few|several|some|multiple)";
    private static final String KINDS = "(?:different |alternative |more )?(?:versions?|variations?|variants?|options?"
            + "|alternatives?|takes|choices|tries)";
    private static final String ASK = "(?:(?:please |pls |can you |could you |would you |let's |lets )?"
            + "(?:give me|show me|make me|make|generate|create|paint|draw|render|produce|try|i want|i'd like|"
            + "i would like|let me see|let me choose from|let me pick from)\\s+)?";
    private static final Pattern LEADING = Pattern.compile("^" + ASK + NUMBER + "\\s+" + KINDS
            + "(?:\\s*(?:of|for|:|with|showing)\\s*(.*?))?(?:,?\\s*please)?[.!?]*$");
    private static final Pattern TRAILING = Pattern.compile("^(.+?)\\s*[,;(\\u2014-]\\s*" + ASK + "(?:in\\s+|as\\s+)?"
            + NUMBER + "\\s+" + KINDS + "(?:\\s+(?:please|to choose from|to pick from))?\\s*\\)?[.!?]*$");

    private static final Pattern CHOICE = Pattern.compile("^(?:(?:please |pls )?(?:show me|show|use|take|pick|choose|"
            + "select|keep|give me|insert|go with|i(?:'ll| will)? take|i (?:like|prefer|want|choose|pick)|let's go with|"
            + "lets go with)\\s+)?the\\s+(first|second|third|fourth|1st|2nd|3rd|4th|last)"
            + "(?:\\s+(?:one|version|variation|variant|option|take|choice|image|picture))?(?:\\s+(?:please|again|instead))?[.!?]*$");

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twelve", 12), Map.entry("a couple", 2), Map.entry("a couple of", 2), Map.entry("a few", 3),
            Map.entry("several", 3), Map.entry("some", 3), Map.entry("multiple", 3));
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2,
            "third", 3, "3rd", 3, "fourth", 4, "4th", 4, "last", -1);

    private VariationWords() {
    }

    /**
     * The count the instruction asks for, and what is left of the request without it; empty when
     * the instruction asks for no particular number of versions. Counts out of bounds are returned
     * as said, for the caller to refuse with a clear message.
     */
    public static Optional<Count> count(String instruction) {
        String text = instruction.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = LEADING.matcher(text);
        if (m.matches()) {
            return Optional.of(new Count(number(m.group(1)), original(instruction, m.group(2))));
        }
        m = TRAILING.matcher(text);
        if (m.matches()) {
            return Optional.of(new Count(number(m.group(2)), original(instruction, m.group(1))));
        }
        return Optional.empty();
    }

    /**
     * Which version "the second one" points at, counted from 1; -1 for "the last one". Empty when
     * the instruction points at none.
     */
    public static OptionalInt choice(String instruction) {
        Matcher m = CHOICE.matcher(instruction.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        return m.matches() ? OptionalInt.of(ORDINALS.get(m.group(1))) : OptionalInt.empty();
    }

    private static int number(String said) {
        Integer word = WORDS.get(said);
        return word != null ? word : Integer.parseInt(said);
    }

    /** The rest of the request in the artist's own capitalisation (the prompt keeps it), tidied. */
    private static String original(String instruction, String lowerRest) {
        if (lowerRest == null || lowerRest.isBlank()) {
            return "";
        }
        String normalised = instruction.strip().replaceAll("\\s+", " ");
        int at = normalised.toLowerCase(Locale.ROOT).indexOf(lowerRest);
        String rest = at >= 0 ? normalised.substring(at, at + lowerRest.length()) : lowerRest;
        return rest.replaceAll("^[\\s,;:\\-]+|[\\s,;:\\-]+$", "");
    }
}
