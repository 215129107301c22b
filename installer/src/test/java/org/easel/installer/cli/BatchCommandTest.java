package org.easel.installer.cli;

import static org.easel.installer.cli.EaselRun.easel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.easel.server.Daemon;
import org.easel.installer.cli.edit.ImageFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code easel batch} end to end, and the daemon the command line starts when none runs. */
class BatchCommandTest {
    @TempDir
    Path work;

    @Test
    void everyFileIsEditedAFailureIsNamedAndARerunResumes() throws Exception {
        Path state = Files.createDirectories(work.resolve("state"));
        Path in = Files.createDirectories(work.resolve("in"));
        Path out = Files.createDirectories(work.resolve("out"));
        ImageFiles.write(in.resolve("a.png"), EditCommandTest.eightBit(16, 16), false);
        ImageFiles.write(in.resolve("b.jpg"), EditCommandTest.eightBit(16, 16), false);
        ImageFiles.write(in.resolve("c.tif"), EditCommandTest.sixteenBit(16, 16), false);
        Files.writeString(in.resolve("broken.png"), "this is text");
        Files.writeString(in.resolve("readme.txt"), "not an image name: ignored");
        try (Daemon daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, state))) {
            EaselRun first = easel("batch", in.toString(), "make it black and white", "-o", out.toString(),
                    "--state-dir", state.toString());
            assertEquals(1, first.exit(), first.err());
            assertTrue(first.out().contains("3 done, 0 skipped (already written), 1 failed."), first.out());
            assertTrue(first.out().contains("failed broken.png: "), first.out());
            assertTrue(first.out().contains("not an image"), first.out());
            assertTrue(Files.exists(out.resolve("a.png")) && Files.exists(out.resolve("b.jpg")));
            assertTrue(ImageFiles.read(out.resolve("c.tif")).sixteenBit());
            assertFalse(Files.exists(out.resolve("broken.png")));

            Files.delete(out.resolve("b.jpg")); // as if the batch had been interrupted before it
            EaselRun again = easel("batch", in.toString(), "make it black and white", "-o", out.toString(),
                    "--state-dir", state.toString());
            assertEquals(1, again.exit());
            assertTrue(again.out().contains("1 done, 2 skipped (already written), 1 failed."), again.out());

            Files.delete(in.resolve("broken.png"));
            Path regraded = Files.createDirectories(work.resolve("regraded"));
            String conversation = "cli:" + in.resolve("a.png").toAbsolutePath().normalize();
            EaselRun reapply = easel("batch", in.toString(), "--reapply", conversation + "#1", "-o", regraded.toString(),
                    "--state-dir", state.toString());
            assertEquals(0, reapply.exit(), reapply.out() + reapply.err());
            assertTrue(reapply.out().contains("3 done, 0 skipped (already written), 0 failed."), reapply.out());
            byte[] grey = ImageFiles.read(regraded.resolve("a.png")).pixels().pixels();
            assertEquals(grey[0], grey[1]);
            assertEquals(grey[1], grey[2]);
        }
    }

    @Test
    void usageProblemsAreRefusedBeforeAnyWork() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        EaselRun noOut = easel("batch", in.toString(), "warmer", "-o", work.resolve("nowhere").toString());
        assertEquals(2, noOut.exit());
        assertTrue(noOut.err().contains("does not exist; create it first"), noOut.err());
        EaselRun both = easel("batch", in.toString(), "-o", in.toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("INSTRUCTION or --reapply"), both.err());
        EaselRun badTurn = easel("batch", in.toString(), "--reapply", "photo", "-o", work.toString());
        assertEquals(2, badTurn.exit());
        assertTrue(badTurn.err().contains("ID#N"), badTurn.err());
    }

    @Test
    void editStartsADaemonWhenNoneRunsAndItKeepsRunning() throws Exception {
        Path state = work.resolve("fresh-state");
        Path in = work.resolve("photo.png");
        ImageFiles.write(in, EditCommandTest.eightBit(8, 8), false);
        Path out = work.resolve("warm.png");
        try {
            EaselRun run = easel("edit", in.toString(), "a bit warmer", "-o", out.toString(), "--state-dir", state.toString());
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.err().contains("No Easel daemon was running; started one"), run.err());
            assertTrue(Files.exists(out));
            EaselRun status = easel("status", "--state-dir", state.toString());
            assertEquals(0, status.exit(), "the started daemon keeps running: " + status.out());
            EaselRun noStart = easel("edit", in.toString(), "a bit warmer", "-o", out.toString(), "--state-dir",
                    work.resolve("other-state").toString(), "--no-start");
            assertEquals(1, noStart.exit());
            assertTrue(noStart.err().contains("not running"), noStart.err());
        } finally {
            easel("stop", "--state-dir", state.toString());
        }
    }
}
