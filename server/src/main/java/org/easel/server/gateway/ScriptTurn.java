package org.easel.server.gateway;

import org.easel.server.session.Turn;

/**
 * One turn of a conversation's history as a script reads it (the protocol's {@code history}
 * turn): {@code status} is {@code done}, {@code failed} or {@code cancelled}, {@code startedAt} an
 * ISO-8601 instant.
 */
public record ScriptTurn(int turn, String instruction, String plan, String status, String job, String message,
                         String startedAt, long durationMs) {

    static ScriptTurn of(Turn turn) {
        return new ScriptTurn(turn.number(), turn.instruction(), turn.plan().summary(), turn.status().wireName(),
                turn.jobId(), turn.message(), turn.startedAt().toString(), turn.durationMillis());
    }
}
