package org.easel.server.planning;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.server.planning.semantic.ExemplarBank;
import org.easel.server.planning.semantic.SemanticUnderstanding;

/**
 * Slips of spelling, corrected from the words people write to Easel: a word that is not English
 * ("blak", "yelow", "noyse reduktion", "paitn", "frist") becomes the word of the exemplar bank it is
 * closest to, the most used one when several are as close. The bank is what Easel understands, so a
 * slip is mended towards a word that reads ("reduktion" → "reduction"), never towards a word nobody
 * asked Easel for.
 *
 * <p>Careful on purpose: a real word stays as written (the sentence model's vocabulary and an English
 * word list say which are words, so "marker" is never "darker", nor "sill" "still"); so does a word of the
 * trade the bank uses often ("dehaze", "bokeh"), and so does a word of the vocabulary with an English
 * ending ("rearing", "feathery"); a correction is a letter left out, two swapped or one that sounds alike
 * (two such slips in words of seven letters or more), keeps the word's first letter (and a short word's
 * last), and never shortens a short word ("sho" is "show", not "so").
 */
final class Spelling {
    /** A word the bank uses fewer times than this is too rare to mend others towards. */
    private static final int LEAST_USES = 2;
    /** A word outside the model's vocabulary used this often in the bank is a word of the trade, not a slip. */
    private static final int TRADE_WORD_USES = 3;
    /** A word the bank uses this often is common enough to mend a three-letter slip towards. */
    private static final int COMMON_USES = 50;
    /** Below this length a word is too short to guess at ("ur", "px"). */
    private static final int SHORTEST = 3;

    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private static volatile Map<String, Integer> uses;
    /** The odd words already looked up (each costs a pass over the bank's words), at most this many. */
    private static final int REMEMBERED = 10_000;
    private static final Map<String, String> corrected = new ConcurrentHashMap<>();

    private Spelling() {
    }

