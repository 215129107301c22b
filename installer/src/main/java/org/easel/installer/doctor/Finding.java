package org.easel.installer.doctor;

/** One line of doctor's report: what was checked, how it came out, and what to do about it. */
public record Finding(Status status, String topic, String text) {

    public static Finding ok(String topic, String text) {
        return new Finding(Status.OK, topic, text);
    }

    public static Finding note(String topic, String text) {
        return new Finding(Status.NOTE, topic, text);
    }

    public static Finding warn(String topic, String text) {
        return new Finding(Status.WARN, topic, text);
    }

    public static Finding fix(String topic, String text) {
        return new Finding(Status.FIX, topic, text);
    }

    /** e.g. {@code "OK    Java: 17.0.15 (Debian)"} */
    public String line() {
        return String.format("%-5s %s: %s", status, topic, text);
    }
}
