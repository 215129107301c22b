package org.easel.server.session;

import java.util.Optional;
import org.easel.server.imaging.Raster;

/**
 * The pixels a change started from: the image and the selection mask. Usually what the client
 * sent; for "more"/"less" the remembered start of the change being redone. The memory keeps the
 * part of them the result covers, so later follow-ups can redo the change.
 */
record SourcePixels(Raster image, Optional<Raster> selection) {

    static SourcePixels of(EditRequest request) {
        return new SourcePixels(request.image(), request.selection());
    }
}
