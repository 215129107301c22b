package org.easel.server.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The real catalog (models/catalog.json) and the rules every catalog must follow. */
class CatalogTest {
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    private static String valid(String entryOverride) {
        return """
                {"format": 1, "baseUrl": "https://huggingface.co",
                 "fileUrl": "{base}/{repo}/resolve/{revision}/{path}",
                 "treeUrl": "{base}/api/models/{repo}/tree/{revision}?recursive=true",
                 "models": [%s]}""".formatted(entryOverride);
    }

    private static String entry(String id, String revision, String path, String capability) {
        return """
                {"id": "%s", "name": "N", "repository": "o/r", "revision": "%s",
                 "licence": {"id": "mit", "name": "MIT", "url": "https://x"},
                 "capabilities": ["%s"], "files": [{"path": "%s"}]}""".formatted(id, revision, capability, path);
    }

    @Test
    void theBundledCatalogParsesAndPinsEveryModelToACommit() throws Exception {
        Catalog catalog = Catalog.bundled();

        assertFalse(catalog.entries().isEmpty());
        for (CatalogEntry e : catalog.entries()) {
            assertTrue(COMMIT.matcher(e.revision()).matches(), e.id() + " revision " + e.revision());
            assertFalse(e.files().isEmpty(), e.id());
            assertTrue(e.files().stream().anyMatch(f -> f.path().equals("model_index.json")), e.id() + " has model_index.json");
            for (String component : List.of("scheduler/", "tokenizer/", "text_encoder/", "unet/", "vae_encoder/", "vae_decoder/")) {
                assertTrue(e.files().stream().anyMatch(f -> f.path().startsWith(component)), e.id() + " has " + component);
            }
            assertFalse(e.capabilities().isEmpty(), e.id());
            assertFalse(e.licence().url().isBlank(), e.id());
            assertTrue(e.approximateBytes().isPresent(), e.id() + " has a size to show before installing");
        }
        assertEquals("https://huggingface.co", catalog.baseUrl());
    }

    @Test
    void theBundledCatalogIsTheFileInTheModelsFolder() throws Exception {
        Catalog fromFile = Catalog.read(Path.of("..", "models", "catalog.json"));
        assertEquals(fromFile.entries(), Catalog.bundled().entries());
    }

    @Test
    void theModelTheDaemonRecommendsIsInTheCatalog() throws Exception {
        // ModelAdvice tells the artist: ./easel models install sd15-inpainting
        CatalogEntry inpainting = Catalog.bundled().require("sd15-inpainting");

        assertTrue(inpainting.capabilities().contains("inpaint"));
        assertTrue(Catalog.bundled().find("sd-turbo").orElseThrow().capabilities().contains("text-to-image"));
        assertTrue(Catalog.bundled().find("instruct-pix2pix").orElseThrow().capabilities().contains("instruction-edit"));
    }

    @Test
    void nonPermissiveLicencesNeedAcceptance() throws Exception {
        Catalog catalog = Catalog.bundled();
        assertTrue(catalog.require("sd-turbo").licence().needsAcceptance(), "non-commercial");
        assertTrue(catalog.require("sd15-inpainting").licence().needsAcceptance(), "use restrictions");
        assertFalse(catalog.require("instruct-pix2pix").licence().needsAcceptance(), "MIT");
        assertTrue(new Licence("other", "Other", "u", "", false).needsAcceptance(), "unknown licences are never waved through");
    }

    @Test
    void idsAreValidatedNeverUsedAsPaths() throws Exception {
        Catalog catalog = Catalog.bundled();
        for (String bad : List.of("../x", "..", "/etc", "a/b", ".incoming", "UPPER", "", "x".repeat(65), "a..b", "sd15 inpainting")) {
            assertFalse(ModelId.isValid(bad), bad);
            ModelException e = assertThrows(ModelException.class, () -> catalog.require(bad), bad);
            assertTrue(e.getMessage().contains("is not a model id"), e.getMessage());
        }
        ModelException unknown = assertThrows(ModelException.class, () -> catalog.require("sd99"));
        assertTrue(unknown.getMessage().contains("sd15-inpainting"), "lists the known ids: " + unknown.getMessage());
    }

    @Test
    void aBranchNameIsNotAPinnedRevision() {
        ModelException e = assertThrows(ModelException.class,
                () -> Catalog.parse(valid(entry("m", "main", "unet/model.onnx", "inpaint")), "t"));
        assertTrue(e.getMessage().contains("40-hex commit"), e.getMessage());
    }

    @Test
    void unsafePathsUnknownCapabilitiesAndDuplicatesAreRefused() {
        String rev = "a".repeat(40);
        for (String path : List.of("../escape", "/abs/file", "unet/../../x", "a\\\\b", "easel-model.json", "unet//x")) {
            assertThrows(ModelException.class, () -> Catalog.parse(valid(entry("m", rev, path, "inpaint")), "t"), path);
        }
        assertThrows(ModelException.class, () -> Catalog.parse(valid(entry("m", rev, "x", "fly")), "t"));
        assertThrows(ModelException.class, () -> Catalog.parse(valid(entry("../m", rev, "x", "inpaint")), "t"));
        assertThrows(ModelException.class, () -> Catalog.parse(valid(entry("m", rev, "x", "inpaint") + ","
                + entry("m", rev, "y", "inpaint")), "t"));
        assertThrows(ModelException.class, () -> Catalog.parse("{not json", "t"));
    }

    @Test
    void theBaseUrlComesFromTheFlagThenTheEnvironmentThenTheCatalog() throws Exception {
        Catalog catalog = Catalog.bundled();
        Map<String, String> env = Map.of(HubUrls.ENV_VAR, "https://mirror.example/");

        assertEquals("https://flag.example", HubUrls.of(catalog, Optional.of("https://flag.example"), env).base());
        assertEquals("https://mirror.example", HubUrls.of(catalog, Optional.empty(), env).base());
        assertEquals("https://huggingface.co", HubUrls.of(catalog, Optional.empty(), Map.of()).base());
        HubUrls urls = HubUrls.of(catalog, Optional.empty(), env);
        assertEquals("https://mirror.example/onnxruntime/sd-turbo/resolve/" + "f".repeat(40) + "/unet/model.onnx",
                urls.file("onnxruntime/sd-turbo", "f".repeat(40), "unet/model.onnx").toString());
        assertEquals("https://mirror.example/api/models/onnxruntime/sd-turbo/tree/" + "f".repeat(40) + "?recursive=true",
                urls.tree("onnxruntime/sd-turbo", "f".repeat(40)).toString());
        assertThrows(IllegalArgumentException.class, () -> HubUrls.of(catalog, Optional.of("ftp://x"), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> HubUrls.of(catalog, Optional.of("not a url"), Map.of()));
    }
}
