package org.easel.server.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void createsTheDirectoryOwnerOnlyAndAStableToken() throws Exception {
        Path dir = temp.resolve("a/b/easel");
        StateDirectory state = StateDirectory.open(dir);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        String token = state.tokenOrCreate();
        assertTrue(token.matches("[0-9a-f]{64}"), token);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("token"))));
        assertEquals(token, StateDirectory.open(dir).tokenOrCreate(), "the token survives restarts");
    }

    @Test
    void refusesADirectoryOthersCanWrite() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("shared"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        StateDirectoryException e = assertThrows(StateDirectoryException.class, () -> StateDirectory.open(dir));
        assertTrue(e.getMessage().contains("chmod 700"), e.getMessage());
    }

    @Test
    void aDamagedTokenIsReportedNotUsed() throws Exception {
        StateDirectory state = StateDirectory.open(temp);
        Files.writeString(temp.resolve("token"), "short");
        assertTrue(assertThrows(StateDirectoryException.class, state::tokenOrCreate).getMessage().contains("Delete it"));
    }

    @Test
    void daemonInfoIsWrittenWholeAndRemoved() throws Exception {
        StateDirectory state = StateDirectory.open(temp);
        DaemonInfo info = new DaemonInfo("127.0.0.1", 4321, 99, 1, "0.1.0");
        state.writeDaemonInfo(info);
        assertEquals(Optional.of(info), state.readDaemonInfo());
        try (var files = Files.list(temp)) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".tmp")), "no temporary files left");
        }
        state.removeDaemonInfo();
        assertEquals(Optional.empty(), state.readDaemonInfo());
    }

    @Test
    void locatesTheStateDirectoryLikeTheClients() {
        Path home = Path.of("/home/ann");
        assertEquals(Path.of("/x"), StateDirectoryLocator.locate(Optional.of(Path.of("/x")), Map.of("EASEL_STATE_DIR", "/y"), "Linux", home));
        assertEquals(Path.of("/y"), StateDirectoryLocator.locate(Optional.empty(), Map.of("EASEL_STATE_DIR", "/y"), "Linux", home));
        assertEquals(Path.of("/s/easel"), StateDirectoryLocator.locate(Optional.empty(), Map.of("XDG_STATE_HOME", "/s"), "Linux", home));
        assertEquals(Path.of("/home/ann/.local/state/easel"), StateDirectoryLocator.locate(Optional.empty(), Map.of("XDG_STATE_HOME", "rel"), "Linux", home));
        assertEquals(Path.of("/home/ann/Library/Application Support/Easel"), StateDirectoryLocator.locate(Optional.empty(), Map.of(), "Mac OS X", home));
        assertEquals(Path.of("/l/Easel"), StateDirectoryLocator.locate(Optional.empty(), Map.of("LOCALAPPDATA", "/l"), "Windows 11", home));
    }
}
