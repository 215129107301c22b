package org.easel.server.engines.hosted;

/**
 * A hosted engine could not give an answer: the message is for the artist (what happened and
 * what to do), never contains the API key, and quotes a provider's own words when it gave some.
 */
public final class HostedFailure extends RuntimeException {
    public HostedFailure(String message) {
        super(message);
    }

    public HostedFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
