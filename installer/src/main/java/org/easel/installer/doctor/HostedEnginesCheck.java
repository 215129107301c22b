package org.easel.installer.doctor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.easel.server.engines.hosted.EngineProbe;
import org.easel.server.engines.hosted.HostedEngineConfig;
import org.easel.server.engines.hosted.HostedEngineStore;
import org.easel.server.engines.hosted.HostedFailure;

/**
 * The hosted engines of {@code easel engines add}: each one's key and server, checked with a
 * models-list call that costs nothing. No configured engine is fine (they are optional).
 */
public final class HostedEnginesCheck implements Check {
    static final String TOPIC = "Hosted engines";

    private final Path stateDir;
    private final Map<String, String> env;
    private final Duration timeout;

    public HostedEnginesCheck(Path stateDir, Map<String, String> env, Duration timeout) {
        this.stateDir = stateDir;
        this.env = env;
        this.timeout = timeout;
    }

    @Override
    public List<Finding> run() {
        HostedEngineStore.Engines engines;
        try {
            engines = new HostedEngineStore(stateDir).load();
        } catch (IOException e) {
            return List.of(Finding.fix(TOPIC, e.getMessage()));
        }
        if (engines.engines().isEmpty()) {
            return List.of(Finding.note(TOPIC, "none configured (optional: ./easel engines add openai --model gpt-image-1)"));
        }
        List<Finding> findings = new ArrayList<>();
        for (HostedEngineConfig engine : engines.engines()) {
            String name = engine.id() + " (" + engine.model() + " at " + engine.host() + ")";
            try {
                EngineProbe.Verdict verdict = EngineProbe.check(engine, env, timeout);
                findings.add(verdict.modelListed() ? Finding.ok(TOPIC, name + ": " + verdict.text())
                        : Finding.warn(TOPIC, name + ": " + verdict.text()));
            } catch (HostedFailure e) {
                findings.add(Finding.fix(TOPIC, name + ": " + e.getMessage()));
            }
        }
        return findings;
    }
}
