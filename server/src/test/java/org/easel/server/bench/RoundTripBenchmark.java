package org.easel.server.bench;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.easel.protocol.Frame;
import org.easel.protocol.FrameCodec;
import org.easel.protocol.FrameLimits;
import org.easel.protocol.ImageLimits;
import org.easel.server.EchoEngine;
import org.easel.server.Images;
import org.easel.server.TestClient;
import org.easel.server.memory.ConversationArchive;
import org.easel.server.memory.ConversationStore;
import org.easel.server.session.EditService;
import org.easel.server.session.TestServices;
import org.easel.server.session.Thumbnails;
import org.easel.server.session.EngineCatalog;
import org.easel.server.transport.EaselServer;
import org.easel.server.transport.InFlightMemory;
import org.easel.server.transport.ServerIdentity;
import org.easel.server.transport.TransportSettings;

/**
 * A 4096×4096 rgba8 layer (64 MiB) sent as an edit and received back as the result, through the
 * daemon's socket server with the no-op engine, against a raw loopback socket echo of the same
 * bytes, interleaved round by round in one run so machine load affects both alike. Also counts
 * what the daemon's threads allocate per round trip, in full-size copies of the layer.
 */
final class RoundTripBenchmark {
    static final int SIDE = 4096;
    static final int BYTES = SIDE * SIDE * 4;
    private static final String TOKEN = "cd".repeat(32);

    /** @param ratio the median over rounds of raw time / protocol time, each pair run back to back */
    record Result(double rawMiBs, double protocolMiBs, double ratio, double heapCopiesPerTrip, double directPeakMiB, int rounds) {
    }

    static Result run(int rounds) throws Exception {
        byte[] layer = Images.colourfulRgba8(SIDE, SIDE);
        EngineCatalog engines = EngineCatalog.builtIn();
        // The daemon's real conversation memory is part of the round trip: a turn is saved before
        // its result is sent.
        ConversationStore conversations = TestServices.freshMemory();
        EditService edits = new EditService(16, engines, new EchoEngine(), conversations, 1L << 30);
        InFlightMemory memory = new InFlightMemory(1L << 30);
        ServerIdentity identity = new ServerIdentity("bench", TOKEN, new FrameLimits(1 << 20, 8, 1 << 30),
                ImageLimits.DEFAULTS, 16);
        EaselServer server = EaselServer.start("127.0.0.1", 0, identity, edits, engines, TransportSettings.defaults(memory),
                new ConversationArchive(conversations, 1 << 30, Thumbnails::of));
        try (RawEcho echo = new RawEcho(); TestClient client = TestClient.connected(server.address(), TOKEN);
             Socket raw = new Socket(InetAddress.getLoopbackAddress(), echo.port())) {
            raw.setTcpNoDelay(true);
            for (int warm = 0; warm < 2; warm++) {
                rawTrip(raw, layer);
                protocolTrip(client, layer, warm);
            }
            List<Long> rawNanos = new ArrayList<>();
            List<Long> protocolNanos = new ArrayList<>();
            long daemonAllocated = 0;
            long directPeak = 0;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                rawTrip(raw, layer);
                rawNanos.add(System.nanoTime() - t0);

                long before = otherThreadsAllocated();
                DirectMemorySampler sampler = DirectMemorySampler.start();
                long t1 = System.nanoTime();
                protocolTrip(client, layer, 100 + r);
                protocolNanos.add(System.nanoTime() - t1);
                directPeak = Math.max(directPeak, sampler.stopAndPeak());
                daemonAllocated += otherThreadsAllocated() - before;
            }
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                ratios.add((double) rawNanos.get(r) / protocolNanos.get(r));
            }
            ratios.sort(null);
            return new Result(mibPerSecond(median(rawNanos)), mibPerSecond(median(protocolNanos)), ratios.get(rounds / 2),
                    (double) daemonAllocated / rounds / BYTES, directPeak / (1024.0 * 1024), rounds);
        } finally {
            edits.shutdown(5_000);
            server.close();
        }
    }

    /** Both directions' bytes per second, in MiB/s. */
    private static double mibPerSecond(long nanos) {
        return 2.0 * BYTES / (1024 * 1024) / (nanos / 1e9);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static void rawTrip(Socket socket, byte[] layer) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(layer);
        out.flush();
        byte[] back = new byte[BYTES]; // a client receiving a result allocates it too
        new DataInputStream(socket.getInputStream()).readFully(back);
    }

    private static void protocolTrip(TestClient client, byte[] layer, int n) throws Exception {
        client.send(Images.edit("e" + n, "make it brighter", SIDE, SIDE).build(), layer);
        Frame result = client.readUntil("result");
        if (result.attachments().get(0).length != BYTES) {
            throw new IllegalStateException("wrong result size");
        }
    }

    /** Heap bytes allocated so far by every thread but this one (the client): the daemon's share. */
    private static long otherThreadsAllocated() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = threads.getAllThreadIds();
        long total = 0;
        long self = Thread.currentThread().getId();
        long[] allocated = threads.getThreadAllocatedBytes(ids);
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != self && allocated[i] > 0) {
                total += allocated[i];
            }
        }
        return total;
    }

    /**
     * Samples direct (off-heap) memory every millisecond: Netty's allocator (including the pooled
     * chunks it keeps between reads) and the JDK's direct buffer pool.
     */
    private static final class DirectMemorySampler {
        private final AtomicLong peak = new AtomicLong(directBytes());
        private volatile boolean running = true;
        private final Thread thread = new Thread(this::sample, "direct-memory-sampler");

        static DirectMemorySampler start() {
            DirectMemorySampler s = new DirectMemorySampler();
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        private void sample() {
            while (running) {
                peak.accumulateAndGet(directBytes(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stopAndPeak() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }

        private static long directBytes() {
            long netty = ByteBufAllocator.DEFAULT instanceof ByteBufAllocatorMetricProvider p ? p.metric().usedDirectMemory() : 0;
            long jdk = 0;
            for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
                if (pool.getName().equals("direct")) {
                    jdk = pool.getMemoryUsed();
                }
            }
            return netty + jdk;
        }
    }

    /** The baseline: a plain blocking socket that reads a whole layer, then writes it back. */
    private static final class RawEcho implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final Thread thread = new Thread(this::serve, "raw-echo");

        RawEcho() throws IOException {
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return server.getLocalPort();
        }

        private void serve() {
            try (Socket s = server.accept()) {
                s.setTcpNoDelay(true);
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                // One buffer, reused: allocating here could land in the daemon's allocation count.
                byte[] layer = new byte[BYTES];
                while (true) {
                    new DataInputStream(in).readFully(layer);
                    out.write(layer);
                    out.flush();
                }
            } catch (IOException closed) {
                // the benchmark is over
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
