package org.easel.server.transport;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.easel.server.memory.ConversationArchive;
import org.easel.server.session.EditService;
import org.easel.server.session.EngineCatalog;
import org.easel.server.users.Users;

/** The Netty side of the daemon: binds the socket and gives each connection its pipeline. */
public final class EaselServer implements AutoCloseable {
    private final EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final EventLoopGroup workers = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    /**
     * Runs what may block — planning an edit (an LLM planner waits on the network), reading the
     * memory for history, export and import — off the event loops, so pings, cancels and progress
     * of every connection keep flowing. One thread keeps edits in the order they arrived.
     */
    private final ExecutorService requests = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "easel-requests");
        thread.setDaemon(true);
        return thread;
    });
    private Channel serverChannel;

    /** Binds {@code host:port} (port 0 picks a free one) and starts serving the owner only, over plain TCP. */
    public static EaselServer start(String host, int port, ServerIdentity identity, EditService edits,
                                    EngineCatalog engines, TransportSettings settings,
                                    ConversationArchive conversations) throws InterruptedException {
        return start(host, port, identity, edits, engines, settings, conversations, Users.ownerOnly(identity.token()),
                Optional.empty());
    }

    /**
     * Binds {@code host:port} (port 0 picks a free one) and starts serving the owner and {@code users};
     * with {@code tls}, every connection must complete a TLS handshake before a single frame is read
     * (a plain-TCP peer is dropped by the handshake).
     */
    public static EaselServer start(String host, int port, ServerIdentity identity, EditService edits,
                                    EngineCatalog engines, TransportSettings settings,
                                    ConversationArchive conversations, Users users, Optional<SslContext> tls)
            throws InterruptedException {
        if (identity.frameLimits().maxAttachmentBytes() > settings.memory().capacity()) {
            throw new IllegalArgumentException("maxAttachmentBytes " + identity.frameLimits().maxAttachmentBytes()
                    + " exceeds the in-flight memory budget " + settings.memory().capacity());
        }
        EaselServer server = new EaselServer();
        try {
            server.bind(host, port, identity, edits, engines, settings, conversations, users, tls);
            return server;
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
    }

    private void bind(String host, int port, ServerIdentity identity, EditService edits, EngineCatalog engines,
                      TransportSettings settings, ConversationArchive conversations, Users users,
                      Optional<SslContext> tls)
            throws InterruptedException {
        long stallMillis = settings.stallTimeout().toMillis();
        serverChannel = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                // Layers arrive in megabytes: reading up to 1 MiB per call instead of Netty's 64 KiB
                // default means fewer trips through the pipeline per layer.
                .childOption(ChannelOption.RCVBUF_ALLOCATOR, new AdaptiveRecvByteBufAllocator(64, 16 * 1024, 1 << 20))
                // Bounds what a slow reader can make the daemon buffer before writes report unwritable.
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(1 << 20, 8 << 20))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        // Outbound runs bottom-up: ConnectionHandler writes Frames, FrameEncoder turns
                        // big ones into FrameChunks, ChunkedWriteHandler feeds those as the peer reads.
                        // TLS sits first: everything above it sees only decrypted bytes.
                        tls.ifPresent(context -> ch.pipeline().addLast("tls", context.newHandler(ch.alloc()))
                                .addLast(new TlsRefusals()));
                        ch.pipeline()
                                // Writes are checked at half the stall timeout: SlowReaderGuard closes on
                                // the second check in a row without progress.
                                .addLast(new IdleStateHandler(true, stallMillis, stallMillis / 2, 0, TimeUnit.MILLISECONDS))
                                .addLast(new FrameDecoder(identity.frameLimits(), settings.memory()))
                                .addLast(new SlowReaderGuard())
                                .addLast(new ChunkedWriteHandler())
                                .addLast(new FrameEncoder())
                                .addLast(new ConnectionHandler(identity, edits, engines, settings.handshakeTimeout(),
                                        conversations, requests, users));
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
        requests.shutdownNow();
    }
}
