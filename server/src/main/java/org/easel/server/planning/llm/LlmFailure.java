package org.easel.server.planning.llm;

/**
 * Why the LLM's answer could not be used as a plan. The message completes "the LLM planner
 * failed: ..." in the daemon log; it is never shown to the artist.
 */
final class LlmFailure extends Exception {

    LlmFailure(String message) {
        super(message);
    }

    LlmFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
