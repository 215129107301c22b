package org.easel.server.engines.classical.fill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.easel.server.engines.JobControl;
import org.easel.server.imaging.BinaryMask;

/**
 * Fills the missing pixels of an image with patches of its known pixels, so that every patch of
 * the result looks like some patch of the rest of the image (Wexler, Shechtman and Irani 2007;
 * nearest neighbours by PatchMatch, Barnes et al. 2009). Working coarse to fine, the coarse scales
 * settle the layout (where an edge continues, which phase a texture takes) and the fine scales the
 * detail. Straight edges and periodic textures continue across the hole instead of smearing.
 * Where the exemplars do not continue the hole's border well (most photographs), the fill's
 * coarse tone is then taken from a smooth membrane and only its texture from the exemplars
 * ({@link StructureTextureBlend}).
 *
 * <p>Deterministic: the same image and hole always give the same result.
 */
public final class PatchMatchFill {
    /** 7×7 patches: big enough to carry an edge's direction, small enough to find matches. */
    static final int RADIUS = 3;
    private static final int SIDE = 2 * RADIUS + 1;
    /** Coarsest scale: small enough that random search covers it quickly, large enough for patches. */
    private static final int COARSEST_SIDE = 24;
    private static final int MIN_SOURCES = 16;
    /** Rounds of search and voting per level: measured on photographs (BENCHMARKS.md), three times the first choice. */
    private static final int COARSEST_ROUNDS = 18;
    private static final int MIDDLE_ROUNDS = 9;
    private static final int FINEST_ROUNDS = 6;
    private static final int REFINE_ROUNDS = 2;

    /**
     * The structure/texture blend, chosen on the tuning photographs (BENCHMARKS.md): at most this
     * share of the coarse structure comes from the membrane (1.0 smeared edges the exemplars had
     * right; 0.5 kept more of their tone errors)...
     */
    static final float MEMBRANE_WEIGHT = 0.75f;
    /** ...with the detail finer than this blur (σ in px) from the exemplars (σ 1.5 left too little detail)... */
    static final float STRUCTURE_SIGMA = 2f;
    /** ...none below this border residual (0-1 RGB; regular textures, synthetic edges)... */
    static final float RESIDUAL_TRUSTED = 0.02f;
    /** ...and all of {@link #MEMBRANE_WEIGHT} above this one, a ramp between. */
    static final float RESIDUAL_UNTRUSTED = 0.05f;

    private final long seed;

    public PatchMatchFill(long seed) {
        this.seed = seed;
    }

    /**
     * Fills {@code rgba}'s hole pixels in place.
     *
     * @param rgba {@code width × height} RGBA floats; values at hole pixels are ignored
     * @param hole true where a pixel is missing
     * @throws IllegalArgumentException when too little of the image is known to copy from
     */
    public void fill(float[] rgba, boolean[] hole, int width, int height, JobControl control) {
        fillReturningField(rgba, hole, hole, width, height, control);
    }

    /**
     * {@link #fill}, returning the finest nearest-neighbour field (null when nothing was missing).
     *
     * @param removed the hole pixels whose values are gone (the grown selection); the rest of the
     *                hole (the soft edge's outer half) is filled too but its pixels still anchor
     *                the membrane of {@link #blendStructure}. Must lie within {@code hole}.
     */
    NearestNeighbourField fillReturningField(float[] rgba, boolean[] hole, boolean[] removed, int width, int height,
                                             JobControl control) {
        if (width < SIDE * 2 || height < SIDE * 2) {
            throw new IllegalArgumentException("the area around the hole is too small to fill from ("
                    + width + "x" + height + " px)");
        }
        float[] original = rgba.clone();
        List<Level> pyramid = pyramid(new Level(width, height, rgba, hole.clone(), RADIUS));
        int levels = pyramid.size();
        Level coarsest = pyramid.get(levels - 1);
        if (coarsest.holeCount() == 0) {
            return null;
        }
        DiffusionFill.fill(coarsest.rgba, coarsest.hole, coarsest.width, coarsest.height);
        NearestNeighbourField field = null;
        for (int k = levels - 1; k >= 0; k--) {
            control.checkCancelled();
            Level level = pyramid.get(k);
            NearestNeighbourField next = new NearestNeighbourField(level, RADIUS);
            long levelSeed = seed * 1_000_033L + k;
            if (field == null) {
                next.randomise(levelSeed);
            } else {
                next.upsample(field, levelSeed);
                vote(next, level);
            }
            field = next;
            boolean coarsestLevel = k == levels - 1;
            int rounds = coarsestLevel ? COARSEST_ROUNDS : (k == 0 ? FINEST_ROUNDS : MIDDLE_ROUNDS);
            // Random search reaches half the level, not just around the match carried up from
            // the coarser level: on photographs that layout is often a smooth guess, and only
            // a wide search finds the textured exemplars that replace it.
            int searchRadius = coarsestLevel ? Math.max(level.width, level.height)
                    : Math.max(SIDE * 2, Math.max(level.width, level.height) / 2);
            for (int round = 0; round < rounds; round++) {
                control.checkCancelled();
                field.measure();
                field.improve(coarsestLevel && round == 0 ? 6 : 2, searchRadius, levelSeed * 17 + round);
                vote(field, level);
            }
            control.progress(levels - k, levels, "filling");
        }
        // The last pass copies rather than averages: averaging overlapping patches blurs the fill
        // (about 0.6 of the surroundings' detail on photographs; BENCHMARKS.md).
        Level finest = pyramid.get(0);
        voteSharp(field, finest);
        float residual = correctToneDrift(field, finest);
        blendStructure(finest, original, removed, residual);
        return field;
    }

