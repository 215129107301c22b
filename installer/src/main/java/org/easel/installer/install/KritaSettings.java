package org.easel.installer.install;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Edits the one line of kritarc that enables the Easel plugin ({@code enable_easel=true} in group
 * {@code [python]}), leaving every other byte as it was, and undoes exactly that edit later.
 * Works on text, so it is tested without files; kritarc is read as ISO-8859-1 so that any bytes
 * round-trip unchanged (the edit itself is ASCII).
 */
final class KritaSettings {
    static final String SECTION = "[python]";
    static final String KEY = "enable_easel";
    static final String ENABLED_LINE = KEY + "=true";

    private KritaSettings() {
    }

    /**
     * What enabling changed, so that {@link #restore} can undo it.
     *
     * @param previousLine the {@code enable_easel} line that was there before, if any
     * @param appended the text added at the end when there was no [python] group ("" otherwise)
     */
    record Change(Optional<String> previousLine, String appended) {
        boolean createdSection() {
            return !appended.isEmpty();
        }
    }

    record Enabled(String text, Change change) {
    }

    static boolean isEnabled(String text) {
        Lines lines = Lines.of(text);
        int key = lines.keyLine();
        return key >= 0 && value(lines.get(key)).equalsIgnoreCase("true");
    }

    static Enabled enable(String text) {
        Lines lines = Lines.of(text);
        int section = lines.section();
        if (section < 0) {
            String separator = text.isEmpty() ? "" : (text.endsWith("\n") ? "" : lines.eol) + (endsWithBlankLine(text) ? "" : lines.eol);
            String appended = separator + SECTION + lines.eol + ENABLED_LINE + lines.eol;
            return new Enabled(text + appended, new Change(Optional.empty(), appended));
        }
        int key = lines.keyLine();
        if (key >= 0) {
            String previous = lines.get(key);
            lines.set(key, ENABLED_LINE);
            return new Enabled(lines.join(), new Change(Optional.of(previous), ""));
        }
        lines.add(lines.lastContentLine(section) + 1, ENABLED_LINE);
        return new Enabled(lines.join(), new Change(Optional.empty(), ""));
    }

    /** The text with the change undone; other edits made since (by Krita, say) are kept. */
    static String restore(String text, Change change) {
        if (change.createdSection() && text.endsWith(change.appended())) {
            return text.substring(0, text.length() - change.appended().length());
        }
        Lines lines = Lines.of(text);
        int key = lines.keyLine();
        if (key < 0) {
            return text;
        }
        if (change.previousLine().isPresent()) {
            lines.set(key, change.previousLine().get());
            return lines.join();
        }
        lines.remove(key);
        int section = lines.section();
        if (change.createdSection() && lines.lastContentLine(section) == section) {
            // The group was ours and holds nothing else now: drop it with its blank lines.
            int end = lines.sectionEnd(section);
            for (int i = end - 1; i >= section; i--) {
                lines.remove(i);
            }
            if (section == lines.size() && section > 0 && lines.get(section - 1).isBlank()) {
                lines.remove(section - 1);
            }
        }
        return lines.join();
    }

    private static boolean endsWithBlankLine(String text) {
        return text.endsWith("\n\n") || text.endsWith("\r\n\r\n");
    }

    private static String key(String line) {
        int eq = line.indexOf('=');
        return eq < 0 ? "" : line.substring(0, eq).strip();
    }

    private static String value(String line) {
        return line.substring(line.indexOf('=') + 1).strip();
    }

    /** kritarc as lines, remembering its line ending and whether it ended with one. */
    private static final class Lines {
        final String eol;
        final boolean trailingNewline;
        final List<String> lines;

        private Lines(String eol, boolean trailingNewline, List<String> lines) {
            this.eol = eol;
            this.trailingNewline = trailingNewline;
            this.lines = lines;
        }

        static Lines of(String text) {
            String eol = text.contains("\r\n") ? "\r\n" : "\n";
            boolean trailing = text.endsWith("\n");
            List<String> lines = new ArrayList<>(text.isEmpty() ? List.of() : Arrays.asList(text.split("\r?\n", -1)));
            if (trailing) {
                lines.remove(lines.size() - 1);
            }
            return new Lines(eol, trailing || text.isEmpty(), lines);
        }

        String get(int i) {
            return lines.get(i);
        }

        void set(int i, String line) {
            lines.set(i, line);
        }

        void add(int i, String line) {
            lines.add(i, line);
        }

        void remove(int i) {
            lines.remove(i);
        }

        int size() {
            return lines.size();
        }

        int section() {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().equals(SECTION)) {
                    return i;
                }
            }
            return -1;
        }

        /** The index after the group starting at {@code section}: the next group's header, or the end. */
        int sectionEnd(int section) {
            for (int i = section + 1; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith("[")) {
                    return i;
                }
            }
            return lines.size();
        }

        int lastContentLine(int section) {
            int last = section;
            for (int i = section + 1; i < sectionEnd(section); i++) {
                if (!lines.get(i).isBlank()) {
                    last = i;
                }
            }
            return last;
        }

        int keyLine() {
            int section = section();
            if (section < 0) {
                return -1;
            }
            for (int i = section + 1; i < sectionEnd(section); i++) {
                String line = lines.get(i).strip();
                if (!line.startsWith("#") && key(line).equals(KEY)) {
                    return i;
                }
            }
            return -1;
        }

        String join() {
            return lines.isEmpty() ? "" : String.join(eol, lines) + (trailingNewline ? eol : "");
        }
    }
}
