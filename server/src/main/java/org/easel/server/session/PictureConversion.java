package org.easel.server.session;

import org.easel.server.engines.diffusion.pipeline.Picture;
import org.easel.server.imaging.FloatImage;

/** Between the region pipeline's RGBA images and the networks' planar RGB pictures. */
final class PictureConversion {
    /** Transparent pixels are seen over mid-grey, the VAE's neutral value. */
    private static final float BACKDROP = 0.5f;

    private PictureConversion() {
    }

    static Picture toPicture(FloatImage image) {
        int plane = image.width() * image.height();
        float[] rgba = image.data();
        float[] rgb = new float[3 * plane];
        for (int i = 0; i < plane; i++) {
            float alpha = rgba[i * 4 + 3];
            for (int c = 0; c < 3; c++) {
                rgb[c * plane + i] = rgba[i * 4 + c] * alpha + BACKDROP * (1 - alpha);
            }
        }
        return new Picture(image.width(), image.height(), rgb);
    }

    /**
     * The picture as an RGBA image placed where {@code source} is, opaque unless {@code keepAlpha},
     * in which case each pixel takes the alpha of the source pixel it covers.
     */
    static FloatImage toImage(Picture picture, FloatImage source, boolean keepAlpha) {
        int w = picture.width();
        int h = picture.height();
        int plane = w * h;
        float[] rgb = picture.rgb();
        float[] rgba = new float[plane * 4];
        for (int y = 0; y < h; y++) {
            int sy = nearest(y, h, source.height());
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                for (int c = 0; c < 3; c++) {
                    rgba[i * 4 + c] = rgb[c * plane + i];
                }
                int sx = nearest(x, w, source.width());
                rgba[i * 4 + 3] = keepAlpha ? source.data()[(sy * source.width() + sx) * 4 + 3] : 1f;
            }
        }
        return new FloatImage(source.x(), source.y(), w, h, rgba);
    }

    /** The pixel of a {@code sourceSize}-wide row whose centre is nearest pixel {@code i} of a {@code size}-wide one. */
    static int nearest(int i, int size, int sourceSize) {
        return (int) ((i + 0.5) * sourceSize / size);
    }
}
