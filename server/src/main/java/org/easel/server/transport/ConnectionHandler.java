package org.easel.server.transport;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.Frame;
import org.easel.protocol.Messages;
import org.easel.protocol.ProtocolException;
import org.easel.server.memory.ConversationArchive;
import org.easel.server.imaging.Raster;
import org.easel.server.session.EditListener;
import org.easel.server.session.EditOutcome;
import org.easel.server.planning.semantic.SemanticUnderstanding;
import org.easel.server.session.ClarificationNeeded;
import org.easel.server.session.EditRejected;
import org.easel.server.session.HostedConsentNeeded;
import org.easel.server.session.EditRequest;
import org.easel.server.session.EditService;
import org.easel.server.session.EngineCatalog;
import org.easel.server.session.PlanView;
import org.easel.server.users.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection: the handshake, then each request routed to the edit service and its
 * replies written back. The connection object is the owner of its jobs, so a dropped connection
 * cancels exactly its own work.
 */
final class ConnectionHandler extends SimpleChannelInboundHandler<Object> {
    private static final Logger log = LoggerFactory.getLogger(ConnectionHandler.class);

    private final ServerIdentity identity;
    private final EditService edits;
    private final EngineCatalog engines;
    private final ConversationRequests conversationRequests;
    private final EditRequestParser parser;
    private final Duration handshakeTimeout;
    /** Edit request id → job id for this connection's unfinished edits. */
    private final Map<String, String> jobsByRequest = new ConcurrentHashMap<>();
    /** Edits handed to the request thread and not yet queued, and those asked to cancel meanwhile. */
    private final Set<String> submitting = ConcurrentHashMap.newKeySet();
    private final Set<String> cancelWhenQueued = ConcurrentHashMap.newKeySet();
    private final Executor requests;
    private final Users users;
    private boolean authenticated;
    /** The user the hello's token belongs to, and where their conversations live; set at the handshake. */
    private ConversationScope scope;
    private ScheduledFuture<?> handshakeDeadline;

    ConnectionHandler(ServerIdentity identity, EditService edits, EngineCatalog engines, Duration handshakeTimeout,
                      ConversationArchive conversations, Executor requests, Users users) {
        this.requests = requests;
        this.users = users;
        this.identity = identity;
        this.edits = edits;
        this.engines = engines;
        this.conversationRequests = new ConversationRequests(edits, conversations, identity.frameLimits());
        this.parser = new EditRequestParser(identity.frameLimits(), identity.imageLimits());
        this.handshakeTimeout = handshakeTimeout;
    }

