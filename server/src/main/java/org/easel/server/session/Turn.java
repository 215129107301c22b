package org.easel.server.session;

import java.time.Instant;

/** One finished exchange of a conversation: what was asked, understood and done. */
public record Turn(int number, String instruction, PlanView plan, Status status, String jobId,
                   String message, Instant startedAt, long durationMillis) {

    public enum Status {
        DONE("done"), FAILED("failed"), CANCELLED("cancelled");

        private final String wireName;

        Status(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
