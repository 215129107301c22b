package org.easel.protocol.client;

/** What an edit reports while it runs; called on the thread that called {@code edit}. */
public interface EditListener {
    EditListener NONE = new EditListener() {
    };

    /** The plan, before anything runs. */
    default void accepted(Accepted accepted) {
    }

    default void progress(Progress progress) {
    }
}
