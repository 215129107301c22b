package org.easel.installer.cli;

import jakarta.json.JsonObject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Optional;
import org.easel.protocol.Frame;
import org.easel.protocol.FrameCodec;
import org.easel.protocol.FrameLimits;
import org.easel.protocol.Jsons;
import org.easel.protocol.Messages;
import org.easel.protocol.ProtocolException;
import org.easel.protocol.client.EaselException;
import org.easel.protocol.client.PinnedTls;
import org.easel.protocol.tls.CertificateFingerprint;
import org.easel.server.Version;
import org.easel.server.state.DaemonInfo;
import org.easel.server.state.StateDirectory;
import org.easel.server.state.StateDirectoryException;

/**
 * The daemon a state directory names, as the command line sees it: found through daemon.json and
 * confirmed by a protocol handshake with the token, so a stale file or a recycled pid is never
 * mistaken for a running daemon.
 */
record RunningDaemon(DaemonInfo info, JsonObject welcome, Optional<JsonObject> status) {
    private static final int CONNECT_TIMEOUT_MILLIS = 3000;

    /** The daemon answering for {@code stateDir}, or empty when none does (the reason goes to {@code why}). */
    static Optional<RunningDaemon> find(Path stateDir, StringBuilder why) {
        if (!java.nio.file.Files.isDirectory(stateDir)) {
            why.append("there is no state directory ").append(stateDir);
            return Optional.empty();
        }
        StateDirectory state;
        try {
            state = StateDirectory.open(stateDir);
        } catch (StateDirectoryException e) {
            why.append(e.getMessage());
            return Optional.empty();
        }
        Optional<DaemonInfo> info = state.readDaemonInfo();
        if (info.isEmpty()) {
            why.append("no daemon.json in ").append(stateDir);
            return Optional.empty();
        }
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(info.get().host(), info.get().port()), CONNECT_TIMEOUT_MILLIS);
            plain.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
            Socket socket = info.get().tlsFingerprint().isEmpty() ? plain
                    : PinnedTls.secure(plain, info.get().host(),
                            Optional.of(CertificateFingerprint.parse(info.get().tlsFingerprint().get())));
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            FrameCodec.write(out, Frame.of(Jsons.createObjectBuilder().add(Messages.TYPE, Messages.HELLO)
                    .add("protocol", Messages.PROTOCOL_VERSION).add("token", state.tokenOrCreate())
                    .add("client", Jsons.createObjectBuilder().add("name", "easel-cli").add("version", Version.current()))
                    .build()));
            Frame reply = FrameCodec.read(in, FrameLimits.DEFAULTS);
            if (!reply.type().filter(Messages.WELCOME::equals).isPresent()) {
                why.append("the daemon on port ").append(info.get().port()).append(" refused: ")
                        .append(reply.header().getString("message", reply.header().toString()));
                return Optional.empty();
            }
            // The queue per user; a daemon older than the status request answers unknown_type.
            FrameCodec.write(out, Frame.of(Jsons.createObjectBuilder().add(Messages.TYPE, Messages.STATUS)
                    .add(Messages.ID, "status").build()));
            Frame status = FrameCodec.read(in, FrameLimits.DEFAULTS);
            return Optional.of(new RunningDaemon(info.get(), reply.header(),
                    status.type().filter(Messages.STATUS::equals).map(t -> status.header())));
        } catch (EaselException | IllegalArgumentException e) {
            why.append("daemon.json names pid ").append(info.get().pid()).append(" on port ").append(info.get().port())
                    .append(", but its TLS handshake failed: ").append(e.getMessage());
            return Optional.empty();
        } catch (IOException | ProtocolException | StateDirectoryException e) {
            why.append("daemon.json names pid ").append(info.get().pid()).append(" on port ").append(info.get().port())
                    .append(", but nothing answers there (").append(e.getMessage())
                    .append("); it was probably killed");
            return Optional.empty();
        }
    }
}
