package org.easel.server.memory;

import java.util.List;
import java.util.Optional;

/** A remembered conversation: its title, the style in force, and its turns oldest first. */
public record ConversationRecord(String id, Optional<String> title, Optional<String> style, List<TurnRecord> turns) {
    public ConversationRecord {
        turns = List.copyOf(turns);
    }
}
