package org.easel.server.planning.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exemplar bank's embeddings kept on disk, so a daemon that starts again reads them (a few
 * megabytes, milliseconds) instead of embedding every exemplar (seconds, more on a busy machine).
 * The file's name is a hash of the sentence model and every exemplar sentence: another model or a
 * changed bank simply finds no file and embeds again. A file that cannot be read as expected is
 * ignored (and replaced); nothing is ever read from a file whose shape does not match the bank.
 */
public final class ExemplarVectorCache {
    private static final Logger log = LoggerFactory.getLogger(ExemplarVectorCache.class);
    private static final int MAGIC = 0x45564543; // "EVEC"

    private final Path folder;
    private final String name;
    private final List<String> sentences;
    private final Supplier<String> model;
    private Path file;

    private ExemplarVectorCache(Path folder, String name, List<String> sentences, Supplier<String> model) {
        this.folder = folder;
        this.name = name;
        this.sentences = List.copyOf(sentences);
        this.model = model;
    }

    /**
     * The cache for this bank and model in {@code folder}; {@code model} names the model (its bytes'
     * hash, {@link SentenceEncoder#modelDigest()}). It is asked only at the first {@link #load}, off the
     * start-up path, when the model is loaded anyway.
     */
    public static ExemplarVectorCache in(Path folder, List<ExemplarBank.Exemplar> bank, Supplier<String> model) {
        return new ExemplarVectorCache(folder, "exemplars", bank.stream().map(ExemplarBank.Exemplar::sentence).toList(), model);
    }

    /** The cache for other sentences known in advance (the example memory's), in files named after {@code name}. */
    public static ExemplarVectorCache of(Path folder, String name, List<String> sentences, Supplier<String> model) {
        return new ExemplarVectorCache(folder, name, sentences, model);
    }

    synchronized Path file() {
        if (file == null) {
            file = folder.resolve(name + "-" + key(sentences, model) + ".vectors");
        }
        return file;
    }

    /** The vectors stored for exactly {@code count} exemplars, or empty (no file, another shape, damaged). */
    Optional<float[][]> load(int count) {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != count) {
                return Optional.empty();
            }
            int dimension = in.readInt();
            if (dimension <= 0 || dimension > 4096) {
                return Optional.empty();
            }
            float[][] vectors = new float[count][dimension];
            for (float[] vector : vectors) {
                for (int i = 0; i < dimension; i++) {
                    vector[i] = in.readFloat();
                }
            }
            if (in.read() != -1) {
                return Optional.empty();   // longer than its header says: not a file this class wrote
            }
            return Optional.of(vectors);
        } catch (IOException e) {
            log.warn("ignoring the exemplar vectors in {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Stores the vectors (aside, then renamed into place); a failure only costs the next start its time. */
    void save(float[][] vectors) {
        Path file = file();
        Path aside = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(aside)))) {
                out.writeInt(MAGIC);
                out.writeInt(vectors.length);
                out.writeInt(vectors.length == 0 ? 0 : vectors[0].length);
                for (float[] vector : vectors) {
                    for (float v : vector) {
                        out.writeFloat(v);
                    }
                }
            }
            try {
                Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log.warn("could not keep the exemplar vectors in {}: {}", file, e.toString());
            try {
                Files.deleteIfExists(aside);
            } catch (IOException ignored) {
                // nothing more to do: the next start embeds again
            }
        }
    }

    private static String key(List<String> sentences, Supplier<String> model) {
        MessageDigest digest = sha256();
        digest.update((model.get() + "\n").getBytes(StandardCharsets.UTF_8));
        for (String sentence : sentences) {
            digest.update((sentence + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
