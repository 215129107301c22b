package org.easel.server.gateway;

/**
 * A progress report as a script reads it: {@code step} of {@code steps} within {@code stage}
 * (a later stage may start again at 0, as in the protocol's {@code progress}).
 */
public record ScriptProgress(String stage, int step, int steps) {

    /** step / steps, 0 before the engine reported any steps. */
    public double fraction() {
        return steps == 0 ? 0 : (double) step / steps;
    }
}
