package org.easel.installer.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.easel.server.engines.hosted.ApiKey;
import org.easel.server.engines.hosted.EngineProbe;
import org.easel.server.engines.hosted.HostedEngineConfig;
import org.easel.server.engines.hosted.HostedEngineStore;
import org.easel.server.engines.hosted.HostedFailure;
import org.easel.server.state.StateDirectoryLocator;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code easel engines}: the hosted image engines (the OpenAI Images API and servers that speak it). */
@Command(name = "engines", mixinStandardHelpOptions = true,
        description = {"Add, list, remove and test hosted image engines: the OpenAI Images API, or any server with the "
                + "same API (LocalAI, gateways) by its base URL.",
                "Instructions go to a hosted engine only when you choose it: as the default (add --default), for a "
                        + "conversation (the plugins ask once), or by naming it (\"add a red hat with gpt-image-1\").",
                "The configuration is <state directory>/engines.json; API keys are never in it: they are read from an "
                        + "environment variable (--key-env) or a key file written with mode 0600. A running daemon "
                        + "picks up changes when it is restarted."},
        subcommands = {EnginesCommand.Add.class, EnginesCommand.ListEngines.class, EnginesCommand.Remove.class,
                EnginesCommand.Test.class})
final class EnginesCommand implements Runnable {
    static final int USAGE = 2;
    static final int FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** --state-dir, as for easel serve. */
    static final class StateOption {
        @Option(names = "--state-dir", paramLabel = "DIR",
                description = "State directory whose engines.json is used (default: as for easel serve).")
        Path stateDir;

