package org.easel.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import org.easel.protocol.FrameLimits;
import org.easel.protocol.ImageLimits;
import org.easel.protocol.Messages;
import org.easel.server.session.EditService;
import org.easel.server.session.EngineCatalog;
import org.easel.server.state.DaemonInfo;
import org.easel.server.state.StateDirectory;
import org.easel.server.state.StateDirectoryException;
import org.easel.server.transport.EaselServer;
import org.easel.server.transport.InFlightMemory;
import org.easel.server.transport.ServerIdentity;
import org.easel.server.transport.TransportSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running daemon: the state directory it owns, the edit service and the socket server. Started
 * by {@code easel serve}; tests start it in-process.
 */
public final class Daemon implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Daemon.class);
    public static final int MAX_QUEUED_JOBS = 16;
    private static final long SHUTDOWN_WAIT_MILLIS = 10_000;

    private final StateDirectory state;
    private final FileLock lock;
    private final EditService edits;
    private final EaselServer server;
    private final EngineCatalog engines;
    private boolean closed;

    private Daemon(StateDirectory state, FileLock lock, EditService edits, EaselServer server, EngineCatalog engines) {
        this.state = state;
        this.lock = lock;
        this.edits = edits;
        this.server = server;
        this.engines = engines;
    }

    public record Config(String host, int port, Path stateDir) {
    }

    /** Takes the state directory, binds the socket, then publishes daemon.json for clients. */
    public static Daemon start(Config config) throws StateDirectoryException, InterruptedException, IOException {
        StateDirectory state = StateDirectory.open(config.stateDir());
        FileLock lock = state.lock();
        EditService edits = null;
        EaselServer server = null;
        try {
            String token = state.tokenOrCreate();
            EngineCatalog engines = EngineCatalog.builtIn();
            edits = new EditService(MAX_QUEUED_JOBS, engines);
            InFlightMemory memory = InFlightMemory.forHeap(Runtime.getRuntime().maxMemory());
            ServerIdentity identity = new ServerIdentity(Version.current(), token, frameLimitsWithin(memory),
                    ImageLimits.DEFAULTS, MAX_QUEUED_JOBS);
            server = EaselServer.start(config.host(), config.port(), identity, edits, engines,
                    TransportSettings.defaults(memory));
            InetSocketAddress address = server.address();
            state.writeDaemonInfo(new DaemonInfo(hostForClients(address), address.getPort(),
                    ProcessHandle.current().pid(), Messages.PROTOCOL_VERSION, Version.current()));
            return new Daemon(state, lock, edits, server, engines);
        } catch (Throwable e) { // including a BindException, which Netty throws undeclared
            if (server != null) {
                server.close();
            }
            if (edits != null) {
                edits.shutdown(0);
            }
            lock.channel().close();
            throw e;
        }
    }

    /**
     * The protocol's limits, with the attachment limit lowered to what this JVM's heap can hold,
     * so clients refuse a too-big layer before sending it instead of the daemon running out of
     * memory (start with a bigger -Xmx through EASEL_JAVA_OPTS to raise it).
     */
    private static FrameLimits frameLimitsWithin(InFlightMemory memory) {
        FrameLimits d = FrameLimits.DEFAULTS;
        return new FrameLimits(d.maxHeaderBytes(), d.maxAttachments(),
                (int) Math.min(d.maxAttachmentBytes(), memory.capacity()));
    }

    /** The address clients should dial: a wildcard bind is reached through loopback. */
    private static String hostForClients(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        return ip.isAnyLocalAddress() ? "127.0.0.1" : ip.getHostAddress();
    }

    public InetSocketAddress address() {
        return server.address();
    }

    public Path stateDir() {
        return state.path();
    }

    public EngineCatalog engines() {
        return engines;
    }

    public EditService edits() {
        return edits;
    }

    /** Stops jobs, closes connections, removes daemon.json and releases the state directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        log.info("shutting down");
        state.removeDaemonInfo();
        edits.shutdown(SHUTDOWN_WAIT_MILLIS);
        server.close();
        try {
            lock.channel().close();
        } catch (IOException e) {
            log.warn("could not release the state directory lock: {}", e.toString());
        }
    }
}
