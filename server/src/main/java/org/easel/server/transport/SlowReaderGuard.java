package org.easel.server.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles a peer that does not read its replies. While the write buffer is over its high-water
 * mark the connection stops reading requests (each would add a reply the peer is not taking);
 * TCP then slows the peer down instead of the daemon buffering for it. A peer that has taken
 * nothing for the whole stall timeout while replies wait is disconnected, which cancels its jobs
 * and frees their memory. Other connections never wait for it: every write is non-blocking.
 */
final class SlowReaderGuard extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(SlowReaderGuard.class);

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        ctx.channel().config().setAutoRead(ctx.channel().isWritable());
        ctx.fireChannelWritabilityChanged();
    }

    /**
     * WRITER_IDLE comes from an IdleStateHandler that watches output progress, at half the stall
     * timeout. Only a repeated event counts: the first one of a quiet spell is raised without
     * checking progress, and a reply queued by a job thread at that very moment already counts as
     * waiting, so closing on it would drop a healthy connection with no error. The repeated event
     * is raised only when nothing was written and nothing moved for a whole interval.
     */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent idle && idle.state() == IdleState.WRITER_IDLE && !idle.isFirst()
                && repliesWaiting(ctx)) {
            log.info("closing {}: it has not read its replies for the stall timeout", ctx.channel().remoteAddress());
            ctx.close();
        }
        ctx.fireUserEventTriggered(event);
    }

    private static boolean repliesWaiting(ChannelHandlerContext ctx) {
        ChannelOutboundBuffer pending = ctx.channel().unsafe().outboundBuffer();
        return !ctx.channel().isWritable() || (pending != null && pending.totalPendingWriteBytes() > 0);
    }
}
