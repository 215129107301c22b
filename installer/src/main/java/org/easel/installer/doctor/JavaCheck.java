package org.easel.installer.doctor;

import java.util.List;

/** The Java running Easel: 17 or newer (the build targets 17, so an older one cannot even start it). */
public final class JavaCheck implements Check {
    static final int MINIMUM = 17;

    private final Runtime.Version version;
    private final String vendor;
    private final String javaHome;

    public JavaCheck(Runtime.Version version, String vendor, String javaHome) {
        this.version = version;
        this.vendor = vendor;
        this.javaHome = javaHome;
    }

    public static JavaCheck current() {
        return new JavaCheck(Runtime.version(), System.getProperty("java.vendor", "?"), System.getProperty("java.home", "?"));
    }

    @Override
    public List<Finding> run() {
        if (version.feature() < MINIMUM) {
            return List.of(Finding.fix("Java", version + " is too old; Easel needs Java " + MINIMUM
                    + " or newer: install one (e.g. apt install openjdk-17-jre) and put it first on PATH"));
        }
        return List.of(Finding.ok("Java", version + " (" + vendor + ") at " + javaHome));
    }
}
