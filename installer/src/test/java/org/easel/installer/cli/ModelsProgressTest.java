package org.easel.installer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress display of easel models install, with a clock the test moves. */
class ModelsProgressTest {
    private long now;

    private String run(boolean terminal) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal,
                "Downloading", () -> now);
        progress.begin("sd-turbo", 1_000_000_000L, 0);
        progress.file("unet/model.onnx", 900_000_000L);
        for (int second = 1; second <= 12; second++) {
            now += 1_000_000_000L;
            progress.advance(50_000_000L);
        }
        progress.note("unet/model.onnx: HTTP 503; trying again in 2 s.");
        progress.end();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutATerminalALineEveryFewSecondsWithRateAndTimeLeft() {
        String out = run(false);

        assertTrue(out.contains("Downloading sd-turbo: 300 MB of 1.00 GB (30%), 50.0 MB/s, 0:14 left - unet/model.onnx"), out);
        assertTrue(out.contains("\nunet/model.onnx: HTTP 503; trying again in 2 s.\n"), out);
        assertTrue(out.lines().count() <= 6, "a line every 5 s, not one per chunk:\n" + out);
        assertTrue(!out.contains("\r"), out);
    }

    @Test
    void onATerminalABarRedrawnInPlace() {
        String out = run(true);

        assertTrue(out.contains("\r\033[KDownloading [######..................]  25% 250 MB/1.00 GB 50.0 MB/s 0:15 left unet/model.onnx"),
                out);
        assertTrue(out.endsWith("\n"), "the finished bar keeps its line");
    }

    @Test
    void durationsReadAsClockTimes() {
        assertEquals("0:42", ConsoleProgress.duration(42));
        assertEquals("12:05", ConsoleProgress.duration(725));
        assertEquals("2:00:01", ConsoleProgress.duration(7201));
    }
}
