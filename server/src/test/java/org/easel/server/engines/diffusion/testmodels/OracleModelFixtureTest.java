package org.easel.server.engines.diffusion.testmodels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed oracle model {@code server/src/test/resources/oracle-model/} — what the Python,
 * Krita and GIMP end-to-end tests install with {@code easel models install}, since they cannot run
 * the Java builders — is exactly what {@link OracleModels#oracle()} makes today.
 */
class OracleModelFixtureTest {
    static final Path FIXTURE = Path.of("src/test/resources/oracle-model");
    static final Path FRESH = Path.of("target/oracle-model-fresh");

    @Test
    void theCommittedFixtureIsUpToDate() throws Exception {
        OracleModels.oracle().write(FRESH);
        for (String file : TinyModelFolder.FILES) {
            assertArrayEquals(Files.readAllBytes(FRESH.resolve(file)), Files.readAllBytes(FIXTURE.resolve(file)),
                    file + " differs from what the builders make; update the fixture with: "
                            + "cp -r server/target/oracle-model-fresh/. server/src/test/resources/oracle-model/");
        }
    }
}
