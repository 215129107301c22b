package org.easel.server.planning.semantic;

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
        return parse(TabSeparatedResource.lines(RESOURCE));
    }

    static List<Exemplar> parse(List<String> lines) {
        List<Exemplar> exemplars = new ArrayList<>();
        for (TabSeparatedResource.Row row : TabSeparatedResource.rows(lines, RESOURCE, "INTENT<TAB>sentence")) {
            Intent intent;
            try {
                intent = Intent.valueOf(row.label().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + " line " + row.number() + ": unknown intent " + row.label());
            }
            exemplars.add(new Exemplar(intent, row.sentence()));
        }
        return exemplars;
    }
}