    /**
     * Puts the exemplar fill's texture on a smooth membrane across the removed pixels where the
     * exemplars did not continue the surroundings well (see {@link StructureTextureBlend}). How
     * well they did is {@code residual}, the RMS difference between the known pixels just outside
     * the hole and what the matched patches propose there: near zero on regular textures and clean
     * edges, where the exemplars' layout is right and is kept whole; 0.04–0.12 on most photographs.
     * The membrane meets the known pixels at the border of {@code removed}, so the soft edge's
     * outer half, which is still the picture, anchors it.
     */
    private static void blendStructure(Level finest, float[] original, boolean[] removed, float residual) {
        float weight = MEMBRANE_WEIGHT * Math.max(0f, Math.min(1f,
                (residual - RESIDUAL_TRUSTED) / (RESIDUAL_UNTRUSTED - RESIDUAL_TRUSTED)));
        if (weight <= 0f) {
            return;
        }
        float[] membrane = original;
        MembraneFill.fill(membrane, removed, finest.width, finest.height);
        float[] structure = new float[membrane.length];
        for (int i = 0; i < structure.length; i++) {
            structure[i] = weight * membrane[i] + (1 - weight) * finest.rgba[i];
        }
        StructureTextureBlend.combine(finest.rgba, structure, finest.hole, finest.width, finest.height,
                STRUCTURE_SIGMA);
    }

    /**
     * Redoes at full size a fill that was made at a reduced size: {@code reduced} is that fill's
     * field, whose layout seeds the matching here, and {@code rgba}'s hole pixels hold the reduced
     * fill enlarged, as the estimate to match against. The result is made of full-resolution
     * exemplars, so it is sharper than the enlarged fill (on fine regular textures the layout
     * found at the reduced size can still be off; see BENCHMARKS.md).
     */
    void refine(float[] rgba, boolean[] hole, int width, int height, NearestNeighbourField reduced,
                JobControl control) {
        Level level = new Level(width, height, rgba, hole.clone(), RADIUS);
        if (level.sourceList.length < MIN_SOURCES || level.holeCount() == 0) {
            return;
        }
        NearestNeighbourField field = new NearestNeighbourField(level, RADIUS);
        field.rescale(reduced, seed);
        vote(field, level);
        for (int round = 0; round < REFINE_ROUNDS; round++) {
            control.checkCancelled();
            field.measure();
            field.improve(2, Math.max(8, SIDE * 2), seed * 13 + round);
            vote(field, level);
        }
        correctToneDrift(field, level);
    }

    /** The image at every scale, finest first, down to {@link #COARSEST_SIDE} or until exemplars run out. */
    private static List<Level> pyramid(Level finest) {
        List<Level> levels = new ArrayList<>();
        levels.add(finest);
        Level current = finest;
        if (current.sourceList.length < MIN_SOURCES) {
            throw new IllegalArgumentException("too little of the image around the hole is known to fill it from");
        }
        while (Math.max(current.width, current.height) > COARSEST_SIDE
                && Math.min(current.width, current.height) / 2 >= 3 * SIDE) {
            Level coarser = current.reduce(RADIUS);
            if (coarser.sourceList.length < MIN_SOURCES) {
                break;
            }
            levels.add(coarser);
            current = coarser;
        }
        return levels;
    }