    /**
     * A deadline, not an idle timer: a peer that trickles a byte now and then must still finish
     * {@code hello} in time, or it could hold a connection open without ever showing the token.
     */
    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        handshakeDeadline = ctx.executor().schedule(() -> {
            if (!authenticated) {
                log.debug("closing {}: no hello within {}", ctx.channel().remoteAddress(), handshakeTimeout);
                ctx.close();
            }
        }, handshakeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof DecodeFailure failure) {
            send(ctx, Replies.error(failure.requestId(), failure.problem().code(), failure.problem().getMessage()));
        } else if (msg instanceof ReceivedFrame received) {
            if (!authenticated) {
                received.lease().release();
                handshake(ctx, received.frame());
            } else if (!users.stillAllowed(scope.user())) {
                // Checked on every request, so a revocation reaches connections already open.
                received.lease().release();
                log.info("closing {}: the token of user {} was revoked", ctx.channel().remoteAddress(), scope.user());
                send(ctx, UserReplies.revoked(received.frame().id(), scope.user()));
            } else if (received.frame().type().filter(Messages.EDIT::equals).isPresent()) {
                // An edit's images stay leased until its result has been written or it failed.
                routeEdit(ctx, received);
            } else {
                received.lease().release();
                route(ctx, received.frame());
            }
        }
    }

    private void handshake(ChannelHandlerContext ctx, Frame hello) {
        JsonObject h = hello.header();
        if (!hello.type().filter(Messages.HELLO::equals).isPresent()) {
            send(ctx, Replies.error(hello.id(), ErrorCode.HANDSHAKE_REQUIRED,
                    "The first message must be \"hello\" with the protocol version and the token (see PROTOCOL.md section 3)."));
            return;
        }
        if (!(h.get("protocol") instanceof JsonNumber version) || !version.isIntegral()
                || version.bigIntegerValue().intValue() != Messages.PROTOCOL_VERSION) {
            send(ctx, Replies.error(hello.id(), ErrorCode.UNSUPPORTED_PROTOCOL, "This daemon speaks protocol version "
                    + Messages.PROTOCOL_VERSION + " only, the client asked for " + h.get("protocol")
                    + ". Update the plugin or the daemon so both match."));
            return;
        }
        Optional<String> user = h.get("token") instanceof JsonString token ? users.identify(token.getString())
                : Optional.empty();
        if (user.isEmpty()) {
            send(ctx, Replies.error(hello.id(), ErrorCode.UNAUTHORIZED, "The token does not match this daemon's "
                    + "or an active user's. Clients read the daemon's from the file \"token\" in the daemon's state "
                    + "directory (check that the client and the daemon use the same one); a user's token comes from "
                    + "easel users add, and stops working when it is revoked."));
            return;
        }
        authenticated = true;
        scope = new ConversationScope(user.get());
        handshakeDeadline.cancel(false);
        ctx.pipeline().get(FrameDecoder.class).handshakeDone();
        log.debug("client {} connected as {}: {}", ctx.channel().remoteAddress(), user.get(), h.get("client"));
        send(ctx, UserReplies.welcome(Replies.welcome(identity, engines), user.get()));
        // A client is here, so instructions will follow: load the sentence model now, off the event loop,
        // rather than when the first one arrives (an idle daemon without clients keeps its small footprint).
        SemanticUnderstanding.warmUpInBackground();
    }

    private void routeEdit(ChannelHandlerContext ctx, ReceivedFrame received) {
        Optional<String> id = requestId(ctx, received.frame());
        if (id.isEmpty()) {
            received.lease().release();
            return;
        }
        if (!edit(ctx, id.get(), received)) {
            received.lease().release();
        }
    }

    private void route(ChannelHandlerContext ctx, Frame frame) {
        Optional<String> type = frame.type();
        if (type.isEmpty()) {
            send(ctx, Replies.error(frame.id(), ErrorCode.BAD_REQUEST, "The message has no string \"type\"."));
            return;
        }
        Optional<String> maybeId = requestId(ctx, frame);
        if (maybeId.isEmpty()) {
            return;
        }
        String id = maybeId.get();
        switch (type.get()) {
            case Messages.PING -> send(ctx, Replies.pong(id));
            case Messages.CANCEL -> cancel(ctx, id, frame.header());
            case Messages.HISTORY -> requests.execute(() -> send(ctx, conversationRequests.history(id, frame.header(), scope)));
            // Both read the model store (and unloading closes sessions): off the event loop.
            case Messages.MODELS -> requests.execute(() -> send(ctx, Replies.models(id, engines)));
            case Messages.UNLOAD -> requests.execute(() -> send(ctx, Replies.unloaded(id, engines.unloadModels())));
            case Messages.EXPORT -> requests.execute(() -> send(ctx, conversationRequests.export(id, frame.header(), scope)));
            case Messages.IMPORT -> requests.execute(() -> send(ctx, conversationRequests.importConversation(id, frame, scope)));
            case Messages.STATUS -> send(ctx, UserReplies.status(id, scope.user(), edits, identity.maxQueuedJobs()));
            case Messages.HELLO -> send(ctx, Replies.error(maybeId, ErrorCode.BAD_REQUEST, "Already connected; send \"hello\" only once."));
            default -> send(ctx, Replies.error(maybeId, ErrorCode.UNKNOWN_TYPE, "Unknown message type \"" + type.get()
                    + "\". This daemon understands ping, edit, cancel, history, models, unload, export, import and status."));
        }
    }

    /** The request's id, or empty after answering that it has no usable one. */
    private static Optional<String> requestId(ChannelHandlerContext ctx, Frame frame) {
        Optional<String> id = frame.id();
        if (id.isEmpty() || id.get().isEmpty() || id.get().length() > Messages.MAX_ID_LENGTH) {
            send(ctx, Replies.error(id, ErrorCode.BAD_REQUEST, "The \"" + frame.type().orElse("?")
                    + "\" request needs a string \"id\" of 1 to " + Messages.MAX_ID_LENGTH + " characters."));
            return Optional.empty();
        }
        return id;
    }

    /** Checks an edit and hands it to the request thread; true when the lease went with it. */
    private boolean edit(ChannelHandlerContext ctx, String id, ReceivedFrame received) {
        if (jobsByRequest.containsKey(id) || submitting.contains(id)) {
            send(ctx, Replies.error(Optional.of(id), ErrorCode.BAD_REQUEST, "An edit with id \"" + id + "\" is still running; use a new id."));
            return false;
        }
        EditRequest request;
        try {
            EditRequest asked = parser.parse(received.frame());
            // The memory's key for the conversation: in this user's namespace.
            request = new EditRequest(scope.stored(asked.conversationId()), asked.title(), asked.instruction(),
                    asked.canvasWidth(), asked.canvasHeight(), asked.image(), asked.selection(), asked.options());
        } catch (ProtocolException e) {
            send(ctx, Replies.error(Optional.of(id), e.code(), e.getMessage()));
            return false;
        }
        submitting.add(id);
        requests.execute(() -> submit(ctx, id, request, received.lease()));
        return true;
    }

    /** On the request thread: plans and queues the edit, answering a refusal. */
    private void submit(ChannelHandlerContext ctx, String id, EditRequest request, InFlightMemory.Lease lease) {
        String job = null;
        Frame refusal = null;
        try {
            job = edits.submit(request, this, scope.user(), new ChannelEditListener(ctx, id, lease));
        } catch (EditRejected e) {
            lease.release();
            refusal = e instanceof HostedConsentNeeded consent ? Replies.consentRequired(id, consent)
                    : Replies.error(Optional.of(id), e.code(), e.getMessage());
        } catch (ClarificationNeeded e) {
            lease.release();
            refusal = Replies.clarify(id, e);
        } catch (RuntimeException e) {
            lease.release();
            log.error("edit {} could not be queued", id, e);
            refusal = Replies.error(Optional.of(id), ErrorCode.INTERNAL, "The daemon failed to queue the edit: " + e);
        }
        boolean cancelled;
        synchronized (submitting) { // against cancel(): a cancel is either seen here or sent to the job
            submitting.remove(id); // before the refusal goes out: the client may reuse the id at once
            cancelled = cancelWhenQueued.remove(id);
        }
        if (refusal != null) {
            send(ctx, refusal);
        } else if (cancelled) {
            edits.cancel(job, this);
        }
    }

    private void cancel(ChannelHandlerContext ctx, String id, JsonObject h) {
        Optional<String> job = stringMember(h, "job");
        Optional<String> edit = stringMember(h, "edit");
        if (job.isEmpty() && !h.containsKey("job") && !h.containsKey("edit")) {
            send(ctx, Replies.error(Optional.of(id), ErrorCode.BAD_REQUEST,
                    "\"cancel\" needs the \"job\" id from \"accepted\", or the \"edit\" request id."));
            return;
        }
        if (job.isEmpty() && edit.isPresent()) {
            synchronized (submitting) {
                if (submitting.contains(edit.get())) {
                    // Not queued yet: it is cancelled the moment it is.
                    cancelWhenQueued.add(edit.get());
                    send(ctx, Replies.cancelAck(id, null, true));
                    return;
                }
                job = Optional.ofNullable(jobsByRequest.get(edit.get()));
            }
        }
        boolean found = job.isPresent() && edits.cancel(job.get(), this);
        send(ctx, Replies.cancelAck(id, job.orElse(null), found));
    }

    private static Optional<String> stringMember(JsonObject h, String name) {
        JsonValue value = h.get(name);
        return value instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    /** Sends a frame; after a fatal error the connection is closed once it is written. */
    private static ChannelFuture send(ChannelHandlerContext ctx, Frame frame) {
        ChannelFuture written = ctx.writeAndFlush(frame);
        if (frame.header().getBoolean("fatal", false)) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
        return written;
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (handshakeDeadline != null) {
            handshakeDeadline.cancel(false);
        }
        edits.cancelAll(this);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        log.warn("connection {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }

    /** Streams one edit's events to the connection that asked for it. */
    private final class ChannelEditListener implements EditListener {
        private final ChannelHandlerContext ctx;
        private final String requestId;
        private final InFlightMemory.Lease lease;
        private volatile String jobId;

        ChannelEditListener(ChannelHandlerContext ctx, String requestId, InFlightMemory.Lease lease) {
            this.ctx = ctx;
            this.requestId = requestId;
            this.lease = lease;
        }

        @Override
        public void accepted(String jobId, PlanView plan, int queuePosition) {
            this.jobId = jobId;
            synchronized (submitting) { // from now on a cancel by edit id finds the job
                jobsByRequest.put(requestId, jobId);
                submitting.remove(requestId);
            }
            inOrder(Replies.accepted(requestId, jobId, plan, queuePosition));
        }

        @Override
        public void progress(int step, int steps, String stage) {
            inOrder(Replies.progress(requestId, jobId, step, steps, stage));
        }

        @Override
        public void progress(int step, int steps, String stage, Raster preview) {
            inOrder(Replies.progress(requestId, jobId, step, steps, stage, preview));
        }

        @Override
        public void variationProgress(int variation, int variations, int step, int steps, String stage, Raster preview) {
            inOrder(Replies.variationProgress(requestId, jobId, variation, variations, step, steps, stage, preview));
        }

        @Override
        public void completed(PlanView plan, EditOutcome outcome) {
            jobsByRequest.remove(requestId);
            // Written (or failed because the peer left) is when the daemon lets go of the pixels.
            Frame result = Replies.result(requestId, jobId, plan, outcome);
            ctx.executor().execute(() -> send(ctx, result).addListener(written -> lease.release()));
        }

        @Override
        public void failed(ErrorCode code, String message) {
            jobsByRequest.remove(requestId);
            lease.release();
            inOrder(Replies.error(Optional.of(requestId), code, message));
        }

        /**
         * Writes through the event loop's task queue even from the event loop itself: an edit's
         * messages come from several threads (accepted from the request thread, a cancel's error
         * from the event loop, the rest from the worker), and only the queue keeps them in order.
         */
        private void inOrder(Frame frame) {
            ctx.executor().execute(() -> send(ctx, frame));
        }
    }
}
