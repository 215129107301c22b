package org.easel.installer.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.easel.installer.install.InstallRecord.KritarcEdit;

/**
 * kritarc on disk: switching the plugin on and restoring the file afterwards (the text edits are
 * {@link KritaSettings}'). Read and written as ISO-8859-1, so bytes that are not ours round-trip.
 */
final class KritarcFile {
    private KritarcFile() {
    }

    static boolean isEnabled(Path kritarc) {
        return Files.isRegularFile(kritarc) && KritaSettings.isEnabled(read(kritarc));
    }

    /**
     * Writes {@code enable_easel=true}; returns the edit to record. {@code earlier} is the edit a
     * previous install recorded: when a user switched the plugin off since, the state before that
     * first install is still what uninstall must restore.
     */
    static KritarcEdit enable(Path kritarc, Optional<KritarcEdit> earlier) throws IOException {
        boolean existed = Files.exists(kritarc);
        List<Path> created = existed ? List.of() : Folders.missing(kritarc.getParent());
        KritaSettings.Enabled enabled = KritaSettings.enable(existed ? read(kritarc) : "");
        Files.createDirectories(kritarc.getParent());
        Files.writeString(kritarc, enabled.text(), StandardCharsets.ISO_8859_1);
        if (earlier.isEmpty()) {
            return new KritarcEdit(enabled.change(), !existed, created);
        }
        KritarcEdit first = earlier.get();
        String appended = enabled.change().createdSection() ? enabled.change().appended() : first.change().appended();
        return new KritarcEdit(new KritaSettings.Change(first.change().previousLine(), appended),
                first.createdFile() || !existed, first.createdFolders().isEmpty() ? created : first.createdFolders());
    }

    /** Undoes the edit; deletes kritarc when install created it and nothing else is in it (its folders are the caller's). */
    static void restore(Path kritarc, KritarcEdit edit) throws IOException {
        if (!Files.isRegularFile(kritarc)) {
            return;
        }
        String text = read(kritarc);
        String restored = KritaSettings.restore(text, edit.change());
        if (restored.isEmpty() && edit.createdFile()) {
            Files.delete(kritarc);
        } else if (!restored.equals(text)) {
            Files.writeString(kritarc, restored, StandardCharsets.ISO_8859_1);
        }
    }

    private static String read(Path kritarc) {
        try {
            return Files.readString(kritarc, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }
}
