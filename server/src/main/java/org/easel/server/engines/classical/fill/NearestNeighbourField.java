package org.easel.server.engines.classical.fill;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * For every target patch of a {@link Level}, the known patch that looks most like it, found by
 * PatchMatch (Barnes et al. 2009): good matches spread to neighbours (a match shifted by one pixel
 * is likely good for the neighbour too) and random search around the current match, in windows
 * that halve, finds better ones.
 *
 * <p>Rows are split into fixed bands that run in parallel; propagation stays within a band, so
 * the result does not depend on thread timing: the same input always gives the same field.
 */
final class NearestNeighbourField {
    private static final int BANDS = 4;

    private final Level level;
    private final int radius;
    /** Source centre index for each target centre index; -1 elsewhere. */
    final int[] match;
    /** The patch distance of each target's match. */
    final float[] distance;

    NearestNeighbourField(Level level, int radius) {
        this.level = level;
        this.radius = radius;
        this.match = new int[level.width * level.height];
        this.distance = new float[match.length];
        java.util.Arrays.fill(match, -1);
    }

    /** Every target gets a random exemplar. */
    void randomise(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] sources = level.sourceList;
        for (int i = 0; i < match.length; i++) {
            if (level.target[i]) {
                match[i] = sources[random.nextInt(sources.length)];
            }
        }
    }

    /**
     * Seeds this field from the field of the next coarser level: each target takes its coarse
     * parent's match, scaled up, or a random exemplar where that is not a usable source here.
     */
    void upsample(NearestNeighbourField coarse, long seed) {
        rescale(coarse, 0.5, 0.5, seed);
    }

    /**
     * Seeds this field from a field of the same image at another size: each target takes the
     * offset its counterpart there was matched with, rescaled, so the layout found at the
     * other size (where an edge runs, which phase a texture has) carries over.
     */
    void rescale(NearestNeighbourField other, long seed) {
        rescale(other, (double) other.level.width / level.width, (double) other.level.height / level.height, seed);
    }

    /** {@link #rescale(NearestNeighbourField, long)} with the other field's size as {@code sx, sy} times this one's. */
    private void rescale(NearestNeighbourField other, double sx, double sy, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Level o = other.level;
        int[] sources = level.sourceList;
        for (int y = 0; y < level.height; y++) {
            for (int x = 0; x < level.width; x++) {
                int i = y * level.width + x;
                if (!level.target[i]) {
                    continue;
                }
                int ox = Math.min(o.width - 1, (int) (x * sx));
                int oy = Math.min(o.height - 1, (int) (y * sy));
                int m = other.match[oy * o.width + ox];
                int candidate = -1;
                if (m >= 0) {
                    int tx = x + (int) Math.round((m % o.width - ox) / sx);
                    int ty = y + (int) Math.round((m / o.width - oy) / sy);
                    if (tx >= 0 && ty >= 0 && tx < level.width && ty < level.height
                            && level.source[ty * level.width + tx]) {
                        candidate = ty * level.width + tx;
                    }
                }
                match[i] = candidate >= 0 ? candidate : sources[random.nextInt(sources.length)];
            }
        }
    }

    /** Recomputes every target's distance against the current image. */
    void measure() {
        IntStream.range(0, BANDS).parallel().forEach(band -> {
            for (int y = bandStart(band); y < bandStart(band + 1); y++) {
                for (int x = 0; x < level.width; x++) {
                    int i = y * level.width + x;
                    if (level.target[i]) {
                        distance[i] = patchDistance(i, match[i], Float.MAX_VALUE);
                    }
                }
            }
        });
    }

    /**
     * Runs {@code iterations} rounds of propagation and random search; odd rounds scan backwards
     * so matches spread in every direction.
     *
     * @param searchRadius the first random-search window's half-width in pixels
     */
    void improve(int iterations, int searchRadius, long seed) {
        for (int iteration = 0; iteration < iterations; iteration++) {
            boolean forward = iteration % 2 == 0;
            long roundSeed = seed * 31 + iteration;
            IntStream.range(0, BANDS).parallel().forEach(band -> improveBand(band, forward, searchRadius,
                    new SplittableRandom(roundSeed * 1_000_003L + band)));
        }
    }

    private void improveBand(int band, boolean forward, int searchRadius, SplittableRandom random) {
        int w = level.width;
        int top = bandStart(band);
        int bottom = bandStart(band + 1);
        int step = forward ? 1 : -1;
        int yFrom = forward ? top : bottom - 1;
        int yTo = forward ? bottom : top - 1;
        for (int y = yFrom; y != yTo; y += step) {
            int xFrom = forward ? 0 : w - 1;
            int xTo = forward ? w : -1;
            for (int x = xFrom; x != xTo; x += step) {
                int i = y * w + x;
                if (!level.target[i]) {
                    continue;
                }
                // Propagation: the neighbour's match, shifted back by one pixel.
                int nx = x - step;
                if (nx >= 0 && nx < w && level.target[i - step]) {
                    tryCandidate(i, match[i - step] + step);
                }
                int ny = y - step;
                if (ny >= top && ny < bottom && level.target[i - step * w]) {
                    tryCandidate(i, match[i - step * w] + step * w);
                }
                randomSearch(i, searchRadius, random);
            }
        }
    }

    private void randomSearch(int target, int searchRadius, SplittableRandom random) {
        int w = level.width;
        int best = match[target];
        int bx = best % w;
        int by = best / w;
        for (int r = searchRadius; r >= 1; r /= 2) {
            int sx = bx + random.nextInt(-r, r + 1);
            int sy = by + random.nextInt(-r, r + 1);
            if (sx >= 0 && sy >= 0 && sx < w && sy < level.height) {
                tryCandidate(target, sy * w + sx);
            }
        }
    }

    private void tryCandidate(int target, int candidate) {
        // A shifted match that ran off a row lands within the patch radius of an edge, where no
        // centre is a source, so the source flag also rules out wrapping to the next row.
        if (candidate < 0 || candidate >= match.length || !level.source[candidate] || candidate == match[target]) {
            return;
        }
        float d = patchDistance(target, candidate, distance[target]);
        if (d < distance[target]) {
            distance[target] = d;
            match[target] = candidate;
        }
    }

    /** Sum of squared RGBA differences over the two patches; stops early once above {@code limit}. */
    float patchDistance(int target, int source, float limit) {
        int w = level.width;
        float[] px = level.rgba;
        int side = 2 * radius + 1;
        int t0 = ((target / w - radius) * w + target % w - radius) * 4;
        int s0 = ((source / w - radius) * w + source % w - radius) * 4;
        float sum = 0f;
        for (int row = 0; row < side; row++) {
            int t = t0 + row * w * 4;
            int s = s0 + row * w * 4;
            for (int k = 0; k < side * 4; k++) {
                float diff = px[t + k] - px[s + k];
                sum += diff * diff;
            }
            if (sum >= limit) {
                return sum;
            }
        }
        return sum;
    }

    private int bandStart(int band) {
        return (int) ((long) level.height * band / BANDS);
    }
}
