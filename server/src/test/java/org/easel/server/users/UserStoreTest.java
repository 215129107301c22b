package org.easel.server.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user list: tokens shown once and stored hashed, revocation, re-adding, names. */
class UserStoreTest {
    @TempDir
    Path memory;

    @Test
    void aTokenIdentifiesItsUserUntilRevoked() throws Exception {
        try (UserStore users = UserStore.open(memory)) {
            String bob = users.add("bob");
            String carol = users.add("carol");
            assertEquals(64, bob.length());
            HexFormat.of().parseHex(bob); // 256 bits as hex, the shape every client already accepts
            assertNotEquals(bob, carol);
            assertEquals(Optional.of("bob"), users.authenticate(bob));
            assertEquals(Optional.of("carol"), users.authenticate(carol));
            assertEquals(Optional.empty(), users.authenticate("0".repeat(64)));

            assertTrue(users.revoke("bob"));
            assertEquals(Optional.empty(), users.authenticate(bob));
            assertFalse(users.isActive("bob"));
            assertTrue(users.isActive("carol"));
            assertFalse(users.revoke("bob"), "already revoked");
            assertFalse(users.revoke("nobody"));
        }
    }

    @Test
    void onlyTheHashIsStored() throws Exception {
        String token;
        try (UserStore users = UserStore.open(memory)) {
            token = users.add("bob");
        }
        StringBuilder everything = new StringBuilder();
        try (var files = Files.list(memory)) {
            for (Path file : files.toList()) {
                everything.append(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        assertFalse(everything.toString().contains(token), "the token itself is nowhere on disk");
        assertTrue(everything.toString().contains(UserToken.hash(token)), "its SHA-256 is");
    }

    @Test
    void listShowsCreatedLastUsedAndRevoked() throws Exception {
        try (UserStore users = UserStore.open(memory)) {
            String bob = users.add("bob");
            users.add("alice");
            assertTrue(users.list().stream().allMatch(u -> u.lastUsed().isEmpty()));
            users.authenticate(bob);
            users.revoke("alice");
            long deadline = System.nanoTime() + 5_000_000_000L; // "last used" is written in the background
            while (users.list().stream().filter(u -> u.name().equals("bob")).findFirst().orElseThrow().lastUsed().isEmpty()
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            var list = users.list();
            assertEquals("alice", list.get(0).name(), "sorted by name");
            assertTrue(list.get(0).revoked().isPresent());
            assertTrue(list.get(1).lastUsed().isPresent());
            assertTrue(list.get(1).active());
        }
    }

    @Test
    void anActiveUserCannotBeAddedTwiceButARevokedOneCanComeBack() throws Exception {
        try (UserStore users = UserStore.open(memory)) {
            String first = users.add("bob");
            UserStoreException twice = assertThrows(UserStoreException.class, () -> users.add("bob"));
            assertTrue(twice.getMessage().contains("easel users revoke bob"), twice.getMessage());
            assertEquals(Optional.of("bob"), users.authenticate(first), "the refused add changed nothing");
            users.revoke("bob");
            String second = users.add("bob");
            assertEquals(Optional.of("bob"), users.authenticate(second));
            assertEquals(Optional.empty(), users.authenticate(first), "the old token stays revoked");
        }
    }

    @Test
    void namesAreCheckedAndTheOwnerIsReserved() throws Exception {
        try (UserStore users = UserStore.open(memory)) {
            for (String bad : new String[] {"", "Bob", "a b", "../x", "x".repeat(33), UserName.OWNER}) {
                assertThrows(IllegalArgumentException.class, () -> users.add(bad), bad);
            }
            assertTrue(users.list().isEmpty());
        }
    }

    @Test
    void theOwnerTokenIsTheDaemonsOwnAndOthersComeFromTheStore() throws Exception {
        try (UserStore store = UserStore.open(memory)) {
            String bob = store.add("bob");
            Users users = new Users("ab".repeat(32), Optional.of(store));
            assertEquals(Optional.of(UserName.OWNER), users.identify("ab".repeat(32)));
            assertEquals(Optional.of("bob"), users.identify(bob));
            assertTrue(users.stillAllowed(UserName.OWNER));
            store.revoke("bob");
            assertFalse(users.stillAllowed("bob"));
            assertEquals(Optional.empty(), Users.ownerOnly("ab".repeat(32)).identify(bob));
        }
    }
}
