package org.easel.server.imaging;

import org.easel.server.engines.JobControl;

/**
 * Enlarges a picture with a separable Lanczos-3 filter in linear light, then sharpens its edges
 * ({@link EdgeAwareSharpen}), one strip of output rows at a time.
 *
 * <p>Why linear light: sRGB values are not proportional to light, so interpolating them darkens
 * thin bright lines and light-dark edges; decoding to linear, filtering and encoding again keeps
 * their brightness. Colour is filtered premultiplied by alpha, so the arbitrary colour of
 * transparent pixels does not bleed into the edges of what is painted.
 *
 * <p>Why strips: a 64-megapixel result as float RGBA would be a gigabyte per copy. Each strip
 * decodes only the source rows its output rows read (the Lanczos support plus the sharpening's
 * margin), so the working memory is a few strips' worth whatever the size; only the result's own
 * bytes grow with it. Every output pixel is computed by the same operations in the same order
 * whatever the strip height, so a tiled result is bit-identical to a single-strip one.
 *
 * <p>The result has the source's pixel format: 16-bit stays 16-bit, float keeps values outside 0–1.
 */
public final class TiledUpscale {
    /** Output pixels per strip: about 16 MB of float working rows, whatever the width. */
    private static final int STRIP_PIXELS = 1 << 20;
    /** Floats of a row handled together in the vertical pass (8 KiB). */
    static final int BLOCK = 2048;

    /**
     * @param stripRows output rows per strip; 0 picks them from the width ({@link #STRIP_PIXELS})
     * @param sharpen   whether the edge-aware sharpening pass runs ({@link EdgeAwareSharpen#forFactor})
     */
    public record Settings(int stripRows, boolean sharpen) {
        public static final Settings DEFAULT = new Settings(0, true);

        public Settings {
            if (stripRows < 0) {
                throw new IllegalArgumentException("strip rows must be 0 (automatic) or positive, got " + stripRows);
            }
        }

        int rowsFor(int width) {
            return stripRows > 0 ? stripRows : Math.max(16, Math.min(512, STRIP_PIXELS / width));
        }
    }

    private final Raster image;
    private final Rect source;
    private final int width;
    private final int height;
    private final Settings settings;
    private final EdgeAwareSharpen sharpen;
    private final PixelCodec codec;
    private final boolean opaque;
    private final Lanczos3.Kernel across;
    private final Lanczos3.Kernel down;

    private TiledUpscale(Raster image, Rect source, int width, int height, Settings settings) {
        this.image = image;
        this.source = source;
        this.width = width;
        this.height = height;
        this.settings = settings;
        this.sharpen = settings.sharpen() ? EdgeAwareSharpen.forFactor(Math.max((double) width / source.width(),
                (double) height / source.height())) : EdgeAwareSharpen.NONE;
        this.codec = PixelCodec.of(image.format());
        this.opaque = opaque(image, source, codec);
        this.across = Lanczos3.Kernel.of(source.width(), width);
        this.down = Lanczos3.Kernel.of(source.height(), height);
    }

    /**
     * The part {@code source} (canvas coordinates) of {@code image} enlarged to {@code width ×
     * height}, as a raster at 0, 0 in the image's format.
     *
     * @throws IllegalArgumentException when {@code source} is not inside the image or the size is
     *         smaller than the source's
     */
    public static Raster enlarge(Raster image, Rect source, int width, int height, Settings settings,
                                 JobControl control) {
        if (source.isEmpty() || !Rect.of(image).contains(source)) {
            throw new IllegalArgumentException("the area to enlarge " + source + " is not inside the image " + Rect.of(image));
        }
        if (width < source.width() || height < source.height()) {
            throw new IllegalArgumentException("enlarging needs a size at least the source's " + source.width() + "x"
                    + source.height() + ", got " + width + "x" + height);
        }
        return new TiledUpscale(image, source, width, height, settings).run(control);
    }

    private Raster run(JobControl control) {
        byte[] out = new byte[Math.toIntExact(image.format().byteLength(width, height))];
        int rows = Math.min(height, settings.rowsFor(width));
        int margin = sharpen.margin();
        // The strip's working rows, allocated once and reused by every strip, so memory stays flat
        // and the collector has no strip-sized garbage to chase.
        Buffers buffers = new Buffers(sourceRowsAtMost(rows + 2 * margin), rows + 2 * margin, rows, width * 4);
        int strips = (height + rows - 1) / rows;
        for (int strip = 0; strip < strips; strip++) {
            control.checkCancelled();
            control.progress(strip, strips, "upscaling");
            int top = strip * rows;
            strip(top, Math.min(height, top + rows), out, buffers);
        }
        control.progress(strips, strips, "upscaling");
        return new Raster(0, 0, width, height, image.format(), out);
    }

