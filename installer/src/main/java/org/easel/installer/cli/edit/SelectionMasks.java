package org.easel.installer.cli.edit;

import java.nio.file.Path;
import java.util.Arrays;
import org.easel.protocol.PixelFormat;
import org.easel.protocol.client.WireImage;

/** The selection of {@code --select x,y,w,h} or {@code --mask FILE}, as an {@code a8} mask cropped to its bounds. */
public final class SelectionMasks {
    private SelectionMasks() {
    }

    /** A rectangle "x,y,w,h", clipped to the canvas; refused when it misses it. */
    public static WireImage rectangle(String spec, int canvasWidth, int canvasHeight) throws IllegalArgumentException {
        String[] parts = spec.split(",");
        int[] v = new int[4];
        try {
            if (parts.length != 4) {
                throw new NumberFormatException();
            }
            for (int i = 0; i < 4; i++) {
                v[i] = Integer.parseInt(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--select needs x,y,width,height in pixels (e.g. 10,20,200,100), not '" + spec + "'");
        }
        int left = Math.max(0, v[0]);
        int top = Math.max(0, v[1]);
        int right = Math.min(canvasWidth, v[0] + v[2]);
        int bottom = Math.min(canvasHeight, v[1] + v[3]);
        if (v[2] < 1 || v[3] < 1 || right <= left || bottom <= top) {
            throw new IllegalArgumentException("--select " + spec + " does not overlap the " + canvasWidth + "×" + canvasHeight
                    + " image");
        }
        byte[] mask = new byte[(right - left) * (bottom - top)];
        Arrays.fill(mask, (byte) 255);
        return new WireImage(left, top, right - left, bottom - top, PixelFormat.A8, mask);
    }

    /**
     * A mask image the size of the canvas: white selects, black leaves alone, grey partly
     * (coverage = luminance × alpha), cropped to the selected pixels' bounds.
     */
    public static WireImage fromFile(Path file, int canvasWidth, int canvasHeight) throws ImageFileException {
        LoadedImage loaded = ImageFiles.read(file);
        WireImage image = loaded.pixels();
        if (image.width() != canvasWidth || image.height() != canvasHeight) {
            throw new ImageFileException(file + ": the mask is " + image.width() + "×" + image.height()
                    + " but the image is " + canvasWidth + "×" + canvasHeight + "; they must be the same size");
        }
        PixelSamples s = PixelSamples.of(image);
        int n = canvasWidth * canvasHeight;
        byte[] coverage = new byte[n];
        int left = canvasWidth;
        int top = canvasHeight;
        int right = -1;
        int bottom = -1;
        for (int i = 0; i < n; i++) {
            double luminance = 0.2126 * s.to8(i, 0) + 0.7152 * s.to8(i, 1) + 0.0722 * s.to8(i, 2);
            int c = (int) Math.round(luminance * s.to8(i, 3) / 255.0);
            coverage[i] = (byte) c;
            if (c > 0) {
                int x = i % canvasWidth;
                int y = i / canvasWidth;
                left = Math.min(left, x);
                right = Math.max(right, x);
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
            }
        }
        if (right < 0) {
            throw new ImageFileException(file + ": the mask selects nothing (it is black everywhere); white selects");
        }
        int w = right - left + 1;
        int h = bottom - top + 1;
        byte[] cropped = new byte[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(coverage, (top + y) * canvasWidth + left, cropped, y * w, w);
        }
        return new WireImage(left, top, w, h, PixelFormat.A8, cropped);
    }
}
