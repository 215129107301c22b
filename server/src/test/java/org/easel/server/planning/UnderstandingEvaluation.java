package org.easel.server.planning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs the held-out evaluation set ({@code understanding/eval.tsv}, written by someone who never
 * saw the exemplars or the rules) through an {@link InstructionReader} and counts, per expected
 * kind, what was planned as expected, what was asked back, and what was done wrongly.
 *
 * <p>Format: {@code instruction<TAB>context<TAB>expected}; context {@code sel|nosel}, optionally
 * {@code ,blank} and {@code ,canvas=WxH}; expected alternatives separated by {@code |}. A line
 * {@code @script NAME} starts a conversation whose turns run until a blank line; each turn's
 * expected outcome (its first alternative) is the history the next turn is read against, so one
 * miss does not spoil the rest of a script; a follow-up on a line of its own is read after the one earlier
 * change it needs. Follow-ups the daemon would answer with a refusal
 * (undo with nothing to undo, a variation when nothing was generated) count as refusals.
 */
final class UnderstandingEvaluation {

    /** @param scored false for a turn that only forms a script's history (marked "~": it is also an exemplar) */
    record Case(String instruction, String context, List<String> expected, Optional<String> script,
                InstructionContext readAgainst, boolean anyChange, boolean generated, boolean scored) {
    }

    /**
     * One case's outcome.
     *
     * @param wrong        an action of another kind than any expected one (a question or a refusal never is)
     * @param argumentsOff the expected kind of action, with other arguments (another prompt, side, turn …)
     * @param meantOffered asked back, with a reading among those offered that, clicked, does what was meant
     */
    record Outcome(Case c, String actual, boolean correct, boolean asked, boolean wrong, boolean argumentsOff,
                   boolean meantOffered, long nanos) {
        /**
         * The right adjustment made the opposite way ("too dark" made darker): counted among the arguments off, but as
         * much a misread as a wrong action, so reported on its own too.
         */
        boolean opposite() {
            String reversed = UnderstandingLabels.reversed(actual);
            return argumentsOff && !reversed.equals(actual) && c.expected().stream().anyMatch(e -> matches(e, reversed, c));
        }
    }

    /** Whether {@code actual} satisfies the expected alternative {@code expected} on the case's canvas. */
    private static boolean matches(String expected, String actual, Case c) {
        return UnderstandingLabels.matches(expected, actual, c.readAgainst().canvasWidth(), c.readAgainst().canvasHeight());
    }

    static List<Case> cases() throws IOException {
        return cases("/understanding/eval.tsv");
    }

