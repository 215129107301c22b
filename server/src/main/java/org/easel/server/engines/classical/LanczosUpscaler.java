package org.easel.server.engines.classical;

import org.easel.server.engines.JobControl;
import org.easel.server.imaging.Raster;
import org.easel.server.imaging.Rect;
import org.easel.server.imaging.TiledUpscale;

/** The classical upscaler: Lanczos-3 in linear light and an edge-aware sharpening pass, in strips. */
public final class LanczosUpscaler implements Upscaler {
    private final TiledUpscale.Settings settings;

    public LanczosUpscaler() {
        this(TiledUpscale.Settings.DEFAULT);
    }

    public LanczosUpscaler(TiledUpscale.Settings settings) {
        this.settings = settings;
    }

    @Override
    public Raster enlarge(Raster image, Rect area, int width, int height, JobControl control) {
        return TiledUpscale.enlarge(image, area, width, height, settings, control);
    }
}
