package org.easel.installer.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.easel.server.engines.diffusion.testmodels.OracleModels;
import org.easel.server.models.Catalog;
import org.easel.server.models.CatalogEntry;
import org.easel.server.models.CatalogFile;
import org.easel.server.models.ModelStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** easel models … end to end in-process, the real catalog served by a WireMock mirror (--base-url). */
class ModelsCommandTest {
    @RegisterExtension
    static WireMockExtension mirror = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path state;

    private String out;
    private String err;

    private int easel(String... args) {
        EaselRun run = EaselRun.easel(args);
        out = run.out();
        err = run.err();
        return run.exit();
    }

    /** Serves instruct-pix2pix's pinned files (tiny stand-ins) and their listing on the mirror. */
    private Map<String, byte[]> serveInstructPix2Pix() throws Exception {
        CatalogEntry entry = Catalog.bundled().require("instruct-pix2pix");
        Map<String, byte[]> files = new LinkedHashMap<>();
        JsonArrayBuilder tree = Json.createArrayBuilder();
        Random random = new Random(3);
        for (CatalogFile f : entry.files()) {
            byte[] content = new byte[f.path().endsWith(".onnx") ? 40_000 : 300];
            random.nextBytes(content);
            files.put(f.path(), content);
            tree.add(Json.createObjectBuilder().add("type", "file").add("path", f.path()).add("size", content.length)
                    .add("oid", gitSha1(content))
                    .add("lfs", Json.createObjectBuilder().add("oid", sha256(content)).add("size", content.length)));
            mirror.stubFor(get(urlPathEqualTo("/" + entry.repository() + "/resolve/" + entry.revision() + "/" + f.path()))
                    .willReturn(aResponse().withStatus(200).withBody(content)));
        }
        mirror.stubFor(get(urlPathEqualTo("/api/models/" + entry.repository() + "/tree/" + entry.revision()))
                .willReturn(aResponse().withStatus(200).withBody(tree.build().toString())));
        return files;
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    private static String gitSha1(byte[] data) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        md.update(("blob " + data.length + "\0").getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(md.digest(data));
    }

    @Test
    void installListVerifyAndRemoveThroughAMirror() throws Exception {
        Map<String, byte[]> files = serveInstructPix2Pix();
        String dir = state.toString();

        assertEquals(0, easel("models", "install", "instruct-pix2pix", "--base-url", mirror.baseUrl(), "--state-dir", dir), err);
        assertTrue(out.contains("Licence: MIT"), out);
        assertTrue(out.contains("Size: "), out);
        assertTrue(out.contains("Installed instruct-pix2pix in " + state.resolve("models/instruct-pix2pix")), out);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            assertTrue(java.util.Arrays.equals(f.getValue(), Files.readAllBytes(state.resolve("models/instruct-pix2pix/" + f.getKey()))));
        }

        assertEquals(0, easel("models", "list", "--state-dir", dir));
        assertTrue(out.contains("instruct-pix2pix  installed\n"), out);
        assertTrue(out.contains("sd15-inpainting  not installed"), out);

        assertEquals(0, easel("models", "verify", "--state-dir", dir));
        assertTrue(out.contains("instruct-pix2pix: OK (10 files"), out);

        Path unet = state.resolve("models/instruct-pix2pix/unet/model.onnx");
        byte[] damaged = Files.readAllBytes(unet);
        damaged[5] ^= 1;
        Files.write(unet, damaged);
        assertEquals(1, easel("models", "verify", "instruct-pix2pix", "--state-dir", dir));
        assertTrue(out.contains("instruct-pix2pix: CORRUPT") && out.contains("unet/model.onnx: sha256 is"), out);

        assertEquals(0, easel("models", "remove", "instruct-pix2pix", "--state-dir", dir));
        assertFalse(Files.exists(state.resolve("models/instruct-pix2pix")));
        assertEquals(2, easel("models", "remove", "instruct-pix2pix", "--state-dir", dir));
        assertTrue(err.contains("instruct-pix2pix is not installed"), err);
    }

    @Test
    void aLicenceWithConditionsIsRefusedWithoutAcceptanceBeforeAnyDownload() {
        assertEquals(1, easel("models", "install", "sd-turbo", "--base-url", mirror.baseUrl(), "--state-dir", state.toString()));

        assertTrue(out.contains("Licence: Stability AI Non-Commercial"), out);
        assertTrue(err.contains("--accept-license"), err);
        mirror.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void idsAreCheckedBeforeAnythingElse() {
        assertEquals(2, easel("models", "remove", "../x", "--state-dir", state.toString()));
        assertTrue(err.contains("\"../x\" is not a model id"), err);
        assertEquals(2, easel("models", "install", "../x", "--state-dir", state.toString()));
        assertEquals(2, easel("models", "verify", "../x", "--state-dir", state.toString()));
        assertEquals(2, easel("models", "install", "no-such-model", "--state-dir", state.toString()));
        assertTrue(err.contains("not in the model catalog") && err.contains("sd15-inpainting"), err);
        assertEquals(2, easel("models", "install", "sd-turbo", "--base-url", "ftp://nope", "--state-dir", state.toString()));
        assertFalse(Files.exists(state.resolve("x")));
    }

    @Test
    void anOwnFolderIsAddedWithItsCapabilities() throws Exception {
        Path from = Files.createDirectories(state.resolve("mine/unet"));
        Files.writeString(state.resolve("mine/model_index.json"), "{}");
        Files.write(from.resolve("model.onnx"), new byte[1000]);

        assertEquals(0, easel("models", "install", "my-model", "--from", state.resolve("mine").toString(),
                "--capability", "inpaint", "--state-dir", state.toString()), err);
        assertEquals(0, easel("models", "list", "--state-dir", state.toString()));
        assertTrue(out.contains("my-model  installed, unverified (not in the catalog)"), out);
    }

    @Test
    void anOwnModelFolderSaysWhatItCanDoItself() throws Exception {
        Path folder = OracleModels.oracle().unetChannels(9).write(state.resolve("my-inpainter"));
        assertEquals(0, easel("models", "install", "my-inpainter", "--from", folder.toString(),
                "--state-dir", state.toString()), err);
        assertEquals(List.of("inpaint", "outpaint", "text-to-image", "variations"),
                new ModelStore(ModelStore.modelsDir(state)).find("my-inpainter").orElseThrow().capabilities());
    }

    @Test
    void modelsAloneShowsItsCommands() {
        assertEquals(0, easel("models"));
        for (String sub : new String[] {"list", "install", "remove", "verify"}) {
            assertTrue(out.contains(sub), out);
        }
    }
}
