package org.easel.server.planning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * English words of four letters or more (SCOWL's British and American lists, in
 * {@code understanding/english-words.txt}): the sentence model's vocabulary of some 30,000 pieces lacks many
 * plain words ("sill", "brie", "wispy"), which spelling must not mend into others ("still", "bride").
 */
final class EnglishWords {
    private static final String RESOURCE = "/understanding/english-words.txt";
    /** Shorter words are left to the vocabulary: a list this long holds a rare word for most three-letter slips. */
    static final int SHORTEST = 4;

    private static volatile Set<String> words;

    private EnglishWords() {
    }

    /** Whether {@code word} (lower case) is an English word of the list. */
    static boolean contains(String word) {
        return word.length() >= SHORTEST && words().contains(word);
    }

    private static Set<String> words() {
        Set<String> loaded = words;
        if (loaded == null) {
            synchronized (EnglishWords.class) {
                if (words == null) {
                    words = load();
                }
                loaded = words;
            }
        }
        return loaded;
    }

    private static Set<String> load() {
        InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath: the build is broken");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
