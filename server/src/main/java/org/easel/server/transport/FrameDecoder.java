package org.easel.server.transport;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
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
 * Turns the byte stream into {@link Frame}s, or {@link DecodeFailure}s for bytes that break the
 * protocol.
 *
 * <p>Unlike a cumulating decoder it copies every incoming byte exactly once, straight into an
 * array of the size the header declared, so a 64 MiB layer costs one 64 MiB allocation and one
 * copy. Declared sizes are checked against the limits before anything is allocated. After a fatal
 * failure it discards the rest of the input (the connection is being closed).
 */
final class FrameDecoder extends ChannelInboundHandlerAdapter {

    /** Request lines of HTTP methods, as the first four bytes of a connection. */
    private static final Set<String> HTTP_STARTS = Set.of("GET ", "POST", "PUT ", "HEAD", "OPTI", "DELE", "PATC", "CONN", "TRAC");

    private enum State { LENGTH, HEADER, ATTACHMENTS, DISCARD }

    private final FrameLimits limits;
    private State state = State.LENGTH;
    private boolean firstFrame = true;

    private final byte[] lengthBytes = new byte[4];
    private byte[] target;
    private int filled;

    private JsonObject header;
    private long[] attachmentLengths;
    private List<byte[]> attachments;

    FrameDecoder(FrameLimits limits) {
        this.limits = limits;
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
        if (length > limits.maxHeaderBytes()) {
            fail(ctx, new ProtocolException(ErrorCode.FRAME_TOO_LARGE, "The message header declares " + length
                    + " bytes; the limit is " + limits.maxHeaderBytes() + " bytes."), Optional.empty());
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
            attachmentLengths = FrameCodec.attachmentLengths(header, limits);
        } catch (ProtocolException e) {
            fail(ctx, e, requestId(header));
            return;
        }
        attachments = new ArrayList<>(attachmentLengths.length);
        startNextAttachment(ctx);
    }

    private void startNextAttachment(ChannelHandlerContext ctx) {
        int index = attachments.size();
        if (index == attachmentLengths.length) {
            Frame frame = new Frame(header, attachments);
            header = null;
            attachments = null;
            target = null;
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
        target = null;
        header = null;
        attachments = null;
        ctx.fireChannelRead(new DecodeFailure(e, id));
    }

    private static Optional<String> requestId(JsonObject header) {
        JsonValue id = header.get("id");
        return id instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }
}
