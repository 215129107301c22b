package org.easel.server.planning;

import java.util.List;
import java.util.Locale;
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

    /**
     * Two or more readings are close: ask. Each reading is a complete instruction that means
     * exactly that reading when sent back.
     */
    record Clarify(String question, List<String> readings) implements Understanding {
        public Clarify {
            readings = List.copyOf(readings);
        }
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
            Optional<Clarify> directionless = directionless(instruction);
            if (directionless.isPresent()) {
                return directionless.get();
            }
            try {
                return new Planned(planner.interpret(instruction));
            } catch (UnsupportedInstructionException e) {
                return SynthesisRequest.detect(instruction).<Understanding>map(NeedsModel::new)
                        .orElse(new Refused(e.getMessage()));
            }
        }

        /** "contrast" alone: more or less? Ask. */
        private static Optional<Clarify> directionless(String instruction) {
            String noun = instruction.strip().toLowerCase(Locale.ROOT).replaceAll("[.!?]+$", "");
            return switch (noun) {
                case "contrast", "saturation", "brightness", "warmth" -> Optional.of(new Clarify(
                        "More " + noun + " or less?", List.of("increase the " + noun, "reduce the " + noun)));
                default -> Optional.empty();
            };
        }
    }
}
