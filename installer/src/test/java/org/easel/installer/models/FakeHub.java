package org.easel.installer.models;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A small Hugging Face stand-in on WireMock: a repository at one commit with a few generated files
 * (LFS or plain), its tree API listing, and a test catalog that points at it.
 */
final class FakeHub {
    static final String REPO = "test-org/tiny-model";
    static final String REVISION = "0123456789abcdef0123456789abcdef01234567";
    static final String ID = "tiny";

    final WireMockExtension server;
    final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Set<String> lfs = new TreeSet<>();

    FakeHub(WireMockExtension server) {
        this.server = server;
    }

    /** The usual diffusers layout, tiny: two LFS weights and three small plain files. */
    static FakeHub diffusers(WireMockExtension server) {
        FakeHub hub = new FakeHub(server);
        hub.add("model_index.json", "{\"_class_name\": \"OnnxStableDiffusionPipeline\"}\n".getBytes(StandardCharsets.UTF_8), false);
        hub.add("scheduler/scheduler_config.json", "{\"beta_start\": 0.00085}\n".getBytes(StandardCharsets.UTF_8), false);
        hub.add("tokenizer/vocab.json", "{\"a\": 0}\n".getBytes(StandardCharsets.UTF_8), false);
        hub.add("unet/model.onnx", bytes(300_000, 1), true);
        hub.add("vae_decoder/model.onnx", bytes(70_000, 2), true);
        return hub;
    }

    static byte[] bytes(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    FakeHub add(String path, byte[] content, boolean isLfs) {
        files.put(path, content);
        if (isLfs) {
            lfs.add(path);
        }
        return this;
    }

    static String sha256(byte[] data) {
        return hex("SHA-256", new byte[0], data);
    }

    static String gitSha1(byte[] data) {
        return hex("SHA-1", ("blob " + data.length + "\0").getBytes(StandardCharsets.US_ASCII), data);
    }

    private static String hex(String algorithm, byte[] prefix, byte[] data) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            md.update(prefix);
            return HexFormat.of().formatHex(md.digest(data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String filePath(String path) {
        return "/" + REPO + "/resolve/" + REVISION + "/" + path;
    }

    static String treePath() {
        return "/api/models/" + REPO + "/tree/" + REVISION;
    }

    String treeJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        array.add(Json.createObjectBuilder().add("type", "directory").add("oid", "0".repeat(40)).add("size", 0).add("path", "unet"));
        files.forEach((path, content) -> {
            JsonObjectBuilder o = Json.createObjectBuilder().add("type", "file").add("oid", gitSha1(content))
                    .add("size", content.length).add("path", path);
            if (lfs.contains(path)) {
                o.add("lfs", Json.createObjectBuilder().add("oid", sha256(content)).add("size", content.length).add("pointerSize", 134));
            }
            array.add(o);
        });
        return array.build().toString();
    }

    FakeHub stubTree() {
        server.stubFor(get(urlPathEqualTo(treePath())).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(treeJson())));
        return this;
    }

    /** Every file served with Range support. */
    FakeHub stubFiles() {
        files.forEach((path, content) -> stubFile(path, aResponse().withStatus(200).withBody(content)
                .withTransformers(RangeSupport.NAME)));
        return this;
    }

    void stubFile(String path, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo(filePath(path))).willReturn(response));
    }

    FakeHub stubAll() {
        return stubTree().stubFiles();
    }

    /** A catalog with one entry, tiny, selecting these paths (folders end with '/'), without sizes or hashes. */
    String catalog(List<String> selectors, String licenceId, boolean requiresAcceptance) {
        JsonArrayBuilder fileArray = Json.createArrayBuilder();
        selectors.forEach(s -> fileArray.add(Json.createObjectBuilder().add("path", s)));
        return catalog(fileArray, licenceId, requiresAcceptance);
    }

    /** A catalog with every file's size and sha256 in it (needs no file listing). */
    String selfContainedCatalog() {
        JsonArrayBuilder fileArray = Json.createArrayBuilder();
        files.forEach((path, content) -> fileArray.add(Json.createObjectBuilder().add("path", path)
                .add("size", content.length).add("sha256", sha256(content))));
        return catalog(fileArray, "mit", false);
    }

    String catalog(JsonArrayBuilder fileArray, String licenceId, boolean requiresAcceptance) {
        return Json.createObjectBuilder()
                .add("format", 1)
                .add("baseUrl", server.baseUrl())
                .add("fileUrl", "{base}/{repo}/resolve/{revision}/{path}")
                .add("treeUrl", "{base}/api/models/{repo}/tree/{revision}?recursive=true")
                .add("models", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", ID).add("name", "Tiny test model").add("description", "generated for tests")
                        .add("repository", REPO).add("revision", REVISION)
                        .add("licence", Json.createObjectBuilder().add("id", licenceId).add("name", licenceId.toUpperCase())
                                .add("url", "https://example.org/licence").add("requiresAcceptance", requiresAcceptance))
                        .add("capabilities", Json.createArrayBuilder().add("inpaint"))
                        .add("files", fileArray)))
                .build().toString();
    }

    static final List<String> DIFFUSERS_SELECTORS = List.of("model_index.json", "scheduler/", "tokenizer/", "unet/", "vae_decoder/");
}
