package org.easel.server.planning;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of an instruction without what only makes it polite or chatty: "hey, could you please
 * make it warmer?" reads as "make it warmer". Every slot reader starts from this.
 */
final class Phrasing {
    /** Greetings, fillers and requests in front of what is asked; repeated ("ok so could you please"). */
    private static final Pattern OPENING = Pattern.compile("^(?:(?:hey|hi|hello|ok|okay|so|now|hmm+|um+|uh+|alright|"
            + "well|oh|oops|whoops|yeah|yes|nope|nah|easel|and|also|then|actually|honestly|sorry|"
            + "please|pls|plz|kindly|just|maybe|perhaps)\\b[,!.:]*\\s*"
            + "|(?:can|could|would|will|might) (?:you|u|we|i)(?: (?:please|pls|maybe|just|kindly))?\\s+"
            + "|(?:i(?:'d| would)? (?:like|love|want|need)|i wanna|i'm looking for|we need|we want|let's|lets|"
            + "let me (?:see|have|get)|i think (?:we need|it needs)|how about|what about|time to|"
            + "is it possible to|would it be possible to|any chance (?:you could|of)|do you think you could)"
            + "(?: (?:you|u) to| to)?\\s+)+");
    /** Thanks, "please" and punctuation at the end. */
    private static final Pattern CLOSING = Pattern.compile("(?:[,\\s]+(?:please|pls|plz|thanks|thank you|thx|ty|"
            + "for me|if you can|if possible|if you could|would you|could you|ok|okay|now|:\\)|:d|lol|haha))+$|"
            + "[\\s.!?…]+$");
    private static final Pattern EMOJI = Pattern.compile("[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{FE0F}]");

    private Phrasing() {
    }

    /** Lower case, one space between words, curly quotes made straight, no emoji. */
    static String normalise(String instruction) {
        String text = EMOJI.matcher(instruction).replaceAll(" ");
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('“', '"')
                .replace('”', '"').replaceAll("\\s+", " ").strip();
    }

    /** The request itself: normalised, without polite openings and closings. */
    static String core(String instruction) {
        String text = normalise(instruction);
        String previous;
        do {
            previous = text;
            text = OPENING.matcher(text).replaceFirst("");
            text = CLOSING.matcher(text).replaceFirst("").strip();
        } while (!text.equals(previous) && !text.isEmpty());
        return text;
    }
}
