package org.easel.server.planning.llm;

import jakarta.json.Json;

/** Chat-completions reply envelopes, as OpenAI-compatible servers send them. */
public final class ChatReplies {

    private ChatReplies() {
    }

    /** A reply whose assistant message says {@code content}. */
    public static String withContent(String content) {
        return Json.createObjectBuilder()
                .add("id", "chatcmpl-1")
                .add("object", "chat.completion")
                .add("model", "test-model")
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("index", 0)
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content))
                        .add("finish_reason", "stop")))
                .build().toString();
    }
}
