package org.easel.server.planning;

/** A follow-up in words a person can check, for the readings Easel offers when it asks. */
public final class FollowUpWording {

    private FollowUpWording() {
    }

    public static String describe(FollowUp followUp) {
        if (followUp instanceof FollowUp.Undo) {
            return "Undo the last change";
        }
        if (followUp instanceof FollowUp.Original) {
            return "Go back to the original";
        }
        if (followUp instanceof FollowUp.ShowTurn show) {
            return switch (show.reference()) {
                case FIRST -> "Show the first result again";
                case LAST -> "Show the last result again";
                case PREVIOUS -> "Show the result before the last one again";
                case NUMBERED -> "Show result #" + show.number() + " again";
            };
        }
        if (followUp instanceof FollowUp.Rescale rescale) {
            return (rescale.factor() > 1 ? "Redo the last change stronger (" : "Redo the last change weaker (")
                    + Math.round(rescale.factor() * 100) + "% of its strength)";
        }
        if (followUp instanceof FollowUp.Again) {
            return "Apply the last change once more";
        }
        if (followUp instanceof FollowUp.Reapply reapply) {
            return "Apply turn " + reapply.number() + "'s change to this image";
        }
        if (followUp instanceof FollowUp.Variation) {
            return "Make another version of the last generated content, with a new seed";
        }
        if (followUp instanceof FollowUp.SetStyle set) {
            return "Use the " + set.style() + " style from now on";
        }
        if (followUp instanceof FollowUp.KeepStyle) {
            return "Keep the style in force";
        }
        return "No style from now on";
    }
}
