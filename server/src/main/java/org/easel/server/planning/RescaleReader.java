package org.easel.server.planning;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads "more"/"less" follow-ups in people's words for their direction and how much: "go harder
 * on it" (1.5×), "way more" (2×), "gentler please" (0.5×), "a touch less" (0.75×), "halve it" (0.5×).
 * Complaints count the other way: "too much" and "overdone" ask for less, "not enough" for more.
 */
final class RescaleReader {
    private static final Pattern LESS = Pattern.compile("\\b(?:less|weaker|softer|gentler|subtler|milder|lighter|"
            + "tone (?:it |that )?down|dial (?:it |that )?(?:back|down)|back off|ease (?:off|up|(?:it |that )?back)|pull (?:it |that )?back|"
            + "overshot|overdid (?:it|that)|went too far|"
            + "scale (?:it |that )?back|too (?:much|strong|heavy|intense|far|extreme|obvious|aggressive|harsh)|"
            + "overdone|overcooked|over the top|overkill|not (?:so|as|that) (?:much|strong|heavy|intense|extreme)|"
            + "halve|half|reduce|lower|down|calm (?:it|that) down|restrained|lighter touch|weaken|a touch lighter|"
            + "smaller|fewer)\\b");
    private static final Pattern MORE = Pattern.compile("\\b(?:more|stronger|harder|further|crank|push|boost|"
            + "double|twice|intensify|amp|up|extra|bump|heavier|bigger|not enough|too (?:weak|subtle|little|faint)|"
            + "barely|hardly|exaggerate|turn (?:it|that) up|louder|deeper|punchier|bolder)\\b");
    private static final Pattern LOTS = Pattern.compile("\\b(?:much|a lot|lots|way|far|loads|heaps|tons|really|"
            + "very|massively|hugely|double|twice|significantly|considerably|way way)\\b");
    private static final Pattern LITTLE = Pattern.compile("\\b(?:a bit|a little|slightly|a touch|a tad|a smidge|"
            + "a hair|little|bit|tiny|somewhat|a notch|marginally|just a|a hint)\\b");
    private static final Pattern HALVE = Pattern.compile("\\b(?:halve|half|by half|50 ?%)\\b");

    private RescaleReader() {
    }

    /** The factor to redo the last change at; empty when the words say neither more nor less. */
    static Optional<Double> read(String instruction) {
        String text = Phrasing.normalise(instruction);
        boolean less = LESS.matcher(text).find();
        boolean more = MORE.matcher(text).find();
        // "too much", "not so strong", "not enough": the complaint decides over the plain word.
        if (text.matches(".*\\b(?:too (?:much|strong|heavy|intense|far)|not (?:so|as|that) |overdone|over the top).*")) {
            more = false;
            less = true;
        } else if (text.matches(".*\\b(?:not enough|too (?:weak|subtle|little|faint)|barely|hardly).*")) {
            less = false;
            more = true;
        }
        if (less == more) {
            return Optional.empty();
        }
        if (less && HALVE.matcher(text).find()) {
            return Optional.of(0.5);
        }
        boolean lots = LOTS.matcher(text).find();
        boolean little = LITTLE.matcher(text).find();
        if (more) {
            return Optional.of(lots && !little ? 2.0 : little && !lots ? 1.25 : 1.5);
        }
        return Optional.of(lots && !little ? 0.25 : little && !lots ? 0.75 : 0.5);
    }
}
