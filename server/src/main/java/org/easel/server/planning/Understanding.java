package org.easel.server.planning;

import java.util.List;
import java.util.Objects;

/**
 * What one instruction means before the conversation's memory is consulted: a follow-up to
 * resolve against earlier turns, a plan an installed engine can run, a request for new content
 * (which needs a model), a question back when readings are close, or nothing Easel can do (with
 * the message that says what it can). {@link InstructionReader} makes them.
 */
public sealed interface Understanding {

    record FollowingUp(FollowUp followUp) implements Understanding {
    }

    record Planned(Plan plan) implements Understanding {
    }

    /**
     * New content, which a diffusion model makes.
     *
     * @param prompt   what to make ("a blue kite"); for an instruction edit, the instruction itself
     * @param negative what it should not show; empty for nothing in particular
     */
    record NeedsModel(SynthesisRequest.Capability capability, String prompt, String negative) implements Understanding {
        public NeedsModel {
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(negative, "negative");
        }
    }

    record Refused(String message) implements Understanding {
        /** Nothing Easel can do: the message quotes the instruction and says what it can do. */
        static Refused cannotDo(String instruction) {
            return new Refused(new UnsupportedInstructionException(instruction).getMessage());
        }
    }

    /**
     * Two or more readings are close: ask. Each reading is a complete instruction that means
     * exactly that reading when sent back.
     */
    record Clarify(String question, List<String> readings) implements Understanding {
        public Clarify {
            readings = List.copyOf(readings);
        }
    }
}