    /**
     * Sets every hole pixel to the weighted mean of what the patches covering it propose; a
     * patch's weight falls with its distance, so good matches dominate and edges stay sharp.
     */
    static void vote(NearestNeighbourField field, Level level) {
        float[] weights = weights(field, level);
        float[] proposals = propose(field, level, weights, level.hole);
        copyWhere(level.hole, proposals, level.rgba);
    }

    /**
     * Exemplars copy absolute colours, so a slow change of tone across the hole (a gradient, light
     * falloff) comes out as a step. This corrects it: the difference between the known pixels
     * around the hole and what the matches propose there is fitted with a plane per channel, and
     * that plane is added across the hole. Only the plane: spreading the remaining, local
     * differences inward (as Poisson blending does) drew the border's colours into the middle of
     * large holes as a smooth cross, which cost both error and detail on photographs (BENCHMARKS.md).
     */
    static float correctToneDrift(NearestNeighbourField field, Level level) {
        int w = level.width;
        boolean[] ring = BinaryMask.dilate(level.hole, w, level.height, 1);
        for (int i = 0; i < ring.length; i++) {
            ring[i] &= !level.hole[i];
        }
        float[] proposals = propose(field, level, weights(field, level), ring);
        float[] offset = new float[level.rgba.length];
        for (int i = 0; i < ring.length; i++) {
            if (ring[i] && proposals[i * 4 + 3] >= 0f) {
                for (int c = 0; c < 4; c++) {
                    offset[i * 4 + c] = level.rgba[i * 4 + c] - proposals[i * 4 + c];
                }
            }
        }
        float[][] planes = fitPlanes(offset, ring, w);
        addPlanes(level.rgba, planes, w, level.hole);
        return residual(offset, ring, planes, w);
    }

