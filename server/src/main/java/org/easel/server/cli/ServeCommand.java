package org.easel.server.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.easel.server.Daemon;
import org.easel.server.Version;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.gateway.Py4jGateway;
import org.easel.server.memory.MemoryException;
import org.easel.server.planning.llm.LlmPlannerConfig;
import org.easel.server.session.EngineCatalog;
import org.easel.server.state.StateDirectoryException;
import org.easel.server.state.StateDirectoryLocator;
import org.easel.server.tls.CertificateException;
import org.easel.server.tls.CertificateFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code easel serve}: runs the daemon in the foreground until Ctrl-C or SIGTERM. It lives with the
 * daemon, not with the rest of the command line (module {@code installer}), so the daemon can be
 * started from the server module alone: {@code java -cp … org.easel.server.cli.ServeCommand}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the Easel daemon in the foreground (Ctrl-C stops it).",
                "Clients find it through daemon.json and the token in the state directory."})
public final class ServeCommand implements Callable<Integer> {
    private static final int START_WAIT_SECONDS = 30;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only). "
                    + "Any other address needs --allow-remote and is served with TLS only.")
    String host;

    @Option(names = "--port", defaultValue = "0", paramLabel = "PORT",
            description = "TCP port; 0 (the default) picks any free port and publishes it in daemon.json.")
    int port;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "State directory (token, daemon.json). Default: $EASEL_STATE_DIR, else the "
                    + "platform's user state directory (~/.local/state/easel on Linux).")
    Path stateDir;

    @Option(names = "--max-conversation-mb", defaultValue = "1024", paramLabel = "MB",
            description = "Image memory kept per conversation (default: ${DEFAULT-VALUE} MB). Beyond it the oldest "
                    + "images are pruned; the turns themselves are always kept.")
    long maxConversationMb;

    @Option(names = "--allow-remote",
            description = "Allow listening on a non-loopback address (one daemon for a team). That listener speaks "
                    + "TLS only: a certificate is made at the first such start and kept in the state directory "
                    + "(tls/daemon.p12), and its SHA-256 fingerprint is printed, written to daemon.json and shown by "
                    + "easel status, for the artists to pin. Anyone who can reach it still needs the token.")
    boolean allowRemote;

    @Option(names = "--max-waiting-per-user", paramLabel = "N",
            description = "Edits one user may have waiting (default: " + Daemon.MAX_QUEUED_JOBS + ", the whole queue; "
                    + "a user with none waiting always gets one in). Waiting edits run round-robin between users, so "
                    + "one user's batch cannot starve the others; see easel users.")
    Integer maxWaitingPerUser;

    @Option(names = "--tls-cert", paramLabel = "FILE",
            description = "The studio's own certificate for the TLS listener instead of the generated one: a PEM "
                    + "file, the daemon's certificate first (a chain may follow). Needs --tls-key. Also turns TLS on "
                    + "for a loopback --host.")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "FILE",
            description = "The private key of --tls-cert: an unencrypted PKCS#8 PEM file (-----BEGIN PRIVATE KEY-----; "
                    + "openssl pkcs8 -topk8 -nocrypt converts others).")
    Path tlsKey;

    @Mixin
    PlannerOptions planner;

    @Option(names = "--device", defaultValue = "${env:EASEL_DEVICE:-auto}", paramLabel = "auto|cpu|cuda",
            description = "Where diffusion models run (default: ${DEFAULT-VALUE}; $EASEL_DEVICE). auto uses the GPU "
                    + "when this is the CUDA build and CUDA 12 + cuDNN 9 are installed, else the CPU.")
    String device;

    @Option(names = "--py4j",
            description = "Also start the Py4J gateway for Python scripts, on loopback only, with the same token "
                    + "(see docs/py4j.md).")
    boolean py4j;

    @Option(names = "--py4j-port", paramLabel = "PORT",
            description = "Port of the Py4J gateway (implies --py4j). Default: 25333, Py4J's own default; "
                    + "0 picks any free port. daemon.json tells scripts which.")
    Integer py4jPort;

    /** Runs the daemon without the rest of the command line (what forked test daemons use). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ServeCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (maxConversationMb < 1) {
            System.err.println("easel serve: --max-conversation-mb must be at least 1, got " + maxConversationMb);
            return 2;
        }
        if (port < 0 || port > 65535) {
            System.err.println("easel serve: --port must be 0 to 65535, got " + port);
            return 2;
        }
        if (maxWaitingPerUser != null && maxWaitingPerUser < 1) {
            System.err.println("easel serve: --max-waiting-per-user must be at least 1, got " + maxWaitingPerUser);
            return 2;
        }
        if (py4jPort != null && (py4jPort < 0 || py4jPort > 65535)) {
            System.err.println("easel serve: --py4j-port must be 0 to 65535, got " + py4jPort);
            return 2;
        }
        Optional<LlmPlannerConfig> llmPlanner;
        OnnxRuntime.Device modelDevice;
        try {
            llmPlanner = planner.config(System.getenv());
            modelDevice = OnnxRuntime.Device.parse(device);
        } catch (IllegalArgumentException e) {
            System.err.println("easel serve: " + e.getMessage());
            return 2;
        }
        if (!isLoopback(host)) {
            if (!allowRemote) {
                System.err.println("easel serve: " + host + " is not a loopback address. Listening there lets other "
                        + "machines reach the daemon; add --allow-remote if that is what you want.");
                return 2;
            }
            System.err.println("WARNING: listening on " + host + ": other machines can connect (over TLS only, "
                    + "with the token).");
        }
        if ((tlsCert == null) != (tlsKey == null)) {
            System.err.println("easel serve: --tls-cert and --tls-key go together (the certificate and its key).");
            return 2;
        }
        // The hook is registered before the daemon publishes daemon.json, and waits for the start
        // to finish, so a SIGTERM at any moment still removes daemon.json.
        AtomicReference<Daemon> running = new AtomicReference<>();
        CountDownLatch startFinished = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                startFinished.await(START_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Daemon daemon = running.get();
            if (daemon != null) {
                daemon.close();
            }
            stopped.countDown();
        }, "easel-shutdown"));
        Daemon daemon;
        try {
            daemon = Daemon.start(new Daemon.Config(host, port, StateDirectoryLocator.locate(Optional.ofNullable(stateDir)),
                    maxConversationMb * 1024 * 1024, llmPlanner, gatewayPort(), modelDevice,
                    tlsCert == null ? Optional.empty() : Optional.of(new CertificateFiles(tlsCert, tlsKey))));
            if (maxWaitingPerUser != null) {
                daemon.limitWaitingPerUser(maxWaitingPerUser);
            }
            running.set(daemon);
        } catch (StateDirectoryException | MemoryException | CertificateException e) {
            System.err.println("easel serve: " + e.getMessage());
            return 1;
        } catch (java.net.BindException e) {
            System.err.println("easel serve: cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + ". Choose another --port, or 0 for any free port.");
            return 1;
        } catch (Py4jGateway.StartFailed e) {
            System.err.println("easel serve: " + e.getMessage());
            return 1;
        } finally {
            startFinished.countDown();
        }
        printBanner(daemon, llmPlanner);
        stopped.await();
        return 0;
    }

    /** The Py4J gateway's port when --py4j or --py4j-port asked for one. */
    private OptionalInt gatewayPort() {
        if (py4jPort != null) {
            return OptionalInt.of(py4jPort);
        }
        return py4j ? OptionalInt.of(Py4jGateway.DEFAULT_PORT) : OptionalInt.empty();
    }

    private static void printBanner(Daemon daemon, Optional<LlmPlannerConfig> llmPlanner) {
        System.out.println("Easel " + Version.current() + " listening on "
                + daemon.address().getAddress().getHostAddress() + ":" + daemon.address().getPort());
        System.out.println("State directory: " + daemon.stateDir());
        daemon.certificate().ifPresent(c -> System.out.println("TLS only, certificate fingerprint " + c.fingerprint()
                + " (" + c.origin() + "); clients pin this"));
        List<EngineCatalog.ModelInfo> models = daemon.engines().models();
        for (EngineCatalog.EngineInfo engine : daemon.engines().engines(models)) {
            System.out.println("Engine " + engine.id() + (engine.available() ? "" : " (unavailable)") + ": " + engine.description());
        }
        daemon.py4jPort().ifPresent(p -> System.out.println("Py4J gateway for Python scripts on 127.0.0.1:" + p));
        List<String> installed = models.stream().filter(EngineCatalog.ModelInfo::installed)
                .map(m -> m.id() + " (" + String.join(", ", m.capabilities()) + ")").toList();
        System.out.println(installed.isEmpty()
                ? "Diffusion models: none installed (./easel models list shows what can be installed)"
                : "Diffusion models: " + String.join("; ", installed) + "; they load on first use");
        System.out.println(llmPlanner.map(llm -> "Planner: LLM " + llm.model() + " at " + llm.chatCompletionsUri()
                + ", rule-based when it fails").orElse("Planner: rule-based"));
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
