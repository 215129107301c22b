package org.easel.server.planning.semantic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text file of labelled sentences on the classpath: "LABEL<TAB>sentence" lines, "#" comments. Its lines alone
 * serve other text resources too (the English word list).
 */
public final class TabSeparatedResource {
    /** One line's two columns, with its number for error messages. */
    record Row(int number, String label, String sentence) {
    }

    private TabSeparatedResource() {
    }

    /** The lines of a UTF-8 text resource on the classpath; a missing one is a broken build. */
    public static List<String> lines(String resource) {
        InputStream in = TabSeparatedResource.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath: the build is broken");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of {@code lines}, blank lines and comments skipped; a line without both columns names itself. */
    static List<Row> rows(List<String> lines, String resource, String format) {
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalStateException(resource + " line " + number + ": expected " + format);
            }
            rows.add(new Row(number, parts[0].strip(), parts[1].strip()));
        }
        return rows;
    }
}
