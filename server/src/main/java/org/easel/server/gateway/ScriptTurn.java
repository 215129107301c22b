package org.easel.server.gateway;

import java.io.StringReader;
import org.easel.protocol.Jsons;
import org.easel.server.memory.TurnRecord;

/**
 * One turn of a conversation's history as a script reads it (the protocol's {@code history}
 * turn): {@code plan} is the plan's one-line summary, {@code status} is {@code done},
 * {@code failed} or {@code cancelled}, {@code startedAt} an ISO-8601 instant.
 */
public record ScriptTurn(int turn, String instruction, String plan, String status, String job, String message,
                         String startedAt, long durationMs) {

    static ScriptTurn of(TurnRecord turn) {
        String summary = Jsons.createReader(new StringReader(turn.planJson())).readObject().getString("summary", "");
        return new ScriptTurn(turn.number(), turn.instruction(), summary, turn.status(), turn.jobId(), turn.message(),
                turn.startedAt().toString(), turn.durationMillis());
    }
}
