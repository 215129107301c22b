package org.easel.server.engines.hosted;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.easel.server.imaging.FloatImage;

/** 8-bit RGBA PNG, the only image format the Images API takes and gives, to and from float RGBA. */
public final class Png {
    private Png() {
    }

    public static byte[] encode(FloatImage image) {
        BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_ARGB);
        float[] rgba = image.data();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int i = (y * image.width() + x) * 4;
                out.setRGB(x, y, byteOf(rgba[i + 3]) << 24 | byteOf(rgba[i]) << 16 | byteOf(rgba[i + 1]) << 8
                        | byteOf(rgba[i + 2]));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return bytes.toByteArray();
    }

    /** The PNG's pixels at (0, 0); a {@link HostedFailure} when the bytes are not an image. */
    public static FloatImage decode(byte[] png) {
        BufferedImage in;
        try {
            in = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            in = null;
        }
        if (in == null) {
            throw new HostedFailure("the server's answer is not an image it could read (" + png.length + " bytes)");
        }
        FloatImage image = new FloatImage(0, 0, in.getWidth(), in.getHeight());
        float[] rgba = image.data();
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                int argb = in.getRGB(x, y);
                int i = (y * in.getWidth() + x) * 4;
                rgba[i] = (argb >> 16 & 0xff) / 255f;
                rgba[i + 1] = (argb >> 8 & 0xff) / 255f;
                rgba[i + 2] = (argb & 0xff) / 255f;
                rgba[i + 3] = (argb >>> 24) / 255f;
            }
        }
        return image;
    }

    private static int byteOf(float value) {
        return Math.round(Math.max(0f, Math.min(1f, value)) * 255f);
    }
}
