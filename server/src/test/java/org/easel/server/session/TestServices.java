package org.easel.server.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.easel.server.memory.ConversationStore;
import org.easel.server.memory.MemoryException;

/** Edit services for tests, each with its own fresh conversation memory in a temporary folder. */
public final class TestServices {
    private TestServices() {
    }

    public static EditService editService() {
        return editService(new ClassicalEditEngine());
    }

    public static EditService editService(EditEngine engine) {
        return new EditService(4, EngineCatalog.builtIn(), engine, freshMemory(), 1L << 30);
    }

    public static ConversationStore freshMemory() {
        try {
            Path dir = Files.createTempDirectory("easel-test-memory-");
            dir.toFile().deleteOnExit();
            return ConversationStore.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MemoryException e) {
            throw new IllegalStateException(e);
        }
    }
}
