package org.easel.server.planning;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a style instruction for what it does to the conversation's style: set one ("from now on
 * do everything in ink style" → "ink"), keep the one in force ("stick with this look"), or clear it
 * ("quit using that style"). The style's name is what is left once the words about persistence
 * and asking are gone, so "keep a charcoal look for the rest" sets "charcoal".
 */
final class StyleReader {

    private static final Pattern CLEAR = Pattern.compile("\\b(?:stop|quit|cease|no more|no longer|don't use|"
            + "do not use|dont use|drop|forget|ditch|lose|clear|reset|remove|get rid of|turn off|switch off|"
            + "enough (?:of|with)|without (?:a|any|the) style|no style|plain again|normal again|back to normal|"
            + "back to no|back to (?:the )?default|done with|over with|undo the style)\\b");
    private static final Pattern KEEP = Pattern.compile("\\b(?:keep|stick (?:with|to)|stay (?:with|in)|continue|"
            + "carry on|same (?:style|look))\\b");
    /** Words about persistence, asking, and the word "style" itself: none of them is the style. */
    private static final Pattern NOT_THE_NAME = Pattern.compile("\\b(?:from now on|from here on(?: out)?|"
            + "going forward|for the rest(?: of (?:the|this) (?:session|conversation|document|image|project))?|"
            + "from this point(?: on)?|for (?:everything|all|now on|all of (?:them|it)|the next (?:ones|images|few)|"
            + "future (?:ones|images|edits|stuff)|every(?:thing| image| edit| one))(?: (?:else|after this|that follows))?|"
            + "always|everything|all|every(?: image| edit)?|future|later|next|subsequent|following|"
            + "do|make|render|paint|draw|create|generate|keep|stick (?:with|to)|stay (?:with|in)|continue|carry on|"
            + "use|using|apply|go|set|switch(?: to)?|change(?: to)?|want|like|please|let's|lets|i'd|i|we|you|it|"
            + "them|those|these|stuff|things|images|pictures|ones|edits|results|"
            + "in|as|with|to|on|a|an|the|this|that|of|for|be|is|are|should|would|could|can|will|"
            + "style|styled|styles|look|looks|looking|aesthetic|vibe|vibes|mode|manner|fashion|theme|feel|flavou?r|"
            + "treatment|approach|ok|okay|now|then|and|thanks)\\b");

    /** What the instruction does to the style. */
    sealed interface Change {
    }

    record Set(String style) implements Change {
    }

    record Keep() implements Change {
    }

    record Clear() implements Change {
    }

    private StyleReader() {
    }

    static Optional<Change> read(String instruction) {
        String text = Phrasing.core(instruction).replace("-", " - ").replace(",", " ");
        if (CLEAR.matcher(text).find()) {
            return Optional.of(new Clear());
        }
        String name = NOT_THE_NAME.matcher(text).replaceAll(" ").replaceAll("[^a-z0-9 '&-]", " ")
                .replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", " ").strip().replaceAll("^-|-$", "");
        if (!name.isEmpty()) {
            return Optional.of(new Set(name.replace("colour", "color").replace("water color", "watercolor")));
        }
        return KEEP.matcher(text).find() ? Optional.of(new Keep()) : Optional.empty();
    }
}
