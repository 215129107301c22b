package org.easel.server.transport;

import java.time.Duration;
import org.easel.protocol.FrameLimits;

/**
 * How the socket server protects itself from clients that are slow, silent or greedy.
 *
 * @param handshakeTimeout how long a new connection may take to complete {@code hello}, however
 *                         slowly it trickles bytes
 * @param stallTimeout     how long a connection may go without progress in the middle of a
 *                         message it sends, or while replies wait for it to read them, before it
 *                         is closed; an idle connection between messages is kept
 * @param memory           the budget for received bytes not yet answered, shared by all connections
 */
public record TransportSettings(Duration handshakeTimeout, Duration stallTimeout, InFlightMemory memory) {

    /** Before {@code hello} a peer has not proved it holds the token: small headers, no attachments. */
    static final FrameLimits HANDSHAKE_LIMITS = new FrameLimits(64 * 1024, 0, 0);

    public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(60);

    public static TransportSettings defaults(InFlightMemory memory) {
        return new TransportSettings(DEFAULT_HANDSHAKE_TIMEOUT, DEFAULT_STALL_TIMEOUT, memory);
    }
}
