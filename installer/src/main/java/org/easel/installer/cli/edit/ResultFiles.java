package org.easel.installer.cli.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.easel.protocol.client.EditResult;
import org.easel.protocol.client.Layer;
import org.easel.protocol.client.Variation;
import org.easel.protocol.client.WireImage;

/**
 * Writes an edit's result as files: the edited picture (layers composited onto the source, on the
 * canvas the result names), or with {@code layerOnly} the RGBA patch alone; several versions go
 * to one file each ({@code out-v1.png}, …). Returns what was written.
 */
public final class ResultFiles {
    private ResultFiles() {
    }

    public static List<Path> write(LoadedImage source, EditResult result, Path out, boolean layerOnly) throws ImageFileException {
        List<Path> written = new ArrayList<>();
        if (!result.variations().isEmpty()) {
            for (Variation v : result.variations()) {
                Path file = numbered(out, v.index());
                writeOne(source, result, List.of(v.layer()), file, layerOnly);
                written.add(file);
            }
            return written;
        }
        writeOne(source, result, result.layers(), out, layerOnly);
        written.add(out);
        return written;
    }

    private static void writeOne(LoadedImage source, EditResult result, List<Layer> layers, Path file, boolean layerOnly)
            throws ImageFileException {
        if (layerOnly) {
            if (layers.isEmpty()) {
                throw new ImageFileException(file + ": not written, the result has no layer (" + result.message() + ")");
            }
            ImageFiles.write(file, Compositor.layersOnly(layers), true);
            return;
        }
        WireImage edited = Compositor.compose(source.pixels(), result.canvasWidth(), result.canvasHeight(), result.offsetX(),
                result.offsetY(), layers);
        ImageFiles.write(file, edited, source.hadAlpha() || !ImageFiles.opaque(edited));
    }

    static Path numbered(Path out, int index) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot > 0 ? name.substring(0, dot) + "-v" + index + name.substring(dot) : name + "-v" + index;
        return out.resolveSibling(numbered);
    }

    /** Where the edit of {@code input} goes when no output is named: {@code photo.easel.png} beside it. */
    public static Path defaultOutput(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return input.resolveSibling(dot > 0 ? name.substring(0, dot) + ".easel" + name.substring(dot) : name + ".easel.png");
    }
}
