package org.easel.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.easel.server.planning.llm.LlmPlannerConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class PlannerOptionsTest {

    @Command(name = "serve")
    static final class Holder {
        @Mixin
        PlannerOptions planner;
    }

    @Test
    void withoutAUrlThereIsNoLlmPlanner() {
        assertEquals(Optional.empty(), parse().config(Map.of(PlannerOptions.DEFAULT_KEY_ENV, "sk-unused")));
    }

    @Test
    void urlAndModelMakeAPlannerWithTheDefaultTimeoutAndNoKey() {
        LlmPlannerConfig config = parse("--planner-url", "http://localhost:11434", "--planner-model", "llama3.1:8b")
                .config(Map.of()).orElseThrow();

        assertEquals(new LlmPlannerConfig(URI.create("http://localhost:11434"), "llama3.1:8b", Optional.empty(),
                Duration.ofMillis(8000)), config);
    }

    @Test
    void theKeyComesFromTheDefaultVariable() {
        LlmPlannerConfig config = parse("--planner-url", "https://api.example", "--planner-model", "m")
                .config(Map.of(PlannerOptions.DEFAULT_KEY_ENV, "sk-default")).orElseThrow();

        assertEquals(Optional.of("sk-default"), config.apiKey());
    }

    @Test
    void theKeyComesFromTheNamedVariableAndTheTimeoutFromItsOption() {
        LlmPlannerConfig config = parse("--planner-url", "https://api.example", "--planner-model", "m",
                "--planner-key-env", "MY_KEY", "--planner-timeout-ms", "2500")
                .config(Map.of("MY_KEY", "sk-mine", PlannerOptions.DEFAULT_KEY_ENV, "sk-default")).orElseThrow();

        assertEquals(Optional.of("sk-mine"), config.apiKey());
        assertEquals(Duration.ofMillis(2500), config.timeout());
    }

    @Test
    void aNamedKeyVariableThatIsNotSetIsAnError() {
        PlannerOptions options = parse("--planner-url", "https://api.example", "--planner-model", "m",
                "--planner-key-env", "MISSING_KEY");

        assertMessage("--planner-key-env names MISSING_KEY, which is not set", options);
    }

    @Test
    void aUrlWithoutAModelIsAnError() {
        assertTrue(message(parse("--planner-url", "http://localhost:8080")).startsWith("--planner-url needs --planner-model"));
    }

    @Test
    void plannerOptionsWithoutAUrlAreAnError() {
        assertMessage("--planner-model, --planner-key-env and --planner-timeout-ms only apply with --planner-url",
                parse("--planner-model", "m"));
    }

    @Test
    void aZeroTimeoutIsAnError() {
        assertMessage("--planner-timeout-ms must be at least 1, got 0",
                parse("--planner-url", "http://localhost:8080", "--planner-model", "m", "--planner-timeout-ms", "0"));
    }

    @Test
    void aUrlThatIsNotHttpIsAnError() {
        assertTrue(message(parse("--planner-url", "localhost:8080", "--planner-model", "m")).contains("http://"));
    }

    private static PlannerOptions parse(String... args) {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs(args);
        return holder.planner;
    }

    private static void assertMessage(String expected, PlannerOptions options) {
        assertEquals(expected, message(options));
    }

    private static String message(PlannerOptions options) {
        return assertThrows(IllegalArgumentException.class, () -> options.config(Map.of())).getMessage();
    }
}
