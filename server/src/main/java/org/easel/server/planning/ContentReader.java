package org.easel.server.planning;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what content an instruction asks for: the words a model should be given, without the
 * asking ("could you put … ", "I need a picture of …"), without the words that only point at the
 * selection ("right here", "in this spot") and with what to leave out split off ("…, without
 * people"). Also tells how it was asked: placing something in the picture ("add", "put") edits
 * the picture, while a bare description asks for a new one.
 */
final class ContentReader {

    /**
     * @param prompt   the content, e.g. "a blue kite"; empty when nothing is left
     * @param negative what to leave out, e.g. "people"; empty for nothing
     * @param placing  asked as placing something into the picture ("add …", "put … in the sky")
     * @param newImage asked for as a new picture ("generate …", "draw me …", "a picture of …")
     * @param drawing  asked with a drawing verb ("paint a fox"): a new picture, or into the selection
     * @param replacing asked as replacing or turning something into something else
     */
    record Content(String prompt, String negative, boolean placing, boolean newImage, boolean drawing,
                   boolean replacing) {
    }

    private static final Pattern NEW_IMAGE = Pattern.compile("^(?:(?:please )?(?:generate|create|render|imagine|"
            + "produce|design|illustrate|visuali[sz]e|paint|draw|sketch|make|give|show|get|do)(?: me| us)?(?: up)?"
            + "(?: (?:a|an|one|some))? (?:new |fresh |quick )?(?:picture|image|pic|photo|photograph|render|rendering|"
            + "illustration|artwork|art|scene|wallpaper|poster|graphic|shot|snapshot)s? (?:of|with|showing|"
            + "depicting|for|about|where)\\s+"
            + "|(?:a |an |one |some )?(?:new |fresh )?(?:picture|image|pic|photo|photograph|render|illustration|"
            + "artwork|scene|wallpaper|shot)s? (?:of|with|showing|depicting|where)\\s+"
            + "|(?:poster|prompt|idea|concept|scene|subject|image|picture|wallpaper)(?: idea)?\\s*[:\\-–—]\\s*"
            + "|(?:generate|create|render|imagine|produce|design|illustrate|visuali[sz]e)(?: me| us)?\\s+"
            + "|(?:find|get|fetch|show|give|bring) (?:me|us)\\s+"
            + "|(?:paint|draw|sketch|make|whip up|cook up|conjure(?: up)?|dream up)(?: me| us)\\s+)");
    /** "paint a fox in the snow": a drawing verb, which asks for a new picture unless something is selected. */
    private static final Pattern DRAWING = Pattern.compile("^(?:paint|draw|sketch|illustrate|doodle)\\s+");
    private static final Pattern PLACING = Pattern.compile("^(?:add(?: in)?|put|insert|place|pop|stick|drop|throw"
            + "(?: in)?|plop|include|slap|plant|sneak|give (?:him|her|them|the \\w+)|"
            + "let there be|i want to see|there should be|we need|needs?|could use|sprinkle|scatter)\\s+(?:in\\s+)?");
    /** "fill this spot with daisies", "cover the wall with ivy". */
    private static final Pattern FILLING = Pattern.compile("^(?:fill|cover|pack|populate|paint over|cover up)"
            + "(?: in)?(?: (?:it|this|that|the|this|here|up))?(?: [a-z]+){0,3}? with\\s+");
    /** "replace this with a cat", "swap the lamp for a plant", "turn the cat into a tiger". */
    private static final Pattern REPLACING = Pattern.compile("^(?:replace|swap(?: out)?|exchange|switch(?: out)?|"
            + "substitute|turn|transform|change|convert|morph|make)(?: (?:it|this|that|this bit|this part|this area|"
            + "this spot|the selection|the selected (?:area|part|bit)|what's (?:selected|here)|(?:the|this|that|his|her|"
            + "their) [a-z' ]{1,30}?))? (?:with|for|into|in to|to|to be|by)\\s+(?:a new |another )?");
    /** "turn it into a painting", "make the image a watercolour": the whole picture changes, nothing is replaced. */
    private static final Pattern WHOLE_PICTURE = Pattern.compile("^(?:turn|transform|change|convert|make|morph) "
            + "(?:it|everything|the whole (?:thing|image|picture|scene)|the (?:image|picture|photo|scene|painting|"
            + "artwork|drawing)|this (?:image|picture|photo|scene))\\b");
    /** Words that only point at where the selection is, anywhere in the prompt. */
    private static final Pattern POINTING = Pattern.compile("\\s*(?:\\b(?:right |just |up |down |over |in )?"
            + "(?:here|there)\\b|\\b(?:in|into|on|onto|at|inside|within|to|over) (?:this|that|the|my) (?:spot|area|"
            + "selection|selected (?:area|part|bit|region)|region|part|bit|space|place|gap|hole|empty (?:bit|area|"
            + "part|space|spot)|marked (?:area|bit|part))\\b|\\bwhere (?:i|i've) (?:selected|marked|circled)\\b|"
            + "\\b(?:where|in) the selection(?: is)?\\b|\\bthe selected (?:area|part|bit|region)\\b|\\bfor me\\b|"
            + "\\bif you can\\b|\\bif possible\\b)");
    private static final Pattern NEGATIVE = Pattern.compile("^(.+?)[,;]?\\s+(?:without|but without|but no|"
            + "and no|with no|but not|minus|no)\\s+(?:any\\s+)?(.+)$");
    private static final Pattern TRAILING = Pattern.compile("[\\s,;:.!?\\-]+$");
    private static final Pattern LEADING = Pattern.compile("^(?:of|with|some more|more|just|also|another|in)\\s+");

    private ContentReader() {
    }

    static Content read(String instruction) {
        String text = Phrasing.core(instruction);
        boolean newImage = false;
        boolean placing = false;
        boolean replacing = false;
        boolean drawing = false;
        Matcher m;
        if ((m = NEW_IMAGE.matcher(text)).lookingAt()) {
            newImage = true;
            text = text.substring(m.end());
        } else if ((m = FILLING.matcher(text)).lookingAt()) {
            placing = true;
            text = text.substring(m.end());
        } else if ((m = REPLACING.matcher(text)).lookingAt() && !WHOLE_PICTURE.matcher(text).lookingAt()) {
            replacing = true;
            text = text.substring(m.end());
        } else if ((m = DRAWING.matcher(text)).lookingAt()) {
            drawing = true;
            text = text.substring(m.end());
        } else if ((m = PLACING.matcher(text)).lookingAt()) {
            placing = true;
            text = text.substring(m.end());
        }
        String negative = "";
        if ((m = NEGATIVE.matcher(text)).matches() && !m.group(2).isBlank()) {
            text = m.group(1);
            negative = tidy(m.group(2));
        }
        text = POINTING.matcher(text).replaceAll(" ").replaceAll("\\s+", " ");
        text = tidy(text);
        text = LEADING.matcher(text).replaceFirst("");
        return new Content(tidy(text), negative, placing, newImage, drawing, replacing);
    }

    private static String tidy(String text) {
        String tidied = TRAILING.matcher(text.strip()).replaceAll("");
        return tidied.replaceAll("^[\\s,;:]+", "").strip();
    }
}
