package org.easel.server;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.easel.protocol.Frame;
import org.easel.protocol.FrameCodec;
import org.easel.protocol.FrameLimits;
import org.easel.protocol.ProtocolException;

/** A minimal blocking protocol client for the daemon's tests. */
public final class TestClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    public TestClient(InetSocketAddress address) throws IOException {
        socket = new Socket(address.getAddress(), address.getPort());
        socket.setSoTimeout(20_000);
        in = new BufferedInputStream(socket.getInputStream());
        out = new BufferedOutputStream(socket.getOutputStream());
    }

    public static TestClient connected(Daemon daemon, String token) throws Exception {
        return connected(daemon.address(), token);
    }

    public static TestClient connected(InetSocketAddress address, String token) throws Exception {
        TestClient client = new TestClient(address);
        Frame welcome = client.request(hello(token, 1));
        if (!"welcome".equals(welcome.type().orElse(""))) {
            throw new AssertionError("no welcome: " + welcome.header());
        }
        return client;
    }

    public static JsonObject hello(String token, int protocol) {
        return Json.createObjectBuilder().add("type", "hello").add("protocol", protocol).add("token", token)
                .add("client", Json.createObjectBuilder().add("name", "java-test").add("version", "0")).build();
    }

    public void send(JsonObject header, byte[]... attachments) throws IOException {
        FrameCodec.write(out, new Frame(header, List.of(attachments)));
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    public Frame read() throws IOException, ProtocolException {
        return FrameCodec.read(in, FrameLimits.DEFAULTS);
    }

    public Frame request(JsonObject header, byte[]... attachments) throws Exception {
        send(header, attachments);
        return read();
    }

    /**
     * Reads and throws away whatever the daemon sent until it closes the connection; false when it
     * is still open after the read timeout.
     */
    public boolean drainUntilClosed() throws IOException {
        byte[] sink = new byte[1 << 16];
        try {
            while (in.read(sink) != -1) {
                // discard
            }
            return true;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (java.net.SocketException e) {
            return true; // reset by the daemon
        }
    }

    /** True when the daemon closed the connection (the next read hits end of stream). */
    public boolean isClosedByPeer() throws IOException {
        try {
            return in.read() == -1;
        } catch (java.net.SocketException e) {
            return true;
        }
    }

    public static JsonObjectBuilder message(String type, String id) {
        return Json.createObjectBuilder().add("type", type).add("id", id);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** Reads frames until request {@code id} ends with its result or an error. */
    public Frame readUntilEnd(String id) throws Exception {
        while (true) {
            Frame f = read();
            String type = f.type().orElse("");
            if (id.equals(f.id().orElse("")) && (type.equals("result") || type.equals("error"))) {
                return f;
            }
        }
    }

    /** Reads frames until one of type {@code type} arrives; fails on end of stream. */
    public Frame readUntil(String type) throws Exception {
        while (true) {
            Frame f;
            try {
                f = read();
            } catch (EOFException e) {
                throw new AssertionError("connection closed before a " + type + " frame");
            }
            if (type.equals(f.type().orElse(""))) {
                return f;
            }
        }
    }
}
