package org.easel.protocol;

/**
 * Size limits a receiver enforces before reading a frame's bytes, so a peer can never make it
 * allocate more than announced.
 */
public record FrameLimits(int maxHeaderBytes, int maxAttachments, int maxAttachmentBytes) {


    /**
     * The daemon's defaults, announced in {@code welcome}. The attachment budget (for all of a
     * frame's attachments together) fits an 8192² rgbaf32 layer plus its a8 mask.
     */
    public static final FrameLimits DEFAULTS = new FrameLimits(1 << 20, 8, (1 << 30) + (1 << 26));

    public FrameLimits {
        if (maxHeaderBytes < 2 || maxAttachments < 0 || maxAttachmentBytes < 0) {
            throw new IllegalArgumentException("invalid frame limits");
        }
    }
}
