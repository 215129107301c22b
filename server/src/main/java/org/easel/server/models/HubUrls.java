package org.easel.server.models;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

/**
 * Where files and file listings are fetched: the catalog's URL patterns with {base}, {repo},
 * {revision} and {path} filled in. The base is https://huggingface.co unless --base-url or
 * EASEL_MODEL_BASE_URL names a mirror that serves the same paths.
 */
public record HubUrls(String base, String filePattern, String treePattern) {
    public static final String ENV_VAR = "EASEL_MODEL_BASE_URL";

    public HubUrls {
        base = checkBase(base);
    }

    /** The catalog's patterns with the base from the flag, else the environment, else the catalog. */
    public static HubUrls of(Catalog catalog, Optional<String> flag, Map<String, String> env) {
        String base = flag.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(env.get(ENV_VAR)).filter(s -> !s.isBlank()))
                .orElse(catalog.baseUrl());
        return new HubUrls(base, catalog.fileUrlPattern(), catalog.treeUrlPattern());
    }

    public URI file(String repository, String revision, String path) {
        return fill(filePattern, repository, revision, path);
    }

    public URI tree(String repository, String revision) {
        return fill(treePattern, repository, revision, "");
    }

    private URI fill(String pattern, String repository, String revision, String path) {
        // Repository, revision and path are validated (letters, digits and . _ + - only), so they
        // need no escaping.
        String url = pattern.replace("{base}", base).replace("{repo}", repository)
                .replace("{revision}", revision).replace("{path}", path);
        return URI.create(url);
    }

    private static String checkBase(String base) {
        String trimmed = base.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException();
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the model base URL must be an http(s) address like "
                    + "https://huggingface.co or https://hf-mirror.com, got \"" + base + "\"");
        }
        return trimmed;
    }
}