    /** The cases of a set in this format: the held-out {@code eval.tsv}, or the development set {@code dev.tsv}. */
    static List<Case> cases(String resource) throws IOException {
        List<String> lines;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                UnderstandingEvaluation.class.getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
            lines = in.lines().toList();
        }
        List<Case> cases = new ArrayList<>();
        Optional<String> script = Optional.empty();
        History history = new History();
        for (String line : lines) {
            if (line.isBlank()) {
                script = Optional.empty();
                history = new History();
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@script")) {
                script = Optional.of(line.substring("@script".length()).strip());
                history = new History();
                continue;
            }
            boolean scored = !line.startsWith("~");
            String[] parts = (scored ? line : line.substring(1)).split("\t");
            if (parts.length != 3) {
                throw new IllegalStateException("eval.tsv: expected three tab-separated fields: " + line);
            }
            List<String> expected = Arrays.stream(parts[2].split("\\|")).map(String::strip).toList();
            if (script.isEmpty()) {
                history.assumedFor(expected.get(0));
            }
            InstructionContext context = context(parts[1].strip(), history);
            cases.add(new Case(parts[0], parts[1].strip(), expected, script, context, history.anyChange, history.generated,
                    scored));
            if (script.isPresent()) {
                history.after(expected.get(0), parts[0]);
            } else {
                history = new History();
            }
        }
        return cases;
    }

    static List<Outcome> run(InstructionReader reader) throws IOException {
        return run(reader::read, cases());
    }

    /** @param reader what understands an instruction in its context (the interpreter, or a baseline) */
    static List<Outcome> run(java.util.function.BiFunction<String, InstructionContext, Understanding> reader,
                             List<Case> cases) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Case c : cases.stream().filter(Case::scored).toList()) {
            long start = System.nanoTime();
            Understanding understanding = reader.apply(c.instruction(), c.readAgainst());
            long nanos = System.nanoTime() - start;
            String actual = asTheDaemonAnswers(UnderstandingLabels.label(understanding), c);
            // "the same again" right after a removal is that removal, planned as one.
            boolean againIsRemoval = actual.equals("remove") && c.expected().contains("again")
                    && c.readAgainst().lastChange().filter(k -> k == InstructionContext.ChangeKind.FILL).isPresent();
            boolean correct = againIsRemoval || keepsTheLastLook(actual, c)
                    || c.expected().stream().anyMatch(e -> matches(e, actual, c));
            boolean asked = !correct && actual.equals("clarify");
            boolean refused = actual.equals("refuse");
            // Wrong: an action other than any expected one (a question or a refusal is never a wrong action).
            boolean sameKind = c.expected().stream().anyMatch(e -> UnderstandingLabels.kind(e).equals(UnderstandingLabels.kind(actual)));
            boolean wrong = !correct && !asked && !refused && !sameKind;
            boolean argumentsOff = !correct && !asked && !refused && sameKind;
            // A question is one click from the meant plan when a reading it offers is read as that plan.
            boolean meantOffered = asked && understanding instanceof Understanding.Clarify clarify
                    && clarify.readings().stream().map(reading -> asTheDaemonAnswers(UnderstandingLabels.label(
                            reader.apply(reading, c.readAgainst())), c))
                    .anyMatch(offered -> c.expected().stream().anyMatch(e -> matches(e, offered, c)));
            outcomes.add(new Outcome(c, actual, correct, asked, wrong, argumentsOff, meantOffered, nanos));
        }
        return outcomes;
    }

    /**
     * "keep this style from now on" after a one-off look ("another one, oil painting style") with no lasting style set:
     * the daemon sets that look as the style, which is keeping it.
     */
    private static boolean keepsTheLastLook(String actual, Case c) {
        InstructionContext context = c.readAgainst();
        if (!c.expected().contains("keepstyle") || !UnderstandingLabels.kind(actual).equals("style")
                || context.style().isPresent() || context.changes().isEmpty()) {
            return false;
        }
        String lastInstruction = context.changes().get(context.changes().size() - 1).instruction().toLowerCase(Locale.ROOT);
        String look = actual.substring(actual.indexOf(':') + 1).strip();
        return !look.isEmpty() && lastInstruction.contains(look);
    }

    /** Follow-ups with nothing to refer to, and removals with nothing selected, are refused by the daemon. */
    private static String asTheDaemonAnswers(String actual, Case c) {
        String kind = UnderstandingLabels.kind(actual);
        boolean needsChange = List.of("undo", "original", "show", "more", "less", "again", "reapply").contains(kind);
        // Removing with nothing selected: the engine answers empty_selection ("Select what to remove").
        boolean removesNothing = kind.equals("remove") && !c.readAgainst().hasSelection();
        if (needsChange && !c.anyChange() || kind.equals("variation") && !c.generated() || removesNothing) {
            return "refuse";
        }
        return actual;
    }

    /** Per expected kind (the first alternative's): cases, planned as expected, asked, refused, wrong action, arguments off. */
    static Map<String, int[]> byKind(List<Outcome> outcomes) {
        Map<String, int[]> table = new TreeMap<>();
        for (Outcome o : outcomes) {
            int[] row = table.computeIfAbsent(group(UnderstandingLabels.kind(o.c().expected().get(0))), k -> new int[8]);
            row[0]++;
            row[1] += o.correct() ? 1 : 0;
            row[2] += o.asked() ? 1 : 0;
            row[3] += !o.correct() && o.actual().equals("refuse") ? 1 : 0;
            row[4] += o.wrong() ? 1 : 0;
            row[5] += o.argumentsOff() ? 1 : 0;
            row[6] += o.meantOffered() ? 1 : 0;
            row[7] += o.opposite() ? 1 : 0;
        }
        return table;
    }

    /** The per-kind table in Markdown, with the totals; the totals (as {@link #byKind}'s rows) through {@code totals}. */
    static String table(List<Outcome> outcomes, int[] totals) {
        StringBuilder table = new StringBuilder("| expected (held-out set) | cases | planned as expected | asked back "
                + "(the meant reading offered) | refused | wrong action | right action, other arguments (the opposite way) |\n"
                + "|---|---|---|---|---|---|---|\n");
        byKind(outcomes).forEach((kind, row) -> {
            table.append(String.format(Locale.ROOT, "| %s | %d | %.0f%% | %d (%d) | %d | %d | %d%s |%n", kind, row[0],
                    100.0 * row[1] / row[0], row[2], row[6], row[3], row[4], row[5], row[7] == 0 ? "" : " (" + row[7] + ")"));
            for (int i = 0; i < row.length; i++) {
                totals[i] += row[i];
            }
        });
        table.append(String.format(Locale.ROOT, "| **all** | %d | **%.1f%%** | %d (%.1f%%; meant offered: %d) | %d (%.1f%%) "
                + "| **%d (%.1f%%)** | %d (%.1f%%; the opposite way: %d) |%n", totals[0], 100.0 * totals[1] / totals[0], totals[2],
                100.0 * totals[2] / totals[0], totals[6], totals[3], 100.0 * totals[3] / totals[0], totals[4],
                100.0 * totals[4] / totals[0], totals[5], 100.0 * totals[5] / totals[0], totals[7]));
        return table.toString();
    }

    private static String group(String kind) {
        return switch (kind) {
            case "undo", "original", "show" -> "undo / original / show";
            case "more", "less" -> "more / less";
            case "again", "reapply" -> "again / reapply";
            case "style", "keepstyle", "clearstyle" -> "style (set / keep / clear)";
            case "refuse", "clarify" -> "refuse or ask";
            default -> kind;
        };
    }

    private static InstructionContext context(String spec, History history) {
        boolean selection = false;
        boolean blank = false;
        int width = 1024;
        int height = 768;
        for (String part : spec.split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.equals("sel")) {
                selection = true;
            } else if (p.equals("blank")) {
                blank = true;
            } else if (p.startsWith("canvas=")) {
                String[] size = p.substring("canvas=".length()).split("x");
                width = Integer.parseInt(size[0]);
                height = Integer.parseInt(size[1]);
            }
        }
        // The daemon looks for an empty layer only when nothing is selected (a selection says where to paint).
        return new InstructionContext(selection, blank && !selection, width, height, history.last, history.style,
                List.of(), List.of(), history.adjustments, history.changes);
    }

    /** The conversation so far, from the expected outcomes of the script's earlier turns. */
    private static final class History {
        Optional<InstructionContext.ChangeKind> last = Optional.empty();
        Optional<String> style = Optional.empty();
        List<org.easel.server.engines.classical.Adjustment> adjustments = List.of();
        List<InstructionContext.TurnChange> changes = new ArrayList<>();
        boolean anyChange;
        boolean generated;
        /** The script's turns so far: as its labels count them, every line is a turn ("reapply: #2"). */
        int turns;

        void after(String label) {
            after(label, "");
        }

        /** After a turn that said {@code instruction} and did what {@code label} says. */
        void after(String label, String instruction) {
            String kind = UnderstandingLabels.kind(label);
            turns++;
            switch (kind) {
                case "adjust" -> {
                    change(InstructionContext.ChangeKind.ADJUSTMENT, instruction);
                    adjustments = adjustments(label);
                    changes.set(changes.size() - 1, new InstructionContext.TurnChange(turns,
                            InstructionContext.ChangeKind.ADJUSTMENT, adjustments, instruction));
                }
                case "paint", "generate", "edit", "variation" -> {
                    change(InstructionContext.ChangeKind.GENERATED, instruction);
                    generated = true;
                }
                // The daemon remembers a crop, turn, flip or upscale as a change like an adjustment: undo takes it back.
                case "canvas", "upscale" -> change(InstructionContext.ChangeKind.ADJUSTMENT, instruction);
                case "remove" -> change(InstructionContext.ChangeKind.FILL, instruction);
                case "extend" -> change(InstructionContext.ChangeKind.EXTENSION, instruction);
                case "style" -> style = Optional.of(label.substring(label.indexOf(':') + 1).strip());
                case "clearstyle" -> style = Optional.empty();
                default -> {
                }
            }
        }

        /**
         * A follow-up written as a single line, outside any script ("undo that", "another version"): its
         * writer meant a conversation with the earlier change it needs — a generated picture for a
         * variation, an adjustment for the others — so it is read after one.
         */
        void assumedFor(String label) {
            String kind = UnderstandingLabels.kind(label);
            if (kind.equals("variation")) {
                after("generate: a picture");
            } else if (List.of("undo", "original", "show", "more", "less", "again", "reapply").contains(kind)) {
                after("adjust: brightness+");
            }
        }

        private void change(InstructionContext.ChangeKind kind, String instruction) {
            changes.add(new InstructionContext.TurnChange(turns, kind, List.of(), instruction));
            last = Optional.of(kind);
            anyChange = true;
            adjustments = List.of();
        }

        /** "adjust: warmth+ blur" → warmth +0.5, blur 0.5: the adjustments a label names, as a plan would make them. */
        private static List<org.easel.server.engines.classical.Adjustment> adjustments(String label) {
            List<org.easel.server.engines.classical.Adjustment> made = new java.util.ArrayList<>();
            for (String op : label.substring(label.indexOf(':') + 1).strip().split("\\s+")) {
                String name = op.replaceAll("[+-]$", "");
                for (org.easel.server.engines.classical.AdjustmentKind kind : org.easel.server.engines.classical.AdjustmentKind.values()) {
                    if (kind.wireName().equals(name)) {
                        made.add(new org.easel.server.engines.classical.Adjustment(kind, op.endsWith("-") ? -0.5 : 0.5));
                    }
                }
            }
            return made;
        }
    }
}
