package org.easel.server.bench;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.JobControl;
import org.easel.server.engines.classical.fill.FillEngine;
import org.easel.server.imaging.CreatedPixelsEdge;
import org.easel.server.imaging.Raster;

/**
 * Easel's side of the photograph fill benchmark ({@code tools/fill_benchmark.py}, BENCHMARKS.md
 * "Fill and remove on real photographs"): fills each listed image's hole the way the daemon does
 * for "remove the selected …" (the whole {@link FillEngine} pipeline with the default soft edge),
 * composites the returned patch over the image as a host would, and writes the result.
 *
 * <p>The images it is given already have their hole pixels erased, so the true pixels are never
 * seen. One JVM serves the whole list; the first image is filled once untimed so the times are
 * those of a running daemon, not of a cold JIT.
 *
 * <p>Arguments: a manifest file with one {@code input.png TAB mask.png TAB output.png} per line,
 * and the file the seconds each fill took are written to, one per line, in the same order.
 */
public final class PhotoFillRunner {
    private PhotoFillRunner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PhotoFillRunner MANIFEST TIMES_OUT");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        StringBuilder times = new StringBuilder();
        boolean warm = false;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            Raster image = BenchImages.rgba(BenchImages.read(parts[0]));
            Raster mask = alpha(BenchImages.read(parts[1]));
            if (!warm) {
                fill(image, mask);
                warm = true;
            }
            long start = System.nanoTime();
            Raster patch = fill(image, mask);
            double seconds = (System.nanoTime() - start) / 1e9;
            times.append(String.format(java.util.Locale.ROOT, "%.4f%n", seconds));
            ImageIO.write(toImage(over(image, patch)), "png", new File(parts[2]));
        }
        Files.writeString(Path.of(args[1]), times.toString(), StandardCharsets.UTF_8);
    }

    private static Raster fill(Raster image, Raster mask) {
        return new FillEngine().fill(image, mask, image.width(), image.height(),
                CreatedPixelsEdge.featherPx(0), 1, JobControl.NONE);
    }



    /** A grey mask as an a8 selection: any non-black pixel is selected. */
    private static Raster alpha(BufferedImage mask) {
        int w = mask.getWidth();
        int h = mask.getHeight();
        byte[] px = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                px[y * w + x] = (mask.getRGB(x, y) & 0xFF) > 0 ? (byte) 0xFF : 0;
            }
        }
        return new Raster(0, 0, w, h, PixelFormat.A8, px);
    }

    /** The patch placed over the image, as Krita or GIMP show a new layer above the original. */
    private static Raster over(Raster image, Raster patch) {
        byte[] out = image.pixels().clone();
        byte[] p = patch.pixels();
        for (int y = 0; y < patch.height(); y++) {
            for (int x = 0; x < patch.width(); x++) {
                int cx = patch.x() + x;
                int cy = patch.y() + y;
                if (cx < 0 || cy < 0 || cx >= image.width() || cy >= image.height()) {
                    continue;
                }
                int s = (y * patch.width() + x) * 4;
                int d = (cy * image.width() + cx) * 4;
                float a = (p[s + 3] & 0xFF) / 255f;
                for (int c = 0; c < 3; c++) {
                    float v = (p[s + c] & 0xFF) * a + (out[d + c] & 0xFF) * (1 - a);
                    out[d + c] = (byte) Math.round(v);
                }
            }
        }
        return new Raster(0, 0, image.width(), image.height(), PixelFormat.RGBA8, out);
    }

    private static BufferedImage toImage(Raster raster) {
        BufferedImage image = new BufferedImage(raster.width(), raster.height(), BufferedImage.TYPE_INT_RGB);
        byte[] px = raster.pixels();
        for (int y = 0; y < raster.height(); y++) {
            for (int x = 0; x < raster.width(); x++) {
                int i = (y * raster.width() + x) * 4;
                image.setRGB(x, y, (px[i] & 0xFF) << 16 | (px[i + 1] & 0xFF) << 8 | (px[i + 2] & 0xFF));
            }
        }
        return image;
    }
}
