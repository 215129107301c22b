package org.easel.server.transport;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import java.util.List;
import org.easel.protocol.Frame;
import org.easel.protocol.FrameCodec;

/** Writes frames: the length-prefixed header, then each attachment wrapped, not copied. */
@ChannelHandler.Sharable
final class FrameEncoder extends MessageToMessageEncoder<Frame> {

    FrameEncoder() {
        super(Frame.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Frame frame, List<Object> out) {
        out.add(Unpooled.wrappedBuffer(FrameCodec.encodeHeader(frame)));
        for (byte[] attachment : frame.attachments()) {
            if (attachment.length > 0) {
                out.add(Unpooled.wrappedBuffer(attachment));
            }
        }
    }
}
