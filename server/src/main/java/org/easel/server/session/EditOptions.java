package org.easel.server.session;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The optional knobs of an edit. Engines use what applies to them; the tonal engine only uses
 * the feather. {@code featherPx} is the soft edge the person asked for (the {@code feather}
 * option, or "with a soft edge" in the instruction), 0 when none. Recorded with each turn so a result can be reproduced.
 *
 * @param negativePrompt what generated content should not show (besides what the instruction's
 *                       "without …" says)
 */
public record EditOptions(OptionalLong seed, OptionalDouble strength, OptionalInt steps,
                          Optional<String> engine, Optional<String> model, int featherPx,
                          Optional<String> negativePrompt) {

    /** Options without a negative prompt. */
    public EditOptions(OptionalLong seed, OptionalDouble strength, OptionalInt steps, Optional<String> engine,
                       Optional<String> model, int featherPx) {
        this(seed, strength, steps, engine, model, featherPx, Optional.empty());
    }

    /**
     * No feather unless asked for: adjustments follow the host's selection coverage exactly.
     * Created pixels get at least {@link org.easel.server.imaging.CreatedPixelsEdge}'s soft edge.
     */
    public static final int DEFAULT_FEATHER_PX = 0;
    public static final int MAX_FEATHER_PX = 64;

    /** These options with {@code featherPx} of feather instead. */
    public EditOptions withFeatherPx(int px) {
        return new EditOptions(seed, strength, steps, engine, model, px, negativePrompt);
    }

    public static final EditOptions DEFAULTS = new EditOptions(OptionalLong.empty(), OptionalDouble.empty(),
            OptionalInt.empty(), Optional.empty(), Optional.empty(), DEFAULT_FEATHER_PX);
}
