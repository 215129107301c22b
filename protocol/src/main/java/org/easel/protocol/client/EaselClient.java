package org.easel.protocol.client;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.easel.protocol.Frame;
import org.easel.protocol.FrameCodec;
import org.easel.protocol.FrameLimits;
import org.easel.protocol.Jsons;
import org.easel.protocol.Messages;
import org.easel.protocol.ProtocolException;

/**
 * One connection to the Easel daemon, the Java counterpart of the Python {@code easel_client}:
 * discovery, handshake, ping, models, edits with progress and cancel, clarify, history,
 * export and import (PROTOCOL.md sections 3–5).
 *
 * <p>Threads: after the handshake one reader thread reads every frame and hands it to the request
 * waiting for its {@code id}; frames nobody waits for (a {@code cancel_ack}, replies to requests
 * given up on) are dropped. Writes are whole frames under one lock, so {@link #cancel} may be
 * called from any thread while another runs {@link #edit}. A fatal error or a broken socket ends
 * every wait with its reason.
 */
public final class EaselClient implements AutoCloseable {
    public static final String VERSION = "0.1.0";
    /** What this client accepts from the daemon: results are as big as what was sent, histories can be long. */
    static final FrameLimits RECEIVE_LIMITS = new FrameLimits(64 << 20, 256, Integer.MAX_VALUE - 8);
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final Object CLOSED = new Object();

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final JsonObject welcome;
    private final Object writeLock = new Object();
    private final Map<String, BlockingQueue<Object>> waiting = new ConcurrentHashMap<>();
    private final Map<String, String> jobsOfEdits = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile EaselException failure;

