package org.easel.installer.doctor;

import java.util.List;

/**
 * One thing doctor checks. Each check gets everything it looks at (paths, environment, a
 * command runner, probes) in its constructor, so tests can give it a made-up machine.
 */
@FunctionalInterface
public interface Check {
    /** Usually one finding; a check may report a line per item (one per plugin, say). */
    List<Finding> run();
}
