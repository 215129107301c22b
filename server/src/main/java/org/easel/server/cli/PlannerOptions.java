package org.easel.server.cli;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.easel.server.planning.llm.LlmPlannerConfig;
import picocli.CommandLine.Option;

/** The {@code easel serve} options that put an LLM in front of the rule-based planner. */
final class PlannerOptions {
    static final String DEFAULT_KEY_ENV = "EASEL_PLANNER_KEY";

    @Option(names = "--planner-url", paramLabel = "URL",
            description = {"Let an LLM interpret instructions, through this OpenAI-compatible server: e.g. "
                    + "http://localhost:11434 (Ollama), http://localhost:8080 (llama.cpp), http://localhost:1234 "
                    + "(LM Studio), https://api.openai.com. Whenever it fails or is slow, the built-in "
                    + "rule-based planner answers instead. Needs --planner-model."})
    URI url;

    @Option(names = "--planner-model", paramLabel = "NAME",
            description = "The model the planner server should use, e.g. llama3.1:8b.")
    String model;

    @Option(names = "--planner-key-env", paramLabel = "VAR",
            description = "Environment variable holding the planner server's API key, sent as a Bearer token "
                    + "(default: " + DEFAULT_KEY_ENV + "; local servers need none). Keys are never taken on the "
                    + "command line, where other users can read them.")
    String keyEnv;

    @Option(names = "--planner-timeout-ms", paramLabel = "MS",
            description = "How long to wait for the planner server before planning by rules (default: 8000).")
    Long timeoutMs;

    /**
     * The LLM planner's settings, the key read from {@code environment}; empty without
     * {@code --planner-url}.
     *
     * @throws IllegalArgumentException with a message for the command line when the options do not fit together
     */
    Optional<LlmPlannerConfig> config(Map<String, String> environment) {
        if (url == null) {
            if (model != null || keyEnv != null || timeoutMs != null) {
                throw new IllegalArgumentException("--planner-model, --planner-key-env and --planner-timeout-ms "
                        + "only apply with --planner-url");
            }
            return Optional.empty();
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("--planner-url needs --planner-model, the name of a model the server "
                    + "has (e.g. llama3.1:8b for Ollama)");
        }
        long timeout = timeoutMs == null ? LlmPlannerConfig.DEFAULT_TIMEOUT.toMillis() : timeoutMs;
        if (timeout < 1) {
            throw new IllegalArgumentException("--planner-timeout-ms must be at least 1, got " + timeout);
        }
        Optional<String> key = Optional.ofNullable(environment.get(keyEnv == null ? DEFAULT_KEY_ENV : keyEnv))
                .filter(value -> !value.isBlank());
        // A variable named on purpose but empty is a mistake worth stopping for; the default unset just means no key.
        if (keyEnv != null && key.isEmpty()) {
            throw new IllegalArgumentException("--planner-key-env names " + keyEnv + ", which is not set");
        }
        return Optional.of(new LlmPlannerConfig(url, model, key, Duration.ofMillis(timeout)));
    }
}
