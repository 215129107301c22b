package org.easel.installer.cli;

import static org.easel.installer.cli.EaselRun.easel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.easel.protocol.PixelFormat;
import org.easel.protocol.client.WireImage;
import org.easel.server.Daemon;
import org.easel.installer.cli.edit.ImageFiles;
import org.easel.installer.cli.edit.LoadedImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code easel edit} and {@code easel history} end to end against a real daemon. */
class EditCommandTest {
    @TempDir
    Path work;
    private Path state;
    private Daemon daemon;

    @BeforeEach
    void start() throws Exception {
        state = Files.createDirectories(work.resolve("state"));
        daemon = Daemon.start(new Daemon.Config("127.0.0.1", 0, state));
    }

    @AfterEach
    void stop() {
        daemon.close();
    }

    private EaselRun edit(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "edit";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--state-dir";
        all[args.length + 2] = state.toString();
        return easel(all);
    }

    /** A 16-bit picture whose values an 8-bit round trip could not keep (not multiples of 257). */
    static WireImage sixteenBit(int w, int h) {
        byte[] data = new byte[w * h * 8];
        for (int i = 0; i < w * h; i++) {
            int[] v = {1000 + i * 97, 30000 + i * 13, 60001 - i * 41, 65535};
            for (int c = 0; c < 4; c++) {
                data[i * 8 + c * 2] = (byte) v[c];
                data[i * 8 + c * 2 + 1] = (byte) (v[c] >> 8);
            }
        }
        return new WireImage(0, 0, w, h, PixelFormat.RGBA16, data);
    }

    static WireImage eightBit(int w, int h) {
        byte[] data = new byte[w * h * 4];
        for (int i = 0; i < w * h; i++) {
            data[4 * i] = (byte) (i * 5);
            data[4 * i + 1] = (byte) (90 + i);
            data[4 * i + 2] = (byte) (220 - i * 3);
            data[4 * i + 3] = (byte) 255;
        }
        return new WireImage(0, 0, w, h, PixelFormat.RGBA8, data);
    }

    private static int sample16(byte[] d, int pixel, int channel) {
        int o = pixel * 8 + channel * 2;
        return (d[o] & 0xFF) | (d[o + 1] & 0xFF) << 8;
    }

    @Test
    void aSixteenBitPngKeepsItsDepthAndOnlyTheSelectionChanges() throws Exception {
        Path in = work.resolve("deep.png");
        ImageFiles.write(in, sixteenBit(16, 16), false);
        Path out = work.resolve("deep-bw.png");
        EaselRun run = edit(in.toString(), "make it black and white", "--select", "0,0,8,16", "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Plan: "), "the plan comes first: " + run.out());
        assertTrue(run.out().contains("16-bit"), run.out());

