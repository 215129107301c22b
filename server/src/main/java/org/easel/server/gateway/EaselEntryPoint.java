package org.easel.server.gateway;

import java.util.Arrays;
import java.util.List;
import org.easel.protocol.ErrorCode;
import org.easel.server.memory.MemoryException;
import org.easel.protocol.Messages;
import org.easel.protocol.PixelFormat;
import org.easel.server.Version;
import org.easel.server.planning.semantic.SemanticUnderstanding;
import org.easel.server.session.EditService;
import org.easel.server.session.EngineCatalog;
import org.easel.server.transport.EditRequestParser;

/**
 * The object a Python script gets as {@code gateway.entry_point}: the whole scripting API
 * (docs/py4j.md). Everything it does goes through {@link EditService}, like the socket protocol.
 */
public final class EaselEntryPoint {
    private final EditService edits;
    private final EngineCatalog engines;
    private final EditRequestParser parser;

    EaselEntryPoint(EditService edits, EngineCatalog engines, EditRequestParser parser) {
        this.edits = edits;
        this.engines = engines;
        this.parser = parser;
    }

    /**
     * Begins an edit of the conversation {@code conversationId} (a stable id per document, 1–128
     * characters): add its image (and selection, options) to the returned edit, then {@code start()}.
     */
    public ScriptEdit edit(String conversationId, String instruction) {
        // A script is a client too: the sentence model and the examples load in the background from its first
        // edit, as for a socket client, so no instruction embeds thousands of sentences on its own thread.
        SemanticUnderstanding.warmUpInBackground();
        // The entry point owns every script's jobs: Py4J has no notion of which script is calling,
        // so a job is cancelled through its ScriptJob, and all of them when the gateway stops.
        return new ScriptEdit(edits, parser, this, conversationId, instruction);
    }

    /** The turns of a conversation so far; an unknown conversation has none. */
    public ScriptConversation history(String conversationId) {
        if (conversationId == null) {
            throw new ScriptError(ErrorCode.BAD_REQUEST, "history needs a conversation id (the one given to edit(...)).");
        }
        try {
            return ScriptConversation.of(conversationId, edits.history(conversationId));
        } catch (MemoryException e) {
            throw new ScriptError(ErrorCode.STORAGE_FAILED, e.getMessage());
        }
    }

    /** The engines this daemon has: each has {@code id()}, {@code available()}, {@code description()}. */
    public List<EngineCatalog.EngineInfo> engines() {
        return engines.engines();
    }

    /** Installed diffusion model ids, as the socket protocol's {@code models} reply marks installed. */
    public List<String> models() {
        return engines.models().stream().filter(EngineCatalog.ModelInfo::installed).map(EngineCatalog.ModelInfo::id)
                .toList();
    }

    /** Every model the daemon knows, installed or not: each has {@code id()}, {@code installed()}, {@code capabilities()}. */
    public List<EngineCatalog.ModelInfo> catalog() {
        return engines.models();
    }

    /** Frees the memory of the loaded diffusion models; returns their ids. */
    public List<String> unloadModels() {
        return engines.unloadModels();
    }

    /** Pixel formats an image may have (and a8 for selections). */
    public List<String> formats() {
        return Arrays.stream(PixelFormat.values()).map(PixelFormat::wireName).toList();
    }

    /** The daemon's version, e.g. {@code 0.1.0}. */
    public String version() {
        return Version.current();
    }

    /** The socket protocol version this daemon speaks; the gateway follows the same rules. */
    public int protocolVersion() {
        return Messages.PROTOCOL_VERSION;
    }

    void cancelAll() {
        edits.cancelAll(this);
    }
}
