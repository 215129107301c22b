package org.easel.installer.models;

import org.easel.server.models.Bytes;
import org.easel.server.models.Catalog;
import org.easel.server.models.HubUrls;
import org.easel.server.models.ModelException;
import org.easel.server.models.ModelManifest;
import org.easel.server.models.ModelStore;
import org.easel.server.models.RelativePath;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.easel.server.models.ModelStore.InstalledModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Downloads against a WireMock stand-in for Hugging Face (and a second one for its CDN). */
class DownloadTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final FreeSpace PLENTY = dir -> Long.MAX_VALUE / 4;
    private static final String UNET = "unet/model.onnx";

    @RegisterExtension
    static WireMockExtension hf = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(new RangeSupport())).build();

    @RegisterExtension
    static WireMockExtension cdn = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(new RangeSupport())).build();

    @TempDir
    Path state;

    private ModelStore store;
    private FakeHub hub;
    private final RecordingProgress progress = new RecordingProgress();

    @BeforeEach
    void setUp() {
        store = new ModelStore(ModelStore.modelsDir(state));
        hub = FakeHub.diffusers(hf);
    }

    private static HubHttp http(Duration requestTimeout) {
        return new HubHttp(new RetryPolicy(3, Duration.ZERO, d -> { }), Duration.ofSeconds(2), requestTimeout,
                Duration.ofMillis(400));
    }

    private Catalog catalog() throws ModelException {
        return Catalog.parse(hub.catalog(FakeHub.DIFFUSERS_SELECTORS, "mit", false), "test catalog");
    }

    private ModelInstaller installer(Catalog catalog, FreeSpace freeSpace, Duration requestTimeout, DownloadProgress p) {
        return new ModelInstaller(store, http(requestTimeout), HubUrls.of(catalog, Optional.empty(), Map.of()), freeSpace,
                p, CLOCK);
    }

    private InstalledModel install() throws Exception {
        return install(Duration.ofSeconds(5));
    }

    private InstalledModel install(Duration requestTimeout) throws Exception {
        Catalog catalog = catalog();
        ModelInstaller installer = installer(catalog, PLENTY, requestTimeout, progress);
        return installer.install(installer.plan(catalog.require(FakeHub.ID)), false);
    }

    /** Leaves part of a file in .incoming as an interrupted earlier run would. */
    private Path partial(String path, byte[] content) throws Exception {
        Path staging = Staging.prepare(store, FakeHub.ID, "download " + FakeHub.REPO + "@" + FakeHub.REVISION);
        Path part = FileDownloader.partOf(RelativePath.resolve(staging, path));
        Files.createDirectories(part.getParent());
        Files.write(part, content);
        return part;
    }

    private void assertInstalledFiles(Path folder) throws Exception {
        for (Map.Entry<String, byte[]> f : hub.files.entrySet()) {
            assertArrayEquals(f.getValue(), Files.readAllBytes(folder.resolve(f.getKey())), f.getKey());
        }
    }

    private void assertNothingInstalled() {
        assertEquals(List.of(), store.installed());
        assertTrue(store.find(FakeHub.ID).isEmpty());
        assertFalse(Files.exists(store.dir().resolve(FakeHub.ID)));
    }

    @Test
    void downloadsVerifiesAndPublishesTheWholeFolder() throws Exception {
        hub.stubAll();
        Catalog catalog = catalog();
        boolean[] listedEarly = {false};
        DownloadProgress watching = new DownloadProgress() {
            @Override
            public void file(String path, long size) {
                listedEarly[0] |= !store.installed().isEmpty();
            }
        };
        ModelInstaller installer = installer(catalog, PLENTY, Duration.ofSeconds(5), watching);
        InstallPlan plan = installer.plan(catalog.require(FakeHub.ID));
        assertEquals(hub.files.values().stream().mapToLong(b -> b.length).sum(), plan.totalBytes());

        InstalledModel installed = installer.install(plan, false);

        assertFalse(listedEarly[0], "the model was listed before it was complete");
        assertEquals(new InstalledModel(FakeHub.ID, store.dir().resolve(FakeHub.ID), List.of("inpaint"), FakeHub.REPO,
                FakeHub.REVISION), installed);
        assertEquals(List.of(installed), store.installed());
        assertEquals(Optional.of(installed), store.find(FakeHub.ID));
        assertInstalledFiles(installed.folder());
        ModelManifest manifest = store.manifest(FakeHub.ID).orElseThrow();
        assertEquals(CLOCK.instant(), manifest.installedAt());
        assertEquals(hf.baseUrl(), manifest.installedFrom());
        ModelManifest.FileRecord unet = manifest.files().stream().filter(f -> f.path().equals(UNET)).findFirst().orElseThrow();
        assertEquals(FakeHub.sha256(hub.files.get(UNET)), unet.sha256());
        assertEquals("repository LFS sha256", unet.verifiedBy());
        ModelManifest.FileRecord index = manifest.files().stream().filter(f -> f.path().equals("model_index.json")).findFirst().orElseThrow();
        assertEquals("repository git blob sha1", index.verifiedBy());
        assertFalse(Files.exists(store.incoming(FakeHub.ID)), "the staging folder became the model");
        try (Stream<Path> left = Files.list(store.dir())) {
            assertEquals(List.of(".incoming", FakeHub.ID), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aPartialFileIsResumedWithARangeRequest() throws Exception {
        hub.stubAll();
        byte[] unet = hub.files.get(UNET);
        partial(UNET, Arrays.copyOf(unet, 100_000));

        InstalledModel installed = install();

        hf.verify(1, getRequestedFor(urlPathEqualTo(FakeHub.filePath(UNET))));
        hf.verify(getRequestedFor(urlPathEqualTo(FakeHub.filePath(UNET))).withHeader("Range", equalTo("bytes=100000-")));
        assertEquals(100_000, progress.alreadyHad);
        assertEquals(progress.total, progress.done);
        assertInstalledFiles(installed.folder());
    }

    @Test
    void aDownloadThatStallsMidFileIsResumedFromWhereItStopped() throws Exception {
        hub.stubAll();
        byte[] unet = hub.files.get(UNET);
        // The full body comes in 3 chunks 1 s apart; the downloader gives up after 0.4 s of silence.
        hub.stubFile(UNET, aResponse().withStatus(200).withBody(unet).withChunkedDribbleDelay(3, 3000)
                .withTransformers(RangeSupport.NAME));

        InstalledModel installed = install();

        hf.verify(getRequestedFor(urlPathEqualTo(FakeHub.filePath(UNET))).withHeader("Range", absent()));
        hf.verify(getRequestedFor(urlPathEqualTo(FakeHub.filePath(UNET))).withHeader("Range", matching("bytes=[1-9][0-9]*-")));
        assertTrue(progress.notes.stream().anyMatch(n -> n.contains("no data for")), progress.notes.toString());
        assertInstalledFiles(installed.folder());
    }

    @Test
    void aServerThatIgnoresRangeRestartsTheFile() throws Exception {
        hub.stubTree().stubFiles();
        byte[] unet = hub.files.get(UNET);
        hub.stubFile(UNET, aResponse().withStatus(200).withBody(unet)); // no Range support
        partial(UNET, Arrays.copyOf(unet, 50_000));

        InstalledModel installed = install();

        hf.verify(1, getRequestedFor(urlPathEqualTo(FakeHub.filePath(UNET))).withHeader("Range", equalTo("bytes=50000-")));
        assertTrue(progress.notes.stream().anyMatch(n -> n.contains("ignored the Range request")), progress.notes.toString());
        assertEquals(progress.total, progress.done);
        assertInstalledFiles(installed.folder());
    }

    @Test
    void aWholePartIsVerifiedWithoutDownloadingIt() throws Exception {
        hub.stubAll();
        partial(UNET, hub.files.get(UNET));

        assertInstalledFiles(install().folder());
        hf.verify(0, getRequestedFor(urlPathEqualTo(FakeHub.filePath(UNET))));
    }

    @Test
    void a416AnswerIsCheckedNotTrusted() throws Exception {
        hub.stubAll();
        byte[] unet = hub.files.get(UNET);
        hf.stubFor(get(urlPathEqualTo(FakeHub.filePath(UNET))).withHeader("Range", matching(".*"))
                .willReturn(aResponse().withStatus(416)));
        partial(UNET, Arrays.copyOf(unet, 1000));

        InstalledModel installed = install();

        // the short part failed its check, so the file was fetched again from the start
        hf.verify(getRequestedFor(urlPathEqualTo(FakeHub.filePath(UNET))).withHeader("Range", absent()));
        assertInstalledFiles(installed.folder());
    }

    @Test
    void aChecksumMismatchDiscardsTheFileNamesBothHashesAndInstallsNothing() throws Exception {
        hub.stubAll();
        byte[] wrong = FakeHub.bytes(hub.files.get(UNET).length, 99);
        hub.stubFile(UNET, aResponse().withStatus(200).withBody(wrong));

        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class, this::install);

        assertTrue(e.getMessage().contains(UNET), e.getMessage());
        assertTrue(e.getMessage().contains(FakeHub.sha256(hub.files.get(UNET))), e.getMessage());
        assertTrue(e.getMessage().contains(FakeHub.sha256(wrong)), e.getMessage());
        assertNothingInstalled();
        Path staged = RelativePath.resolve(store.incoming(FakeHub.ID), UNET);
        assertFalse(Files.exists(staged) || Files.exists(FileDownloader.partOf(staged)), "the bad file was kept");
    }

    @Test
    void aSmallFileIsCheckedAgainstItsGitBlobHash() throws Exception {
        hub.stubAll();
        byte[] tampered = hub.files.get("model_index.json").clone();
        tampered[2] ^= 1; // same size, one bit different
        hub.stubFile("model_index.json", aResponse().withStatus(200).withBody(tampered));

        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class, this::install);

        assertTrue(e.getMessage().contains("repository git blob sha1 " + FakeHub.gitSha1(hub.files.get("model_index.json"))),
                e.getMessage());
        assertNothingInstalled();
    }

    @Test
    void notFoundNamesTheUrlAndSaysTheCatalogMayBeOutOfDate() throws Exception {
        hub.stubAll();
        hub.stubFile(UNET, aResponse().withStatus(404));

        ModelException e = assertThrows(ModelException.class, this::install);

        assertTrue(e.getMessage().contains(hf.baseUrl() + FakeHub.filePath(UNET)), e.getMessage());
        assertTrue(e.getMessage().contains("catalog may be out of date"), e.getMessage());
        hf.verify(1, getRequestedFor(urlPathEqualTo(FakeHub.filePath(UNET))));
        assertNothingInstalled();
    }

    @Test
    void aGatedRepositorySaysSo() throws Exception {
        hf.stubFor(get(urlPathEqualTo(FakeHub.treePath())).willReturn(aResponse().withStatus(401)));

        ModelException e = assertThrows(ModelException.class, this::install);

        assertTrue(e.getMessage().contains("HTTP 401") && e.getMessage().contains("gated"), e.getMessage());
        assertNothingInstalled();
    }

    @Test
    void serverErrorsAreRetried() throws Exception {
        hub.stubAll();
        String scenario = "flaky";
        hf.stubFor(get(urlPathEqualTo(FakeHub.filePath(UNET))).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("once"));
        hf.stubFor(get(urlPathEqualTo(FakeHub.filePath(UNET))).inScenario(scenario).whenScenarioStateIs("once")
                .willReturn(aResponse().withStatus(500)).willSetStateTo("twice"));
        hf.stubFor(get(urlPathEqualTo(FakeHub.filePath(UNET))).inScenario(scenario).whenScenarioStateIs("twice")
                .willReturn(aResponse().withStatus(200).withBody(hub.files.get(UNET))));

        InstalledModel installed = install();

        hf.verify(3, getRequestedFor(urlPathEqualTo(FakeHub.filePath(UNET))));
        assertTrue(progress.notes.stream().anyMatch(n -> n.contains("HTTP 503")), progress.notes.toString());
        assertInstalledFiles(installed.folder());
    }

    @Test
    void persistentServerErrorsGiveUpWithAClearMessage() throws Exception {
        hub.stubAll();
        hub.stubFile(UNET, aResponse().withStatus(502));

        ModelException e = assertThrows(ModelException.class, this::install);

        assertTrue(e.getMessage().contains("Gave up downloading " + hf.baseUrl() + FakeHub.filePath(UNET) + " after 3 tries"),
                e.getMessage());
        assertTrue(e.getMessage().contains("HTTP 502") && e.getMessage().contains("run the same command again"), e.getMessage());
        hf.verify(3, getRequestedFor(urlPathEqualTo(FakeHub.filePath(UNET))));
        assertNothingInstalled();
    }

    @Test
    void timeOutsAreRetriedThenReported() throws Exception {
        hub.stubAll();
        hub.stubFile(UNET, aResponse().withStatus(200).withBody(hub.files.get(UNET)).withFixedDelay(1500));

        ModelException e = assertThrows(ModelException.class, () -> install(Duration.ofMillis(300)));

        assertTrue(e.getMessage().contains("no answer in time"), e.getMessage());
        hf.verify(3, getRequestedFor(urlPathEqualTo(FakeHub.filePath(UNET))));
        assertNothingInstalled();
    }

    @Test
    void aCutConnectionIsRetried() throws Exception {
        hub.stubAll();
        String scenario = "cut";
        hf.stubFor(get(urlPathEqualTo(FakeHub.filePath(UNET))).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("cut once"));
        hf.stubFor(get(urlPathEqualTo(FakeHub.filePath(UNET))).inScenario(scenario).whenScenarioStateIs("cut once")
                .willReturn(aResponse().withStatus(200).withBody(hub.files.get(UNET))));

        assertInstalledFiles(install().folder());
        hf.verify(2, getRequestedFor(urlPathEqualTo(FakeHub.filePath(UNET))));
    }

    @Test
    void redirectsToACdnHostAreFollowedAndKeepTheRange() throws Exception {
        hub.stubAll();
        byte[] unet = hub.files.get(UNET);
        hub.stubFile(UNET, aResponse().withStatus(302).withHeader("Location", cdn.baseUrl() + "/blobs/unet-sha?signed=1"));
        cdn.stubFor(get(urlPathEqualTo("/blobs/unet-sha")).willReturn(aResponse().withStatus(200).withBody(unet)
                .withTransformers(RangeSupport.NAME)));
        partial(UNET, Arrays.copyOf(unet, 120_000));

        InstalledModel installed = install();

        cdn.verify(1, getRequestedFor(urlPathEqualTo("/blobs/unet-sha")).withHeader("Range", equalTo("bytes=120000-")));
        assertInstalledFiles(installed.folder());
    }

    @Test
    void notEnoughDiskSpaceStopsBeforeAnyDownload() throws Exception {
        hub.stubAll();
        Catalog catalog = catalog();
        ModelInstaller installer = installer(catalog, dir -> 1_000_000, Duration.ofSeconds(5), progress);
        InstallPlan plan = installer.plan(catalog.require(FakeHub.ID));

        NotEnoughSpaceException e = assertThrows(NotEnoughSpaceException.class, () -> installer.install(plan, false));

        assertTrue(e.getMessage().contains(store.dir().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(Bytes.format(plan.totalBytes())) && e.getMessage().contains("1.00 MB is free"),
                e.getMessage());
        hf.verify(0, getRequestedFor(urlPathMatching("/" + FakeHub.REPO + "/resolve/.*")));
        assertNothingInstalled();
    }

    @Test
    void aFailureHalfWayPublishesNothingAndTheNextTryKeepsWhatWasDone() throws Exception {
        hub.stubAll();
        hub.stubFile("vae_decoder/model.onnx", aResponse().withStatus(404));

        assertThrows(ModelException.class, this::install);

        assertNothingInstalled();
        assertTrue(Files.isRegularFile(RelativePath.resolve(store.incoming(FakeHub.ID), UNET)), "the verified file is kept");

        hub.stubFiles();
        InstalledModel installed = install();

        hf.verify(1, getRequestedFor(urlPathEqualTo(FakeHub.filePath(UNET))));
        assertInstalledFiles(installed.folder());
    }

    @Test
    void reinstallingReplacesTheModelWholly() throws Exception {
        hub.stubAll();
        Path folder = install().folder();
        Files.writeString(folder.resolve("stray.txt"), "left by hand");

        InstalledModel again = install();

        assertEquals(folder, again.folder());
        assertFalse(Files.exists(folder.resolve("stray.txt")));
        assertInstalledFiles(folder);
        try (Stream<Path> left = Files.list(store.dir())) {
            assertEquals(List.of(".incoming", FakeHub.ID), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aCatalogFileTheRepositoryLacksStopsBeforeDownloading() throws Exception {
        hub.stubAll();
        Catalog catalog = Catalog.parse(hub.catalog(List.of("model_index.json", "text_encoder/model.onnx"), "mit", false), "test");
        ModelInstaller installer = installer(catalog, PLENTY, Duration.ofSeconds(5), progress);

        ModelException e = assertThrows(ModelException.class, () -> installer.plan(catalog.require(FakeHub.ID)));

        assertTrue(e.getMessage().contains("text_encoder/model.onnx") && e.getMessage().contains("out of date"), e.getMessage());
        hf.verify(0, getRequestedFor(urlPathMatching("/" + FakeHub.REPO + "/resolve/.*")));
    }

    @Test
    void aCatalogWithEverySizeAndHashNeedsNoFileListing() throws Exception {
        hub.stubFiles();
        Catalog catalog = Catalog.parse(hub.selfContainedCatalog(), "test");
        ModelInstaller installer = installer(catalog, PLENTY, Duration.ofSeconds(5), progress);

        InstalledModel installed = installer.install(installer.plan(catalog.require(FakeHub.ID)), false);

        hf.verify(0, getRequestedFor(urlPathEqualTo(FakeHub.treePath())));
        assertInstalledFiles(installed.folder());
        assertEquals("catalog sha256", store.manifest(FakeHub.ID).orElseThrow().files().get(0).verifiedBy());
    }

    @Test
    void aLicenceWithConditionsMustBeAccepted() throws Exception {
        hub.stubAll();
        Catalog catalog = Catalog.parse(hub.catalog(FakeHub.DIFFUSERS_SELECTORS, "sai-nc-community", true), "test");
        ModelInstaller installer = installer(catalog, PLENTY, Duration.ofSeconds(5), progress);
        InstallPlan plan = installer.plan(catalog.require(FakeHub.ID));

        LicenceNotAcceptedException e = assertThrows(LicenceNotAcceptedException.class, () -> installer.install(plan, false));

        assertTrue(e.getMessage().contains("--accept-license"), e.getMessage());
        hf.verify(0, getRequestedFor(urlPathMatching("/" + FakeHub.REPO + "/resolve/.*")));
        assertNothingInstalled();
        assertEquals(FakeHub.ID, installer.install(plan, true).id());
    }

    @Test
    void aPagedFileListingIsReadToTheEnd() throws Exception {
        hub.stubFiles();
        String all = hub.treeJson();
        FakeHub first = FakeHub.diffusers(hf);
        first.files.keySet().retainAll(List.of("model_index.json", "scheduler/scheduler_config.json"));
        FakeHub rest = FakeHub.diffusers(hf);
        rest.files.keySet().removeAll(first.files.keySet());
        hf.stubFor(get(urlPathEqualTo(FakeHub.treePath())).withQueryParam("cursor", absent())
                .willReturn(aResponse().withStatus(200).withBody(first.treeJson())
                        .withHeader("Link", "<" + hf.baseUrl() + FakeHub.treePath() + "?recursive=true&cursor=abc>; rel=\"next\"")));
        hf.stubFor(get(urlPathEqualTo(FakeHub.treePath())).withQueryParam("cursor", equalTo("abc"))
                .willReturn(aResponse().withStatus(200).withBody(rest.treeJson())));

        InstalledModel installed = install();

        assertTrue(all.length() > 0);
        assertInstalledFiles(installed.folder());
        assertEquals(hub.files.size(), store.manifest(FakeHub.ID).orElseThrow().files().size());
    }
}
