package org.easel.server.engines.classical;

import java.util.Objects;

/**
 * One adjustment with its strength. For the signed kinds (brightness, contrast, saturation,
 * warmth) {@code amount} is in [-1, 1], positive meaning brighter / more contrast / more
 * saturated / warmer; about 0.1 is "a bit", 0.25 normal, 0.5 "much". For grayscale and invert it
 * is in (0, 1], 1 being the full effect.
 */
public record Adjustment(AdjustmentKind kind, double amount) {

    public Adjustment {
        Objects.requireNonNull(kind, "kind");
        if (kind.isSigned()) {
            if (!(amount >= -1 && amount <= 1)) {
                throw new IllegalArgumentException(kind.wireName() + " amount must be in [-1, 1], got " + amount);
            }
        } else if (!(amount > 0 && amount <= 1)) {
            throw new IllegalArgumentException(kind.wireName() + " amount must be in (0, 1], got " + amount);
        }
    }

    /** The full-strength form of a one-way adjustment such as grayscale or invert. */
    public static Adjustment full(AdjustmentKind kind) {
        return new Adjustment(kind, 1.0);
    }
}
