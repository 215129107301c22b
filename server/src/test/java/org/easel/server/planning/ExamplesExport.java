package org.easel.server.planning;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.easel.server.planning.semantic.SemanticUnderstanding;
import org.easel.server.planning.semantic.SentenceEncoder;

/**
 * For developers: writes {@code src/main/resources/understanding/examples.tsv}, the sentences with meant
 * readings that the interpreter turns to before asking ({@link org.easel.server.planning.semantic.ExampleMemory}),
 * from the development sets. Only standalone lines (a script turn's label depends on the turns before) whose label
 * needs no words of the sentence become readings: an adjustment, an upscale, a removal, an edit of the whole
 * picture; every other closed label is kept as "(ask)" or "(other)", so that sentences near it stop a guess; lines
 * whose label carries a prompt, a style name or a side are left out. The evaluation set is read only to leave out
 * every sentence within 0.97 of one of its sentences (the test that keeps it apart fails otherwise). Sets named with
 * {@code --hold-out dev73,dev74} (the freshest, kept to measure new writers) are left out too. Run from {@code server/}:
 * {@code java -cp src/test/resources:target/classes:target/test-classes:<classpath> org.easel.server.planning.ExamplesExport
 * --hold-out dev73,dev74,dev75,dev76}.
 */
public final class ExamplesExport {
    private static final Path SETS = Path.of("src/test/resources/understanding");
    private static final Path OUT = Path.of("src/main/resources/understanding/examples.tsv");
    private static final double NEARLY_THE_SAME = 0.97;

    /** Each reading is an instruction the rules read exactly (ExampleMemoryTest checks every one). */
    static final Map<String, String> READINGS = Map.ofEntries(
            Map.entry("adjust: brightness+", "make it brighter"), Map.entry("adjust: brightness-", "make it darker"),
            Map.entry("adjust: contrast+", "more contrast"), Map.entry("adjust: contrast-", "less contrast"),
            Map.entry("adjust: warmth+", "make it warmer"), Map.entry("adjust: warmth-", "make it cooler"),
            Map.entry("adjust: saturation+", "more saturation"), Map.entry("adjust: saturation-", "less saturation"),
            Map.entry("adjust: vibrance+", "more vibrance"), Map.entry("adjust: vibrance-", "less vibrance"),
            Map.entry("adjust: exposure+", "increase the exposure"), Map.entry("adjust: exposure-", "reduce the exposure"),
            Map.entry("adjust: shadows+", "lift the shadows"), Map.entry("adjust: shadows-", "deepen the shadows"),
            Map.entry("adjust: highlights+", "boost the highlights"), Map.entry("adjust: highlights-", "recover the highlights"),
            Map.entry("adjust: clarity+", "more clarity"), Map.entry("adjust: clarity-", "less clarity"),
            Map.entry("adjust: tint+", "tint it towards magenta"), Map.entry("adjust: tint-", "tint it towards green"),
            Map.entry("adjust: curve+", "add an S-curve"), Map.entry("adjust: curve-", "flatter curve"),
            Map.entry("adjust: hue", "shift the hue"), Map.entry("adjust: sharpen", "sharpen it"),
            Map.entry("adjust: blur", "blur it"), Map.entry("adjust: denoise", "denoise it"),
            Map.entry("adjust: vignette", "add a vignette"), Map.entry("adjust: sepia", "make it sepia"),
            Map.entry("adjust: grayscale", "make it black and white"), Map.entry("adjust: posterize", "posterize it"),
            Map.entry("adjust: invert", "invert the colours"), Map.entry("adjust: red_eye", "remove the red eye"),
            Map.entry("adjust: auto_white_balance", "auto white balance"), Map.entry("adjust: auto_levels", "auto levels"),
            Map.entry("adjust: auto_contrast", "auto contrast"),
            Map.entry("upscale", "upscale it"), Map.entry("remove", "remove what is selected"), Map.entry("edit", "(edit)"));
    private static final Set<String> ASK = Set.of("clarify", "refuse");
    private static final Pattern OTHER = Pattern.compile("adjust: .+|extend: [a-z,]+|canvas: [a-z]+|undo|original|variation|"
            + "keepstyle|clearstyle|more|less|again|show: .+|reapply: .+");

    public static void main(String[] args) throws Exception {
        Set<String> heldOut = new TreeSet<>();
        if (args.length == 2 && args[0].equals("--hold-out")) {
            heldOut.addAll(List.of(args[1].split(",")));
        }
        SentenceEncoder encoder = SemanticUnderstanding.encoder();
        List<float[]> evaluation = new ArrayList<>();
        for (UnderstandingEvaluation.Case c : UnderstandingEvaluation.cases()) {
            evaluation.add(encoder.embed(c.instruction()));
        }
        List<String> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int nearEvaluation = 0;
        List<Path> sets;
        try (Stream<Path> files = Files.list(SETS)) {
            sets = files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList();
        }
        for (Path set : sets) {
            String name = set.getFileName().toString().replace(".tsv", "");
            if (name.equals("eval") || heldOut.contains(name)) {
                continue;
            }
            for (String[] line : standaloneLines(set)) {
                String label = line[1].split(" \\| ")[0].strip();
                String reading = READINGS.getOrDefault(label, ASK.contains(label) ? "(ask)"
                        : OTHER.matcher(label).matches() ? "(other)" : null);
                if (reading == null || !seen.add(line[0].toLowerCase(Locale.ROOT))) {
                    continue;
                }
                float[] vector = encoder.embed(line[0]);
                if (evaluation.stream().anyMatch(e -> SentenceEncoder.cosine(vector, e) >= NEARLY_THE_SAME)) {
                    nearEvaluation++;
                    continue;
                }
                rows.add(reading + "\t" + line[0]);
            }
        }
        List<String> text = new ArrayList<>(List.of(
                "# Easel semantic interpreter: sentences people wrote, with the reading each was meant to have.",
                "# Written by ExamplesExport (server/src/test/java) from the development sets, never the evaluation set",
                "# (sentences within 0.97 of one of its sentences are left out); held out: "
                        + (heldOut.isEmpty() ? "none" : String.join(", ", heldOut)) + ".",
                "# Format: READING<TAB>sentence. READING is an instruction the rules read exactly, \"(edit)\" for a",
                "# change of the whole picture in the sentence's own words, \"(ask)\" where a careful assistant asks",
                "# or refuses, \"(other)\" for a reading that depends on more than the sentence (a side, a turn).",
                "# Used only where the rules would ask or refuse, and only when the five nearest sentences agree."));
        text.addAll(rows);
        Files.write(OUT, text, StandardCharsets.UTF_8);
        System.out.println("wrote " + rows.size() + " examples to " + OUT + " (" + nearEvaluation
                + " left out as near the evaluation set)");
    }

    /** The sentence and label of each line outside a script. */
    private static List<String[]> standaloneLines(Path set) throws Exception {
        List<String[]> lines = new ArrayList<>();
        boolean inScript = false;
        for (String raw : Files.readAllLines(set, StandardCharsets.UTF_8)) {
            if (raw.startsWith("@script")) {
                inScript = true;
            } else if (raw.isBlank()) {
                inScript = false;
            } else if (!raw.startsWith("#") && !inScript) {
                String[] columns = raw.split("\t");
                if (columns.length == 3 && !columns[0].isBlank()) {
                    lines.add(new String[] {columns[0].strip(), columns[2].strip()});
                }
            }
        }
        return lines;
    }
}
