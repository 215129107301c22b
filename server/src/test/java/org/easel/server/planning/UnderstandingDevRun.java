package org.easel.server.planning;

import java.util.List;
import java.util.Optional;
import org.easel.server.planning.semantic.SemanticUnderstanding;

/**
 * For developers: runs a development set ({@code understanding/dev.tsv} or the file named, e.g.
 * {@code dev2.tsv}; written independently
 * like the evaluation set, and the one to look at while improving the interpreter) and prints
 * every miss. The held-out evaluation set is never printed case by case.
 */
public final class UnderstandingDevRun {
    public static void main(String[] args) throws Exception {
        InstructionReader reader = new InstructionReader(Optional.empty(), SemanticUnderstanding.shared());
        String set = args.length > 0 ? args[0] : "dev.tsv";
        List<UnderstandingEvaluation.Outcome> outcomes = UnderstandingEvaluation.run(reader::read,
                UnderstandingEvaluation.cases("/understanding/" + set));
        for (UnderstandingEvaluation.Outcome o : outcomes) {
            if (!o.correct()) {
                System.out.printf("%s %-60s [%s] expected %s, got %s%n", o.wrong() ? "WRONG" : o.argumentsOff() ? "args " : "miss ",
                        o.c().instruction(), o.c().context(), String.join(" | ", o.c().expected()), o.actual());
            }
        }
        UnderstandingEvaluation.byKind(outcomes).forEach((kind, row) -> System.out.printf("%-28s %3d cases %3.0f%% "
                + "asked %d refused %d wrong %d args %d%n", kind, row[0], 100.0 * row[1] / row[0], row[2], row[3], row[4],
                row[5]));
        long right = outcomes.stream().filter(UnderstandingEvaluation.Outcome::correct).count();
        long wrong = outcomes.stream().filter(UnderstandingEvaluation.Outcome::wrong).count();
        System.out.printf("all: %d cases, %.1f%% as expected, %.1f%% wrong%n", outcomes.size(),
                100.0 * right / outcomes.size(), 100.0 * wrong / outcomes.size());
    }
}
