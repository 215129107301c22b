package org.easel.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The daemon's version, filled in by the build. */
public final class Version {
    private static final String VERSION = load();

    private Version() {
    }

    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/easel-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v.replace("-SNAPSHOT", "");
        } catch (IOException e) {
            return "dev";
        }
    }
}
