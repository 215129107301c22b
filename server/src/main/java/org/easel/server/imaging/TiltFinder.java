package org.easel.server.imaging;

import java.util.Arrays;
import java.util.OptionalDouble;
import org.easel.server.engines.JobControl;

/**
 * Measures how far a photograph is tilted, so "straighten it" can turn it by a measured angle.
 *
 * <p>Man-made scenes and horizons are full of long straight edges that should be horizontal or
 * vertical. For every candidate direction across (-45°, 45°] in 0.05° steps, the strong edge
 * pixels oriented within 3° of it (Sobel gradient angle modulo 90°, so horizontal and vertical edges
 * take part together) are projected across it and the profile's sum of squares is its score
 * ({@link AlignmentScan}). A long line lands in one cell only at its exact angle, so it is measured
 * to a fraction of a degree, far better than any one pixel's gradient angle (a vote per pixel read
 * the same photos up to 1° apart); texture scores about the same at every angle. The best direction
 * within ±maxDegrees is trusted when its score is many times the median direction's.
 *
 * <p>Works on the luminance of a copy box-downscaled by an integer factor (the only full-size
 * pass is decoding, row by row through {@link PixelCodec}, so every format gives the same reading
 * and memory stays at one small float copy).
 */
public final class TiltFinder {
    /** Long side of the working copy: fine enough for 0.1° on lines, small enough to take milliseconds. */
    static final int WORKING_LONG_SIDE = 800;
    /** Only the strongest edges take part: above this quantile of gradient magnitude ... */
    static final double STRONG_QUANTILE = 0.90;
    /**
     * ... and above this Sobel magnitude (luminance 0..1; a clean step of 0.02, about 5 of 255,
     * gives 0.08), so a flat picture with faint noise has no edges at all.
     */
    static final float MIN_MAGNITUDE = 0.08f;
    /**
     * How many times the median direction's score the best one must reach to be a clear line
     * direction. On 32 photographs (TiltFinderRunner), turned by -4° to +3°: buildings, signs, rooms
     * and sharp horizons scored 10 to millions; animals, fruit, flowers and blurred water at most 3.7
     * (a tall grass meadow scored 55: its blades are long near-vertical lines). Converging verticals
     * shot from below (home.jpg, 3 to 4.5) and a thin sea horizon behind grass (Dune.jpg) read empty.
     */
    static final double MIN_PROMINENCE = 8;
    /**
     * The best direction must have at least this many edge pixels within 1° of it per pixel of the
     * working copy's short side: half a line across the picture, so a few stray edges are not a line.
     */
    static final double MIN_SUPPORT_PER_SIDE = 0.5;

    private TiltFinder() {
    }

    /**
     * The clockwise turn in degrees (negative: anticlockwise) that levels image: the turn that makes its
     * dominant near-horizontal and near-vertical straight lines (horizon, walls, door frames, table edges)
     * horizontal and vertical, within ±maxDegrees; empty when the picture has no clear such lines
     * (a flat colour, noise, foliage). Convention: Straighten.clockwise(tilted, turn, control) is level.
     */
    public static OptionalDouble levellingTurn(Raster image, double maxDegrees, JobControl control) {
        Reading reading = read(image, maxDegrees, control);
        return reading.clear() ? OptionalDouble.of(-reading.deviation()) : OptionalDouble.empty();
    }

    /**
     * What the finder saw: the best direction's deviation from the axes in screen coordinates (y down,
     * so positive means the picture is turned clockwise), how many times the median direction's score
     * it reaches, how many edge pixels lie within 1° of it, and the working copy's short side.
     */
    record Reading(double deviation, double prominence, int support, int shortSide) {
        static final Reading NONE = new Reading(0, 0, 0, 0);

        boolean clear() {
            return shortSide > 0 && prominence >= MIN_PROMINENCE && support >= MIN_SUPPORT_PER_SIDE * shortSide;
        }
    }

    static Reading read(Raster image, double maxDegrees, JobControl control) {
        Luminance lum = Luminance.of(image, WORKING_LONG_SIDE, control);
        if (lum.width() < 3 || lum.height() < 3) {
            return Reading.NONE;
        }
        Edges edges = Edges.of(lum, control);
        AlignmentScan scan = AlignmentScan.of(edges, lum.width(), lum.height(), control);
        return scan.peak(Math.min(Math.abs(maxDegrees), 45), edges, Math.min(lum.width(), lum.height()));
    }

    /** Luminance (Rec. 709 weights on the stored values, over black by alpha) box-averaged by an integer factor. */
    record Luminance(int width, int height, float[] values) {

