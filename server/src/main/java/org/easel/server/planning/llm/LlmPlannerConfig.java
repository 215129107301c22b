package org.easel.server.planning.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the LLM planner finds its model.
 *
 * @param baseUrl the server's address, e.g. {@code http://localhost:11434} for Ollama; a trailing
 *                {@code /v1} is accepted too, since that is how many servers document it
 * @param model   the model name the server knows, e.g. {@code llama3.1:8b}
 * @param apiKey  sent as a Bearer token when present; local servers need none
 * @param timeout how long one planning request may take before Easel plans by rules instead
 */
public record LlmPlannerConfig(URI baseUrl, String model, Optional<String> apiKey, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(8000);

    public LlmPlannerConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(timeout, "timeout");
        String scheme = baseUrl.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the planner URL must be an http:// or https:// address, got " + baseUrl);
        }
        if (model.isBlank()) {
            throw new IllegalArgumentException("the planner model name is empty");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the planner timeout must be positive, got " + timeout);
        }
        apiKey = apiKey.filter(key -> !key.isBlank());
    }

    /** The chat-completions endpoint under {@link #baseUrl}. */
    public URI chatCompletionsUri() {
        String base = baseUrl.toString().replaceAll("/+$", "");
        if (!base.endsWith("/v1")) {
            base += "/v1";
        }
        return URI.create(base + "/chat/completions");
    }

    /** Never shows the key: this record ends up in logs. */
    @Override
    public String toString() {
        return "LlmPlannerConfig[" + baseUrl + ", model " + model + (apiKey.isPresent() ? ", with key" : "")
                + ", timeout " + timeout.toMillis() + " ms]";
    }
}
