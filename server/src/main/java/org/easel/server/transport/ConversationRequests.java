package org.easel.server.transport;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonString;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.Frame;
import org.easel.protocol.FrameLimits;
import org.easel.protocol.ProtocolException;
import org.easel.server.imaging.Raster;
import org.easel.server.memory.ConversationArchive;
import org.easel.server.memory.ConversationRecord;
import org.easel.server.memory.MemoryException;
import org.easel.server.session.EditService;

/**
 * Answers the requests that read or replace a whole conversation — {@code history},
 * {@code export}, {@code import} — each as one reply frame. They read the memory (and may wait for
 * pending saves), so the connection runs them off the event loop.
 */
final class ConversationRequests {
    private final EditService edits;
    private final ConversationArchive archives;
    private final FrameLimits limits;

    ConversationRequests(EditService edits, ConversationArchive archives, FrameLimits limits) {
        this.edits = edits;
        this.archives = archives;
        this.limits = limits;
    }

    Frame history(String id, JsonObject header, ConversationScope scope) {
        Optional<String> conversation = conversationOf(header);
        if (conversation.isEmpty()) {
            return missingConversation(id, "history");
        }
        boolean withThumbnails = header.getBoolean("thumbnails", true);
        try {
            Optional<ConversationRecord> record = edits.history(scope.stored(conversation.get()));
            Map<String, Raster> thumbnails = withThumbnails && record.isPresent() ? edits.thumbnails(record.get()) : Map.of();
            return Replies.history(id, conversation.get(), record, thumbnails);
        } catch (MemoryException e) {
            return Replies.error(Optional.of(id), ErrorCode.STORAGE_FAILED, e.getMessage());
        } catch (ProtocolException e) {
            return Replies.error(Optional.of(id), e.code(), e.getMessage());
        }
    }

    Frame export(String id, JsonObject header, ConversationScope scope) {
        Optional<String> conversation = conversationOf(header);
        if (conversation.isEmpty()) {
            return missingConversation(id, "export");
        }
        JsonValue cap = header.get("max_bytes");
        if (cap != null && !(cap instanceof JsonNumber n && n.isIntegral() && n.longValue() > 0)) {
            return Replies.error(Optional.of(id), ErrorCode.BAD_REQUEST,
                    "\"max_bytes\" must be a positive whole number of bytes, not " + cap + ".");
        }
        long maxBytes = Math.min(limits.maxAttachmentBytes(),
                cap == null ? Long.MAX_VALUE : ((JsonNumber) cap).longValue());
        try {
            String stored = scope.stored(conversation.get());
            edits.awaitSaved(stored);
            Optional<ConversationArchive.Exported> archive = archives.export(stored, maxBytes, conversation.get());
            if (archive.isEmpty()) {
                // The same words whether nobody ever used the id or another user did (their namespace is not looked in).
                return Replies.error(Optional.of(id), ErrorCode.UNKNOWN_CONVERSATION, "There is no conversation \""
                        + conversation.get() + "\" in this daemon's memory, so there is nothing to export.");
            }
            return Replies.exported(id, conversation.get(), archive.get());
        } catch (MemoryException e) {
            return Replies.error(Optional.of(id), ErrorCode.STORAGE_FAILED, e.getMessage());
        } catch (ProtocolException e) {
            return Replies.error(Optional.of(id), e.code(), e.getMessage());
        }
    }

    Frame importConversation(String id, Frame frame, ConversationScope scope) {
        if (frame.attachments().size() != 1) {
            return Replies.error(Optional.of(id), ErrorCode.BAD_REQUEST,
                    "\"import\" needs exactly one attachment: the file \"export\" produced.");
        }
        Optional<String> as = conversationOf(frame.header());
        UnaryOperator<String> key = clientId -> {
            try {
                return scope.stored(clientId);
            } catch (ProtocolException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        };
        try {
            as.map(key).ifPresent(edits::awaitSaved);
        } catch (IllegalArgumentException e) {
            return Replies.error(Optional.of(id), ErrorCode.BAD_REQUEST, e.getMessage());
        }
        JsonValue onlyIfNewer = frame.header().get("only_if_newer");
        if (onlyIfNewer != null && onlyIfNewer != JsonValue.TRUE && onlyIfNewer != JsonValue.FALSE) {
            return Replies.error(Optional.of(id), ErrorCode.BAD_REQUEST, "\"only_if_newer\" must be true or false.");
        }
        try {
            if (onlyIfNewer == JsonValue.TRUE) {
                ConversationArchive.ImportOutcome outcome = archives.importIfNewer(frame.attachments().get(0), as, key);
                return Replies.imported(id, new ConversationArchive.ImportOutcome(asClientSees(outcome.conversation(),
                        scope), outcome.imported(), outcome.verdict(), outcome.reason()));
            }
            ConversationRecord imported = archives.importArchive(frame.attachments().get(0), as, key);
            return Replies.imported(id, new ConversationArchive.ImportOutcome(asClientSees(imported, scope), true,
                    Optional.empty(), "Imported the conversation's " + imported.turns().size() + " turns."));
        } catch (MemoryException e) {
            return Replies.error(Optional.of(id), ErrorCode.BAD_REQUEST, e.getMessage());
        }
    }

    /** The record under the id its user knows, for replies. */
    private static ConversationRecord asClientSees(ConversationRecord stored, ConversationScope scope) {
        return new ConversationRecord(scope.clientId(stored.id()), stored.title(), stored.style(), stored.turns());
    }

    private static Optional<String> conversationOf(JsonObject header) {
        return header.get("conversation") instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    private static Frame missingConversation(String id, String type) {
        return Replies.error(Optional.of(id), ErrorCode.BAD_REQUEST, "\"" + type + "\" needs a string \"conversation\" id.");
    }
}
