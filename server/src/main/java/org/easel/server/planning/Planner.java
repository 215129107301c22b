package org.easel.server.planning;

/**
 * Turns one instruction into a plan. The rule-based {@link InstructionInterpreter} (the lexicon) is
 * one; an LLM planner is another, consulted by {@link InstructionReader} after its exact rules and
 * before its semantic reading, which answers whenever the planner does not.
 */
public interface Planner {

    /** The plan for {@code instruction}, or an exception whose message tells the user what Easel can do. */
    Plan interpret(String instruction) throws UnsupportedInstructionException;

    /**
     * The plan for {@code instruction} read in its {@code context} (the selection, the layer, the
     * conversation's recent turns, the style, the installed models). Planners that read only the
     * words ignore it.
     */
    default Plan interpret(String instruction, InstructionContext context) throws UnsupportedInstructionException {
        return interpret(instruction);
    }
}
