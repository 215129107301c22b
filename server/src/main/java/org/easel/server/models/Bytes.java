package org.easel.server.models;

import java.util.Locale;

/** Byte counts for people: 595 B, 68.4 MB, 2.59 GB (decimal units, as Hugging Face shows them). */
public final class Bytes {
    private Bytes() {
    }

    public static String format(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f %s" : value >= 10 ? "%.1f %s" : "%.2f %s", value, units[unit]);
    }
}
