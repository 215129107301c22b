package org.easel.server.planning.semantic;

/**
 * The daemon's one intent classifier: the MiniLM sentence encoder and the exemplar bank, made
 * once per process. Both are read-only after loading, so every conversation and every
 * {@code EditService} shares them; the model loads on the first instruction (or at
 * {@link #warmUpInBackground()}), never at start-up on the caller's thread.
 */
public final class SemanticUnderstanding {

    private SemanticUnderstanding() {
    }

    private static final class Holder {
        static final SentenceEncoder ENCODER = new SentenceEncoder();
        static final IntentClassifier CLASSIFIER = new IntentClassifier(ENCODER::embed, ExemplarBank.load());
    }

    public static IntentClassifier shared() {
        return Holder.CLASSIFIER;
    }

    public static SentenceEncoder encoder() {
        return Holder.ENCODER;
    }

    /**
     * Whether the words are mostly ones the model's English vocabulary holds whole ("bookshelf",
     * "misty mountains at dawn"), rather than pieces of unknown words ("lorem ipsum dolor"): a
     * description Easel can hand to a model, when nothing else says what the words mean.
     */
    public static boolean wordsAreKnown(String text) {
        WordPieceTokenizer tokenizer = Holder.ENCODER.tokenizer();
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+");
        int letters = 0;
        int known = 0;
        for (String word : words) {
            if (word.length() < 2) {
                continue;
            }
            letters++;
            known += tokenizer.id(word) >= 0 ? 1 : 0;
        }
        return letters > 0 && known >= 0.75 * letters;
    }

    /** Loads the model and embeds the exemplars on a daemon thread, so the first instruction does not wait. */
    public static void warmUpInBackground() {
        Thread thread = new Thread(() -> shared().warmUp(), "easel-understanding-warmup");
        thread.setDaemon(true);
        thread.start();
    }
}
