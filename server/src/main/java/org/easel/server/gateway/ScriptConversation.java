package org.easel.server.gateway;

import java.util.List;
import org.easel.server.session.ConversationLog;

/** A conversation's title (null when no edit gave one) and its turns, oldest first. */
public record ScriptConversation(String conversation, String title, List<ScriptTurn> turns) {

    static ScriptConversation of(String conversationId, ConversationLog.Conversation log) {
        return new ScriptConversation(conversationId, log.title().orElse(null),
                log.turns().stream().map(ScriptTurn::of).toList());
    }
}
