package org.easel.installer.doctor;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Whether a daemon answers for the state directory (found the way {@code easel status} finds it), and its version. */
public final class DaemonCheck implements Check {
    static final String TOPIC = "Daemon";

    /**
     * What looking for the daemon found.
     *
     * @param version the running daemon's version, empty when none answered
     * @param where "127.0.0.1:40123, pid 4242" when running; why not, when not
     */
    public record Seen(Optional<String> version, String where) {
        public static Seen running(String version, String where) {
            return new Seen(Optional.of(version), where);
        }

        public static Seen notRunning(String why) {
            return new Seen(Optional.empty(), why);
        }
    }

    private final Supplier<Seen> lookup;
    private final String thisVersion;

    public DaemonCheck(Supplier<Seen> lookup, String thisVersion) {
        this.lookup = lookup;
        this.thisVersion = thisVersion;
    }

    @Override
    public List<Finding> run() {
        Seen seen = lookup.get();
        if (seen.version().isEmpty()) {
            return List.of(Finding.note(TOPIC, "not running (" + seen.where() + "): start it with ./easel serve, "
                    + "or at every login with ./easel service install"));
        }
        String version = seen.version().get();
        if (!version.equals(thisVersion)) {
            return List.of(Finding.warn(TOPIC, "version " + version + " is running (" + seen.where() + "), but this is "
                    + thisVersion + ": restart it to use this one (./easel stop, then ./easel serve)"));
        }
        return List.of(Finding.ok(TOPIC, "running, version " + version + ", " + seen.where()));
    }
}
