package org.easel.server.transport;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.easel.protocol.FrameLimits;
import org.easel.protocol.ImageLimits;
import org.easel.server.TestClient;
import org.easel.server.session.EditEngine;
import org.easel.server.memory.ConversationArchive;
import org.easel.server.memory.ConversationStore;
import org.easel.server.session.EditService;
import org.easel.server.session.TestServices;
import org.easel.server.session.Thumbnails;
import org.easel.server.session.EngineCatalog;

/**
 * The socket server alone, with the engine, memory budget and timeouts a test chooses (no state
 * directory: the token is fixed).
 */
final class ServerUnderTest implements AutoCloseable {
    static final String TOKEN = "ab".repeat(32);
    static final int MAX_QUEUED_JOBS = 16;

    final InFlightMemory memory;
    final EditService edits;
    private final EaselServer server;

    private ServerUnderTest(EditEngine engine, FrameLimits limits, TransportSettings settings) throws InterruptedException {
        this.memory = settings.memory();
        EngineCatalog engines = EngineCatalog.builtIn();
        ConversationStore conversations = TestServices.freshMemory();
        this.edits = new EditService(MAX_QUEUED_JOBS, engines, engine, conversations, 1L << 30);
        ServerIdentity identity = new ServerIdentity("test", TOKEN, limits, ImageLimits.DEFAULTS, MAX_QUEUED_JOBS);
        this.server = EaselServer.start("127.0.0.1", 0, identity, edits, engines, settings,
                new ConversationArchive(conversations, limits.maxAttachmentBytes(), Thumbnails::of));
    }

    /** Default limits and timeouts, a 256 MiB budget. */
    static ServerUnderTest start(EditEngine engine) throws InterruptedException {
        return start(engine, 256L << 20, TransportSettings.DEFAULT_STALL_TIMEOUT, TransportSettings.DEFAULT_HANDSHAKE_TIMEOUT);
    }

    static ServerUnderTest start(EditEngine engine, long budgetBytes, Duration stall, Duration handshake)
            throws InterruptedException {
        FrameLimits d = FrameLimits.DEFAULTS;
        FrameLimits limits = new FrameLimits(d.maxHeaderBytes(), d.maxAttachments(), (int) Math.min(d.maxAttachmentBytes(), budgetBytes));
        return new ServerUnderTest(engine, limits, new TransportSettings(handshake, stall, new InFlightMemory(budgetBytes)));
    }

    InetSocketAddress address() {
        return server.address();
    }

    TestClient connect() throws Exception {
        return TestClient.connected(address(), TOKEN);
    }

    /** Waits until no request holds in-flight memory; false if some still does after 20 s. */
    boolean memoryReturns() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (memory.inUse() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return memory.inUse() == 0;
    }

    @Override
    public void close() {
        edits.shutdown(5_000);
        server.close();
    }
}
