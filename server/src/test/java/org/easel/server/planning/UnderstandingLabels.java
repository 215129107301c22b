package org.easel.server.planning;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.easel.server.engines.classical.Adjustment;
import org.easel.server.engines.classical.CanvasOperation;
import org.easel.server.engines.classical.Extension;
import org.easel.server.engines.classical.Synthesis;

/**
 * Writes an {@link Understanding} in the evaluation set's label language ("adjust: brightness+",
 * "paint: a blue kite", "extend: right=300px", "show: #2", "style: charcoal", "clarify", …) and
 * compares labels: the kind must match; content and style names match when their words mostly
 * agree (articles and punctuation aside); an extension's amount is compared only where the label
 * gives one.
 */
final class UnderstandingLabels {
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "some");

    private UnderstandingLabels() {
    }

    static String label(Understanding u) {
        if (u instanceof Understanding.Planned p) {
            if (p.plan().synthesis().isPresent()) {
                Synthesis s = p.plan().synthesis().get();
                if (s instanceof Extension e) {
                    return "extend: " + sides(e);
                }
                if (s instanceof CanvasOperation.AddBorder b) {
                    return "extend: " + sides(b.sides());   // the canvas grown, plain strips in place of painted ones
                }
                if (s instanceof CanvasOperation.Upscale) {
                    return "upscale";
                }
                if (s instanceof CanvasOperation c) {
                    return "canvas: " + c.wireName();
                }
                return "remove";
            }
            return "adjust: " + p.plan().operations().stream().map(UnderstandingLabels::op)
                    .collect(Collectors.joining(" "));
        }
        if (u instanceof Understanding.NeedsModel n) {
            String without = n.negative().isEmpty() ? "" : "; without: " + n.negative();
            return switch (n.capability()) {
                case INPAINT -> "paint: " + n.prompt() + without;
                case TEXT_TO_IMAGE -> "generate: " + n.prompt() + without;
                case INSTRUCTION_EDIT -> "edit";
            };
        }
        if (u instanceof Understanding.FollowingUp f) {
            return followUp(f.followUp());
        }
        return u instanceof Understanding.Clarify ? "clarify" : "refuse";
    }

    private static String followUp(FollowUp f) {
        if (f instanceof FollowUp.Undo) {
            return "undo";
        }
        if (f instanceof FollowUp.Original) {
            return "original";
        }
        if (f instanceof FollowUp.ShowTurn s) {
            return switch (s.reference()) {
                case FIRST -> "show: first";
                case LAST -> "show: last";
                case PREVIOUS -> "show: previous";
                case NUMBERED -> "show: #" + s.number();
            };
        }
        if (f instanceof FollowUp.Rescale r) {
            return r.factor() > 1 ? "more" : "less";
        }
        if (f instanceof FollowUp.Again) {
            return "again";
        }
        if (f instanceof FollowUp.Reapply r) {
            return "reapply: #" + r.number();
        }
        if (f instanceof FollowUp.Variation v) {
            return v.style().isEmpty() ? "variation" : "variation; style: " + v.style();
        }
        if (f instanceof FollowUp.SetStyle s) {
            return "style: " + s.style();
        }
        return f instanceof FollowUp.KeepStyle ? "keepstyle" : "clearstyle";
    }

    private static String op(Adjustment a) {
        String name = a.kind().wireName();
        return a.kind().isSigned() && !name.equals("hue") ? name + (a.amount() > 0 ? "+" : "-") : name;
    }

    private static String sides(Extension e) {
        StringBuilder b = new StringBuilder();
        side(b, "left", e.left());
        side(b, "top", e.top());
        side(b, "right", e.right());
        side(b, "bottom", e.bottom());
        return b.toString();
    }

    private static void side(StringBuilder b, String name, Extension.Amount amount) {
        if (amount.value() > 0) {
            b.append(b.length() == 0 ? "" : ",").append(name).append('=')
                    .append(Math.round(amount.value())).append(amount.unit() == Extension.Unit.PX ? "px" : "%");
        }
    }

    /** An adjustment label with every signed change turned the other way ("adjust: brightness-" for "adjust: brightness+"). */
    static String reversed(String label) {
        if (!kind(label).equals("adjust")) {
            return label;
        }
        return "adjust: " + Arrays.stream(argument(label).split("\\s+"))
                .map(op -> op.endsWith("+") ? op.replaceFirst("\\+$", "-") : op.endsWith("-") ? op.replaceFirst("-$", "+") : op)
                .collect(Collectors.joining(" "));
    }

    /** The kind of a label: "adjust", "paint", "show", "undo", … */
    static String kind(String label) {
        String head = label.split("[:;]", 2)[0].strip();
        return head;
    }

    /** Whether {@code actual} (one label) satisfies {@code expected} (one alternative), the canvas's size unknown. */
    static boolean matches(String expected, String actual) {
        return matches(expected, actual, 0, 0);
    }

    /**
     * Whether {@code actual} (one label) satisfies {@code expected} (one alternative) on a {@code width} × {@code height}
     * canvas (0 × 0: unknown), which an extension labelled by the shape it makes ("extend: left,right=16:9") needs.
     */
    static boolean matches(String expected, String actual, int width, int height) {
        String kind = kind(expected);
        if (!kind.equals(kind(actual))) {
            return false;
        }
        String e = argument(expected);
        String a = argument(actual);
        return switch (kind) {
            case "adjust" -> sameSet(e, a);
            case "extend" -> extensionMatches(e, a, width, height);
            case "paint", "generate" -> wordsAgree(e.split("; without:")[0], a.split("; without:")[0]);
            case "style" -> wordsAgree(e, a);
            case "variation" -> wordsAgree(e, a);
            // the first result is #1 (the conversation's first change still done)
            case "show" -> e.equals(a) || Set.of(e, a).equals(Set.of("first", "#1"));
            case "reapply" -> e.equals(a);
            default -> true;
        };
    }

    private static String argument(String label) {
        int colon = label.indexOf(':');
        int semicolon = label.indexOf(';');
        if (label.startsWith("variation")) {
            return semicolon < 0 ? "" : label.substring(label.indexOf(':', semicolon) + 1).strip();
        }
        return colon < 0 ? "" : label.substring(colon + 1).strip();
    }

    /**
     * The photo fixes that refine a coarse adjustment the same way: lifting the shadows or the
     * exposure brightens, recovering the highlights or deepening the shadows darkens. Sets labelled before the photo fixes
     * existed could only write the coarse one; a refinement the same way counts as it.
     */
    private static final java.util.Map<String, String> REFINES = java.util.Map.of("exposure+", "brightness+",
            "shadows+", "brightness+", "highlights+", "brightness+", "exposure-", "brightness-", "highlights-", "brightness-",
            "shadows-", "brightness-");

    private static boolean sameSet(String e, String a) {
        Set<String> expected = new HashSet<>(Arrays.asList(e.split("[\\s,]+")));
        Set<String> actual = new HashSet<>();
        for (String op : a.split("[\\s,]+")) {
            String coarse = REFINES.get(op);
            actual.add(!expected.contains(op) && coarse != null && expected.contains(coarse) ? coarse : op);
        }
        return expected.equals(actual);
    }

    /**
     * The same sides; an amount in the label must match the plan's (px exactly, percent to the unit). An amount written as
     * an aspect ratio ("left,right=16:9"; "16:9" alone leaves the sides open) is the shape the grown canvas must have,
     * within 2 %, where the canvas's size is known.
     */
    private static boolean extensionMatches(String expected, String actual, int width, int height) {
        List<String> e = Arrays.stream(expected.split(",")).map(String::strip).toList();
        List<String> a = Arrays.stream(actual.split(",")).map(String::strip).toList();
        Set<String> eSides = e.stream().map(s -> s.split("=")[0]).filter(s -> !isRatio(s)).collect(Collectors.toSet());
        Set<String> aSides = a.stream().map(s -> s.split("=")[0]).collect(Collectors.toSet());
        if (!eSides.isEmpty() && !eSides.equals(aSides)) {
            return false;
        }
        for (String side : e) {
            String amount = side.contains("=") ? side.substring(side.indexOf('=') + 1) : side;
            if (isRatio(amount)) {
                if (width > 0 && height > 0 && !hasShape(a, amount, width, height)) {
                    return false;
                }
            } else if (side.contains("=") && !a.contains(side)) {
                return false;
            }
        }
        return !eSides.isEmpty() || e.stream().anyMatch(UnderstandingLabels::isRatio);
    }

    private static boolean isRatio(String s) {
        return s.matches("\\d+(\\.\\d+)?:\\d+(\\.\\d+)?");
    }

    /** Whether the sides {@code grown} ("left=420px", "top=13%") make a {@code width} × {@code height} canvas {@code ratio}. */
    private static boolean hasShape(List<String> grown, String ratio, int width, int height) {
        double w = width;
        double h = height;
        for (String side : grown) {
            String[] nameAndAmount = side.split("=");
            if (nameAndAmount.length != 2) {
                return false;
            }
            String name = nameAndAmount[0];
            String amount = nameAndAmount[1];
            boolean across = name.equals("left") || name.equals("right");
            double value = Double.parseDouble(amount.replaceAll("(px|%)$", ""));
            double pixels = amount.endsWith("%") ? value / 100 * (across ? width : height) : value;
            if (across) {
                w += pixels;
            } else {
                h += pixels;
            }
        }
        String[] parts = ratio.split(":");
        double wanted = Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
        return Math.abs(w / h - wanted) <= 0.02 * wanted;
    }

    /** Word sets (without articles and punctuation) overlapping by at least three quarters. */
    static boolean wordsAgree(String expected, String actual) {
        Set<String> e = words(expected);
        Set<String> a = words(actual);
        if (e.isEmpty() || a.isEmpty()) {
            return e.equals(a);
        }
        Set<String> union = new HashSet<>(e);
        union.addAll(a);
        Set<String> both = new HashSet<>(e);
        both.retainAll(a);
        return both.size() >= 0.75 * union.size();
    }

    /**
     * Words that only ask, point at the selection or speak of the people talking ("could", "please", "here",
     * "selected", "my"): a model given them paints nothing more, so a prompt that keeps one is worse whatever
     * else the writer of its label chose to keep or drop.
     */
    private static final Set<String> ASKING_OR_POINTING = Set.of("i", "i'd", "i'm", "i've", "me", "my", "we", "our", "us",
            "you", "your", "u", "could", "would", "can", "should", "please", "pls", "want", "need", "selected", "selection",
            "here", "marked");

    /**
     * The asking or pointing words a content prompt or style name kept that none of the meant labels has ("paint: a red
     * car i want" → [i, want]); empty for any other kind of label.
     */
    static List<String> leakedWords(List<String> expected, String actual) {
        String kind = actual.startsWith("variation") ? "variation; style" : actual.split(":")[0];
        if (!Set.of("paint", "generate", "style", "variation; style").contains(kind) || !actual.contains(":")) {
            return List.of();
        }
        Set<String> meant = expected.stream().flatMap(e -> words(e).stream()).collect(Collectors.toSet());
        return words(argument(actual.split(";\\s*without:")[0])).stream()
                .filter(w -> ASKING_OR_POINTING.contains(w) && !meant.contains(w)).sorted().toList();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replace("colour", "color").replace("grey", "gray")
                        .split("[^a-z0-9']+"))
                .filter(w -> !w.isEmpty() && !ARTICLES.contains(w)).collect(Collectors.toSet());
    }
}
