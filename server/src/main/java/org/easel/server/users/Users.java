package org.easel.server.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who a token belongs to: the daemon's own token is the local owner's ({@link UserName#OWNER});
 * any other token is looked up in the {@link UserStore}, when the daemon has one.
 */
public final class Users {
    private final String ownerToken;
    private final Optional<UserStore> store;

    public Users(String ownerToken, Optional<UserStore> store) {
        this.ownerToken = ownerToken;
        this.store = store;
    }

    /** Only the owner: the daemon before users existed, and tests that need no others. */
    public static Users ownerOnly(String ownerToken) {
        return new Users(ownerToken, Optional.empty());
    }

    /** The user the token belongs to; empty when it is nobody's (or was revoked). */
    public Optional<String> identify(String token) {
        // Constant-time: response timing tells nothing about how much of a guess was right.
        if (MessageDigest.isEqual(ownerToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(UserName.OWNER);
        }
        return store.flatMap(s -> s.authenticate(token));
    }

    /** Whether {@code user} may still make requests: always for the owner, until revoked for others. */
    public boolean stillAllowed(String user) {
        return UserName.OWNER.equals(user) || store.map(s -> s.isActive(user)).orElse(false);
    }
}
