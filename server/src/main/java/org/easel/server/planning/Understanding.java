package org.easel.server.planning;

import java.util.Optional;

/**
 * What one instruction means before the conversation is consulted: a follow-up to resolve
 * against earlier turns, a plan an installed engine can run, a request that needs a model, or
 * nothing Easel can do (with the message that says what it can).
 */
public sealed interface Understanding {

    record FollowingUp(FollowUp followUp) implements Understanding {
    }

    record Planned(Plan plan) implements Understanding {
    }

    record NeedsModel(SynthesisRequest.Capability capability) implements Understanding {
    }

    record Refused(String message) implements Understanding {
    }

    /** Reads an instruction: follow-ups first (whole-phrase matches), then the planner, then model needs. */
    final class Reader {
        private final FollowUpParser followUps = new FollowUpParser();
        private final Planner planner;

        public Reader(Planner planner) {
            this.planner = planner;
        }

        public Understanding read(String instruction) {
            Optional<FollowUp> followUp = followUps.parse(instruction);
            if (followUp.isPresent()) {
                return new FollowingUp(followUp.get());
            }
            try {
                return new Planned(planner.interpret(instruction));
            } catch (UnsupportedInstructionException e) {
                return SynthesisRequest.detect(instruction).<Understanding>map(NeedsModel::new)
                        .orElse(new Refused(e.getMessage()));
            }
        }
    }
}
