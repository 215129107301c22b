package org.easel.server.transport;

import java.util.Optional;
import org.easel.protocol.ProtocolException;

/**
 * Passed down the pipeline instead of a frame when the bytes received break the protocol. The
 * request id is known when the header could be parsed before the problem was found.
 */
record DecodeFailure(ProtocolException problem, Optional<String> requestId) {
}
