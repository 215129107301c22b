package org.easel.server.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.Extension;
import org.easel.server.engines.classical.Synthesis;
import org.easel.server.planning.semantic.SemanticUnderstanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The instruction corpus (test resource {@code interpreter-corpus.tsv}): each line is an
 * instruction and what Easel must understand from it. Expected forms:
 * {@code plan: warmth+ brightness-} (the operations in order, signed kinds with their direction;
 * then {@code fill} or {@code extend:left=300px,…}),
 * {@code followup: Undo[]}, {@code model: INPAINT}, {@code refuse}.
 */
class InterpreterCorpusTest {

    /** The corpus was written for an artist with a selection (content asked for goes into it). */
    private static final InstructionContext WITH_SELECTION = InstructionContext.NONE.withSelection(true);

    private final InstructionReader reader = new InstructionReader(Optional.empty(), SemanticUnderstanding.shared(),
            SemanticUnderstanding::examplesEmbedded);

    record Line(String instruction, String expected) {
        @Override
        public String toString() {
            return instruction;
        }
    }

    static Stream<Line> corpus() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                InterpreterCorpusTest.class.getResourceAsStream("/interpreter-corpus.tsv")), StandardCharsets.UTF_8))) {
            return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", 2)).map(p -> new Line(p[0], p[1].strip())).toList().stream();
        }
    }

    static String describe(Understanding u) {
        if (u instanceof Understanding.Planned p) {
            Stream<String> ops = p.plan().operations().stream().map(InterpreterCorpusTest::op);
            Stream<String> synthesis = p.plan().synthesis().stream().map(InterpreterCorpusTest::synthesis);
            return "plan: " + Stream.concat(ops, synthesis).collect(Collectors.joining(" "));
        }
        if (u instanceof Understanding.FollowingUp f) {
            return "followup: " + f.followUp();
        }
        if (u instanceof Understanding.NeedsModel n) {
            return "model: " + n.capability();
        }
        if (u instanceof Understanding.Clarify) {
            return "clarify";
        }
        return "refuse";
    }

    /** "fill", or "extend" with the sides that grow, e.g. "extend:left=300px". */
    private static String synthesis(Synthesis s) {
        if (s instanceof Extension e) {
            StringBuilder sides = new StringBuilder("extend:");
            side(sides, "left", e.left());
            side(sides, "top", e.top());
            side(sides, "right", e.right());
            side(sides, "bottom", e.bottom());
            return sides.toString();
        }
        return s.wireName();
    }

    private static void side(StringBuilder sides, String name, Extension.Amount amount) {
        if (amount.value() > 0) {
            sides.append(sides.charAt(sides.length() - 1) == ':' ? "" : ",").append(name).append('=')
                    .append(Math.round(amount.value())).append(amount.unit() == Extension.Unit.PX ? "px" : "%");
        }
    }

    private static String op(Adjustment a) {
        return a.kind().wireName() + (a.kind().isSigned() ? (a.amount() > 0 ? "+" : "-") : "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void understandsTheInstruction(Line line) {
        assertEquals(line.expected(), describe(reader.read(line.instruction(), WITH_SELECTION)));
    }

    @Test
    void theCorpusIsLargeAndCoversEveryKindOfUnderstanding() throws IOException {
        List<Line> lines = corpus().toList();
        assertTrue(lines.size() >= 200, lines.size() + " lines");
        for (String kind : List.of("plan:", "followup:", "model:", "clarify", "refuse")) {
            assertTrue(lines.stream().anyMatch(l -> l.expected().startsWith(kind)), kind);
        }
    }
}
