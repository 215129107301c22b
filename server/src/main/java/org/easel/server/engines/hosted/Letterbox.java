package org.easel.server.engines.hosted;

/**
 * Where an area of {@code width}×{@code height} sits inside an accepted size once scaled to fit
 * without changing its shape: the image sent is the area scaled to {@code innerWidth}×
 * {@code innerHeight} at ({@code left}, {@code top}), padded around; the answer is cropped there.
 */
public record Letterbox(int outerWidth, int outerHeight, int left, int top, int innerWidth, int innerHeight) {

    public static Letterbox fit(int width, int height, ImageSizes.Size size) {
        double scale = Math.min((double) size.width() / width, (double) size.height() / height);
        int w = Math.max(1, Math.min(size.width(), (int) Math.round(width * scale)));
        int h = Math.max(1, Math.min(size.height(), (int) Math.round(height * scale)));
        return new Letterbox(size.width(), size.height(), (size.width() - w) / 2, (size.height() - h) / 2, w, h);
    }
}