    /**
     * {@code text} (normalised) with its slips mended, when every word that is not English has a mend; a
     * sentence with a word Easel cannot place (another language: "haz un gato negro"; a name; a coined word)
     * keeps all its words as written, since mending the rest would only make a different sentence of it.
     * Pieces of words with an apostrophe ("couldn", "t") are left alone.
     */
    static String mend(String text) {
        Map<String, String> mends = new HashMap<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group();
            boolean nextToApostrophe = (words.start() > 0 && text.charAt(words.start() - 1) == '\'')
                    || (words.end() < text.length() && text.charAt(words.end()) == '\'');
            if (word.length() < SHORTEST || nextToApostrophe || known(word)) {
                continue;
            }
            String mended = mended(word);
            if (mended.equals(word)) {
                return text;
            }
            mends.put(word, mended);
        }
        return mends.isEmpty() ? text : WORD.matcher(text).replaceAll(m -> mends.getOrDefault(m.group(), m.group()));
    }

    /** {@code word}'s mend, or the word itself when none is close enough (remembered: each look-up is a pass over the bank). */
    private static String mended(String word) {
        if (corrected.size() > REMEMBERED) {
            corrected.clear();   // a long-running daemon fed endless odd words keeps only the recent ones
        }
        return corrected.computeIfAbsent(word, Spelling::closest);
    }

    /**
     * Whether Easel can place {@code word} (lower case): a word too short to judge, an English word, a word of the trade,
     * or a slip it mends ("kunhodi" and "gamay" are none of these).
     */
    static boolean placeable(String word) {
        return word.length() < SHORTEST || known(word) || !mended(word).equals(word);
    }

    /** Whether any word of {@code text} is one Easel knows ("bookshelf", "a teapot"), unlike "lorem ipsum dolor" or "bgra8". */
    static boolean knowsAWordOf(String text) {
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (word.length() >= SHORTEST && (known(word) || uses().containsKey(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An English word, or a word of the trade the bank uses often ("dehaze", "bokeh"): no slip. A word the bank
     * holds only once or twice may be a slip itself, kept as its writer typed it ("noyse reduktion").
     */
    private static boolean known(String word) {
        return SemanticUnderstanding.isWord(word) || uses().getOrDefault(word, 0) >= TRADE_WORD_USES || inflected(word)
                || Phrasing.isKeptAsWritten(word) || EnglishWords.contains(word);
    }

    /** The same first letter, and the same last one or the last two swapped. */
    private static boolean sameEnds(String word, String candidate) {
        int w = word.length();
        int c = candidate.length();
        boolean lastSwapped = w == c && word.charAt(w - 1) == candidate.charAt(c - 2) && word.charAt(w - 2) == candidate.charAt(c - 1);
        return word.charAt(0) == candidate.charAt(0) && (word.charAt(w - 1) == candidate.charAt(c - 1) || lastSwapped);
    }

    /** Endings English puts on words: the model's vocabulary holds "rear", "feather", "charge", not every form. */
    private static final String[] ENDINGS = {"ing", "ed", "er", "ers", "est", "y", "ly", "s", "es", "ive", "ness", "ful", "able"};

    /** A word of the vocabulary with an ending: "rearing", "jutting", "feathery", "charger", "receding". */
    private static boolean inflected(String word) {
        for (String ending : ENDINGS) {
            if (!word.endsWith(ending) || word.length() - ending.length() < 3) {
                continue;
            }
            String stem = word.substring(0, word.length() - ending.length());
            boolean doubled = stem.length() >= 4 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2);
            if (SemanticUnderstanding.isWord(stem) || SemanticUnderstanding.isWord(stem + "e")
                    || doubled && SemanticUnderstanding.isWord(stem.substring(0, stem.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The bank's word that {@code word} is closest to as a slip, or {@code word} when none is close enough. */
    private static String closest(String word) {
        Map<String, Integer> bank = uses();
        double allowed = word.length() >= 7 ? TWO_SLIPS : LEFT_OUT;
        String best = word;
        double bestDistance = allowed + 1;
        int bestUses = 0;
        for (Map.Entry<String, Integer> entry : bank.entrySet()) {
            String candidate = entry.getKey();
            int uses = entry.getValue();
            if (!mendsTowards(candidate, uses) || Math.abs(candidate.length() - word.length()) > Math.ceil(allowed)
                    || (word.length() <= 4 && candidate.length() < word.length())) {
                continue;
            }
            if (word.charAt(0) != candidate.charAt(0) || word.length() <= 6 && !sameEnds(word, candidate)) {
                continue;   // a slip keeps a word's first letter, a short word's ends: "stag" is no "stage" ("dakr" is "dark")
            }
            if (word.length() == SHORTEST && uses < COMMON_USES) {
                continue;   // three letters have many mends: only a common word is a likely one ("bak" → "back", not "tit" → "tint")
            }
            if (candidate.equals(word + "s") || word.equals(candidate + "s")) {
                continue;   // "tulip" is no slip of "tulips": one of a kind the bank only names in numbers
            }
            double distance = distance(word, candidate, allowed);
            if (distance > allowed) {
                continue;
            }
            if (distance < bestDistance || (distance == bestDistance && uses > bestUses)) {
                best = candidate;
                bestDistance = distance;
                bestUses = uses;
            }
        }
        return best;
    }

    /**
     * Whether a slip may be mended towards {@code candidate}: an English word the bank uses, or a word of the
     * trade the model's vocabulary lacks ("sepia", "vignette", "desaturate") that the bank uses often enough
     * to be no slip itself, and that Easel does not already know as one ("contrst").
     */
    private static boolean mendsTowards(String candidate, int uses) {
        return uses >= LEAST_USES && (SemanticUnderstanding.isWord(candidate)
                || (uses >= TRADE_WORD_USES && !Phrasing.isKnownSlip(candidate)));
    }

    /** How many times each word occurs in the exemplar bank's sentences. */
    private static Map<String, Integer> uses() {
        Map<String, Integer> counted = uses;
        if (counted == null) {
            synchronized (Spelling.class) {
                if (uses == null) {
                    Map<String, Integer> counts = new HashMap<>();
                    for (ExemplarBank.Exemplar exemplar : ExemplarBank.load()) {
                        for (String w : exemplar.sentence().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
                            if (!w.isEmpty()) {
                                counts.merge(w, 1, Integer::sum);
                            }
                        }
                    }
                    uses = Map.copyOf(counts);
                }
                counted = uses;
            }
        }
        return counted;
    }

    /** Letters that sound alike, so writing one for the other is half a slip ("noyse", "reduktion"). */
    private static final String[] SOUND_ALIKE = {"iy", "ck", "sz", "cs", "ae", "ei", "ou", "fv", "uw"};

    /**
     * How far apart a written word and a candidate are, as slips: a letter wrong (1, or 0.6 for letters that
     * sound alike), extra (1.5, more than two slips; 0.8 for a letter doubled), left out (0.8: the commonest slip,
     * "wite" is "white" before it is "with") or
     * two swapped (0.8); {@code limit + 1} as soon as it must exceed {@code limit}.
     */
    static double distance(String written, String candidate, double limit) {
        int n = written.length();
        int m = candidate.length();
        double[][] d = new double[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j * LEFT_OUT;
        }
        for (int i = 1; i <= n; i++) {
            double rowBest = Double.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                char a = written.charAt(i - 1);
                char b = candidate.charAt(j - 1);
                // a key held down ("fllip", "bluur") is as cheap a slip as a letter left out
                double extra = i > 1 && a == written.charAt(i - 2) ? LEFT_OUT : EXTRA;
                double value = Math.min(Math.min(d[i - 1][j] + extra, d[i][j - 1] + LEFT_OUT), d[i - 1][j - 1] + substitution(a, b));
                if (i > 1 && j > 1 && a == candidate.charAt(j - 2) && written.charAt(i - 2) == b) {
                    value = Math.min(value, d[i - 2][j - 2] + SWAPPED);
                }
                d[i][j] = value;
                rowBest = Math.min(rowBest, value);
            }
            if (rowBest > limit) {
                return limit + 1;
            }
        }
        return Math.min(d[n][m], limit + 1);
    }

    private static final double LEFT_OUT = 0.8;
    /** A letter too many that doubles none: more than two slips, as "bandana" is no slip of "banana". */
    private static final double EXTRA = 1.5;
    /** Two slips of a long word, one of them a cheap one ("reduktion", "mountians"); not two letters wrong. */
    private static final double TWO_SLIPS = 1.4;
    private static final double SWAPPED = 0.8;

    private static double substitution(char a, char b) {
        if (a == b) {
            return 0;
        }
        for (String pair : SOUND_ALIKE) {
            if (pair.indexOf(a) >= 0 && pair.indexOf(b) >= 0) {
                return 0.6;
            }
        }
        return 1;
    }
}