        static Luminance of(Raster image, int longSide, JobControl control) {
            int factor = Math.max(1, (int) Math.ceil(Math.max(image.width(), image.height()) / (double) longSide));
            int w = image.width() / factor;
            int h = image.height() / factor;
            if (w < 1 || h < 1) {
                return new Luminance(0, 0, new float[0]);
            }
            PixelCodec codec = PixelCodec.of(image.format());
            float[] row = new float[w * factor * 4];
            float[] out = new float[w * h];
            float scale = 1f / (factor * factor);
            for (int y = 0; y < h; y++) {
                if (y % 64 == 0) {
                    control.checkCancelled();
                }
                int at = y * w;
                for (int r = 0; r < factor; r++) {
                    codec.decode(image.pixels(), (y * factor + r) * image.width(), w * factor, row, 0);
                    for (int x = 0, p = 0; x < w; x++) {
                        float sum = 0;
                        for (int i = 0; i < factor; i++, p += 4) {
                            sum += (0.2126f * row[p] + 0.7152f * row[p + 1] + 0.0722f * row[p + 2]) * row[p + 3];
                        }
                        out[at + x] += sum;
                    }
                }
                for (int x = 0; x < w; x++) {
                    out[at + x] *= scale;
                }
            }
            return new Luminance(w, h, out);
        }
    }

    /** The strong edge pixels: position from the centre, contrast, deviation from the nearest axis, family. */
    record Edges(float[] x, float[] y, float[] weight, float[] deviation, boolean[] horizontal, int count) {

        static Edges of(Luminance lum, JobControl control) {
            float threshold = Math.max(MIN_MAGNITUDE, strongMagnitude(lum));
            int w = lum.width();
            int h = lum.height();
            float[] v = lum.values();
            int capacity = 1024;
            float[] xs = new float[capacity];
            float[] ys = new float[capacity];
            float[] ws = new float[capacity];
            float[] ds = new float[capacity];
            boolean[] hs = new boolean[capacity];
            int n = 0;
            for (int y = 1; y < h - 1; y++) {
                if (y % 64 == 0) {
                    control.checkCancelled();
                }
                for (int x = 1; x < w - 1; x++) {
                    int i = y * w + x;
                    float gx = gx(v, i, w);
                    float gy = gy(v, i, w);
                    float magnitude = (float) Math.sqrt(gx * gx + gy * gy);
                    if (magnitude < threshold) {
                        continue;
                    }
                    if (n == capacity) {
                        capacity *= 2;
                        xs = Arrays.copyOf(xs, capacity);
                        ys = Arrays.copyOf(ys, capacity);
                        ws = Arrays.copyOf(ws, capacity);
                        ds = Arrays.copyOf(ds, capacity);
                        hs = Arrays.copyOf(hs, capacity);
                    }
                    // The gradient is square to the edge, so modulo 90° its angle is the edge's own.
                    double angle = Math.toDegrees(Math.atan2(gy, gx));
                    xs[n] = x + 0.5f - w / 2f;
                    ys[n] = y + 0.5f - h / 2f;
                    ws[n] = magnitude;
                    ds[n] = (float) (angle - 90 * Math.floor((angle + 45) / 90));
                    hs[n] = Math.abs(gy) >= Math.abs(gx);
                    n++;
                }
            }
            return new Edges(xs, ys, ws, ds, hs, n).sortedByDeviation();
        }

        private Edges sortedByDeviation() {
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Float.compare(deviation[a], deviation[b]));
            float[] xs = new float[count];
            float[] ys = new float[count];
            float[] ws = new float[count];
            float[] ds = new float[count];
            boolean[] hs = new boolean[count];
            for (int k = 0; k < count; k++) {
                int i = order[k];
                xs[k] = x[i];
                ys[k] = y[i];
                ws[k] = weight[i];
                ds[k] = deviation[i];
                hs[k] = horizontal[i];
            }
            return new Edges(xs, ys, ws, ds, hs, count);
        }

