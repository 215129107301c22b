package org.easel.protocol;

/**
 * Size limits a receiver enforces before reading a frame's bytes, so a peer can never make it
 * allocate more than announced.
 */
public record FrameLimits(int maxHeaderBytes, int maxAttachments, int maxAttachmentBytes) {

    /** The daemon's defaults, announced in {@code welcome}. */
    public static final FrameLimits DEFAULTS = new FrameLimits(1 << 20, 8, 1 << 30);

    public FrameLimits {
        if (maxHeaderBytes < 2 || maxAttachments < 0 || maxAttachmentBytes < 0) {
            throw new IllegalArgumentException("invalid frame limits");
        }
    }
}
