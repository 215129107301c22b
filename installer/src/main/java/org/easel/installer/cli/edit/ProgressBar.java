package org.easel.installer.cli.edit;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on stderr: redrawn in place at a terminal, otherwise (a log, a pipe) one line
 * when the stage changes, so logs stay short.
 */
public final class ProgressBar {
    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private String lastStage = "";
    private long lastDraw;
    private boolean drawn;

    public ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    public static ProgressBar forStderr() {
        return new ProgressBar(System.err, System.console() != null && !"dumb".equals(System.getenv("TERM")));
    }

    /** Shows {@code done} of {@code total} with a label ("adjusting", "photo.png"). */
    public void show(double fraction, String label) {
        if (terminal) {
            long now = System.nanoTime();
            if (now - lastDraw < REDRAW_NANOS && fraction < 1.0) {
                return;
            }
            lastDraw = now;
            int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * WIDTH);
            out.print(String.format(Locale.ROOT, "\r\033[K[%s%s] %3d%% %s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                    Math.round(fraction * 100), label));
            out.flush();
            drawn = true;
        } else if (!label.equals(lastStage)) {
            out.println(String.format(Locale.ROOT, "  %3d%% %s", Math.round(fraction * 100), label));
        }
        lastStage = label;
    }

    /** Ends the bar's line (before other output, and at the end). */
    public void finish() {
        if (terminal && drawn) {
            out.println();
        }
        drawn = false;
        lastStage = "";
    }
}