    /** Rows of one strip: the source rows filtered across, the rows filtered down, the sharpened rows. */
    private record Buffers(float[][] across, float[][] enlarged, float[][] sharpened) {
        Buffers(int sourceRows, int enlargedRows, int rows, int floats) {
            this(new float[sourceRows][floats], new float[enlargedRows][floats], new float[rows][floats]);
        }
    }

    /** The most source rows any {@code count} consecutive output rows read. */
    private int sourceRowsAtMost(int count) {
        int most = 0;
        for (int t = 0; t < height; t++) {
            int last = Math.min(height, t + count) - 1;
            most = Math.max(most, down.first()[last] + down.weights()[last].length - down.first()[t]);
        }
        return most;
    }

    /** Output rows {@code top} to {@code bottom} (exclusive), encoded into {@code out}. */
    private void strip(int top, int bottom, byte[] out, Buffers buffers) {
        int margin = sharpen.margin();
        int first = Math.max(0, top - margin);
        int last = Math.min(height, bottom + margin);
        int sourceFirst = down.first()[first];
        int sourceEnd = 0;
        for (int t = first; t < last; t++) {
            sourceEnd = Math.max(sourceEnd, down.first()[t] + down.weights()[t].length);
        }
        int sourceRows = sourceEnd - sourceFirst;
        Chunks.run(sourceRows, (from, to) -> {
            float[] row = new float[source.width() * 4];
            for (int i = from; i < to; i++) {
                acrossRow(sourceFirst + i, row, buffers.across()[i]);
            }
        });
        Chunks.run(last - first, (from, to) -> {
            for (int i = from; i < to; i++) {
                downRow(first + i, buffers.across(), sourceFirst, buffers.enlarged()[i]);
            }
        });
        float[][] sharpened = sharpen.apply(buffers.enlarged(), first, top, bottom, height, buffers.sharpened());
        for (int t = top; t < bottom; t++) {
            codec.encode(sharpened[t - top], 0, width, out, t * width);
        }
    }

    /** Source row {@code s}, linear and premultiplied, filtered to the new width into {@code into}. */
    private void acrossRow(int s, float[] row, float[] into) {
        int firstPixel = (source.y() + s - image.y()) * image.width() + (source.x() - image.x());
        codec.decode(image.pixels(), firstPixel, source.width(), row, 0);
        Srgb.toLinear(row);
        if (!opaque) {
            premultiply(row);
        }
        filterAcross(row, into);
    }

    private void filterAcross(float[] row, float[] out) {
        int[] firsts = across.first();
        float[][] weights = across.weights();
        for (int t = 0; t < width; t++) {
            Lanczos3.weightedPixel(row, firsts[t] * 4, weights[t], out, t * 4);
        }
    }

    /** Output row {@code t} from the rows filtered across, back in straight alpha and sRGB-encoded. */
    private void downRow(int t, float[][] across, int sourceFirst, float[] out) {
        float[] w = down.weights()[t];
        int firstRow = down.first()[t] - sourceFirst;
        java.util.Arrays.fill(out, 0f);
        // In blocks, so the taps' rows stay in the cache on wide pictures; each value still sums its taps in order.
        for (int from = 0; from < out.length; from += BLOCK) {
            int to = Math.min(out.length, from + BLOCK);
            for (int k = 0; k < w.length; k++) {
                float wk = w[k];
                float[] in = across[firstRow + k];
                for (int i = from; i < to; i++) {
                    out[i] += in[i] * wk;
                }
            }
        }
        if (opaque) {
            for (int i = 3; i < out.length; i += 4) {
                out[i] = 1f;   // weights sum to 1 only up to rounding; an opaque picture stays exactly opaque
            }
        } else {
            unpremultiply(out);
        }
        Srgb.fromLinear(out);
    }

    private static boolean opaque(Raster image, Rect source, PixelCodec codec) {
        float[] row = new float[source.width() * 4];
        for (int y = source.y(); y < source.bottom(); y++) {
            codec.decode(image.pixels(), (y - image.y()) * image.width() + (source.x() - image.x()), source.width(), row, 0);
            for (int i = 3; i < row.length; i += 4) {
                if (row[i] != 1f) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void premultiply(float[] rgba) {
        for (int p = 0; p < rgba.length; p += 4) {
            float a = rgba[p + 3];
            rgba[p] *= a;
            rgba[p + 1] *= a;
            rgba[p + 2] *= a;
        }
    }

    /** Back to straight alpha; Lanczos overshoot at an edge can leave alpha just outside 0–1, which is clamped. */
    private static void unpremultiply(float[] rgba) {
        for (int p = 0; p < rgba.length; p += 4) {
            float a = rgba[p + 3];
            if (a > 1e-6f) {
                rgba[p] /= a;
                rgba[p + 1] /= a;
                rgba[p + 2] /= a;
                rgba[p + 3] = Math.min(1f, a);
            } else {
                rgba[p] = 0f;
                rgba[p + 1] = 0f;
                rgba[p + 2] = 0f;
                rgba[p + 3] = 0f;
            }
        }
    }
}