        /** Index of the first edge whose deviation is at least {@code degrees}. */
        int firstAtLeast(double degrees) {
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (deviation[mid] < degrees) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The {@link #STRONG_QUANTILE} of Sobel magnitude, from a regular sample of about 20 000 pixels. */
        private static float strongMagnitude(Luminance lum) {
            int w = lum.width();
            int inner = (w - 2) * (lum.height() - 2);
            int step = Math.max(1, inner / 20_000);
            float[] sample = new float[(inner + step - 1) / step];
            int n = 0;
            for (int k = 0; k < inner; k += step) {
                int i = (k / (w - 2) + 1) * w + k % (w - 2) + 1;
                float gx = gx(lum.values(), i, w);
                float gy = gy(lum.values(), i, w);
                sample[n++] = (float) Math.sqrt(gx * gx + gy * gy);
            }
            Arrays.sort(sample, 0, n);
            return sample[Math.min(n - 1, (int) (STRONG_QUANTILE * n))];
        }

        private static float gx(float[] v, int i, int w) {
            return (v[i - w + 1] + 2 * v[i + 1] + v[i + w + 1]) - (v[i - w - 1] + 2 * v[i - 1] + v[i + w - 1]);
        }

        private static float gy(float[] v, int i, int w) {
            return (v[i + w - 1] + 2 * v[i + w] + v[i + w + 1]) - (v[i - w - 1] + 2 * v[i - w] + v[i - w + 1]);
        }
    }

    /**
     * How sharply the edges line up along each candidate direction: edges whose own orientation is
     * near the direction are projected across it (horizontal edges onto a column, vertical ones onto a
     * row) and the profile's sum of squares is the score. A long straight line piles into one or two
     * cells only at its exact angle, so the score peaks there with a width of about 1/length radians,
     * far finer than any one pixel's gradient angle; texture scores about the same at every angle.
     */
    record AlignmentScan(double[] score) {
        /**
         * Vertical edges count twice: held level, a camera keeps walls and door frames parallel to the
         * picture's sides, while receding horizontals (floors of a facade, a table's sides) slant by
         * perspective. Measured: the building facade read 8.7° from its receding floors at 1, 0.4° at 2.
         */
        static final double VERTICAL_WEIGHT = 2;
        /** Spacing of the candidate directions over the whole (-45°, 45°]. */
        static final double STEP_DEGREES = 0.05;
        /** An edge takes part in directions within this many degrees of its own gradient angle (soft, triangular). */
        static final double GATE_DEGREES = 3;

        static AlignmentScan of(Edges edges, int width, int height, JobControl control) {
            int steps = (int) Math.round(90 / STEP_DEGREES);
            double[] score = new double[steps];
            int reach = (int) Math.ceil(Math.hypot(width, height) / 2) + 2;
            double[] across = new double[2 * reach + 2];
            double[] along = new double[2 * reach + 2];
            for (int k = 0; k < steps; k++) {
                if (k % 64 == 0) {
                    control.checkCancelled();
                }
                double theta = angle(k);
                double cos = Math.cos(Math.toRadians(theta));
                double sin = Math.sin(Math.toRadians(theta));
                Arrays.fill(across, 0);
                Arrays.fill(along, 0);
                // Directions near ±45° also see edges on the far side of the wrap.
                for (int wrap = -90; wrap <= 90; wrap += 90) {
                    int last = edges.firstAtLeast(theta + wrap + GATE_DEGREES);
                    for (int i = edges.firstAtLeast(theta + wrap - GATE_DEGREES); i < last; i++) {
                        double gate = 1 - Math.abs(edges.deviation()[i] - wrap - theta) / GATE_DEGREES;
                        double w = edges.weight()[i] * gate;
                        float x = edges.x()[i];
                        float y = edges.y()[i];
                        if (edges.horizontal()[i]) {
                            splat(across, reach + y * cos - x * sin, w);
                        } else {
                            splat(along, reach + x * cos + y * sin, w);
                        }
                    }
                }
                double sum = 0;
                for (int r = 0; r < across.length; r++) {
                    sum += across[r] * across[r] + VERTICAL_WEIGHT * along[r] * along[r];
                }
                score[k] = sum;
            }
            return new AlignmentScan(score);
        }

        private static void splat(double[] profile, double at, double weight) {
            int cell = (int) Math.floor(at);
            double f = at - cell;
            profile[cell] += weight * (1 - f);
            profile[cell + 1] += weight * f;
        }

        static double angle(int k) {
            return -45 + (k + 1) * STEP_DEGREES;
        }

        /** The best-aligned direction within ±maxDegrees, refined between steps, with its prominence. */
        Reading peak(double maxDegrees, Edges edges, int shortSide) {
            double background = median(score);
            int best = -1;
            for (int k = 0; k < score.length; k++) {
                // Only a true local maximum: at the edge of the range a stronger direction outside it only shows its foot.
                boolean local = score[k] >= score[Math.floorMod(k - 1, score.length)]
                        && score[k] >= score[Math.floorMod(k + 1, score.length)];
                if (local && Math.abs(angle(k)) <= maxDegrees && (best < 0 || score[k] > score[best])) {
                    best = k;
                }
            }
            if (best < 0 || score[best] <= 0) {
                return Reading.NONE;
            }
            double before = score[Math.floorMod(best - 1, score.length)];
            double after = score[Math.floorMod(best + 1, score.length)];
            double curvature = before - 2 * score[best] + after;
            double offset = curvature < 0 ? 0.5 * (before - after) / curvature : 0;
            double at = angle(best) + Math.max(-0.5, Math.min(0.5, offset)) * STEP_DEGREES;
            int support = edges.firstAtLeast(at + 1) - edges.firstAtLeast(at - 1);
            return new Reading(at, score[best] / Math.max(background, 1e-12), support, shortSide);
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }
}
