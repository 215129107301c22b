package org.easel.server.transport;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.easel.server.memory.ConversationArchive;
import org.easel.server.session.EditService;
import org.easel.server.session.EngineCatalog;

/** The Netty side of the daemon: binds the socket and gives each connection its pipeline. */
public final class EaselServer implements AutoCloseable {
    static final String HANDSHAKE_TIMEOUT = "handshake-timeout";
    static final int HANDSHAKE_TIMEOUT_SECONDS = 30;

    private final EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final EventLoopGroup workers = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private Channel serverChannel;

    /** Binds {@code host:port} (port 0 picks a free one) and starts serving. */
    public static EaselServer start(String host, int port, ServerIdentity identity, EditService edits,
                                    EngineCatalog engines, ConversationArchive conversations) throws InterruptedException {
        EaselServer server = new EaselServer();
        try {
            server.bind(host, port, identity, edits, engines, conversations);
            return server;
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
    }

    private void bind(String host, int port, ServerIdentity identity, EditService edits, EngineCatalog engines,
                      ConversationArchive conversations)
            throws InterruptedException {
        serverChannel = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                // Bounds what a slow reader can make the daemon buffer before writes report unwritable.
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(1 << 20, 8 << 20))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast(HANDSHAKE_TIMEOUT, new IdleStateHandler(HANDSHAKE_TIMEOUT_SECONDS, 0, 0, TimeUnit.SECONDS))
                                .addLast(new FrameDecoder(identity.frameLimits()))
                                .addLast(new FrameEncoder())
                                .addLast(new ConnectionHandler(identity, edits, engines, conversations));
                    }
                })
                .bind(new InetSocketAddress(host, port)).sync().channel();
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** Stops accepting, closes every connection and the event loops. */
    @Override
    public void close() {
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly();
        }
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
