package org.easel.server.planning.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LlmPlannerConfigTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:11434", "http://localhost:11434/", "http://localhost:11434/v1",
            "http://localhost:11434/v1/"})
    void theEndpointIsUnderV1Once(String baseUrl) {
        assertEquals(URI.create("http://localhost:11434/v1/chat/completions"), config(baseUrl, Optional.empty()).chatCompletionsUri());
    }

    @Test
    void aPathPrefixIsKept() {
        assertEquals(URI.create("https://gateway.example/llm/v1/chat/completions"),
                config("https://gateway.example/llm", Optional.empty()).chatCompletionsUri());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:11434", "ftp://localhost/", "file:///tmp/x"})
    void onlyHttpAddressesAreAccepted(String baseUrl) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> config(baseUrl, Optional.empty()));
        assertTrue(e.getMessage().contains("http:// or https://"), e.getMessage());
    }

    @Test
    void theKeyNeverShowsInToString() {
        String text = config("http://localhost:8080", Optional.of("sk-secret-123")).toString();

        assertFalse(text.contains("sk-secret-123"), text);
        assertTrue(text.contains("with key"), text);
    }

    @Test
    void aBlankKeyIsNoKey() {
        assertEquals(Optional.empty(), config("http://localhost:8080", Optional.of("  ")).apiKey());
    }

    private static LlmPlannerConfig config(String baseUrl, Optional<String> key) {
        return new LlmPlannerConfig(URI.create(baseUrl), "llama3.1", key, Duration.ofSeconds(8));
    }
}
