package org.easel.server.engines.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sizes per model from the API reference, the shape chosen for an area, and where it sits. */
class ImageSizesTest {

    @Test
    void gptImageTakesTheShapeClosestToTheArea() {
        assertEquals("1536x1024", ImageSizes.choose("gpt-image-1", true, 900, 500).toString());
        assertEquals("1024x1536", ImageSizes.choose("gpt-image-1", true, 300, 480).toString());
        assertEquals("1024x1024", ImageSizes.choose("gpt-image-1", true, 400, 380).toString());
    }

    @Test
    void dallE2TakesTheSmallestSquareThatHoldsTheAreaElseTheLargest() {
        assertEquals("256x256", ImageSizes.choose("dall-e-2", true, 200, 120).toString());
        assertEquals("512x512", ImageSizes.choose("dall-e-2", true, 300, 500).toString());
        assertEquals("1024x1024", ImageSizes.choose("dall-e-2", true, 3000, 2000).toString(), "downscaled");
        assertEquals(Optional.of(new ImageSizes.Size(512, 512)),
                ImageSizes.smaller("dall-e-2", true, new ImageSizes.Size(1024, 1024)));
        assertEquals(Optional.empty(), ImageSizes.smaller("gpt-image-1", true, new ImageSizes.Size(1536, 1024)));
    }

    @Test
    void dallE3GeneratesWideAndTallButHasNoEdits() {
        assertEquals("1792x1024", ImageSizes.choose("dall-e-3", false, 1600, 900).toString());
        assertEquals("1024x1024", ImageSizes.choose("dall-e-3", true, 1600, 900).toString());
    }

    @Test
    void theLetterboxCentresTheScaledAreaWithoutChangingItsShape() {
        Letterbox box = Letterbox.fit(300, 200, new ImageSizes.Size(1024, 1024));
        assertEquals(new Letterbox(1024, 1024, 0, 170, 1024, 683), box);
    }

    @Test
    void theConfigurationRefusesAKeyInTheUrlAndBuiltInNames() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new HostedEngineConfig(
                "openai", "gpt-image-1", URI.create("https://u:sk-x@api.openai.com"), new ApiKey.None(), "auto"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new HostedEngineConfig(
                "diffusion", "gpt-image-1", HostedEngineConfig.OPENAI, new ApiKey.None(), "auto"));
        HostedEngineConfig ok = new HostedEngineConfig("openai", "gpt-image-1", URI.create("https://api.openai.com/v1/"),
                new ApiKey.None(), "auto");
        assertEquals(URI.create("https://api.openai.com/v1/images/edits"), ok.endpoint("images/edits"));
        assertEquals("OpenAI", ok.provider());
        assertEquals("api.openai.com", ok.host());
    }
}
