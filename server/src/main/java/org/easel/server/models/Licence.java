package org.easel.server.models;

import java.util.Set;

/**
 * A model's licence as the catalog gives it. Easel shows it before downloading; one that is not
 * permissive (use restrictions, non-commercial, anything not on a short list of open licences)
 * needs the user's explicit yes, whatever the catalog's requiresAcceptance says.
 */
public record Licence(String id, String name, String url, String summary, boolean requiresAcceptance) {
    /** Licences that put no conditions on use beyond keeping a notice. */
    private static final Set<String> PERMISSIVE = Set.of("mit", "apache-2.0", "bsd-2-clause", "bsd-3-clause",
            "cc0-1.0", "unlicense", "cc-by-4.0");

    /** True when installing needs --accept-license or a yes at the prompt. */
    public boolean needsAcceptance() {
        return requiresAcceptance || !PERMISSIVE.contains(id);
    }
}
