package org.easel.server.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.server.engines.classical.CanvasOperation;
import org.easel.server.engines.classical.Extension;

/**
 * A strip cut off a side of the canvas: "cut 200px off the top", "crop the bottom 10%", "trim the left third", "chop 20%
 * off the bottom and 10% off the top", "cut off the messy bit at the bottom". Asked as an order that starts with the
 * cutting, of a side or a part named only by where it is; "the top is cut off" is a story of a picture cut too short
 * (which an extension mends), and "cut out the man on the left" names a thing, not a side. Without an amount Easel asks
 * how much, offering amounts (and the selection, when there is one) rather than guessing a strip.
 */
final class SideCutReader {
    private static final String CUTTING = "(?:crop|cut|trim|chop|shave|lop|slice|snip|take)";
    private static final String THE_PICTURE = "(?:it|this|the (?:whole )?(?:image|picture|photo|photograph|canvas|pic|shot|scan|page))";
    /** "200px", "10 %", "15 percent", "300 pixels", "50" (a unit left unsaid). */
    private static final String AMOUNT = "(\\d{1,4}(?:\\.\\d+)?) ?(px|pixels?|%|percent|per cent)?";
    /** A side, two sides, or the sides said together. */
    private static final String SIDES = "(top and bottom|bottom and top|left and right|right and left|both sides|(?:the )?sides|"
            + "(?:left|right|top|bottom)(?:,? (?:and|&) (?:the )?(?:left|right|top|bottom))?|edges|all (?:four )?(?:sides|edges)|each (?:side|edge)|every (?:side|edge))";
    /** What the part cut off is called, when it is called by no more than where it is. */
    private static final String A_PART = "(?:bit|part|portion|strip|area|section|edge|end|piece|stuff|space|chunk|slice|band|margin)";
    private static final String ITS_LOOK = "(?:(?:extra|excess|empty|messy|ugly|unwanted|useless|dead|boring|little|small|thin|tiny|"
            + "blank|white|black|dark|blurry|wonky|annoying) )*";
    /** "the bottom half", "the left third": the amount said as a share of the side. */
    private static final String SHARE = "(?: (half|third|quarter|fifth|tenth))?";

    /**
     * The cut asked for: group 1/2 an amount before the side, 3 the side named first (with 4 its share), 5 the side named
     * after a part ("the messy bit at the bottom"), 6/7 an amount after the side.
     */
    private static final Pattern SIDE_CUT = Pattern.compile("^" + CUTTING + "(?: " + THE_PICTURE + ")?(?: (?:off|away|down|out))?"
            + "(?: (?:by )?" + AMOUNT + ")?(?: (?:off|from|away)(?: of)?)?(?: (?:the|that|this))? " + ITS_LOOK
            + "(?:" + SIDES + "(?: side| sides| edge| edges| end|" + SHARE + ")?(?: " + A_PART + ")?"
            + "|" + A_PART + " (?:at|on|along|of|from|off|to) (?:the )?" + SIDES + "(?: side| edge| end)?)"
            + "(?: (?:of|off|from) " + THE_PICTURE + ")?(?: (?:by )?" + AMOUNT + "(?: each)?)?"
            + "(?![a-z0-9])(?<rest>.*)$");
    /** Words after the cut that grow the canvas or name a thing, which no side cut is: "… and extend the top". */
    private static final Pattern NOT_A_CUT_AFTER = Pattern.compile("\\b(?:extend|add|grow|wider|taller|bigger|more|outpaint|continue|"
            + "fill|paint|zoom)\\b");
    /** "trim 50px off the top and 20px off the bottom": each side its own amount. */
    private static final Pattern EACH_ITS_AMOUNT = Pattern.compile("\\b" + AMOUNT.replace("(\\d", "(\\d") + " (?:off|from) (?:the )?"
            + "(left|right|top|bottom)\\b");

    /**
     * "crop out my feet at the bottom", "crop out the ugly car at the left edge": a thing cropped away where it sits,
     * which is a strip of that side (how much is asked, as for any side named without an amount).
     */
    private static final Pattern CROPPED_OUT_AT_A_SIDE = Pattern.compile("^(?:crop|trim)(?: it| this)? (?:out|off|away) "
            + "(?:the |my |his |her |their |that |this |a |an |those |these )?(?:[a-z'-]+ ){0,4}?(?:at|on|along|from|near|in) "
            + "the (left|right|top|bottom)(?: edge| side| corner| end| of (?:the )?(?:frame|picture|photo|image|shot))?$");

    private SideCutReader() {
    }

