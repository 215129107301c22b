package org.easel.server.engines.diffusion.model;

import org.easel.server.engines.diffusion.remote.KServeClient;
import org.easel.server.engines.diffusion.remote.KServeModel;
import org.easel.server.engines.diffusion.remote.RemoteEndpoint;

/** Opens a remote model's networks on its inference server, after checking once that the server is ready. */
final class RemoteNetworks {
    private RemoteNetworks() {
    }

    static DiffusionModel.Networks on(RemoteEndpoint endpoint) {
        KServeClient client = new KServeClient(endpoint);
        client.checkServerReady();
        return file -> {
            String part = ModelFolder.part(file);
            return KServeModel.open(client, part, endpoint.serverName(part));
        };
    }
}
