package org.easel.server.bench;

import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.easel.server.engines.JobControl;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Straighten;
import org.easel.server.imaging.TiltFinder;

/**
 * Developer check of {@link TiltFinder} on real photographs (BENCHMARKS.md "Measured tilt"): each
 * photo, reduced to about 1000 px, is turned by known angles with {@link Straighten#clockwise} and
 * the finder must name the turn that undoes it.
 *
 * <p>Photos are seldom perfectly level themselves, so the untouched photo is measured first and
 * each tilted copy is judged against that reading (against 0 when the untouched photo gave none):
 * turned {@code a} clockwise, the expected levelling turn is {@code base − a}.
 *
 * <p>Arguments: image paths (anything ImageIO reads). Prints one line per photo and a summary;
 * then times the finder on a 6000 × 4000 rgba8 picture made from the first photo.
 */
public final class TiltFinderRunner {
    private static final double[] TILTS = {-4, -2, -0.7, 1.3, 3};
    private static final double MAX_DEGREES = Double.parseDouble(System.getProperty("maxDegrees", "8"));
    private static final int REDUCED_LONG_SIDE = 1000;

    private TiltFinderRunner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: TiltFinderRunner IMAGE...");
            System.exit(2);
        }
        int cases = 0;
        int close = 0;
        int empty = 0;
        int wrong = 0;
        int levelEmpty = 0;
        List<Double> errors = new ArrayList<>();
        for (String path : args) {
            Raster photo = BenchImages.rgba(reduced(BenchImages.read(path)));
            OptionalDouble base = find(photo);
            if (base.isEmpty()) {
                levelEmpty++;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s %4dx%-4d base %s |",
                    new File(path).getName(), photo.width(), photo.height(), shown(base)));
            for (double tilt : TILTS) {
                OptionalDouble found = find(Straighten.clockwise(photo, tilt, JobControl.NONE));
                cases++;
                if (found.isEmpty()) {
                    empty++;
                    line.append(String.format(Locale.ROOT, " %+.1f: empty ", tilt));
                    continue;
                }
                double error = found.getAsDouble() - (base.orElse(0) - tilt);
                errors.add(Math.abs(error));
                close += Math.abs(error) <= 0.3 ? 1 : 0;
                wrong += Math.abs(error) > 1 ? 1 : 0;
                line.append(String.format(Locale.ROOT, " %+.1f: %+.2f", tilt, error));
            }
            System.out.println(line);
        }
        double[] sorted = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%d photos, %d tilted cases: within 0.3° %d, empty %d, wrong by more than 1° %d,"
                + " other %d; untouched photos without a reading %d%n", args.length, cases, close, empty, wrong,
                cases - close - empty - wrong, levelEmpty);
        if (sorted.length > 0) {
            System.out.printf(Locale.ROOT, "absolute error of the readings: median %.3f°, 90th percentile %.3f°%n",
                    sorted[sorted.length / 2], sorted[(int) (0.9 * (sorted.length - 1))]);
        }
        timeFullSize(BenchImages.read(args[0]));
    }

    private static OptionalDouble find(Raster image) {
        return TiltFinder.levellingTurn(image, MAX_DEGREES, JobControl.NONE);
    }

    private static String shown(OptionalDouble turn) {
        return turn.isPresent() ? String.format(Locale.ROOT, "%+6.2f", turn.getAsDouble()) : " empty";
    }

    /** Median of 7 runs, after 3 untimed ones, on a 24 MP picture (the JIT warm, as in a running daemon). */
    private static void timeFullSize(BufferedImage photo) {
        BufferedImage enlarged = new BufferedImage(6000, 4000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = enlarged.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(photo, 0, 0, 6000, 4000, null);
        g.dispose();
        Raster big = BenchImages.rgba(enlarged);
        double[] seconds = new double[7];
        for (int i = 0; i < 3; i++) {
            find(big);
        }
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            find(big);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "6000x4000 rgba8: %.3f s (median of %d)%n", seconds[seconds.length / 2],
                seconds.length);
    }


    private static BufferedImage reduced(BufferedImage image) {
        int longSide = Math.max(image.getWidth(), image.getHeight());
        if (longSide <= REDUCED_LONG_SIDE) {
            return image;
        }
        double f = REDUCED_LONG_SIDE / (double) longSide;
        int width = (int) Math.round(image.getWidth() * f);
        int height = (int) Math.round(image.getHeight() * f);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        out.getGraphics().drawImage(image.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
        return out;
    }

}
