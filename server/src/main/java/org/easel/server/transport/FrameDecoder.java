package org.easel.server.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.Frame;
import org.easel.protocol.FrameCodec;
import org.easel.protocol.FrameLimits;
import org.easel.protocol.ProtocolException;

/**
 * Turns the byte stream into {@link ReceivedFrame}s, or {@link DecodeFailure}s for bytes that
 * break the protocol.
 *
 * <p>Unlike a cumulating decoder it copies every incoming byte exactly once, straight into an
 * array of the size the header declared, so a 64 MiB layer costs one 64 MiB allocation and one
 * copy. Declared sizes are checked against the limits, and leased from the daemon-wide
 * {@link InFlightMemory}, before anything is allocated. A frame the budget cannot hold now is
 * read past without being stored and answered {@code busy}. After a fatal failure it discards the
 * rest of the input (the connection is being closed).
 *
 * <p>Until {@link #handshakeDone()} only small frames without attachments are accepted: a peer
 * that has not shown the token cannot make the daemon allocate much.
 */
final class FrameDecoder extends ChannelInboundHandlerAdapter {

    /** Request lines of HTTP methods and the HTTP/2 preface, as the first four bytes of a connection. */
    private static final Set<String> HTTP_STARTS = Set.of("GET ", "POST", "PUT ", "HEAD", "OPTI", "DELE", "PATC",
            "CONN", "TRAC", "PRI ");
    private static final long MIB = 1 << 20;

    private enum State { LENGTH, HEADER, ATTACHMENTS, SKIP, DISCARD }

    private final FrameLimits limits;
    private final InFlightMemory memory;
    private boolean handshakeDone;
    private State state = State.LENGTH;
    private boolean firstFrame = true;

    private final byte[] lengthBytes = new byte[4];
    private byte[] target;
    private int filled;
    private long skipRemaining;

    private JsonObject header;
    private long[] attachmentLengths;
    private List<byte[]> attachments;
    private InFlightMemory.Lease lease;

    FrameDecoder(FrameLimits limits, InFlightMemory memory) {
        this.limits = limits;
        this.memory = memory;
    }

    /** From now on the announced limits apply instead of the handshake's. */
    void handshakeDone() {
        handshakeDone = true;
    }

    private FrameLimits limits() {
        return handshakeDone ? limits : TransportSettings.HANDSHAKE_LIMITS;
    }

