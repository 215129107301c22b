package org.easel.server.engines.hosted;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * One configured hosted engine: a server that speaks the OpenAI Images API and the model to ask.
 *
 * @param id      how the artist and the plan name it ("openai", "localai"); [a-z0-9][a-z0-9._-]*
 * @param model   the model the server is asked for, e.g. {@code gpt-image-1}
 * @param baseUrl the server, e.g. {@code https://api.openai.com}; a trailing {@code /v1} is accepted
 * @param key     where the API key is read from (the key is never part of the configuration)
 * @param quality sent as {@code quality} to models that take it (gpt-image-*): low, medium, high or auto
 */
public record HostedEngineConfig(String id, String model, URI baseUrl, ApiKey key, String quality) {
    public static final URI OPENAI = URI.create("https://api.openai.com");
    public static final String DEFAULT_QUALITY = "auto";

    public HostedEngineConfig {
        Objects.requireNonNull(key, "key");
        if (id == null || !id.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("an engine name is 1-64 of a-z, 0-9, '.', '_', '-' (starting with a "
                    + "letter or digit), got " + id);
        }
        if (id.equals("classical") || id.equals("diffusion")) {
            throw new IllegalArgumentException("\"" + id + "\" is a built-in engine; choose another name");
        }
        if (model == null || model.isBlank() || model.length() > 128) {
            throw new IllegalArgumentException("the model name must be 1-128 characters");
        }
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the base URL must be an http:// or https:// address, got " + baseUrl);
        }
        if (baseUrl.getUserInfo() != null || baseUrl.getQuery() != null) {
            throw new IllegalArgumentException("put the key in --key-env or the key file, not in the base URL");
        }
        if (!quality.matches("low|medium|high|auto|standard|hd")) {
            throw new IllegalArgumentException("quality must be low, medium, high or auto, got " + quality);
        }
    }

    /** The host the pixels go to, as the plan's privacy note names it ("api.openai.com"). */
    public String host() {
        return baseUrl.getPort() < 0 ? baseUrl.getHost() : baseUrl.getHost() + ":" + baseUrl.getPort();
    }

    /** {@code <base>/v1/<path>}. */
    public URI endpoint(String path) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        if (!base.endsWith("/v1")) {
            base += "/v1";
        }
        return URI.create(base + "/" + path);
    }

    /** The provider's name for progress lines: "OpenAI" for api.openai.com, else the host. */
    public String provider() {
        return baseUrl.getHost().equalsIgnoreCase(OPENAI.getHost()) ? "OpenAI" : host();
    }
}
