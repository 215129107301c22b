package org.easel.installer.cli.edit;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats the command line reads and writes, named by their extensions. */
public enum ImageFileFormat {
    PNG("png", true, true),
    JPEG("jpeg", false, false),
    TIFF("tiff", true, true);

    private final String imageIoName;
    private final boolean alpha;
    private final boolean sixteenBit;

    ImageFileFormat(String imageIoName, boolean alpha, boolean sixteenBit) {
        this.imageIoName = imageIoName;
        this.alpha = alpha;
        this.sixteenBit = sixteenBit;
    }

    public String imageIoName() {
        return imageIoName;
    }

    public boolean keepsAlpha() {
        return alpha;
    }

    public boolean keepsSixteenBits() {
        return sixteenBit;
    }

    /** The format a file name's extension names. */
    public static Optional<ImageFileFormat> ofPath(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return Optional.of(PNG);
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return Optional.of(JPEG);
        }
        if (name.endsWith(".tif") || name.endsWith(".tiff")) {
            return Optional.of(TIFF);
        }
        return Optional.empty();
    }

    /** The format ImageIO's reader reports ("png", "JPEG", "tif"), if it is one of these. */
    static Optional<ImageFileFormat> ofReaderName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "png" -> Optional.of(PNG);
            case "jpeg", "jpg" -> Optional.of(JPEG);
            case "tif", "tiff" -> Optional.of(TIFF);
            default -> Optional.empty();
        };
    }
}
