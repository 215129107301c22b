package org.easel.server.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The turns of each document's conversation, kept in memory for the daemon's lifetime. (The
 * persistent, structured memory replaces this in the conversation-memory issue.)
 */
public final class ConversationLog {

    /** A conversation's title (when a client gave one) and its turns, oldest first. */
    public record Conversation(Optional<String> title, List<Turn> turns) {
    }

    private static final class Entry {
        Optional<String> title = Optional.empty();
        final List<Turn> turns = new ArrayList<>();
    }

    private final Map<String, Entry> conversations = new HashMap<>();

    synchronized void record(String conversationId, Optional<String> title, TurnDraft draft) {
        Entry entry = conversations.computeIfAbsent(conversationId, id -> new Entry());
        if (title.isPresent()) {
            entry.title = title;
        }
        entry.turns.add(draft.toTurn(entry.turns.size() + 1));
    }

    public synchronized Conversation get(String conversationId) {
        Entry entry = conversations.get(conversationId);
        return entry == null
                ? new Conversation(Optional.empty(), List.of())
                : new Conversation(entry.title, List.copyOf(entry.turns));
    }

    /** A turn before it has its number in the conversation. */
    record TurnDraft(String instruction, PlanView plan, Turn.Status status, String jobId, String message,
                     java.time.Instant startedAt, long durationMillis) {
        Turn toTurn(int number) {
            return new Turn(number, instruction, plan, status, jobId, message, startedAt, durationMillis);
        }
    }
}