    /** True when part of a frame has arrived and the rest has not. */
    boolean isMidFrame() {
        return state == State.HEADER || state == State.ATTACHMENTS || state == State.SKIP
                || (state == State.LENGTH && filled > 0);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf in)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            while (in.isReadable() && state != State.DISCARD) {
                step(ctx, in);
            }
        } finally {
            in.release();
        }
    }

    /**
     * A peer that stops in the middle of a message holds its half-read bytes; after the stall
     * timeout it is told so and dropped. Not while reading is paused: then the wait is ours.
     */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE
                && isMidFrame() && ctx.channel().config().isAutoRead()) {
            fail(ctx, new ProtocolException(ErrorCode.TIMEOUT, "The message stopped arriving halfway; the "
                    + "connection was closed. Reconnect and send it again."), Optional.ofNullable(header).flatMap(FrameDecoder::requestId));
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        releasePartialFrame();
        ctx.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        releasePartialFrame();
    }

    private void step(ChannelHandlerContext ctx, ByteBuf in) {
        switch (state) {
            case LENGTH -> {
                if (fill(in, lengthBytes)) {
                    onLength(ctx);
                }
            }
            case HEADER -> {
                if (fill(in, target)) {
                    onHeader(ctx);
                }
            }
            case ATTACHMENTS -> {
                if (fill(in, target)) {
                    attachments.add(target);
                    startNextAttachment(ctx);
                }
            }
            case SKIP -> {
                int n = (int) Math.min(in.readableBytes(), skipRemaining);
                in.skipBytes(n);
                skipRemaining -= n;
                if (skipRemaining == 0) {
                    state = State.LENGTH;
                }
            }
            case DISCARD -> in.skipBytes(in.readableBytes());
        }
    }

    /** Copies what is available into {@code into} from {@link #filled} on; true when it is full. */
    private boolean fill(ByteBuf in, byte[] into) {
        int n = Math.min(in.readableBytes(), into.length - filled);
        in.readBytes(into, filled, n);
        filled += n;
        if (filled < into.length) {
            return false;
        }
        filled = 0;
        return true;
    }

    private void onLength(ChannelHandlerContext ctx) {
        if (firstFrame && HTTP_STARTS.contains(new String(lengthBytes, StandardCharsets.US_ASCII))) {
            fail(ctx, new ProtocolException(ErrorCode.NOT_HTTP, "This is the Easel daemon's binary protocol, "
                    + "not an HTTP server; see protocol/PROTOCOL.md."), Optional.empty());
            return;
        }
        firstFrame = false;
        long length = ((lengthBytes[0] & 0xFFL) << 24) | ((lengthBytes[1] & 0xFF) << 16)
                | ((lengthBytes[2] & 0xFF) << 8) | (lengthBytes[3] & 0xFF);
        if (length > limits().maxHeaderBytes()) {
            fail(ctx, new ProtocolException(ErrorCode.FRAME_TOO_LARGE, "The message header declares " + length
                    + " bytes; the limit is " + limits().maxHeaderBytes() + " bytes"
                    + (handshakeDone ? "." : " until \"hello\" is accepted.")), Optional.empty());
            return;
        }
        // Too-short headers are read like any other and then fail to parse, which keeps the stream in step.
        target = new byte[(int) length];
        state = State.HEADER;
        if (length == 0) {
            onHeader(ctx);
        }
    }

    private void onHeader(ChannelHandlerContext ctx) {
        try {
            header = FrameCodec.parseHeader(target);
        } catch (ProtocolException e) {
            // Without a readable header the attachment lengths are unknown: assume there were none.
            fail(ctx, e, Optional.empty());
            return;
        }
        try {
            attachmentLengths = FrameCodec.attachmentLengths(header, limits());
        } catch (ProtocolException e) {
            fail(ctx, e, requestId(header));
            return;
        }
        long total = 0;
        for (long length : attachmentLengths) {
            total += length;
        }
        Optional<InFlightMemory.Lease> granted = memory.tryLease(total);
        if (granted.isEmpty()) {
            skipBusyFrame(ctx, total);
            return;
        }
        lease = granted.get();
        attachments = new ArrayList<>(attachmentLengths.length);
        startNextAttachment(ctx);
    }

    /** Reads past a frame the budget cannot hold now, without storing it, and answers busy. */
    private void skipBusyFrame(ChannelHandlerContext ctx, long total) {
        Optional<String> id = requestId(header);
        String message = "The daemon is already holding " + memory.inUse() / MIB + " MiB of other requests' images "
                + "(its limit is " + memory.capacity() / MIB + " MiB), so this message's " + (total + MIB - 1) / MIB
                + " MiB were not kept. Send it again when an edit has finished.";
        header = null;
        target = null;
        skipRemaining = total;
        state = State.SKIP;
        ctx.fireChannelRead(new DecodeFailure(new ProtocolException(ErrorCode.BUSY, message), id));
    }

    private void startNextAttachment(ChannelHandlerContext ctx) {
        int index = attachments.size();
        if (index == attachmentLengths.length) {
            ReceivedFrame frame = new ReceivedFrame(new Frame(header, attachments), lease);
            header = null;
            attachments = null;
            target = null;
            lease = null;
            state = State.LENGTH;
            ctx.fireChannelRead(frame);
            return;
        }
        target = new byte[(int) attachmentLengths[index]];
        state = State.ATTACHMENTS;
        if (target.length == 0) {
            attachments.add(target);
            startNextAttachment(ctx);
        }
    }

    /** Reports a problem; after a fatal one all further input is discarded, otherwise the next frame is read. */
    private void fail(ChannelHandlerContext ctx, ProtocolException e, Optional<String> id) {
        state = e.code().isFatal() ? State.DISCARD : State.LENGTH;
        releasePartialFrame();
        ctx.fireChannelRead(new DecodeFailure(e, id));
    }

    private void releasePartialFrame() {
        if (lease != null) {
            lease.release();
            lease = null;
        }
        filled = 0;
        target = null;
        header = null;
        attachments = null;
    }

    private static Optional<String> requestId(JsonObject header) {
        JsonValue id = header.get("id");
        return id instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }
}
