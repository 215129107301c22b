package org.easel.server.planning.llm;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.easel.protocol.Jsons;

/**
 * Asks an OpenAI-compatible {@code /v1/chat/completions} endpoint (Ollama, llama.cpp's server,
 * LM Studio, a cloud service) one question and returns the text of its answer. Every way that can
 * go wrong, the deadline included, becomes an {@link LlmFailure} that says what happened.
 */
final class ChatCompletionsClient {

    private static final String SCHEMA_NAME = "easel_plan";

    private final LlmPlannerConfig config;
    private final URI endpoint;
    private final HttpClient http;

    ChatCompletionsClient(LlmPlannerConfig config) {
        this.config = config;
        this.endpoint = config.chatCompletionsUri();
        // HTTP/1.1: local servers speak nothing else, and the JDK's h2c upgrade attempt trips some.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.timeout()).build();
    }

    /** The assistant's reply to {@code userMessage}, asked to answer with JSON matching {@code schema}. */
    String complete(String systemPrompt, String userMessage, JsonObject schema) throws LlmFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        requestBody(systemPrompt, userMessage, schema).toString(), StandardCharsets.UTF_8));
        config.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() / 100 != 2) {
            throw new LlmFailure("HTTP " + response.statusCode() + " from " + endpoint + ": "
                    + AnswerJson.quote(response.body()));
        }
        return replyText(response.body());
    }

    private JsonObject requestBody(String systemPrompt, String userMessage, JsonObject schema) {
        return Jsons.createObjectBuilder()
                .add("model", config.model())
                .add("messages", Jsons.createArrayBuilder()
                        .add(Jsons.createObjectBuilder().add("role", "system").add("content", systemPrompt))
                        .add(Jsons.createObjectBuilder().add("role", "user").add("content", userMessage)))
                // Planning is interpretation, not creative writing: the likeliest reading, every time.
                .add("temperature", 0)
                .add("stream", false)
                .add("response_format", Jsons.createObjectBuilder()
                        .add("type", "json_schema")
                        .add("json_schema", Jsons.createObjectBuilder()
                                .add("name", SCHEMA_NAME).add("strict", true).add("schema", schema)))
                .build();
    }

    /**
     * Sends and waits at most the configured timeout for the whole reply: the request's own
     * timeout covers only the wait for the headers, not a body that trickles in.
     */
    private HttpResponse<String> send(HttpRequest request) throws LlmFailure {
        CompletableFuture<HttpResponse<String>> pending =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long timeoutMillis = config.timeout().toMillis();
        try {
            return pending.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new LlmFailure("no answer from " + endpoint + " within " + timeoutMillis + " ms");
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmFailure("interrupted while waiting for " + endpoint);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private LlmFailure failure(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new LlmFailure("could not connect to " + endpoint + " within " + config.timeout().toMillis() + " ms");
        }
        if (cause instanceof HttpTimeoutException) {
            return new LlmFailure("no answer from " + endpoint + " within " + config.timeout().toMillis() + " ms");
        }
        if (cause instanceof ConnectException) {
            return new LlmFailure("cannot connect to " + endpoint + "; is the server running?", cause);
        }
        return new LlmFailure("the request to " + endpoint + " failed: " + cause, cause);
    }

    /** The first choice's message text, from the chat-completions reply envelope. */
    private static String replyText(String body) throws LlmFailure {
        JsonObject reply;
        try (JsonReader reader = Jsons.createReader(new StringReader(body))) {
            reply = reader.readObject();
        } catch (JsonException e) {
            throw new LlmFailure("the server's reply is not a chat-completions JSON object: " + AnswerJson.quote(body));
        }
        if (!(reply.get("choices") instanceof JsonArray choices) || choices.isEmpty()
                || !(choices.get(0) instanceof JsonObject choice)
                || !(choice.get("message") instanceof JsonObject message)) {
            throw new LlmFailure("the server's reply has no choices[0].message: " + AnswerJson.quote(body));
        }
        if (message.get("refusal") instanceof JsonString refusal) {
            throw new LlmFailure("the model refused: " + AnswerJson.quote(refusal.getString()));
        }
        if (!(message.get("content") instanceof JsonString content)) {
            throw new LlmFailure("the server's reply has no message content: " + AnswerJson.quote(body));
        }
        return content.getString();
    }
}
