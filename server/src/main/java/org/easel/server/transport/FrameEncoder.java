package org.easel.server.transport;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;
import org.easel.protocol.Frame;
import org.easel.protocol.FrameCodec;

/**
 * Writes frames: the length-prefixed header, then each attachment wrapped, not copied. Frames
 * with more than one slice of attachments go out as {@link FrameChunks}, which the
 * {@code ChunkedWriteHandler} below this encoder feeds to the socket as the peer reads.
 */
@ChannelHandler.Sharable
final class FrameEncoder extends MessageToMessageEncoder<Frame> {

    FrameEncoder() {
        super(Frame.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Frame frame, List<Object> out) {
        byte[] header = FrameCodec.encodeHeader(frame);
        long attachmentBytes = 0;
        for (byte[] attachment : frame.attachments()) {
            attachmentBytes += attachment.length;
        }
        if (attachmentBytes > FrameChunks.SLICE_BYTES) {
            out.add(new FrameChunks(header, frame.attachments()));
            return;
        }
        out.add(Unpooled.wrappedBuffer(header));
        for (byte[] attachment : frame.attachments()) {
            if (attachment.length > 0) {
                out.add(Unpooled.wrappedBuffer(attachment));
            }
        }
    }
}
