package org.easel.server.planning.semantic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The labelled example sentences the interpreter compares instructions with, read from
 * {@code /understanding/exemplars.tsv}: one {@code INTENT<TAB>sentence} per line, {@code #} for
 * comments. A person extends Easel's understanding by adding lines there.
 */
public final class ExemplarBank {
    public static final String RESOURCE = "/understanding/exemplars.tsv";

    /** One labelled sentence. */
    public record Exemplar(Intent intent, String sentence) {
    }

    private ExemplarBank() {
    }

    public static List<Exemplar> load() {
        InputStream in = ExemplarBank.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath: the build is broken");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Exemplar> parse(List<String> lines) {
        List<Exemplar> exemplars = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected INTENT<TAB>sentence");
            }
            Intent intent;
            try {
                intent = Intent.valueOf(parts[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": unknown intent " + parts[0]);
            }
            exemplars.add(new Exemplar(intent, parts[1].strip()));
        }
        return exemplars;
    }
}
