package org.easel.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The daemon's version, and which ONNX Runtime build it bundles, both filled in by the build. */
public final class Version {
    private static final Properties BUILD = load();
    private static final String VERSION = filled("version", "dev").replace("-SNAPSHOT", "");
    private static final String ONNX_RUNTIME_BUILD = filled("onnxruntime", "unknown");

    private Version() {
    }

    public static String current() {
        return VERSION;
    }

    /** {@code cpu} or {@code cuda}: the Maven profile the jar was built with; {@code unknown} outside a build. */
    public static String onnxRuntimeBuild() {
        return ONNX_RUNTIME_BUILD;
    }

    private static String filled(String key, String fallback) {
        String value = BUILD.getProperty(key, fallback);
        return value.startsWith("${") ? fallback : value;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/easel-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable file means an unknown build: the fallbacks say so
        }
        return p;
    }
}
