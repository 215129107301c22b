package org.easel.server.gateway;

import java.util.List;
import java.util.Optional;
import org.easel.server.memory.ConversationRecord;

/**
 * A conversation's title and style (null when not set) and its turns, oldest first.
 */
public record ScriptConversation(String conversation, String title, String style, List<ScriptTurn> turns) {

    static ScriptConversation of(String conversationId, Optional<ConversationRecord> record) {
        return new ScriptConversation(conversationId,
                record.flatMap(ConversationRecord::title).orElse(null),
                record.flatMap(ConversationRecord::style).orElse(null),
                record.map(r -> r.turns().stream().map(ScriptTurn::of).toList()).orElse(List.of()));
    }
}
