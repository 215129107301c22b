package org.easel.installer.cli.edit;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.easel.protocol.PixelFormat;
import org.easel.protocol.client.WireImage;

/**
 * Reads PNG, JPEG and TIFF files (8 or 16 bits a channel) into wire pixels and writes them back,
 * with the JDK's ImageIO (TIFF is in the JDK since 9). A damaged file is refused, never half read:
 * a reader's warning ("premature end of JPEG file") counts as an error. Files are written aside and
 * renamed into place, so an output is either whole or absent.
 */
public final class ImageFiles {
    private ImageFiles() {
    }

    public static LoadedImage read(Path file) throws ImageFileException {
        if (!Files.isRegularFile(file)) {
            throw new ImageFileException(file + ": no such file");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = input == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new ImageFileException(file + ": not an image Easel can read (it reads PNG, JPEG and TIFF)");
            }
            ImageReader reader = readers.next();
            try {
                String formatName = reader.getFormatName();
                ImageFileFormat format = ImageFileFormat.ofReaderName(formatName).orElseThrow(() ->
                        new ImageFileException(file + ": a " + formatName.toUpperCase(java.util.Locale.ROOT)
                                + " image; Easel reads PNG, JPEG and TIFF"));
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                reader.setInput(input, true, true);
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw new ImageFileException(file + ": damaged or truncated (" + String.join("; ", warnings) + ")");
                }
                return convert(file, image, format);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO reports a cut-off file as an IIOException, an EOFException or an unchecked exception
            throw new ImageFileException(file + ": damaged or truncated, it cannot be read (" + e.getMessage() + ")");
        }
    }

    private static LoadedImage convert(Path file, BufferedImage image, ImageFileFormat format) throws ImageFileException {
        ColorModel model = image.getColorModel();
        Raster raster = image.getRaster();
        int transfer = raster.getTransferType();
        int bits = model.getComponentSize(0);
        boolean alpha = model.hasAlpha();
        if (transfer == DataBuffer.TYPE_USHORT && bits == 16) {
            int colourType = model.getColorSpace().getType();
            if (colourType != ColorSpace.TYPE_RGB && colourType != ColorSpace.TYPE_GRAY) {
                throw new ImageFileException(file + ": a 16-bit image in a colour space Easel does not read (CMYK or other); "
                        + "save it as RGB or grayscale");
            }
            return new LoadedImage(sixteenBit(raster, model), format, alpha);
        }
        if (transfer == DataBuffer.TYPE_BYTE || transfer == DataBuffer.TYPE_INT
                || (transfer == DataBuffer.TYPE_USHORT && bits <= 8)) {
            return new LoadedImage(eightBit(image), format, alpha);
        }
        String depth = switch (transfer) {
            case DataBuffer.TYPE_FLOAT -> "32-bit floating-point";
            case DataBuffer.TYPE_DOUBLE -> "64-bit floating-point";
            default -> bits + "-bit";
        };
        throw new ImageFileException(file + ": " + depth + " samples, a depth Easel does not read; it reads 8 and 16 bits "
                + "a channel (save it as 16-bit)");
    }

    private static WireImage eightBit(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w); // converts any 8-bit model to straight sRGB
        byte[] out = new byte[w * h * 4];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            out[4 * i] = (byte) (p >> 16);
            out[4 * i + 1] = (byte) (p >> 8);
            out[4 * i + 2] = (byte) p;
            out[4 * i + 3] = (byte) (p >>> 24);
        }
        return new WireImage(0, 0, w, h, PixelFormat.RGBA8, out);
    }

    private static WireImage sixteenBit(Raster raster, ColorModel model) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        int colours = model.getNumColorComponents();
        boolean alpha = model.hasAlpha();
        int[] pixel = new int[raster.getNumBands()];
        byte[] out = new byte[w * h * 8];
        int o = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                raster.getPixel(x, y, pixel);
                int r = pixel[0];
                int g = colours >= 3 ? pixel[1] : r;
                int b = colours >= 3 ? pixel[2] : r;
                int a = alpha ? pixel[colours] : 0xFFFF;
                o = put16(out, o, r);
                o = put16(out, o, g);
                o = put16(out, o, b);
                o = put16(out, o, a);
            }
        }
        return new WireImage(0, 0, w, h, PixelFormat.RGBA16, out);
    }

    private static int put16(byte[] out, int o, int value) {
        out[o] = (byte) value;
        out[o + 1] = (byte) (value >> 8);
        return o + 2;
    }

    /**
     * Writes pixels to {@code file} in the format its extension names: 16 bits a channel to PNG and
     * TIFF when the pixels are {@code rgba16} (JPEG is 8-bit only), alpha when asked for and the
     * format has it. The bytes go to a hidden file beside it first, renamed into place when whole.
     */
    public static void write(Path file, WireImage pixels, boolean withAlpha) throws ImageFileException {
        ImageFileFormat format = ImageFileFormat.ofPath(file).orElseThrow(() -> new ImageFileException(file
                + ": the output's extension must be .png, .jpg, .jpeg, .tif or .tiff (it chooses the format)"));
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new ImageFileException(file + ": the folder " + folder + " does not exist; create it first");
        }
        boolean alpha = withAlpha && format.keepsAlpha();
        BufferedImage image = pixels.format() == PixelFormat.RGBA16 && format.keepsSixteenBits()
                ? sixteenBitImage(pixels, alpha) : eightBitImage(pixels, alpha);
        Path partial = folder.resolve("." + file.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            if (!ImageIO.write(image, format.imageIoName(), partial.toFile())) {
                throw new ImageFileException(file + ": this Java has no " + format.imageIoName() + " writer for this image");
            }
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (NoSuchFileException e) {
            throw new ImageFileException(file + ": the folder does not exist (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ImageFileException(file + ": cannot be written (" + e.getMessage() + ")");
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing was renamed into place; a stray hidden file is all that can remain
            }
        }
    }

    private static BufferedImage eightBitImage(WireImage pixels, boolean alpha) {
        int w = pixels.width();
        int h = pixels.height();
        PixelSamples samples = PixelSamples.of(pixels);
        BufferedImage image = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = samples.to8(i, 3) << 24 | samples.to8(i, 0) << 16 | samples.to8(i, 1) << 8 | samples.to8(i, 2);
        }
        image.setRGB(0, 0, w, h, argb, 0, w);
        return image;
    }

    private static BufferedImage sixteenBitImage(WireImage pixels, boolean alpha) {
        int w = pixels.width();
        int h = pixels.height();
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), alpha, false,
                alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(w, h);
        PixelSamples samples = PixelSamples.of(pixels);
        int bands = alpha ? 4 : 3;
        int[] pixel = new int[bands];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                for (int c = 0; c < bands; c++) {
                    pixel[c] = samples.get(i, c);
                }
                raster.setPixel(x, y, pixel);
            }
        }
        return new BufferedImage(model, raster, false, null);
    }

    /** Whether every pixel is fully opaque (then a file needs no alpha channel). */
    public static boolean opaque(WireImage pixels) {
        PixelSamples samples = PixelSamples.of(pixels);
        int max = samples.max();
        for (int i = 0, n = pixels.width() * pixels.height(); i < n; i++) {
            if (samples.get(i, 3) != max) {
                return false;
            }
        }
        return true;
    }
}
