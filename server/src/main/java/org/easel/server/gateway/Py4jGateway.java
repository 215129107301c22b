package org.easel.server.gateway;

import java.io.IOException;
import java.net.InetAddress;
import org.easel.protocol.FrameLimits;
import org.easel.protocol.ImageLimits;
import org.easel.server.session.EditService;
import org.easel.server.session.EngineCatalog;
import org.easel.server.transport.EditRequestParser;
import py4j.GatewayServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import py4j.Py4JNetworkException;

/**
 * The Py4J gateway ({@code easel serve --py4j}): a Py4J {@link GatewayServer} on loopback that
 * requires the daemon's token as its auth token and hands scripts an {@link EaselEntryPoint}.
 * It is always loopback, even when the socket daemon listens elsewhere: anyone holding the token
 * can call any Java code in the daemon through Py4J, so it must never be reachable from outside.
 */
public final class Py4jGateway implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Py4jGateway.class);
    /** Py4J's own default, so {@code JavaGateway()} finds it without naming a port. */
    public static final int DEFAULT_PORT = GatewayServer.DEFAULT_PORT;

    private final GatewayServer server;
    private final EaselEntryPoint entryPoint;

    private Py4jGateway(GatewayServer server, EaselEntryPoint entryPoint) {
        this.server = server;
        this.entryPoint = entryPoint;
    }

    /** Listens on 127.0.0.1:{@code port} (0 = any free port; {@link #port()} tells which). */
    public static Py4jGateway start(int port, String token, EditService edits, EngineCatalog engines,
                                    FrameLimits frameLimits, ImageLimits imageLimits) throws StartFailed {
        EaselEntryPoint entryPoint = new EaselEntryPoint(edits, engines, new EditRequestParser(frameLimits, imageLimits));
        GatewayServer server = new GatewayServer.GatewayServerBuilder(entryPoint)
                .javaAddress(InetAddress.getLoopbackAddress())
                .javaPort(port)
                .authToken(token)
                .build();
        try {
            server.start(true);
        } catch (Py4JNetworkException e) {
            throw new StartFailed("cannot listen for Py4J scripts on 127.0.0.1:" + port + " ("
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage())
                    + "). Choose another --py4j-port, or 0 for any free port (daemon.json then says which).", e);
        }
        log.info("Py4J gateway listening on 127.0.0.1:{}", server.getListeningPort());
        return new Py4jGateway(server, entryPoint);
    }

    /** The gateway could not listen; the message says what to do. */
    public static final class StartFailed extends IOException {
        StartFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public int port() {
        return server.getListeningPort();
    }

    /** Stops listening, closes script connections and cancels the scripts' jobs. */
    @Override
    public void close() {
        server.shutdown();
        entryPoint.cancelAll();
    }
}
