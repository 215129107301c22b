package org.easel.server.host;

import java.util.Locale;

/** The desktop platforms whose folders Easel knows: where plugins, settings and login items go. */
public enum Platform {
    LINUX, MACOS, WINDOWS;

    /** The platform this JVM runs on; anything not macOS or Windows is treated as Linux (XDG folders). */
    public static Platform current() {
        return fromOsName(System.getProperty("os.name", ""));
    }

    static Platform fromOsName(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return WINDOWS;
        }
        if (os.startsWith("mac")) {
            return MACOS;
        }
        return LINUX;
    }

    /** The {@code os.name} this platform reports, for code that decides by it (the state directory's default). */
    public String osName() {
        return switch (this) {
            case LINUX -> "Linux";
            case MACOS -> "Mac OS X";
            case WINDOWS -> "Windows 11";
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
