package org.easel.server.planning.semantic;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's one intent classifier: the MiniLM sentence encoder and the exemplar bank, made
 * once per process. Both are read-only after loading, so every conversation and every
 * {@code EditService} shares them; the model loads on the first instruction (or at
 * {@link #warmUpInBackground()}), never at start-up on the caller's thread. {@link #stopWarmUp()}
 * ends a warm-up before the process exits: ONNX Runtime must not be running in a thread while the
 * JVM tears the library down (a warm-up cut short by SIGTERM crashed there).
 */
public final class SemanticUnderstanding {
    private static final Logger log = LoggerFactory.getLogger(SemanticUnderstanding.class);

    private static SentenceEncoder encoder;
    private static IntentClassifier classifier;
    private static ExampleMemory examples;
    private static Thread warmUp;
    private static Path cacheFolder;
    private static volatile boolean stopping;
    private static volatile boolean warmedUp;

    private SemanticUnderstanding() {
    }

    public static synchronized IntentClassifier shared() {
        if (classifier == null) {
            List<ExemplarBank.Exemplar> bank = ExemplarBank.load();
            classifier = new IntentClassifier(encoder()::embed, bank, vectorCache(bank));
        }
        return classifier;
    }

    /** The sentences people wrote with their meant readings, which the interpreter turns to before asking. */
    public static synchronized ExampleMemory examples() {
        if (examples == null) {
            List<ExampleMemory.Example> memory = ExampleMemory.load();
            examples = new ExampleMemory(encoder()::embed, memory, cacheFolder == null ? Optional.empty()
                    : Optional.of(ExemplarVectorCache.of(cacheFolder, "examples",
                            memory.stream().map(ExampleMemory.Example::sentence).toList(), () -> encoder().modelDigest())));
        }
        return examples;
    }

    /**
     * The example memory with its vectors made, waiting for them if need be: for tools and tests, which must
     * read the same whether or not a daemon's warm-up ran in the same process — never an instruction's thread.
     */
    public static ExampleMemory examplesEmbedded() {
        ExampleMemory memory = examples();
        memory.warmUp(() -> false);
        return memory;
    }

    /**
     * Keeps the exemplars' and examples' vectors in {@code folder} from now on (the daemon passes a folder of its
     * state directory before anything reads an instruction), so the next start reads them instead of
     * embedding them. Only the first call counts: the classifier is made once per process.
     */
    public static synchronized void keepVectorsIn(Path folder) {
        if (cacheFolder == null && classifier == null && examples == null) {
            cacheFolder = folder;
        }
    }

    private static Optional<ExemplarVectorCache> vectorCache(List<ExemplarBank.Exemplar> bank) {
        if (cacheFolder == null) {
            return Optional.empty();
        }
        return Optional.of(ExemplarVectorCache.in(cacheFolder, bank, () -> encoder().modelDigest()));
    }

    public static synchronized SentenceEncoder encoder() {
        if (encoder == null) {
            encoder = new SentenceEncoder();
        }
        return encoder;
    }

    /**
     * Loads the model and embeds the exemplars on a daemon thread, so the first instruction does not
     * wait; once per process (again only after {@link #stopWarmUp()} cut one short).
     */
    public static synchronized void warmUpInBackground() {
        if (warmUp != null || warmedUp) {
            return;
        }
        stopping = false;
        examples().expectWarmUp();   // from now on an instruction never embeds the examples itself
        warmUp = new Thread(() -> {
            long start = System.nanoTime();
            shared().warmUp(() -> stopping);   // loads the model too: it embeds, or names the kept vectors
            examples().warmUp(() -> stopping);
            warmedUp = !stopping;
            if (warmedUp) {
                log.info("understanding ready in {} ms (sentence model, {} exemplars and {} examples{})",
                        (System.nanoTime() - start) / 1_000_000, shared().exemplars().size(), examples().examples().size(),
                        cacheFolder == null ? "" : ", vectors kept in " + cacheFolder);
            }
        }, "easel-understanding-warmup");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Ends a warm-up in progress (after the sentence being embedded) and waits for it, at most a few seconds. */
    public static void stopWarmUp() {
        Thread running;
        synchronized (SemanticUnderstanding.class) {
            running = warmUp;
            warmUp = null;
        }
        if (running == null) {
            return;
        }
        stopping = true;
        try {
            running.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running.isAlive()) {
            log.warn("the understanding warm-up did not stop within 5 s");
        }
    }

    /** True when {@code word} is a whole word of the sentence model's vocabulary: English, not a slip ("marker", "harder"). */
    public static boolean isWord(String word) {
        return encoder().tokenizer().id(word.toLowerCase(Locale.ROOT)) >= 0;
    }

    /**
     * Whether the words are mostly ones the model's English vocabulary holds whole ("bookshelf",
     * "misty mountains at dawn"), rather than pieces of unknown words ("lorem ipsum dolor"): a
     * description Easel can hand to a model, when nothing else says what the words mean.
     */
    public static boolean wordsAreKnown(String text) {
        int letters = 0;
        int known = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (word.length() < 2) {
                continue;
            }
            letters++;
            known += isWord(word) ? 1 : 0;
        }
        return letters > 0 && known >= 0.5 * letters;
    }
}
