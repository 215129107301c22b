package org.easel.server.models;

import java.util.regex.Pattern;

/**
 * Model ids: lower-case letters, digits, '.', '_' and '-', starting with a letter or digit, at most
 * 64 characters. An id names a folder under the models folder, so anything else (a slash, "..", a
 * leading dot that would hide it) is refused before it comes near a path.
 */
public final class ModelId {
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private ModelId() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches() && !id.contains("..");
    }

    /** The id itself when valid; otherwise a ModelException that says what an id may contain. */
    public static String require(String id) throws ModelException {
        if (!isValid(id)) {
            throw new ModelException("\"" + id + "\" is not a model id: ids are lower-case letters, digits, '.', '_' "
                    + "and '-' (at most 64, starting with a letter or digit), for example sd15-inpainting. "
                    + "`easel models list` shows them.");
        }
        return id;
    }
}
