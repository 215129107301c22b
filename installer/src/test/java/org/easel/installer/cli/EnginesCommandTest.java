package org.easel.installer.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.easel.installer.doctor.Finding;
import org.easel.installer.doctor.HostedEnginesCheck;
import org.easel.installer.doctor.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** easel engines add|list|remove|test and doctor's check, in-process, the server a WireMock stub. */
class EnginesCommandTest {
    static final String KEY = "sk-cli-TOPSECRET-abcdefghijklmnop";

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path state;

    @Test
    void addWritesTheKeyOwnerOnlyAndNeverIntoTheConfiguration() throws Exception {
        EaselRun added = withStdin(KEY + "\n", "engines", "add", "openai", "--model", "gpt-image-1", "--base-url",
                api.baseUrl(), "--default", "--state-dir", state.toString());

        assertEquals(0, added.exit(), added.err());
        Path keyFile = state.resolve("keys/openai.key");
        assertEquals(KEY, Files.readString(keyFile).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile.getParent())));
        String config = Files.readString(state.resolve("engines.json"));
        assertFalse(config.contains("TOPSECRET"), config);
        assertTrue(config.contains("\"file\":\"keys/openai.key\""), config);
        assertFalse(added.out().contains("TOPSECRET"), added.out());

        EaselRun listed = EaselRun.easel("engines", "list", "--state-dir", state.toString());
        assertEquals(0, listed.exit());
        assertTrue(listed.out().startsWith("openai (default): gpt-image-1 at " + api.baseUrl()), listed.out());
        assertFalse(listed.out().contains("TOPSECRET"), listed.out());

        EaselRun removed = EaselRun.easel("engines", "remove", "openai", "--state-dir", state.toString());
        assertEquals(0, removed.exit(), removed.err());
        assertFalse(Files.exists(keyFile), "the key file goes with the engine");
        assertTrue(EaselRun.easel("engines", "list", "--state-dir", state.toString()).out().startsWith("No hosted engines"));
    }

    @Test
    void anEnvironmentVariableKeepsTheKeyOutOfFilesAltogether() throws Exception {
        EaselRun added = EaselRun.easel("engines", "add", "openai", "--name", "localai", "--model", "stablediffusion",
                "--base-url", "http://localhost:8080", "--key-env", "LOCALAI_KEY", "--state-dir", state.toString());

        assertEquals(0, added.exit(), added.err());
        assertFalse(Files.exists(state.resolve("keys/localai.key")));
        assertTrue(Files.readString(state.resolve("engines.json")).contains("\"env\":\"LOCALAI_KEY\""));
        assertTrue(added.out().contains("key: $LOCALAI_KEY"), added.out());
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() throws Exception {
        EaselRun kind = EaselRun.easel("engines", "add", "midjourney", "--model", "x", "--no-key", "--state-dir",
                state.toString());
        assertEquals(2, kind.exit());
        assertTrue(kind.err().contains("unknown kind \"midjourney\""), kind.err());
        EaselRun url = withStdin(KEY + "\n", "engines", "add", "openai", "--model", "gpt-image-1", "--base-url",
                "ftp://example.com", "--state-dir", state.toString());
        assertEquals(2, url.exit());
        assertTrue(url.err().contains("http:// or https://"), url.err());
        EaselRun noKey = withStdin("", "engines", "add", "openai", "--model", "gpt-image-1", "--state-dir",
                state.toString());
        assertEquals(2, noKey.exit());
        assertFalse(Files.exists(state.resolve("engines.json")));
        assertFalse(Files.exists(state.resolve("keys/openai.key")));
    }

    @Test
    void testAndDoctorListTheModelsWithTheKeyAndSpendNothing() throws Exception {
        api.stubFor(get("/v1/models").willReturn(okJson("{\"object\":\"list\",\"data\":[{\"id\":\"dall-e-2\"},"
                + "{\"id\":\"gpt-image-1\"}]}")));
        withStdin(KEY + "\n", "engines", "add", "openai", "--model", "gpt-image-1", "--base-url", api.baseUrl(),
                "--state-dir", state.toString());

        EaselRun tested = EaselRun.easel("engines", "test", "openai", "--state-dir", state.toString());

        assertEquals(0, tested.exit(), tested.err());
        assertTrue(tested.out().startsWith("OK: ") && tested.out().contains("offers gpt-image-1"), tested.out());
        api.verify(getRequestedFor(urlEqualTo("/v1/models")).withHeader("Authorization", equalTo("Bearer " + KEY)));
        assertEquals(1, api.getAllServeEvents().size(), "only the free models call");
        List<Finding> findings = new HostedEnginesCheck(state, Map.of(), Duration.ofSeconds(5)).run();
        assertEquals(Status.OK, findings.get(0).status(), findings.toString());
    }

    @Test
    void aWrongKeyFailsTheTestAndTheDoctorWithoutShowingIt() throws Exception {
        api.stubFor(get("/v1/models").willReturn(aResponse().withStatus(401).withBody("{\"error\":{\"message\":"
                + "\"Incorrect API key provided: " + KEY + ".\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")));
        withStdin(KEY + "\n", "engines", "add", "openai", "--model", "gpt-image-1", "--base-url", api.baseUrl(),
                "--state-dir", state.toString());

        EaselRun tested = EaselRun.easel("engines", "test", "openai", "--state-dir", state.toString());

        assertEquals(1, tested.exit());
        assertTrue(tested.err().contains("did not accept the API key (HTTP 401)"), tested.err());
        assertFalse(tested.err().contains("TOPSECRET"), tested.err());
        List<Finding> findings = new HostedEnginesCheck(state, Map.of(), Duration.ofSeconds(5)).run();
        assertEquals(Status.FIX, findings.get(0).status(), findings.toString());
        assertFalse(findings.toString().contains("TOPSECRET"));
    }

    @Test
    void doctorIsQuietWithoutHostedEngines() {
        List<Finding> findings = new HostedEnginesCheck(state, Map.of(), Duration.ofSeconds(5)).run();
        assertEquals(Status.NOTE, findings.get(0).status());
    }

    private static EaselRun withStdin(String input, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return EaselRun.easel(args);
        } finally {
            System.setIn(original);
        }
    }
}
