package org.easel.installer.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.easel.server.models.Bytes;
import org.easel.installer.models.DownloadProgress;

/**
 * Progress on stderr: on a terminal a bar redrawn in place (bytes done of total, rate, time left,
 * current file); otherwise, as in a log or CI, one plain line every few seconds.
 */
final class ConsoleProgress implements DownloadProgress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LINE_NANOS = 5_000_000_000L;
    private static final long RATE_WINDOW_NANOS = 5_000_000_000L;
    private static final int BAR = 24;

    private final PrintStream out;
    private final boolean terminal;
    private final String verb;
    private final LongSupplier nanos;
    private final ArrayDeque<long[]> samples = new ArrayDeque<>();
    private String model = "";
    private String file = "";
    private long total;
    private long done;
    private long lastDraw;
    private boolean drawn;

    ConsoleProgress(PrintStream out, boolean terminal, String verb, LongSupplier nanos) {
        this.out = out;
        this.terminal = terminal;
        this.verb = verb;
        this.nanos = nanos;
    }

    static ConsoleProgress forStderr(String verb) {
        String term = System.getenv("TERM");
        boolean terminal = System.console() != null && !"dumb".equals(term);
        return new ConsoleProgress(System.err, terminal, verb, System::nanoTime);
    }

    @Override
    public void begin(String modelId, long totalBytes, long alreadyHave) {
        model = modelId;
        total = totalBytes;
        done = alreadyHave;
        samples.clear();
        lastDraw = nanos.getAsLong() - LINE_NANOS;
        if (alreadyHave > 0) {
            out.println(modelId + ": " + Bytes.format(alreadyHave) + " of " + Bytes.format(totalBytes)
                    + " already here from an earlier try; resuming.");
        }
    }

    @Override
    public void file(String path, long size) {
        file = path;
        draw(false);
    }

    @Override
    public void advance(long bytes) {
        done += bytes;
        draw(false);
    }

    @Override
    public void rewind(long bytes) {
        done = Math.max(0, done - bytes);
    }

    @Override
    public void note(String message) {
        clearLine();
        out.println(message);
        draw(true);
    }

    @Override
    public void end() {
        draw(true);
        if (terminal && drawn) {
            out.println();
        }
        drawn = false;
    }

    private void draw(boolean force) {
        long now = nanos.getAsLong();
        samples.addLast(new long[] {now, done});
        while (samples.size() > 2 && now - samples.peekFirst()[0] > RATE_WINDOW_NANOS) {
            samples.removeFirst();
        }
        if (!force && now - lastDraw < (terminal ? REDRAW_NANOS : LINE_NANOS)) {
            return;
        }
        if (!terminal && !force && done == 0) {
            return;
        }
        lastDraw = now;
        String line = line(now);
        if (terminal) {
            out.print("\r\033[K" + line);
        } else {
            out.println(line);
        }
        out.flush();
        drawn = true;
    }

    private String line(long now) {
        long[] first = samples.peekFirst();
        double seconds = (now - first[0]) / 1e9;
        double rate = seconds > 0.5 ? (done - first[1]) / seconds : 0;
        int percent = total > 0 ? (int) Math.min(100, done * 100 / total) : 100;
        String rateText = rate > 0 ? Bytes.format((long) rate) + "/s" : "";
        String eta = rate > 0 && total > done ? duration((long) ((total - done) / rate)) + " left" : "";
        if (terminal) {
            int filled = total > 0 ? (int) Math.min(BAR, done * BAR / total) : BAR;
            return String.format(Locale.ROOT, "%s [%s%s] %3d%% %s/%s %s %s %s", verb, "#".repeat(filled), ".".repeat(BAR - filled),
                    percent, Bytes.format(done), Bytes.format(total), rateText, eta, file).stripTrailing();
        }
        return verb + " " + model + ": " + Bytes.format(done) + " of " + Bytes.format(total) + " (" + percent + "%)"
                + (rateText.isEmpty() ? "" : ", " + rateText) + (eta.isEmpty() ? "" : ", " + eta) + " - " + file;
    }

    private void clearLine() {
        if (terminal && drawn) {
            out.print("\r\033[K");
        }
    }

    static String duration(long seconds) {
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
