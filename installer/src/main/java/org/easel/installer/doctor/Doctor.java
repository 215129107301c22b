package org.easel.installer.doctor;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Runs the checks in order and prints one line per finding; a check that throws becomes a finding too. */
public final class Doctor {
    private Doctor() {
    }

    public static List<Finding> run(List<Check> checks, PrintStream out) {
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            List<Finding> result;
            try {
                result = check.run();
            } catch (RuntimeException e) {
                result = List.of(Finding.warn(check.getClass().getSimpleName(), "could not check: " + e));
            }
            result.forEach(f -> out.println(f.line()));
            out.flush();
            findings.addAll(result);
        }
        return findings;
    }

    /** 0 when nothing needs fixing, 1 otherwise. */
    public static int exitCode(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.status() == Status.FIX) ? 1 : 0;
    }

    public static String summary(List<Finding> findings) {
        long fixes = findings.stream().filter(f -> f.status() == Status.FIX).count();
        long warnings = findings.stream().filter(f -> f.status() == Status.WARN).count();
        if (fixes == 0) {
            return warnings == 0 ? "Everything is in order." : "Nothing to fix; " + warnings + " warning" + (warnings == 1 ? "" : "s") + " above.";
        }
        return fixes + " thing" + (fixes == 1 ? "" : "s") + " to fix (the FIX lines say how).";
    }
}
