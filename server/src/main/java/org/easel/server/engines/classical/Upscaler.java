package org.easel.server.engines.classical;

import org.easel.server.engines.JobControl;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;

/**
 * Enlarges a whole picture for "make it twice as big" and "upscale to 4000 px wide". The seam
 * for a super-resolution model: today {@link LanczosUpscaler} resamples classically; a model-backed
 * one would implement this too and be chosen when its model is installed.
 */
public interface Upscaler {

    /**
     * The part {@code area} (canvas coordinates) of {@code image} enlarged to {@code width × height},
     * placed at 0, 0 and in the image's pixel format.
     */
    Raster enlarge(Raster image, Rect area, int width, int height, JobControl control);
}
