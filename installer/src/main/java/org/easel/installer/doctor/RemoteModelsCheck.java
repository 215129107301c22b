package org.easel.installer.doctor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.remote.KServeClient;
import org.easel.server.engines.diffusion.remote.RemoteEndpoint;
import org.easel.server.models.ModelStore;

/**
 * The remote models of {@code easel models add-remote}: each one's inference server ready, and
 * every part (text encoder, UNet, VAE) loaded there, asked the way the daemon asks before an edit.
 * No remote model is fine (they are optional).
 */
public final class RemoteModelsCheck implements Check {
    static final String TOPIC = "Remote models";

    private final Path stateDir;
    private final Duration timeout;

    public RemoteModelsCheck(Path stateDir, Duration timeout) {
        this.stateDir = stateDir;
        this.timeout = timeout;
    }

    @Override
    public List<Finding> run() {
        List<Finding> findings = new ArrayList<>();
        for (ModelStore.InstalledModel model : new ModelStore(ModelStore.modelsDir(stateDir)).installed()) {
            Path file = model.folder().resolve(RemoteEndpoint.FILE);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                RemoteEndpoint stored = RemoteEndpoint.read(file);
                // One try with doctor's own time-out: a check should answer quickly, not retry like an edit.
                RemoteEndpoint quick = new RemoteEndpoint(stored.url(), stored.tokenFile(), stored.parts(), timeout, 1,
                        stored.retryDelay());
                KServeClient client = new KServeClient(quick);
                client.checkServerReady();
                for (String part : stored.parts().keySet()) {
                    client.checkModelReady(stored.serverName(part));
                }
                findings.add(Finding.ok(TOPIC, model.id() + ": " + stored.parts().size() + " parts ready at " + stored.url()));
            } catch (DiffusionException e) {
                findings.add(Finding.fix(TOPIC, model.id() + ": " + e.getMessage()));
            }
        }
        return findings.isEmpty()
                ? List.of(Finding.note(TOPIC, "none added (optional: ./easel models add-remote ID --url URL --pipeline DIR)"))
                : findings;
    }
}
