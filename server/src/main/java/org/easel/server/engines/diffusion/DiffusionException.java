package org.easel.server.engines.diffusion;

/**
 * A diffusion model cannot be loaded or run. The message is written for the artist: it names the
 * model folder or file and says what to do (reinstall, free memory, use the CPU build).
 */
public class DiffusionException extends RuntimeException {
    public DiffusionException(String message) {
        super(message);
    }

    public DiffusionException(String message, Throwable cause) {
        super(message, cause);
    }
}
