package org.easel.server.transport;

import org.easel.protocol.Frame;

/**
 * A decoded frame and the share of the in-flight memory budget its attachments hold; whoever
 * finishes with the request releases the lease.
 */
record ReceivedFrame(Frame frame, InFlightMemory.Lease lease) {
}