        HostedEngineStore store() {
            return new HostedEngineStore(StateDirectoryLocator.locate(Optional.ofNullable(stateDir)));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add (or replace) a hosted engine. KIND is openai: the OpenAI Images API "
                    + "(/v1/images/generations and /v1/images/edits), at api.openai.com or any compatible server.",
                    "Without --key-env or --no-key the API key is read from standard input (typed without echo at a "
                            + "terminal) and written to <state>/keys/<name>.key, readable only by you (mode 0600)."})
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "KIND", description = "openai (the OpenAI Images API and compatible servers)")
        String kind;

        @Option(names = "--model", required = true, paramLabel = "MODEL",
                description = "The image model, e.g. gpt-image-1 or dall-e-2 (a compatible server: its model name).")
        String model;

        @Option(names = "--name", paramLabel = "NAME",
                description = "The engine's name, used in instructions and options (default: the kind, openai).")
        String name;

        @Option(names = "--base-url", paramLabel = "URL", defaultValue = "https://api.openai.com",
                description = "The server (default: ${DEFAULT-VALUE}); e.g. http://localhost:8080 for LocalAI.")
        URI baseUrl;

        @ArgGroup(exclusive = true)
        KeyChoice key;

        static final class KeyChoice {
            @Option(names = "--key-env", paramLabel = "VAR",
                    description = "Read the API key from this environment variable when a request is made "
                            + "(e.g. OPENAI_API_KEY); the daemon must be started with it set.")
            String env;

            @Option(names = "--no-key", description = "The server needs no key (a local server).")
            boolean none;
        }

        @Option(names = "--quality", defaultValue = HostedEngineConfig.DEFAULT_QUALITY, paramLabel = "QUALITY",
                description = "gpt-image models: low, medium, high or auto (default: ${DEFAULT-VALUE}); costs differ.")
        String quality;

        @Option(names = "--default", description = "Use this engine for new content unless an instruction or the "
                + "plugin chooses another (the plugins still ask once per conversation before sending pixels).")
        boolean makeDefault;

        @CommandLine.Mixin
        StateOption state;

        @Override
        public Integer call() {
            if (!kind.equals("openai")) {
                System.err.println("easel engines add: unknown kind \"" + kind + "\"; the kind is openai (the OpenAI "
                        + "Images API, also for compatible servers with --base-url)");
                return USAGE;
            }
            String id = name == null ? kind : name;
            HostedEngineStore store = state.store();
            try {
                HostedEngineStore.Engines engines = store.load();
                // Checked before any key is written, so a mistake leaves nothing behind.
                HostedEngineConfig draft = new HostedEngineConfig(id, model, baseUrl, new ApiKey.None(), quality);
                ApiKey source;
                if (key != null && key.env != null) {
                    source = new ApiKey.FromEnvironment(key.env);
                } else if (key != null && key.none) {
                    source = new ApiKey.None();
                } else {
                    Optional<String> typed = readKey(id);
                    if (typed.isEmpty()) {
                        System.err.println("easel engines add: no API key was given on standard input; pipe it in, "
                                + "type it, or use --key-env VAR (or --no-key for a server that needs none)");
                        return USAGE;
                    }
                    source = store.writeKey(id, typed.get());
                }
                if (!(source instanceof ApiKey.FromFile)) {
                    store.deleteKey(id); // a key file of an earlier configuration is not left lying around
                }
                HostedEngineConfig engine = new HostedEngineConfig(draft.id(), draft.model(), draft.baseUrl(), source,
                        draft.quality());
                List<HostedEngineConfig> list = new ArrayList<>(engines.engines());
                boolean replaced = list.removeIf(e -> e.id().equals(id));
                list.add(engine);
                store.save(new HostedEngineStore.Engines(list, makeDefault ? Optional.of(id) : engines.defaultId()));
                System.out.println((replaced ? "Replaced" : "Added") + " engine " + id + ": " + model + " at "
                        + engine.baseUrl() + ", key: " + source.describe() + (makeDefault ? ", the default" : "") + ".");
                System.out.println("Check it with: ./easel engines test " + id + " (free: lists the models). "
                        + "Restart the daemon to use it.");
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println("easel engines add: " + e.getMessage());
                return USAGE;
            } catch (IOException e) {
                System.err.println("easel engines add: " + e.getMessage());
                return FAILED;
            }
        }

        private static Optional<String> readKey(String id) throws IOException {
            java.io.Console console = System.console();
            if (console != null) {
                char[] typed = console.readPassword("API key for %s (not shown): ", id);
                return typed == null ? Optional.empty() : Optional.of(new String(typed).strip()).filter(k -> !k.isEmpty());
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = in.readLine();
            return Optional.ofNullable(line).map(String::strip).filter(k -> !k.isEmpty());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the hosted engines (never the keys).")
    static final class ListEngines implements Callable<Integer> {
        @CommandLine.Mixin
        StateOption state;

        @Override
        public Integer call() {
            try {
                HostedEngineStore.Engines engines = state.store().load();
                if (engines.engines().isEmpty()) {
                    System.out.println("No hosted engines. Add one with: ./easel engines add openai --model gpt-image-1");
                    return 0;
                }
                for (HostedEngineConfig e : engines.engines()) {
                    boolean isDefault = engines.defaultId().filter(e.id()::equals).isPresent();
                    boolean keyFound = e.key() instanceof ApiKey.None || e.key().read(System.getenv()).isPresent();
                    System.out.println(e.id() + (isDefault ? " (default)" : "") + ": " + e.model() + " at " + e.baseUrl()
                            + ", quality " + e.quality() + ", key: " + e.key().describe()
                            + (keyFound ? "" : " (NOT FOUND)"));
                }
                return 0;
            } catch (IOException e) {
                System.err.println("easel engines list: " + e.getMessage());
                return FAILED;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a hosted engine and the key file easel engines add wrote for it.")
    static final class Remove implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The engine, as easel engines list names it.")
        String id;

        @CommandLine.Mixin
        StateOption state;

        @Override
        public Integer call() {
            HostedEngineStore store = state.store();
            try {
                HostedEngineStore.Engines engines = store.load();
                if (engines.byId(id).isEmpty()) {
                    System.err.println("easel engines remove: no engine " + id + " (easel engines list shows them)");
                    return USAGE;
                }
                List<HostedEngineConfig> rest = engines.engines().stream().filter(e -> !e.id().equals(id)).toList();
                store.save(new HostedEngineStore.Engines(rest, engines.defaultId().filter(d -> !d.equals(id))));
                store.deleteKey(id);
                System.out.println("Removed engine " + id + " and its key file. Restart the daemon to stop using it.");
                return 0;
            } catch (IOException e) {
                System.err.println("easel engines remove: " + e.getMessage());
                return FAILED;
            }
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Check a hosted engine without spending anything: its key, and a models-list call to the server.")
    static final class Test implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The engine, as easel engines list names it.")
        String id;

        @Option(names = "--timeout", defaultValue = "15", paramLabel = "SECONDS",
                description = "How long to wait for the server (default: ${DEFAULT-VALUE} s).")
        int timeoutSeconds;

        @CommandLine.Mixin
        StateOption state;

        @Override
        public Integer call() {
            return test(state.store(), id, System.getenv(), Duration.ofSeconds(timeoutSeconds), System.out, System.err);
        }

        static int test(HostedEngineStore store, String id, Map<String, String> env, Duration timeout, PrintStream out,
                        PrintStream err) {
            try {
                Optional<HostedEngineConfig> engine = store.load().byId(id);
                if (engine.isEmpty()) {
                    err.println("easel engines test: no engine " + id + " (easel engines list shows them)");
                    return USAGE;
                }
                EngineProbe.Verdict verdict = EngineProbe.check(engine.get(), env, timeout);
                out.println((verdict.modelListed() ? "OK: " : "WARNING: ") + verdict.text());
                return 0;
            } catch (HostedFailure e) {
                err.println("easel engines test: " + e.getMessage());
                return FAILED;
            } catch (IOException e) {
                err.println("easel engines test: " + e.getMessage());
                return FAILED;
            }
        }
    }
}
