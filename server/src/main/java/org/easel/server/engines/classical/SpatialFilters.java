package org.easel.server.engines.classical;

import org.easel.server.imaging.FloatImage;
import org.easel.server.imaging.Rect;

/**
 * The adjustments whose result depends on neighbours or position: blur, sharpen, vignette, and
 * (through {@link DetailFilters}) clarity and noise reduction. Sizes
 * are relative to the edited area (the "frame": the selection's bounds, or the whole layer), so
 * "blur" looks alike on a thumbnail-sized selection and on a whole poster.
 */
final class SpatialFilters {
    /** Blur radius at amount 1, as a fraction of the frame's diagonal. */
    private static final double BLUR_RADIUS_AT_ONE = 0.04;
    /** Sharpening looks at detail of about this radius, in pixels. */
    private static final int SHARPEN_RADIUS = 2;
    private static final float SHARPEN_GAIN_AT_ONE = 4f;
    private static final float VIGNETTE_DARKENING_AT_ONE = 1.6f;

    private SpatialFilters() {
    }

    /** How many pixels beyond the frame the adjustment reads, so the caller can decode them too. */
    static int reach(Adjustment adjustment, Rect frame) {
        return switch (adjustment.kind()) {
            case BLUR -> 3 * blurRadius(adjustment.amount(), frame);
            case SHARPEN -> 3 * SHARPEN_RADIUS;
            case CLARITY -> 3 * DetailFilters.clarityRadius(frame);
            case DENOISE -> DetailFilters.denoiseRadius(adjustment.amount());
            default -> 0;
        };
    }

    static void apply(Adjustment adjustment, FloatImage image, Rect frame) {
        switch (adjustment.kind()) {
            case BLUR -> gaussian(image, blurRadius(adjustment.amount(), frame));
            case SHARPEN -> sharpen(image, (float) adjustment.amount() * SHARPEN_GAIN_AT_ONE);
            case VIGNETTE -> vignette(image, frame, (float) adjustment.amount() * VIGNETTE_DARKENING_AT_ONE);
            case CLARITY -> DetailFilters.clarity(image, frame, (float) adjustment.amount());
            case DENOISE -> DetailFilters.denoise(image, (float) adjustment.amount());
            default -> throw new IllegalArgumentException(adjustment.kind().wireName() + " is not spatial");
        }
    }

    static int blurRadius(double amount, Rect frame) {
        double diagonal = Math.hypot(frame.width(), frame.height());
        return Math.max(1, (int) Math.round(amount * BLUR_RADIUS_AT_ONE * diagonal));
    }

    /**
     * Approximates a Gaussian by three box blurs of radius {@code radius / 3·√3}-ish; colour is
     * blurred premultiplied by alpha so transparent pixels do not bleed their colour in. The image's
     * edges repeat outward.
     */
    static void gaussian(FloatImage image, int radius) {
        float[] px = image.data();
        premultiply(px, true);
        int box = Math.max(1, radius / 2);
        for (int pass = 0; pass < 3; pass++) {
            boxPass(px, image.width(), image.height(), box, true);
            boxPass(px, image.width(), image.height(), box, false);
        }
        premultiply(px, false);
    }

    /** Unsharp mask: adds {@code gain} times the difference between the image and its blur. */
    private static void sharpen(FloatImage image, float gain) {
        FloatImage blurred = image.copy();
        gaussian(blurred, SHARPEN_RADIUS);
        float[] px = image.data();
        float[] soft = blurred.data();
        for (int p = 0; p < px.length; p += 4) {
            for (int c = p; c < p + 3; c++) {
                px[c] += gain * (px[c] - soft[c]);
            }
        }
    }

    /** Darkens with a smooth falloff from the frame's centre to its corners. */
    private static void vignette(FloatImage image, Rect frame, float strength) {
        float cx = frame.x() + frame.width() / 2f;
        float cy = frame.y() + frame.height() / 2f;
        float halfW = frame.width() / 2f;
        float halfH = frame.height() / 2f;
        float[] px = image.data();
        for (int y = 0; y < image.height(); y++) {
            float dy = (image.y() + y + 0.5f - cy) / halfH;
            for (int x = 0; x < image.width(); x++) {
                float dx = (image.x() + x + 0.5f - cx) / halfW;
                // 0 at the centre, 1 at the corners; smoothstep from half-way out.
                float r = (float) Math.sqrt((dx * dx + dy * dy) / 2f);
                float t = Math.max(0f, Math.min(1f, (r - 0.35f) / 0.65f));
                float darkening = Math.min(1f, strength * t * t * (3f - 2f * t));
                int p = (y * image.width() + x) * 4;
                for (int c = p; c < p + 3; c++) {
                    px[c] *= 1f - darkening;
                }
            }
        }
    }

    private static void premultiply(float[] px, boolean forward) {
        for (int p = 0; p < px.length; p += 4) {
            float a = px[p + 3];
            for (int c = p; c < p + 3; c++) {
                if (forward) {
                    px[c] *= a;
                } else {
                    px[c] = a > 1e-6f ? px[c] / a : 0f;
                }
            }
        }
    }

    /** A running-sum box blur along rows ({@code horizontal}) or columns, edges repeated. */
    private static void boxPass(float[] px, int width, int height, int radius, boolean horizontal) {
        int length = horizontal ? width : height;
        int lines = horizontal ? height : width;
        int stride = horizontal ? 4 : width * 4;
        float[] line = new float[length * 4];
        float window = 2f * radius + 1f;
        for (int l = 0; l < lines; l++) {
            int start = horizontal ? l * width * 4 : l * 4;
            for (int i = 0; i < length; i++) {
                System.arraycopy(px, start + i * stride, line, i * 4, 4);
            }
            for (int c = 0; c < 4; c++) {
                float sum = 0f;
                for (int k = -radius; k <= radius; k++) {
                    sum += line[clamp(k, length) * 4 + c];
                }
                for (int i = 0; i < length; i++) {
                    px[start + i * stride + c] = sum / window;
                    sum += line[clamp(i + radius + 1, length) * 4 + c] - line[clamp(i - radius, length) * 4 + c];
                }
            }
        }
    }

    private static int clamp(int i, int length) {
        return i < 0 ? 0 : (i >= length ? length - 1 : i);
    }
}