    private EaselClient(Socket socket, InputStream in, OutputStream out, JsonObject welcome) {
        this.socket = socket;
        this.in = in;
        this.out = out;
        this.welcome = welcome;
        Thread reader = new Thread(this::readLoop, "easel-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects to the daemon of a state directory (empty: the usual one) and completes the handshake. */
    public static EaselClient connect(Optional<java.nio.file.Path> stateDir, String clientName) throws EaselException {
        return connect(DaemonEndpoint.discover(stateDir), clientName, Messages.PROTOCOL_VERSION);
    }

    /** Connects to a known endpoint; {@code protocol} exists to test version negotiation. */
    public static EaselClient connect(DaemonEndpoint endpoint, String clientName, int protocol) throws EaselException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), (int) DEFAULT_TIMEOUT.toMillis());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout((int) DEFAULT_TIMEOUT.toMillis()); // bounds a TLS handshake with a silent peer
        } catch (ConnectException e) {
            closeQuietly(socket);
            throw new DaemonNotRunningException("The Easel daemon is not running: nothing accepts connections at "
                    + endpoint.host() + ":" + endpoint.port()
                    + endpoint.stateDir().map(d -> " (named in " + d.resolve("daemon.json") + ", left by a daemon that was killed)").orElse("")
                    + ". " + DaemonEndpoint.START_HINT);
        } catch (IOException e) {
            closeQuietly(socket);
            throw new DaemonNotRunningException("Cannot connect to the Easel daemon at " + endpoint.host() + ":"
                    + endpoint.port() + " (" + e.getMessage() + "). " + DaemonEndpoint.START_HINT);
        }
        if (endpoint.tls()) {
            socket = PinnedTls.secure(socket, endpoint.host(), endpoint.pin()); // before anything, even the token, is sent
        }
        try {
            InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            FrameCodec.write(out, Frame.of(Jsons.createObjectBuilder().add("type", Messages.HELLO).add("protocol", protocol)
                    .add("token", endpoint.token())
                    .add("client", Jsons.createObjectBuilder().add("name", clientName).add("version", VERSION)).build()));
            socket.setSoTimeout((int) DEFAULT_TIMEOUT.toMillis());
            Frame reply = FrameCodec.read(in, RECEIVE_LIMITS);
            socket.setSoTimeout(0);
            String type = reply.type().orElse("");
            if (Messages.ERROR.equals(type)) {
                throw DaemonErrorException.from(reply.header());
            }
            if (!Messages.WELCOME.equals(type)) {
                throw new ProtocolViolation("the daemon answered hello with '" + type + "' instead of welcome");
            }
            return new EaselClient(socket, in, out, reply.header());
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw new EaselTimeoutException("The Easel daemon at port " + endpoint.port() + " did not answer the handshake within "
                    + DEFAULT_TIMEOUT.toSeconds() + " s.");
        } catch (IOException e) {
            closeQuietly(socket);
            throw new ConnectionLostException("The Easel daemon closed the connection during the handshake (" + e + ").");
        } catch (ProtocolException e) {
            closeQuietly(socket);
            throw new ProtocolViolation("the daemon's answer to hello is not a valid frame: " + e.getMessage());
        } catch (EaselException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    /** The daemon's {@code welcome}: server version, limits, engines, models, formats. */
    public JsonObject welcome() {
        return welcome;
    }

    public String serverVersion() {
        return welcome.get("server") instanceof JsonObject server ? server.getString("version", "") : "";
    }

    /** An announced limit ({@code maxImageSide}, {@code maxAttachmentBytes}, …), else the protocol's default. */
    public long limit(String name, long fallback) {
        return welcome.get("limits") instanceof JsonObject limits && limits.get(name) instanceof jakarta.json.JsonNumber n
                ? n.longValue() : fallback;
    }

    // ---------------------------------------------------------------------------------------
    // Simple requests

    /** Sends any request and returns its first reply; an {@code error} reply is thrown. */
    public Frame request(JsonObject header, List<byte[]> attachments, Duration timeout) throws EaselException {
        String id = header.getString("id", null);
        if (id == null) {
            id = newId(header.getString("type", "r").substring(0, 1));
            header = Jsons.createObjectBuilder(header).add("id", id).build();
        }
        BlockingQueue<Object> replies = expect(id);
        try {
            send(new Frame(header, attachments));
            Frame reply = next(id, replies, deadline(timeout))
                    .orElseThrow(() -> new EaselTimeoutException("The Easel daemon did not answer within " + timeout.toSeconds() + " s."));
            if (reply.type().filter(Messages.ERROR::equals).isPresent()) {
                throw DaemonErrorException.from(reply.header());
            }
            return reply;
        } finally {
            waiting.remove(id);
        }
    }

    /** Checks that the daemon answers; returns the round trip. */
    public Duration ping() throws EaselException {
        long start = System.nanoTime();
        expectType(request(message(Messages.PING).build(), List.of(), DEFAULT_TIMEOUT), Messages.PONG);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The daemon's engines and models: the {@code models} reply. */
    public JsonObject models() throws EaselException {
        return expectType(request(message(Messages.MODELS).build(), List.of(), DEFAULT_TIMEOUT), Messages.MODELS).header();
    }

    /** A conversation's turns (none for an unknown conversation). */
    public History history(String conversation, boolean thumbnails) throws EaselException {
        Frame reply = request(message(Messages.HISTORY).add("conversation", conversation).add("thumbnails", thumbnails).build(),
                List.of(), DEFAULT_TIMEOUT);
        return History.from(expectType(reply, Messages.HISTORY));
    }

    /** The whole conversation as one file (to keep inside a document); {@code unknown_conversation} if there is none. */
    public byte[] exportConversation(String conversation) throws EaselException {
        Frame reply = expectType(request(message(Messages.EXPORT).add("conversation", conversation).build(), List.of(),
                DEFAULT_TIMEOUT), Messages.EXPORT);
        if (reply.attachments().size() != 1) {
            throw new ProtocolViolation("the daemon's export reply carries no file");
        }
        return reply.attachments().get(0);
    }

    /** Restores an exported conversation (under {@code conversation} when given); returns how many turns it has. */
    public int importConversation(byte[] archive, Optional<String> conversation) throws EaselException {
        JsonObjectBuilder header = message(Messages.IMPORT);
        conversation.ifPresent(id -> header.add("conversation", id));
        return expectType(request(header.build(), List.of(archive), DEFAULT_TIMEOUT), Messages.IMPORT).header().getInt("turns", 0);
    }

    // ---------------------------------------------------------------------------------------
    // Edits

    /**
     * Runs one edit to its end: the listener hears {@code accepted} (the plan) and every
     * {@code progress}. {@code timeout} bounds the whole edit (null: none); when it passes the job
     * is cancelled and {@link EaselTimeoutException} thrown.
     *
     * @throws ClarificationNeededException Easel asks which reading was meant (nothing was queued)
     * @throws EditCancelledException       {@link #cancel} stopped it
     * @throws DaemonErrorException         the daemon refused or failed it (see {@code code()})
     */
    public EditResult edit(EditRequest request, EditListener listener, Duration timeout) throws EaselException {
        long maxBytes = limit("maxAttachmentBytes", FrameLimits.DEFAULTS.maxAttachmentBytes());
        long bytes = request.attachments().stream().mapToLong(a -> a.length).sum();
        if (bytes > maxBytes) {
            throw new EaselException("The image is " + bytes + " bytes; this daemon accepts at most " + maxBytes
                    + " in one edit. Select a smaller part, or give the daemon more memory (-Xmx).");
        }
        String id = newId("e");
        BlockingQueue<Object> replies = expect(id);
        long deadline = deadline(timeout);
        boolean accepted = false;
        boolean over = false;
        try {
            send(new Frame(request.header(id), request.attachments()));
            jobsOfEdits.put(id, "");
            while (true) {
                Optional<Frame> next = next(id, replies, deadline);
                if (next.isEmpty()) {
                    over = true;
                    cancelQuietly(id);
                    throw new EaselTimeoutException("The edit did not finish within " + timeout.toSeconds() + " s, so it was cancelled.");
                }
                Frame frame = next.get();
                String type = frame.type().orElse("");
                switch (type) {
                    case Messages.ACCEPTED -> {
                        accepted = true;
                        Accepted event = Accepted.from(frame.header());
                        jobsOfEdits.put(id, event.job());
                        listener.accepted(event);
                    }
                    case Messages.PROGRESS -> listener.progress(Progress.from(frame));
                    case Messages.RESULT -> {
                        over = true;
                        return EditResult.from(frame);
                    }
                    case Messages.ERROR -> {
                        over = true;
                        throw DaemonErrorException.from(frame.header());
                    }
                    case Messages.CLARIFY -> {
                        over = true;
                        throw ClarificationNeededException.from(frame.header());
                    }
                    default -> {
                        if (!accepted) {
                            // Before accepted only accepted, error or clarify come: an unknown type
                            // there is a newer daemon ending the edit (PROTOCOL.md, clarify).
                            over = true;
                            String question = frame.header().getString("question", "");
                            throw new EaselException(!question.isBlank() ? question : "The Easel daemon answered the edit with '"
                                    + type + "', which this client does not know: the daemon is newer than the client.");
                        }
                    }
                }
            }
        } catch (EaselException e) {
            over = true;
            throw e;
        } finally {
            waiting.remove(id);
            if (!over) { // the listener threw: do not leave the job running for nobody
                cancelQuietly(id);
            }
            jobsOfEdits.remove(id);
        }
    }

    /**
     * Asks the daemon to cancel every edit this client is running (the edits then end with
     * {@link EditCancelledException}). Returns how many cancel requests were sent.
     */
    public int cancel() {
        int sent = 0;
        for (String id : List.copyOf(jobsOfEdits.keySet())) {
            if (cancelQuietly(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean cancelQuietly(String editId) {
        String job = jobsOfEdits.getOrDefault(editId, "");
        JsonObjectBuilder cancel = message(Messages.CANCEL);
        if (job.isEmpty()) {
            cancel.add("edit", editId);
        } else {
            cancel.add("job", job);
        }
        try {
            send(Frame.of(cancel.build()));
            return true;
        } catch (EaselException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------
    // The socket

    @Override
    public void close() {
        fail(new ConnectionLostException("The connection to the Easel daemon was closed."));
    }

    public boolean isClosed() {
        return failure != null;
    }

    private void send(Frame frame) throws EaselException {
        synchronized (writeLock) {
            EaselException failed = failure;
            if (failed != null) {
                throw failed instanceof ConnectionLostException ? new ConnectionLostException(failed.getMessage())
                        : new ConnectionLostException("The Easel daemon closed the connection after an error: " + failed.getMessage());
            }
            try {
                FrameCodec.write(out, frame);
            } catch (IOException e) {
                ConnectionLostException lost = new ConnectionLostException("The connection to the Easel daemon broke while sending: " + e.getMessage());
                fail(lost);
                throw lost;
            }
        }
    }

    private void readLoop() {
        while (failure == null) {
            Frame frame;
            try {
                frame = FrameCodec.read(in, RECEIVE_LIMITS);
            } catch (EOFException e) {
                fail(new ConnectionLostException("The Easel daemon closed the connection."));
                return;
            } catch (IOException e) {
                fail(new ConnectionLostException("The connection to the Easel daemon broke: " + e.getMessage()));
                return;
            } catch (ProtocolException e) {
                fail(new ProtocolViolation("the daemon sent an invalid frame: " + e.getMessage()));
                return;
            }
            if (frame.type().filter(Messages.ERROR::equals).isPresent() && frame.header().getBoolean("fatal", false)) {
                fail(DaemonErrorException.from(frame.header())); // the daemon closes the connection after it
                return;
            }
            Optional<String> id = frame.id();
            BlockingQueue<Object> queue = id.map(waiting::get).orElse(null);
            if (queue != null) {
                queue.add(frame);
            }
        }
    }

    private void fail(EaselException reason) {
        synchronized (this) {
            if (failure != null) {
                return;
            }
            failure = reason;
        }
        closeQuietly(socket);
        waiting.values().forEach(q -> q.add(CLOSED));
    }

    private BlockingQueue<Object> expect(String id) {
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        waiting.put(id, queue);
        if (failure != null) {
            queue.add(CLOSED);
        }
        return queue;
    }

    /** The next frame for a request, or empty at the deadline; the connection's failure is thrown. */
    private Optional<Frame> next(String id, BlockingQueue<Object> queue, long deadline) throws EaselException {
        try {
            Object item = deadline == Long.MAX_VALUE ? queue.take()
                    : queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (item == null) {
                return Optional.empty();
            }
            if (item == CLOSED) {
                throw failure;
            }
            return Optional.of((Frame) item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EaselException("Interrupted while waiting for the Easel daemon (request " + id + ").");
        }
    }

    private static long deadline(Duration timeout) {
        return timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
    }

    private JsonObjectBuilder message(String type) {
        return Jsons.createObjectBuilder().add("type", type).add("id", newId(type.substring(0, 1)));
    }

    private String newId(String prefix) {
        return prefix + ids.incrementAndGet();
    }

    private static Frame expectType(Frame frame, String type) throws ProtocolViolation {
        if (!frame.type().filter(type::equals).isPresent()) {
            throw new ProtocolViolation("the daemon answered with '" + frame.type().orElse("?") + "' where '" + type + "' was expected");
        }
        return frame;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
