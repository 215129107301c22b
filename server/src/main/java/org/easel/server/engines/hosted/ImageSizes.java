package org.easel.server.engines.hosted;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The image sizes a model accepts, from the OpenAI Images API reference: gpt-image-1 (and its
 * successors) 1024×1024, 1536×1024 and 1024×1536 for generations and edits; dall-e-3 generations
 * 1024×1024, 1792×1024, 1024×1792; dall-e-2 (and, as the safest guess, any model a compatible
 * server names otherwise) the squares 256, 512 and 1024.
 */
public final class ImageSizes {

    /** A width × height the API takes, written as the API writes it ("1536x1024"). */
    public record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }

        double aspect() {
            return (double) width / height;
        }
    }

    private static final List<Size> GPT_IMAGE = List.of(new Size(1024, 1024), new Size(1536, 1024), new Size(1024, 1536));
    private static final List<Size> DALL_E_3 = List.of(new Size(1024, 1024), new Size(1792, 1024), new Size(1024, 1792));
    private static final List<Size> SQUARES = List.of(new Size(256, 256), new Size(512, 512), new Size(1024, 1024));

    private ImageSizes() {
    }

    /** What {@code model} accepts; {@code edit} for the edits endpoint (dall-e-3 has none: its squares then). */
    public static List<Size> accepted(String model, boolean edit) {
        String m = model.toLowerCase(Locale.ROOT);
        if (m.startsWith("gpt-image")) {
            return GPT_IMAGE;
        }
        if (m.startsWith("dall-e-3") && !edit) {
            return DALL_E_3;
        }
        return SQUARES;
    }

    /**
     * The size to send a {@code width}×{@code height} area at: among the sizes closest in shape,
     * the smallest that holds it without enlarging, else the largest (the area is then
     * downscaled; oversized input is always resized before it is sent).
     */
    public static Size choose(String model, boolean edit, int width, int height) {
        double aspect = (double) width / height;
        List<Size> sizes = accepted(model, edit);
        double bestShape = sizes.stream().mapToDouble(s -> shapeDistance(s, aspect)).min().orElseThrow();
        List<Size> shaped = sizes.stream().filter(s -> shapeDistance(s, aspect) <= bestShape + 1e-9)
                .sorted(Comparator.comparingLong(s -> (long) s.width() * s.height())).toList();
        return shaped.stream().filter(s -> s.width() >= width && s.height() >= height).findFirst()
                .orElse(shaped.get(shaped.size() - 1));
    }

    /**
     * The largest PNG the edits endpoint takes: 25 MB for gpt-image models, 4 MB for dall-e-2 (and,
     * to be safe, for unknown models of compatible servers).
     */
    public static long maxUploadBytes(String model) {
        return model.toLowerCase(Locale.ROOT).startsWith("gpt-image") ? 25_000_000L : 4_000_000L;
    }

    /** The next smaller accepted size of the same shape, if any: where an image too big to upload goes. */
    public static java.util.Optional<Size> smaller(String model, boolean edit, Size size) {
        return accepted(model, edit).stream()
                .filter(s -> Math.abs(s.aspect() - size.aspect()) < 1e-9 && s.width() < size.width())
                .max(Comparator.comparingInt(Size::width));
    }

    private static double shapeDistance(Size size, double aspect) {
        return Math.abs(Math.log(size.aspect() / aspect));
    }
}
