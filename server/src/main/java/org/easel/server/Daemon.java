package org.easel.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.easel.protocol.FrameLimits;
import org.easel.protocol.ImageLimits;
import org.easel.protocol.Messages;
import org.easel.server.engines.diffusion.model.ModelLibrary;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.engines.hosted.HostedEngineConfig;
import org.easel.server.engines.hosted.HostedEngineStore;
import org.easel.server.engines.hosted.ImagesApiClient;
import org.easel.server.engines.hosted.RetryPolicy;
import org.easel.server.gateway.Py4jGateway;
import org.easel.server.memory.ConversationArchive;
import org.easel.server.memory.ConversationStore;
import org.easel.server.memory.MemoryException;
import org.easel.server.models.ModelStore;
import org.easel.server.planning.InstructionInterpreter;
import org.easel.server.planning.semantic.SemanticUnderstanding;
import org.easel.server.planning.Planner;
import org.easel.server.planning.llm.LlmPlanner;
import org.easel.server.planning.llm.LlmPlannerConfig;
import org.easel.server.session.ClassicalEditEngine;
import org.easel.server.session.DiffusionEditEngine;
import org.easel.server.session.EditEngine;
import org.easel.server.session.EditService;
import org.easel.server.session.EngineCatalog;
import org.easel.server.session.EngineRouter;
import org.easel.server.session.HostedEditEngine;
import org.easel.server.session.InstalledModels;
import org.easel.server.session.Thumbnails;
import org.easel.server.state.DaemonInfo;
import org.easel.server.state.StateDirectory;
import org.easel.server.state.StateDirectoryException;
import org.easel.server.transport.EaselServer;
import org.easel.server.transport.InFlightMemory;
import org.easel.server.transport.ServerIdentity;
import org.easel.server.transport.TransportSettings;
import org.easel.server.users.UserStore;
import org.easel.server.users.UserStoreException;
import org.easel.server.users.Users;
import org.easel.server.tls.CertificateException;
import org.easel.server.tls.CertificateFiles;
import org.easel.server.tls.DaemonCertificate;
import org.easel.server.tls.GeneratedCertificate;
import org.easel.server.tls.StudioCertificate;
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
    /** The conversation memory's folder inside the state directory. */
    public static final String MEMORY_DIR = "memory";
    public static final String CACHE_DIR = "cache";

    private final StateDirectory state;
    private final FileLock lock;
    private final EditService edits;
    private final EaselServer server;
    private final EngineCatalog engines;
    private final ConversationStore memory;
    private final Py4jGateway gateway;
    private final ModelLibrary models;
    private final UserStore users;
    private final Optional<DaemonCertificate> certificate;
    private boolean closed;

    private Daemon(StateDirectory state, FileLock lock, EditService edits, EaselServer server, EngineCatalog engines,
                   ConversationStore memory, Py4jGateway gateway, ModelLibrary models, UserStore users,
                   Optional<DaemonCertificate> certificate) {
        this.users = users;
        this.certificate = certificate;
        this.state = state;
        this.lock = lock;
        this.edits = edits;
        this.server = server;
        this.engines = engines;
        this.memory = memory;
        this.gateway = gateway;
        this.models = models;
    }

    /**
     * @param maxConversationBytes stored pixels kept per conversation before the oldest are pruned
     * @param llmPlanner           an LLM to interpret instructions before the rules; empty for rules only
     * @param py4jPort             start the Py4J scripting gateway on this loopback port (0 = any free one)
     * @param device               where diffusion models run: auto (CUDA when usable), cpu or cuda
     * @param studioCertificate    the studio's own TLS certificate; empty: the daemon's generated one.
     *                             TLS is used on every non-loopback listener, and on loopback too when this is given
     */
    public record Config(String host, int port, Path stateDir, long maxConversationBytes,
                         Optional<LlmPlannerConfig> llmPlanner, OptionalInt py4jPort, OnnxRuntime.Device device,
                         Optional<CertificateFiles> studioCertificate) {
        public static final long DEFAULT_MAX_CONVERSATION_BYTES = 1L << 30;

        public Config(String host, int port, Path stateDir, long maxConversationBytes,
                      Optional<LlmPlannerConfig> llmPlanner, OptionalInt py4jPort, OnnxRuntime.Device device) {
            this(host, port, stateDir, maxConversationBytes, llmPlanner, py4jPort, device, Optional.empty());
        }

        /** Whether the listener speaks TLS only (and plain TCP is refused). */
        public boolean tls() {
            return studioCertificate.isPresent() || !isLoopback(host);
        }

        public Config(String host, int port, Path stateDir, long maxConversationBytes,
                      Optional<LlmPlannerConfig> llmPlanner, OptionalInt py4jPort) {
            this(host, port, stateDir, maxConversationBytes, llmPlanner, py4jPort, OnnxRuntime.Device.AUTO);
        }

        public Config(String host, int port, Path stateDir) {
            this(host, port, stateDir, DEFAULT_MAX_CONVERSATION_BYTES);
        }

        public Config(String host, int port, Path stateDir, long maxConversationBytes) {
            this(host, port, stateDir, maxConversationBytes, Optional.empty(), OptionalInt.empty());
        }

        public Config(String host, int port, Path stateDir, OptionalInt py4jPort) {
            this(host, port, stateDir, DEFAULT_MAX_CONVERSATION_BYTES, Optional.empty(), py4jPort);
        }

        public Config(String host, int port, Path stateDir, long maxConversationBytes,
                      Optional<LlmPlannerConfig> llmPlanner) {
            this(host, port, stateDir, maxConversationBytes, llmPlanner, OptionalInt.empty());
        }
    }

    /** Takes the state directory, binds the socket, then publishes daemon.json for clients. */
    public static Daemon start(Config config)
            throws StateDirectoryException, MemoryException, InterruptedException, IOException, CertificateException {
        StateDirectory state = StateDirectory.open(config.stateDir());
        FileLock lock = state.lock();
        EditService edits = null;
        EaselServer server = null;
        ConversationStore memory = null;
        Py4jGateway gateway = null;
        ModelLibrary models = null;
        UserStore users = null;
        try {
            String token = state.tokenOrCreate();
            Optional<DaemonCertificate> certificate = certificate(config, state.path());
            memory = ConversationStore.open(state.path().resolve(MEMORY_DIR));
            users = openUsers(state.path().resolve(MEMORY_DIR));
            InstalledModels installed = new InstalledModels(new ModelStore(ModelStore.modelsDir(state.path())));
            models = new ModelLibrary(installed::folders, () -> new OnnxRuntime(config.device(), 0));
            ModelLibrary library = models;
            String plannedCompute = plannedCompute(config.device());
            EngineCatalog engines = EngineCatalog.withDiffusion(() -> installed.describe(library), library::unloadAll,
                    () -> library.deviceName().orElse(plannedCompute));
            HostedEngineStore.Engines hosted = hostedEngines(state.path());
            Map<String, EditEngine> byId = new HashMap<>(Map.of(InstructionInterpreter.ENGINE, new ClassicalEditEngine(),
                    DiffusionEditEngine.ENGINE, new DiffusionEditEngine(models)));
            hosted.engines().forEach(e -> byId.put(e.id(), new HostedEditEngine(e,
                    c -> new ImagesApiClient(c, System.getenv(), RetryPolicy.DEFAULT))));
            engines = engines.with(hosted.engines().stream().map(Daemon::describe).toList());
            EditEngine engine = new EngineRouter(byId);
            // The exemplar bank's vectors, once made, are kept here: the next start reads them in milliseconds.
            SemanticUnderstanding.keepVectorsIn(state.path().resolve(CACHE_DIR));
            edits = new EditService(MAX_QUEUED_JOBS, engines, engine, memory, config.maxConversationBytes(),
                    planner(config), Optional.of(models), hosted);
            InFlightMemory inFlight = InFlightMemory.forHeap(Runtime.getRuntime().maxMemory());
            ServerIdentity identity = new ServerIdentity(Version.current(), token, frameLimitsWithin(inFlight),
                    ImageLimits.DEFAULTS, MAX_QUEUED_JOBS);
            server = EaselServer.start(config.host(), config.port(), identity, edits, engines,
                    TransportSettings.defaults(inFlight),
                    new ConversationArchive(memory, identity.frameLimits().maxAttachmentBytes(), Thumbnails::of),
                    new Users(token, Optional.of(users)), certificate.map(DaemonCertificate::sslContext));
            if (config.py4jPort().isPresent()) {
                gateway = Py4jGateway.start(config.py4jPort().getAsInt(), token, edits, engines,
                        identity.frameLimits(), identity.imageLimits());
            }
            InetSocketAddress address = server.address();
            state.writeDaemonInfo(new DaemonInfo(hostForClients(address), address.getPort(),
                    ProcessHandle.current().pid(), Messages.PROTOCOL_VERSION, Version.current(),
                    gateway == null ? OptionalInt.empty() : OptionalInt.of(gateway.port()),
                    certificate.map(c -> c.fingerprint().toString())));
            return new Daemon(state, lock, edits, server, engines, memory, gateway, models, users, certificate);
        } catch (Throwable e) { // including a BindException, which Netty throws undeclared
            if (gateway != null) {
                gateway.close();
            }
            if (server != null) {
                server.close();
            }
            if (edits != null) {
                edits.shutdown(0);
            }
            if (memory != null) {
                memory.close();
            }
            if (models != null) {
                models.close();
            }
            if (users != null) {
                users.close();
            }
            lock.channel().close();
            throw e;
        }
    }

    /** The certificate for a TLS listener (made on first use and kept in the state directory), else none. */
    private static Optional<DaemonCertificate> certificate(Config config, Path stateDir) throws CertificateException {
        if (!config.tls()) {
            return Optional.empty();
        }
        DaemonCertificate certificate = config.studioCertificate().isPresent()
                ? StudioCertificate.load(config.studioCertificate().get().certificate(), config.studioCertificate().get().key())
                : GeneratedCertificate.loadOrCreate(stateDir);
        log.info("TLS with {}, fingerprint {}", certificate.origin(), certificate.fingerprint());
        return Optional.of(certificate);
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false; // an unresolvable name will fail to bind anyway; never serve it in plain text
        }
    }

    /** The hosted engines configured with {@code easel engines add}; none (and a warning) when the file is broken. */
    private static HostedEngineStore.Engines hostedEngines(Path state) {
        try {
            HostedEngineStore.Engines hosted = new HostedEngineStore(state).load();
            hosted.engines().forEach(e -> log.info("hosted engine {}: {} at {} (key: {})", e.id(), e.model(), e.baseUrl(),
                    e.key().describe()));
            return hosted;
        } catch (IOException e) {
            log.warn("no hosted engines: {}", e.getMessage());
            return HostedEngineStore.Engines.NONE;
        }
    }

    private static EngineCatalog.EngineInfo describe(HostedEngineConfig engine) {
        return new EngineCatalog.EngineInfo(engine.id(), true, "Hosted: " + engine.model() + " at " + engine.host()
                + " (sends the selection and its surroundings there; only when chosen)");
    }

    /** Where models will run, before the first one loads shows whether CUDA really works. */
    private static String plannedCompute(OnnxRuntime.Device device) {
        boolean cudaBuild = "cuda".equals(Version.onnxRuntimeBuild());
        if (device == OnnxRuntime.Device.CPU) {
            return "CPU";
        }
        if (!cudaBuild) {
            return device == OnnxRuntime.Device.CUDA ? "CPU (CUDA was asked for, but this is the CPU build)" : "CPU";
        }
        return "CUDA GPU if its libraries load (known when the first model loads), else CPU";
    }

    /** The rule-based interpreter, behind an LLM when one is configured. */
    private static Planner planner(Config config) {
        InstructionInterpreter rules = new InstructionInterpreter();
        return config.llmPlanner().<Planner>map(llm -> new LlmPlanner(llm, rules)).orElse(rules);
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

    /** The TLS certificate the listener serves, when it speaks TLS (its fingerprint is what clients pin). */
    public Optional<DaemonCertificate> certificate() {
        return certificate;
    }

    /** The Py4J gateway's port, when it runs. */
    public OptionalInt py4jPort() {
        return gateway == null ? OptionalInt.empty() : OptionalInt.of(gateway.port());
    }

    /** The user list lives in the memory's database, so failing to open it is the memory failing. */
    private static UserStore openUsers(Path memoryDir) throws MemoryException {
        try {
            return UserStore.open(memoryDir);
        } catch (UserStoreException e) {
            throw new MemoryException(e.getMessage(), e);
        }
    }

    /** How many edits one user may have waiting; {@code easel serve --max-waiting-per-user}. */
    public void limitWaitingPerUser(int limit) {
        edits.limitWaitingPerUser(limit);
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
        if (gateway != null) {
            gateway.close();
        }
        edits.shutdown(SHUTDOWN_WAIT_MILLIS);
        server.close();
        memory.close();
        users.close();
        models.close();
        SemanticUnderstanding.stopWarmUp();
        try {
            lock.channel().close();
        } catch (IOException e) {
            log.warn("could not release the state directory lock: {}", e.toString());
        }
    }
}
