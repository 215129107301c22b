package org.easel.server.planning;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.Optional;
import org.easel.server.planning.semantic.IntentClassifier;
import org.easel.server.planning.semantic.SemanticUnderstanding;

/**
 * For developers: reads instructions from standard input, one per line (optionally
 * {@code context<TAB>instruction}, context as in the evaluation set), and prints what Easel
 * understood with the intent scores ({@code nosel,canvas=1080x1080}: on a canvas of that size). Not a test.
 */
public final class UnderstandingProbe {
    public static void main(String[] args) throws Exception {
        IntentClassifier classifier = SemanticUnderstanding.shared();
        InstructionReader reader = new InstructionReader(Optional.empty(), classifier, SemanticUnderstanding::examplesEmbedded);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            InstructionContext context = InstructionContext.NONE;
            String instruction = line;
            if (line.contains("\t")) {
                String[] parts = line.split("\t", 2);
                context = context.withSelection(parts[0].contains("sel") && !parts[0].contains("nosel"));
                if (parts[0].contains("blank")) {
                    context = new InstructionContext(context.hasSelection(), true, 1024, 768, Optional.empty(),
                            Optional.empty());
                }
                for (InstructionContext.ChangeKind kind : InstructionContext.ChangeKind.values()) {
                    if (parts[0].contains(kind.name().toLowerCase(java.util.Locale.ROOT))) {   // "sel,fill": after a removal
                        context = new InstructionContext(context.hasSelection(), context.blankLayer(), 1024, 768,
                                Optional.of(kind), Optional.empty());
                    }
                }
                if (parts[0].contains("styled")) {   // after a picture made in a lasting watercolour style
                    context = new InstructionContext(context.hasSelection(), context.blankLayer(), 1024, 768,
                            Optional.of(InstructionContext.ChangeKind.GENERATED), Optional.of("watercolor"));
                }
                java.util.regex.Matcher canvas = java.util.regex.Pattern.compile("canvas=(\\d+)x(\\d+)").matcher(parts[0]);
                if (canvas.find()) {   // "nosel,canvas=1080x1080"
                    context = new InstructionContext(context.hasSelection(), context.blankLayer(), Integer.parseInt(canvas.group(1)),
                            Integer.parseInt(canvas.group(2)), context.lastChange(), context.style());
                }
                instruction = parts[1];
            }
            Understanding u = reader.read(instruction, context);
            IntentClassifier.Classification c = classifier.classify(Phrasing.core(instruction));
            String detail = u instanceof Understanding.Clarify q ? " " + q.readings()
                    : u instanceof Understanding.Refused r ? " " + r.message() : "";
            System.out.printf("%-55s → %-40s  [%s %.3f, %s %.3f]%s%n", instruction, UnderstandingLabels.label(u),
                    c.best(), c.bestScore(), c.runnerUp(), c.ranked().get(1).score(), detail);
        }
    }
}
