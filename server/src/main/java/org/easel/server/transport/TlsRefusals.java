package org.easel.server.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.NotSslRecordException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sits right after the TLS handler and turns its refusals (a plain-TCP client, a client that does
 * not trust the certificate) into one short log line and a closed connection.
 *
 * <p>Why not let them reach ConnectionHandler: Netty's NotSslRecordException carries a hex dump of
 * the bytes received, and a plain-TCP client's first bytes are its hello, token included; the
 * token must never reach a log.
 */
final class TlsRefusals extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(TlsRefusals.class);

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable reason = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (reason instanceof NotSslRecordException) {
            log.info("refused {}: it does not speak TLS (a plain-TCP client on the TLS-only listener)",
                    ctx.channel().remoteAddress());
            ctx.close();
        } else if (reason instanceof SSLException) {
            log.info("TLS handshake with {} failed: {}", ctx.channel().remoteAddress(), firstLine(reason.getMessage()));
            ctx.close();
        } else {
            ctx.fireExceptionCaught(cause);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no reason given)";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
