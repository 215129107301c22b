package org.easel.server.models;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * File paths inside a model: relative, '/'-separated, each part letters, digits, '.', '_', '+' or
 * '-' and not "." or "..". Paths from the catalog, from a repository's file listing and from an
 * archive are all checked here before they are joined to a folder, so none can point outside it.
 */
public final class RelativePath {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_+-][A-Za-z0-9._+-]{0,127}|\\.[A-Za-z0-9_+-][A-Za-z0-9._+-]{0,126}");
    private static final int MAX_LENGTH = 512;

    private RelativePath() {
    }

    /** A file path (no trailing '/'). */
    public static boolean isValidFile(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.endsWith("/")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                return false;
            }
        }
        return !path.equals(ModelStore.MANIFEST);
    }

    /** A folder selector: a valid path followed by '/'. */
    public static boolean isValidFolder(String path) {
        return path != null && path.endsWith("/") && isValidFile(path.substring(0, path.length() - 1));
    }

    /** The file under root; the path must be valid (checked again here, and the result must stay under root). */
    public static Path resolve(Path root, String path) {
        if (!isValidFile(path)) {
            throw new IllegalArgumentException("not a valid model file path: " + path);
        }
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root.normalize())) {
            throw new IllegalArgumentException("path leaves its folder: " + path);
        }
        return resolved;
    }
}
