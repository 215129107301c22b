package org.easel.server.users;

import java.time.Instant;
import java.util.Optional;

/** A user as {@code easel users list} shows them; the token itself is never kept. */
public record User(String name, Instant created, Optional<Instant> lastUsed, Optional<Instant> revoked) {
    public boolean active() {
        return revoked.isEmpty();
    }
}
