package org.easel.server.transport;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.easel.protocol.FrameLimits;
import org.easel.protocol.ImageLimits;
import org.easel.server.TestClient;
import org.easel.server.memory.ConversationArchive;
import org.easel.server.memory.ConversationStore;
import org.easel.server.session.EditEngine;
import org.easel.server.session.EditService;
import org.easel.server.session.EngineCatalog;
import org.easel.server.session.Thumbnails;
import org.easel.server.users.UserStore;
import org.easel.server.users.Users;

/**
 * The socket server shared by several users: the owner's token, a user list in the same memory
 * folder as the conversations (as the daemon has it), and an engine the test chooses.
 */
final class TeamServer implements AutoCloseable {
    static final String OWNER_TOKEN = "cd".repeat(32);

    final EditService edits;
    final UserStore users;
    private final ConversationStore conversations;
    private final EaselServer server;

    TeamServer(EditEngine engine, int maxQueuedJobs, int waitingPerUser) throws Exception {
        Path memory = Files.createTempDirectory("easel-team-");
        memory.toFile().deleteOnExit();
        conversations = ConversationStore.open(memory);
        users = UserStore.open(memory);
        EngineCatalog engines = EngineCatalog.builtIn();
        edits = new EditService(maxQueuedJobs, engines, engine, conversations, 1L << 30).limitWaitingPerUser(waitingPerUser);
        FrameLimits d = FrameLimits.DEFAULTS;
        FrameLimits limits = new FrameLimits(d.maxHeaderBytes(), d.maxAttachments(), 64 << 20);
        ServerIdentity identity = new ServerIdentity("test", OWNER_TOKEN, limits, ImageLimits.DEFAULTS, maxQueuedJobs);
        TransportSettings settings = TransportSettings.defaults(new InFlightMemory(256L << 20));
        server = EaselServer.start("127.0.0.1", 0, identity, edits, engines, settings,
                new ConversationArchive(conversations, limits.maxAttachmentBytes(), Thumbnails::of),
                new Users(OWNER_TOKEN, Optional.of(users)), Optional.empty());
    }

    InetSocketAddress address() {
        return server.address();
    }

    /** A new user's token. */
    String add(String name) {
        try {
            return users.add(name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    TestClient connect(String token) throws Exception {
        return TestClient.connected(address(), token);
    }

    @Override
    public void close() {
        edits.shutdown(5_000);
        server.close();
        users.close();
        conversations.close();
    }

}
