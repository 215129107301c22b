package org.easel.server.planning;

/** How strongly the user asked for an adjustment ("a bit", nothing, "a lot"). */
enum Intensity {
    SMALL(0.125, "a bit", "slightly"),
    NORMAL(0.25, "", ""),
    LARGE(0.5, "much", "a lot");

    private final double amount;
    private final String beforeAdjective;
    private final String afterVerb;

    Intensity(double amount, String beforeAdjective, String afterVerb) {
        this.amount = amount;
        this.beforeAdjective = beforeAdjective;
        this.afterVerb = afterVerb;
    }

    /** The magnitude of a signed adjustment's amount. */
    double amount() {
        return amount;
    }

    /** How it reads in front of an adjective: "a bit" brighter; empty for normal. */
    String beforeAdjective() {
        return beforeAdjective;
    }

    /** How it reads after a verb phrase: increase the contrast "a lot"; empty for normal. */
    String afterVerb() {
        return afterVerb;
    }
}
