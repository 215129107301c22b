package org.easel.server.planning;

import java.util.Set;
import java.util.stream.Collectors;
import org.easel.server.planning.semantic.TabSeparatedResource;

/**
 * English words of four letters or more (SCOWL's British and American lists, in
 * {@code understanding/english-words.txt}): the sentence model's vocabulary of some 30,000 pieces lacks many
 * plain words ("sill", "brie", "wispy"), which spelling must not mend into others ("still", "bride").
 */
final class EnglishWords {
    private static final String RESOURCE = "/understanding/english-words.txt";
    /** Shorter words are left to the vocabulary: a list this long holds a rare word for most three-letter slips. */
    static final int SHORTEST = 4;

    private EnglishWords() {
    }

    /** Whether {@code word} (lower case) is an English word of the list. */
    static boolean contains(String word) {
        return word.length() >= SHORTEST && Loaded.WORDS.contains(word);
    }

    /** The list, read when first asked for (the class is initialised once, by the JVM, on first use). */
    private static final class Loaded {
        static final Set<String> WORDS = TabSeparatedResource.lines(RESOURCE).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip)
                .collect(Collectors.toUnmodifiableSet());
    }
}
