package org.easel.installer.install;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plugin files this build carries: what tools/build_plugins.py wrote into the jar's
 * {@code plugins/} folder at build time (each plugin with its copy of the Python client), read
 * through {@code plugins/index.txt} because a jar cannot list a folder.
 */
public final class PluginBundle {
    static final String ROOT = "plugins/";
    static final String INDEX = ROOT + "index.txt";

    /** path in the bundle (e.g. {@code krita/pykrita/easel/docker.py}) to content */
    private final Map<String, byte[]> files;

    private PluginBundle(Map<String, byte[]> files) {
        this.files = files;
    }

    /** The bundle inside this jar (or target/classes when run from the build). */
    public static PluginBundle fromClasspath() throws MissingBundleException {
        ClassLoader loader = PluginBundle.class.getClassLoader();
        try (InputStream index = loader.getResourceAsStream(INDEX)) {
            if (index == null) {
                throw new MissingBundleException();
            }
            Map<String, byte[]> files = new TreeMap<>();
            for (String path : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (path.isBlank()) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream(ROOT + path)) {
                    if (in == null) {
                        throw new MissingBundleException();
                    }
                    files.put(path, in.readAllBytes());
                }
            }
            return new PluginBundle(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin files inside the Easel jar", e);
        }
    }

    /** A bundle of the given files (bundle path to content): for tests. */
    public static PluginBundle of(Map<String, byte[]> files) {
        return new PluginBundle(new TreeMap<>(files));
    }

    /** The app's files, their paths relative to the program's plugin folder, in a stable order. */
    public List<BundledFile> files(PluginApp app) {
        String prefix = app.bundleRoot() + "/";
        List<BundledFile> result = new ArrayList<>();
        files.forEach((path, content) -> {
            if (path.startsWith(prefix)) {
                String relative = path.substring(prefix.length());
                result.add(new BundledFile(relative, content, app.isExecutable(relative)));
            }
        });
        return result;
    }

    /** One file to install. */
    public record BundledFile(String path, byte[] content, boolean executable) {
    }

    /** The jar was built without the plugin files (an IDE build that skipped generate-resources, say). */
    public static final class MissingBundleException extends Exception {
        private static final long serialVersionUID = 1L;

        MissingBundleException() {
            super("this Easel build has no plugin files inside (" + INDEX + " is missing); rebuild it with "
                    + "`mvn -q package -DskipTests` (needs python3, which bundles the plugins), or let ./easel rebuild it");
        }
    }
}
