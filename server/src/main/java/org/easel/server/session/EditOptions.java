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
 * @param variations     how many versions of generated content to make in one job
 *                       ({@link #MIN_VARIATIONS}…{@link #MAX_VARIATIONS}); each becomes its own turn
 */
public record EditOptions(OptionalLong seed, OptionalDouble strength, OptionalInt steps,
                          Optional<String> engine, Optional<String> model, int featherPx,
                          Optional<String> negativePrompt, int variations) {

    /**
     * No feather unless asked for: adjustments follow the host's selection coverage exactly.
     * Created pixels get at least {@link org.easel.server.imaging.CreatedPixelsEdge}'s soft edge.
     */
    public static final int DEFAULT_FEATHER_PX = 0;
    public static final int MAX_FEATHER_PX = 64;
    public static final int MIN_VARIATIONS = 1;
    /** A handful to choose from; more would multiply the job's time and memory for little gain. */
    public static final int MAX_VARIATIONS = 4;

    public EditOptions {
        if (variations < MIN_VARIATIONS || variations > MAX_VARIATIONS) {
            throw new IllegalArgumentException(variationsProblem(variations));
        }
    }

    /** Options for one result. */
    public EditOptions(OptionalLong seed, OptionalDouble strength, OptionalInt steps, Optional<String> engine,
                       Optional<String> model, int featherPx, Optional<String> negativePrompt) {
        this(seed, strength, steps, engine, model, featherPx, negativePrompt, MIN_VARIATIONS);
    }

    /** Options for one result, without a negative prompt. */
    public EditOptions(OptionalLong seed, OptionalDouble strength, OptionalInt steps, Optional<String> engine,
                       Optional<String> model, int featherPx) {
        this(seed, strength, steps, engine, model, featherPx, Optional.empty());
    }

    /** These options with {@code featherPx} of feather instead. */
    public EditOptions withFeatherPx(int px) {
        return new EditOptions(seed, strength, steps, engine, model, px, negativePrompt, variations);
    }

    public static final EditOptions DEFAULTS = new EditOptions(OptionalLong.empty(), OptionalDouble.empty(),
            OptionalInt.empty(), Optional.empty(), Optional.empty(), DEFAULT_FEATHER_PX);

    /** The same options asking for {@code count} versions. */
    public EditOptions withVariations(int count) {
        return new EditOptions(seed, strength, steps, engine, model, featherPx, negativePrompt, count);
    }

    /** The same options with {@code seed} (one version's own seed), for one result. */
    public EditOptions withSeed(OptionalLong newSeed) {
        return new EditOptions(newSeed, strength, steps, engine, model, featherPx, negativePrompt, MIN_VARIATIONS);
    }

    /** What is wrong with a count of variations, worded for the person who asked. */
    public static String variationsProblem(long count) {
        return "Easel makes " + MIN_VARIATIONS + " to " + MAX_VARIATIONS + " variations at once, not " + count
                + "; ask for " + MAX_VARIATIONS + " or fewer";
    }
}
