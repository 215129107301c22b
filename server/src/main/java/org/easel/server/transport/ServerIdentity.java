package org.easel.server.transport;

import org.easel.protocol.FrameLimits;
import org.easel.protocol.ImageLimits;

/** What the daemon tells clients about itself in {@code welcome}, and the token it checks. */
public record ServerIdentity(String version, String token, FrameLimits frameLimits, ImageLimits imageLimits,
                             int maxQueuedJobs) {
}