    /** RMS over the ring's RGB values of what the planes leave of the offset. */
    private static float residual(float[] offset, boolean[] ring, float[][] planes, int w) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < ring.length; i++) {
            if (ring[i]) {
                float x = (i % w) / (float) w;
                float y = (i / w) / (float) w;
                for (int c = 0; c < 3; c++) {
                    double r = offset[i * 4 + c] - (planes[c][0] + planes[c][1] * x + planes[c][2] * y);
                    sum += r * r;
                }
                n += 3;
            }
        }
        return n == 0 ? 0f : (float) Math.sqrt(sum / n);
    }

    /** Per channel, the least-squares plane a + b·x + c·y through the values where {@code where} is true. */
    private static float[][] fitPlanes(float[] values, boolean[] where, int w) {
        double[][] normal = new double[3][3];
        double[][] rhs = new double[4][3];
        for (int i = 0; i < where.length; i++) {
            if (!where[i]) {
                continue;
            }
            double[] basis = {1, (i % w) / (double) w, (i / w) / (double) w};
            for (int r = 0; r < 3; r++) {
                for (int k = 0; k < 3; k++) {
                    normal[r][k] += basis[r] * basis[k];
                }
                for (int c = 0; c < 4; c++) {
                    rhs[c][r] += basis[r] * values[i * 4 + c];
                }
            }
        }
        float[][] planes = new float[4][];
        for (int c = 0; c < 4; c++) {
            planes[c] = solve3(normal, rhs[c]);
        }
        return planes;
    }

    /** Adds the planes' values to {@code values} where {@code where} is true. */
    private static void addPlanes(float[] values, float[][] planes, int w, boolean[] where) {
        for (int i = 0; i < where.length; i++) {
            if (where[i]) {
                float x = (i % w) / (float) w;
                float y = (i / w) / (float) w;
                for (int c = 0; c < 4; c++) {
                    values[i * 4 + c] += (planes[c][0] + planes[c][1] * x + planes[c][2] * y);
                }
            }
        }
    }

    /** Solves a 3×3 system by Cramer's rule; a singular one (a ring on one line) gives a constant. */
    private static float[] solve3(double[][] m, double[] b) {
        double det = det3(m[0], m[1], m[2]);
        if (Math.abs(det) < 1e-12) {
            return new float[] {(float) (m[0][0] > 0 ? b[0] / m[0][0] : 0), 0f, 0f};
        }
        float[] x = new float[3];
        for (int col = 0; col < 3; col++) {
            double[][] a = {m[0].clone(), m[1].clone(), m[2].clone()};
            for (int row = 0; row < 3; row++) {
                a[row][col] = b[row];
            }
            x[col] = (float) (det3(a[0], a[1], a[2]) / det);
        }
        return x;
    }

    private static double det3(double[] r0, double[] r1, double[] r2) {
        return r0[0] * (r1[1] * r2[2] - r1[2] * r2[1]) - r0[1] * (r1[0] * r2[2] - r1[2] * r2[0])
                + r0[2] * (r1[0] * r2[1] - r1[1] * r2[0]);
    }

    private static float[] weights(NearestNeighbourField field, Level level) {
        float sigma2 = typicalDistance(field, level);
        float[] weights = new float[field.match.length];
        for (int i = 0; i < weights.length; i++) {
            if (level.target[i]) {
                weights[i] = (float) Math.exp(-field.distance[i] / (2 * sigma2));
            }
        }
        return weights;
    }

    /**
     * What the matched patches propose for each pixel where {@code where} is true: RGBA, or alpha
     * -1 where no target patch covers the pixel.
     */
    private static float[] propose(NearestNeighbourField field, Level level, float[] weights, boolean[] where) {
        int w = level.width;
        float[] px = level.rgba;
        float[] out = new float[px.length];
        IntStream.range(0, level.height).parallel().forEach(y -> {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                if (!where[p]) {
                    continue;
                }
                float r = 0, g = 0, b = 0, a = 0, total = 0;
                for (int dy = -RADIUS; dy <= RADIUS; dy++) {
                    int cy = y - dy;
                    if (cy < 0 || cy >= level.height) {
                        continue;
                    }
                    for (int dx = -RADIUS; dx <= RADIUS; dx++) {
                        int cx = x - dx;
                        if (cx < 0 || cx >= w) {
                            continue;
                        }
                        int c = cy * w + cx;
                        if (!level.target[c]) {
                            continue;
                        }
                        int s = (field.match[c] + dy * w + dx) * 4;
                        float wt = weights[c];
                        r += px[s] * wt;
                        g += px[s + 1] * wt;
                        b += px[s + 2] * wt;
                        a += px[s + 3] * wt;
                        total += wt;
                    }
                }
                if (total > 0) {
                    out[p * 4] = r / total;
                    out[p * 4 + 1] = g / total;
                    out[p * 4 + 2] = b / total;
                    out[p * 4 + 3] = a / total;
                } else {
                    out[p * 4 + 3] = -1f;
                }
            }
        });
        return out;
    }

    /** Every hole pixel from the best-matching patch that covers it: no averaging, so no blur. */
    static void voteSharp(NearestNeighbourField field, Level level) {
        int w = level.width;
        float[] px = level.rgba;
        float[] out = new float[px.length];
        IntStream.range(0, level.height).parallel().forEach(y -> {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                if (!level.hole[p]) {
                    continue;
                }
                float best = Float.MAX_VALUE;
                int from = -1;
                for (int dy = -RADIUS; dy <= RADIUS; dy++) {
                    int cy = y - dy;
                    if (cy < 0 || cy >= level.height) {
                        continue;
                    }
                    for (int dx = -RADIUS; dx <= RADIUS; dx++) {
                        int cx = x - dx;
                        if (cx < 0 || cx >= w) {
                            continue;
                        }
                        int c = cy * w + cx;
                        if (level.target[c] && field.distance[c] < best) {
                            best = field.distance[c];
                            from = field.match[c] + dy * w + dx;
                        }
                    }
                }
                if (from >= 0) {
                    System.arraycopy(px, from * 4, out, p * 4, 4);
                    out[p * 4 + 3] = px[from * 4 + 3];
                } else {
                    out[p * 4 + 3] = -1f;
                }
            }
        });
        copyWhere(level.hole, out, px);
    }

    private static void copyWhere(boolean[] where, float[] from, float[] to) {
        for (int p = 0; p < where.length; p++) {
            if (where[p] && from[p * 4 + 3] >= 0f) {
                System.arraycopy(from, p * 4, to, p * 4, 4);
            }
        }
    }

    /** The 75th percentile of the match distances (Wexler et al.'s choice), never zero. */
    private static float typicalDistance(NearestNeighbourField field, Level level) {
        int n = 0;
        float[] sample = new float[Math.min(4096, field.match.length)];
        int stride = Math.max(1, field.match.length / sample.length);
        for (int i = 0; i < field.match.length && n < sample.length; i += stride) {
            if (level.target[i]) {
                sample[n++] = field.distance[i];
            }
        }
        if (n == 0) {
            return 1f;
        }
        Arrays.sort(sample, 0, n);
        return Math.max(1e-4f, sample[(int) (n * 0.75)]);
    }
}
