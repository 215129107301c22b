package org.easel.server.engines.hosted;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Checks a configured engine without spending anything: the key is where the configuration says,
 * and the server answers {@code GET /v1/models} with it (which proves address and key) and offers
 * the model. Used by {@code easel engines test} and {@code easel doctor}.
 */
public final class EngineProbe {

    /** What the check found; {@code modelListed} false is a warning, not a failure (some servers list nothing). */
    public record Verdict(boolean modelListed, String text) {
    }

    private EngineProbe() {
    }

    /** @throws HostedFailure when the key is missing or the server refuses or cannot be reached */
    public static Verdict check(HostedEngineConfig engine, Map<String, String> env, Duration timeout) {
        boolean needsKey = !(engine.key() instanceof ApiKey.None);
        if (needsKey && engine.key().read(env).isEmpty()) {
            throw new HostedFailure("no API key: " + engine.key().describe() + (engine.key() instanceof ApiKey.FromEnvironment
                    ? " is not set in this environment (the daemon needs it in its own environment too)"
                    : " is missing or empty") + "; add the engine again with ./easel engines add");
        }
        List<String> models = new ImagesApiClient(engine, env, RetryPolicy.DEFAULT).models(timeout);
        String where = engine.provider() + " answered";
        if (models.contains(engine.model())) {
            return new Verdict(true, where + (needsKey ? " and accepted the key" : "") + "; it offers " + engine.model());
        }
        String offered = models.isEmpty() ? "lists no models"
                : "does not list " + engine.model() + " (it lists " + models.size() + ": "
                        + String.join(", ", models.subList(0, Math.min(8, models.size())))
                        + (models.size() > 8 ? ", …" : "") + ")";
        return new Verdict(false, where + (needsKey ? " and accepted the key" : "") + ", but " + offered);
    }
}
