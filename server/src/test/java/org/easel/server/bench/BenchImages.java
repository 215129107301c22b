package org.easel.server.bench;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.easel.protocol.PixelFormat;
import org.easel.server.imaging.Raster;

/** Photographs for the developer runners: read from a file, and as the opaque rgba8 layer a host would send. */
final class BenchImages {
    private BenchImages() {
    }

    static BufferedImage read(String path) throws IOException {
        BufferedImage image = ImageIO.read(new File(path));
        if (image == null) {
            throw new IOException("not an image: " + path);
        }
        return image;
    }

    static Raster rgba(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        byte[] px = new byte[w * h * 4];
        for (int i = 0; i < argb.length; i++) {
            px[i * 4] = (byte) (argb[i] >> 16);
            px[i * 4 + 1] = (byte) (argb[i] >> 8);
            px[i * 4 + 2] = (byte) argb[i];
            px[i * 4 + 3] = (byte) 0xFF;
        }
        return new Raster(0, 0, w, h, PixelFormat.RGBA8, px);
    }
}