    static Optional<Understanding> read(String core, InstructionContext context) {
        Matcher croppedOut = CROPPED_OUT_AT_A_SIDE.matcher(core);
        if (croppedOut.matches()) {
            return Optional.of(howMuch(List.of(croppedOut.group(1)), context));
        }
        Matcher m = SIDE_CUT.matcher(core);
        if (!m.matches() || NOT_A_CUT_AFTER.matcher(m.group("rest")).find()) {
            return Optional.empty();
        }
        Optional<Understanding> each = eachItsAmount(core);
        if (each.isPresent()) {
            return each;
        }
        String side = m.group(3) != null ? m.group(3) : m.group(5);
        List<String> sides = sides(side);
        String number = m.group(1) != null ? m.group(1) : m.group(6);
        String unit = m.group(1) != null ? m.group(2) : m.group(7);
        if (m.group(4) != null) {
            return Optional.of(cut(sides, Extension.Amount.percent(share(m.group(4)))));   // "the bottom half"
        }
        if (number == null) {
            // "trim the edges": a plain border, or the selection kept, as the crop readings ask
            return sides.size() == 4 ? Optional.empty() : Optional.of(howMuch(sides, context));
        }
        double value = Double.parseDouble(number);
        if (value <= 0) {
            return Optional.empty();
        }
        if (unit == null && value <= 100) {
            // "trim 50 off the top": pixels or percent? Both are asked for as often, so ask.
            String where = where(sides);
            return Optional.of(new Understanding.Clarify("Cut " + number + " pixels or " + number + "% off " + where + "?",
                    List.of("cut " + number + " px off " + where, "cut " + number + "% off " + where)));
        }
        boolean percent = unit != null && (unit.startsWith("%") || unit.startsWith("per"));
        if (percent && value >= 100) {
            return Optional.empty();
        }
        return Optional.of(cut(sides, percent ? Extension.Amount.percent(value) : Extension.Amount.px((int) value)));
    }

    private static Optional<Understanding> eachItsAmount(String core) {
        Matcher m = EACH_ITS_AMOUNT.matcher(core);
        Map<String, Extension.Amount> amounts = new LinkedHashMap<>();
        while (m.find()) {
            double value = Double.parseDouble(m.group(1));
            boolean percent = m.group(2) != null && (m.group(2).startsWith("%") || m.group(2).startsWith("per"));
            if (m.group(2) == null && value <= 100 || value <= 0 || percent && value >= 100 || amounts.containsKey(m.group(3))) {
                return Optional.empty();
            }
            amounts.put(m.group(3), percent ? Extension.Amount.percent(value) : Extension.Amount.px((int) value));
        }
        if (amounts.size() < 2) {
            return Optional.empty();
        }
        Extension cut = new Extension(amounts.getOrDefault("left", Extension.Amount.NONE), amounts.getOrDefault("top",
                Extension.Amount.NONE), amounts.getOrDefault("right", Extension.Amount.NONE), amounts.getOrDefault("bottom",
                Extension.Amount.NONE));
        return Optional.of(planned(cut));
    }

    /** How much to cut, offered: a tenth or a quarter of the side, or the selection when one is there. */
    private static Understanding howMuch(List<String> sides, InstructionContext context) {
        String where = where(sides);
        List<String> readings = new ArrayList<>(List.of("cut 10% off " + where, "cut 25% off " + where));
        if (context.hasSelection()) {
            readings.add("crop to the selection");
        }
        return new Understanding.Clarify("How much should be cut off " + where + "?", readings);
    }

    private static Understanding cut(List<String> sides, Extension.Amount amount) {
        Extension.Amount none = Extension.Amount.NONE;
        return planned(new Extension(sides.contains("left") ? amount : none, sides.contains("top") ? amount : none,
                sides.contains("right") ? amount : none, sides.contains("bottom") ? amount : none));
    }

    private static Understanding planned(Extension cut) {
        String what = cut.describe().replace(" on the ", " off the ").replace(" at the ", " off the ");
        return CanvasOperationReader.planned("Cut " + what + " of the canvas", "Cut " + what + ".", new CanvasOperation.CutSides(cut))
                .orElseThrow();
    }

    /** The sides a side phrase names: "top and bottom", "the sides" (left and right), "edges" (all four). */
    private static List<String> sides(String said) {
        String side = said.toLowerCase(Locale.ROOT);
        if (side.matches("(?:the )?sides|both sides")) {
            return List.of("left", "right");
        }
        if (side.matches("edges|all (?:four )?(?:sides|edges)|each (?:side|edge)|every (?:side|edge)")) {
            return List.of("left", "top", "right", "bottom");
        }
        List<String> named = new ArrayList<>();
        for (String one : List.of("left", "top", "right", "bottom")) {
            if (side.contains(one)) {
                named.add(one);
            }
        }
        return named;
    }

    private static String where(List<String> sides) {
        if (sides.size() == 4) {
            return "each side";
        }
        return "the " + String.join(" and ", sides);
    }

    private static double share(String word) {
        return switch (word) {
            case "half" -> 50;
            case "third" -> 100 / 3.0;
            case "quarter" -> 25;
            case "fifth" -> 20;
            default -> 10;
        };
    }
}
