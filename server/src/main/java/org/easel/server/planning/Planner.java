package org.easel.server.planning;

/**
 * Turns one instruction into a plan. The rule-based {@link InstructionInterpreter} is the default;
 * other planners (an LLM, say) sit behind the same interface and fall back to it.
 */
public interface Planner {

    /** The plan for {@code instruction}, or an exception whose message tells the user what Easel can do. */
    Plan interpret(String instruction) throws UnsupportedInstructionException;
}
