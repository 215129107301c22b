package org.easel.server.planning;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easel.server.planning.semantic.SemanticUnderstanding;

/**
 * For developers: runs a development set ({@code understanding/dev.tsv} or the file named, e.g.
 * {@code dev2.tsv}; written independently
 * like the evaluation set, and the one to look at while improving the interpreter) and prints
 * every miss. Several sets may be named; with {@code --out DIR} each set's report goes to
 * {@code DIR/<set>.txt} and only the totals are printed (one JVM and one model load for all).
 * With {@code --all} the lines read as expected are printed too ("ok"). The held-out evaluation set is never
 * printed case by case.
 */
public final class UnderstandingDevRun {
    public static void main(String[] args) throws Exception {
        InstructionReader reader = new InstructionReader(Optional.empty(), SemanticUnderstanding.shared(),
            SemanticUnderstanding::examplesEmbedded);
        List<String> sets = new ArrayList<>(List.of(args));
        Path out = null;
        boolean all = sets.remove("--all");
        int at = sets.indexOf("--out");
        if (at >= 0) {
            out = Path.of(sets.remove(at + 1));
            sets.remove(at);
        }
        if (sets.isEmpty()) {
            sets.add("dev.tsv");
        }
        for (String set : sets) {
            if (set.equals("eval.tsv")) {
                throw new IllegalArgumentException("the held-out set is never printed case by case");
            }
            if (out == null) {
                report(reader, set, System.out, all);
                continue;
            }
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            report(reader, set, new PrintStream(text, true, StandardCharsets.UTF_8), all);
            String report = text.toString(StandardCharsets.UTF_8);
            Files.writeString(out.resolve(set.replace(".tsv", ".txt")), report);
            System.out.println(set + ": " + report.strip().substring(report.strip().lastIndexOf('\n') + 1));
        }
    }

    private static void report(InstructionReader reader, String set, PrintStream print, boolean all) throws Exception {
        List<UnderstandingEvaluation.Outcome> outcomes = UnderstandingEvaluation.run(reader::read,
                UnderstandingEvaluation.cases("/understanding/" + set));
        for (UnderstandingEvaluation.Outcome o : outcomes) {
            if (!o.correct() || all) {
                String mark = o.correct() ? "ok   " : o.wrong() ? "WRONG" : o.opposite() ? "OPPOS" : o.argumentsOff() ? "args " : "miss ";
                print.printf("%s %-60s [%s] expected %s, got %s%n", mark,
                        o.c().instruction(), o.c().context(), String.join(" | ", o.c().expected()), o.actual());
            }
        }
        long leaked = 0;
        for (UnderstandingEvaluation.Outcome o : outcomes) {
            List<String> words = UnderstandingLabels.leakedWords(o.c().expected(), o.actual());
            if (!words.isEmpty()) {
                leaked++;
                print.printf("leak  %-60s [%s] expected %s, got %s; keeps %s%n", o.c().instruction(), o.c().context(),
                        String.join(" | ", o.c().expected()), o.actual(), String.join(" ", words));
            }
        }
        UnderstandingEvaluation.byKind(outcomes).forEach((kind, row) -> print.printf("%-28s %3d cases %3d right %3.0f%% "
                + "asked %d refused %d wrong %d args %d offered %d opposite %d%n", kind, row[0], row[1], 100.0 * row[1] / row[0], row[2],
                row[3], row[4], row[5], row[6], row[7]));
        long right = outcomes.stream().filter(UnderstandingEvaluation.Outcome::correct).count();
        long wrong = outcomes.stream().filter(UnderstandingEvaluation.Outcome::wrong).count();
        long offered = outcomes.stream().filter(UnderstandingEvaluation.Outcome::meantOffered).count();
        long opposite = outcomes.stream().filter(UnderstandingEvaluation.Outcome::opposite).count();
        print.printf("prompts keeping asking or pointing words: %d%n", leaked);
        print.printf("all: %d cases, %.1f%% as expected, %.1f%% wrong, %.1f%% asked with the meant reading offered, %d the opposite way%n",
                outcomes.size(), 100.0 * right / outcomes.size(), 100.0 * wrong / outcomes.size(),
                100.0 * offered / outcomes.size(), opposite);
    }
}
