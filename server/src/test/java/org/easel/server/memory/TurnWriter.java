package org.easel.server.memory;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.easel.protocol.PixelFormat;

/**
 * Records turns with images as fast as it can, forever, printing each turn's number once it is
 * saved. {@link CrashConsistencyTest} runs it in its own JVM and kills it with SIGKILL mid-write.
 */
public final class TurnWriter {
    public static void main(String[] args) throws Exception {
        try (ConversationStore store = ConversationStore.open(Path.of(args[0]))) {
            for (int i = 0; ; i++) {
                StoredImage image = store.images().put(64, 64, PixelFormat.RGBA8, Turns.pixels(64 * 64 * 4, i));
                TurnRecord turn = store.record("doc", Optional.of("crash"), Turns.done("turn " + i,
                        Optional.empty(), List.of(new PlacedImage("layer " + i, image, i, 0))));
                System.out.println("recorded " + turn.number());
                System.out.flush();
            }
        }
    }
}