        LoadedImage before = ImageFiles.read(in);
        LoadedImage after = ImageFiles.read(out);
        assertTrue(after.sixteenBit(), "the output is 16-bit");
        byte[] a = before.pixels().pixels();
        byte[] b = after.pixels().pixels();
        int changed = 0;
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                int i = y * 16 + x;
                if (x >= 8) {
                    for (int c = 0; c < 4; c++) {
                        assertEquals(sample16(a, i, c), sample16(b, i, c), "outside the selection at " + x + "," + y);
                    }
                } else {
                    assertEquals(sample16(b, i, 0), sample16(b, i, 1), "grey inside at " + x + "," + y);
                    assertEquals(sample16(b, i, 1), sample16(b, i, 2), "grey inside at " + x + "," + y);
                    changed += sample16(b, i, 0) != sample16(a, i, 0) ? 1 : 0;
                }
            }
        }
        assertTrue(changed > 100, "the selection was edited: " + changed);
        assertTrue(sample16(b, 0, 0) % 257 != 0 || sample16(b, 1, 0) % 257 != 0, "values beyond 8 bits survive");
    }

    @Test
    void aSixteenBitTiffStaysSixteenBit() throws Exception {
        Path in = work.resolve("deep.tif");
        ImageFiles.write(in, sixteenBit(8, 8), false);
        Path out = work.resolve("out.tiff");
        EaselRun run = edit(in.toString(), "a bit warmer", "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(ImageFiles.read(out).sixteenBit());
    }

    @Test
    void anExtensionWritesTheBiggerCanvasAndUndoFollowsUp() throws Exception {
        Path in = work.resolve("photo.png");
        WireImage original = eightBit(24, 16);
        ImageFiles.write(in, original, false);
        Path wide = work.resolve("wide.png");
        EaselRun run = edit(in.toString(), "extend the canvas to the right by 10 px", "-o", wide.toString());
        assertEquals(0, run.exit(), run.err());
        WireImage extended = ImageFiles.read(wide).pixels();
        assertEquals(34, extended.width());
        assertEquals(16, extended.height());
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 24; x++) {
                for (int c = 0; c < 4; c++) {
                    assertEquals(original.pixels()[(y * 24 + x) * 4 + c], extended.pixels()[(y * 34 + x) * 4 + c],
                            "the old canvas is unchanged at " + x + "," + y);
                }
            }
        }

        Path bw = work.resolve("bw.png");
        assertEquals(0, edit(in.toString(), "make it black and white", "-o", bw.toString()).exit());
        assertFalse(java.util.Arrays.equals(original.pixels(), ImageFiles.read(bw).pixels().pixels()));
        Path undone = work.resolve("undone.png");
        EaselRun undo = edit(in.toString(), "undo", "-o", undone.toString());
        assertEquals(0, undo.exit(), undo.err());
        assertArrayEquals(original.pixels(), ImageFiles.read(undone).pixels().pixels(), "undo gives the picture back");

        EaselRun history = easel("history", "cli:" + in.toAbsolutePath().normalize(), "--state-dir", state.toString());
        assertEquals(0, history.exit(), history.err());
        assertTrue(history.out().contains("#1  done      \"extend the canvas to the right by 10 px\""), history.out());
        assertTrue(history.out().contains("#3  done      \"undo\""), history.out());
        assertEquals(HistoryCommand.NO_TURNS, easel("history", "nobody", "--state-dir", state.toString()).exit());
    }

    @Test
    void layerOnlyWritesTheTransparentPatch() throws Exception {
        Path in = work.resolve("photo.png");
        ImageFiles.write(in, eightBit(20, 20), false);
        Path out = work.resolve("layer.png");
        EaselRun run = edit(in.toString(), "make it black and white", "--select", "5,5,4,4", "--layer-only", "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        WireImage layer = ImageFiles.read(out).pixels();
        assertEquals(4, layer.width(), "the patch covers the selection only");
        assertEquals((byte) 255, layer.pixels()[3]);
    }

    @Test
    void aQuestionIsPrintedWithItsReadingsAndChooseAnswersIt() throws Exception {
        Path in = work.resolve("photo.png");
        ImageFiles.write(in, eightBit(12, 12), false);
        Path out = work.resolve("out.png");
        EaselRun asked = edit(in.toString(), "contrast", "-o", out.toString());
        assertEquals(EditCommand.ASKED, asked.exit(), asked.err());
        assertTrue(asked.out().contains("Easel asks: More contrast or less?"), asked.out());
        assertTrue(asked.out().contains("1. Increase the contrast — whole layer   (\"increase the contrast\")"), asked.out());
        assertTrue(asked.out().contains("--choose N"), asked.out());
        assertFalse(Files.exists(out));

        EaselRun chosen = edit(in.toString(), "contrast", "--choose", "2", "-o", out.toString());
        assertEquals(0, chosen.exit(), chosen.err());
        assertTrue(chosen.out().contains("Plan: Reduce the contrast"), chosen.out());
        assertTrue(Files.exists(out));
    }

    @Test
    void badFilesAndFoldersAreRefusedAndNothingIsWritten() throws Exception {
        Path text = Files.writeString(work.resolve("notes.png"), "not a picture at all");
        Path out = work.resolve("out.png");
        EaselRun notImage = edit(text.toString(), "a bit warmer", "-o", out.toString());
        assertEquals(1, notImage.exit());
        assertTrue(notImage.err().contains("not an image"), notImage.err());

        Path good = work.resolve("good.png");
        ImageFiles.write(good, eightBit(64, 64), false);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = Files.write(work.resolve("cut.png"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        EaselRun cut = edit(truncated.toString(), "a bit warmer", "-o", out.toString());
        assertEquals(1, cut.exit());
        assertTrue(cut.err().contains("damaged or truncated"), cut.err());

        EaselRun noFolder = edit(good.toString(), "a bit warmer", "-o", work.resolve("missing/out.png").toString());
        assertEquals(2, noFolder.exit());
        assertTrue(noFolder.err().contains("does not exist"), noFolder.err());

        EaselRun refused = edit(good.toString(), "remove this", "-o", out.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("empty_selection"), refused.err());
        assertFalse(Files.exists(out), "no output after any failure");
        try (var files = Files.list(work)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".partial")), "no partial files left");
        }
    }

    @Test
    void theQuickStartSampleIsMadeWarmerWithAVignette() throws Exception {
        Path sample = Path.of("..", "docs", "examples", "hills.png");
        Path out = work.resolve("warm.png");
        EaselRun run = edit(sample.toString(), "make it warmer and add a vignette", "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Plan: Make it warmer, then add a vignette"), run.out());
        WireImage before = ImageFiles.read(sample).pixels();
        WireImage after = ImageFiles.read(out).pixels();
        int corner = 0;
        int centre = (128 * 384 + 192) * 4;
        assertTrue((after.pixels()[corner + 2] & 0xFF) < (before.pixels()[corner + 2] & 0xFF), "the corner is darker");
        assertTrue((after.pixels()[centre] & 0xFF) - (after.pixels()[centre + 2] & 0xFF)
                > (before.pixels()[centre] & 0xFF) - (before.pixels()[centre + 2] & 0xFF), "the middle is warmer");
    }
}
