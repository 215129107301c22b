package org.easel.installer.models;

import org.easel.server.models.Catalog;
import org.easel.server.models.CatalogEntry;
import org.easel.server.models.HubUrls;
import org.easel.server.models.ModelException;
import org.easel.server.models.ModelManifest;
import org.easel.server.models.ModelStore;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.easel.server.models.ModelStore.InstalledModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Installing from a folder or an archive: the same checks and the same atomic publish as a download. */
class ModelOfflineInstallTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final FreeSpace PLENTY = dir -> Long.MAX_VALUE / 4;

    @RegisterExtension
    static WireMockExtension hf = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path temp;

    private ModelStore store;
    private FakeHub hub;
    private Catalog catalog;
    private CatalogEntry entry;

    @BeforeEach
    void setUp() throws Exception {
        store = new ModelStore(ModelStore.modelsDir(temp.resolve("state")));
        hub = FakeHub.diffusers(hf).stubTree();
        catalog = Catalog.parse(hub.catalog(FakeHub.DIFFUSERS_SELECTORS, "mit", false), "test");
        entry = catalog.require(FakeHub.ID);
    }

    private Optional<InstallPlan> plan() throws Exception {
        HubHttp http = new HubHttp(new RetryPolicy(1, Duration.ZERO, d -> { }), Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
        return Optional.of(new PlanResolver(new TreeApiClient(http, HubUrls.of(catalog, Optional.empty(), Map.of()), n -> { }))
                .resolve(entry));
    }

    private LocalInstaller installer() {
        return new LocalInstaller(store, PLENTY, DownloadProgress.NONE, CLOCK);
    }

    /** The model's files under prefix, plus files that are not part of it. */
    private Map<String, byte[]> layout(String prefix) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        hub.files.forEach((path, content) -> files.put(prefix + path, content));
        files.put(prefix + "README.md", "not part of the model".getBytes(StandardCharsets.UTF_8));
        files.put(prefix + "unet/notes.txt", "not in the repository".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private Path folder(String prefix) throws Exception {
        Path root = temp.resolve("from");
        for (Map.Entry<String, byte[]> f : layout(prefix).entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        return root;
    }

    private void assertInstalled(InstalledModel installed) throws Exception {
        assertEquals(List.of(installed), store.installed());
        for (Map.Entry<String, byte[]> f : hub.files.entrySet()) {
            assertArrayEquals(f.getValue(), Files.readAllBytes(installed.folder().resolve(f.getKey())), f.getKey());
        }
        assertFalse(Files.exists(installed.folder().resolve("README.md")));
        assertFalse(Files.exists(installed.folder().resolve("unet/notes.txt")));
        assertEquals(hub.files.size(), store.manifest(installed.id()).orElseThrow().files().size());
        assertTrue(store.manifest(installed.id()).orElseThrow().verified());
    }

    @Test
    void fromAFolderWhoseModelSitsDeeper() throws Exception {
        Path from = folder("snapshots/abc/");

        InstalledModel installed = installer().install(entry, plan(), from, false);

        assertInstalled(installed);
        assertEquals(from.toAbsolutePath().toString(), store.manifest(FakeHub.ID).orElseThrow().installedFrom());
        assertEquals(FakeHub.REVISION, installed.revision());
    }

    @Test
    void fromAZipWithATopFolderIgnoringUnsafeEntries() throws Exception {
        Path zip = temp.resolve("model.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> f : layout("tiny-model/").entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue());
            }
            out.putNextEntry(new ZipEntry("../evil.txt"));
            out.write("escape".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("tiny-model/../../evil2.txt"));
            out.write("escape".getBytes(StandardCharsets.UTF_8));
        }

        assertInstalled(installer().install(entry, plan(), zip, false));
        try (var all = Files.walk(temp)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().startsWith("evil")), "an unsafe entry was written");
        }
    }

    @Test
    void fromATarGzWithLongNames() throws Exception {
        Path tgz = temp.resolve("model.tar.gz");
        String deep = "a-rather-long-folder-name-that-pushes-the-path-over-one-hundred-bytes/and-another-one-to-be-sure/";
        Map<String, byte[]> entries = new LinkedHashMap<>(layout(deep));
        entries.put("../evil.txt", "escape".getBytes(StandardCharsets.UTF_8));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz))) {
            TarWriter.write(out, entries);
        }

        assertInstalled(installer().install(entry, plan(), tgz, false));
        assertFalse(Files.exists(temp.resolve("evil.txt")));
    }

    @Test
    void fromAPlainTar() throws Exception {
        Path tar = temp.resolve("model.tar");
        try (OutputStream out = Files.newOutputStream(tar)) {
            TarWriter.write(out, layout(""));
        }
        assertInstalled(installer().install(entry, plan(), tar, false));
    }

    @Test
    void aLocalFileWithTheWrongContentIsRefusedAndNothingIsInstalled() throws Exception {
        Path from = folder("");
        byte[] unet = Files.readAllBytes(from.resolve("unet/model.onnx"));
        unet[1000] ^= 0x55;
        Files.write(from.resolve("unet/model.onnx"), unet);

        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class,
                () -> installer().install(entry, plan(), from, false));

        assertTrue(e.getMessage().contains("unet/model.onnx"), e.getMessage());
        assertTrue(e.getMessage().contains(FakeHub.sha256(hub.files.get("unet/model.onnx"))), e.getMessage());
        assertTrue(e.getMessage().contains(FakeHub.sha256(unet)), e.getMessage());
        assertEquals(List.of(), store.installed());
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Path from = folder("");
        Files.delete(from.resolve("vae_decoder/model.onnx"));

        ModelException e = assertThrows(ModelException.class, () -> installer().install(entry, plan(), from, false));

        assertTrue(e.getMessage().contains("vae_decoder/model.onnx"), e.getMessage());
        assertEquals(List.of(), store.installed());
    }

    @Test
    void aFolderWithoutTheModelIsRefused() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        ModelException e = assertThrows(ModelException.class, () -> installer().install(entry, plan(), empty, false));
        assertTrue(e.getMessage().contains("has no model_index.json"), e.getMessage());
        assertThrows(ModelException.class, () -> installer().install(entry, plan(), temp.resolve("nowhere"), false));
    }

    @Test
    void withoutAFileListTheUserMayInstallUnverifiedAndItIsRecordedSo() throws Exception {
        Path from = folder("");

        InstalledModel installed = installer().install(entry, Optional.empty(), from, false);

        ModelManifest manifest = store.manifest(FakeHub.ID).orElseThrow();
        assertFalse(manifest.verified());
        assertTrue(manifest.files().stream().allMatch(f -> f.verifiedBy().equals("unverified")));
        assertTrue(Files.exists(installed.folder().resolve("unet/notes.txt")), "unverified: the folder is taken as it is");
        assertEquals(FakeHub.sha256(hub.files.get("unet/model.onnx")), manifest.files().stream()
                .filter(f -> f.path().equals("unet/model.onnx")).findFirst().orElseThrow().sha256());
    }

    @Test
    void aCatalogWithHashesVerifiesOfflineWithoutAnyNetwork() throws Exception {
        Catalog selfContained = Catalog.parse(hub.selfContainedCatalog(), "test");
        CatalogEntry e = selfContained.require(FakeHub.ID);
        TreeSource offline = (repo, rev) -> {
            throw new ModelException("no network");
        };
        Optional<InstallPlan> plan = Optional.of(new PlanResolver(offline).resolve(e));

        installer().install(e, plan, folder(""), false);

        assertTrue(store.manifest(FakeHub.ID).orElseThrow().verified());
    }

    @Test
    void aLicenceWithConditionsMustBeAcceptedOfflineToo() throws Exception {
        CatalogEntry nc = Catalog.parse(hub.catalog(FakeHub.DIFFUSERS_SELECTORS, "sai-nc-community", true), "t").require(FakeHub.ID);
        assertThrows(LicenceNotAcceptedException.class, () -> installer().install(nc, plan(), folder(""), false));
        assertEquals(List.of(), store.installed());
    }

    @Test
    void theUsersOwnFolderIsAddedUnderTheirId() throws Exception {
        Path from = folder("my/");

        InstalledModel mine = installer().installOwn("my-model", from, List.of("text-to-image"));

        assertEquals(new InstalledModel("my-model", store.dir().resolve("my-model"), List.of("text-to-image"), "local", ""), mine);
        assertTrue(Files.exists(mine.folder().resolve("unet/model.onnx")));
        assertFalse(store.manifest("my-model").orElseThrow().verified());
        assertThrows(ModelException.class, () -> installer().installOwn("../x", from, List.of("inpaint")));
        assertThrows(ModelException.class, () -> installer().installOwn("m2", from, List.of()));
        assertThrows(ModelException.class, () -> installer().installOwn("m2", from, List.of("flying")));
    }
}
