package org.easel.installer.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The file and folder work install and uninstall share, confined to a plugin location. */
final class Folders {
    private Folders() {
    }

    /** A recorded path inside the program's plugin folder. */
    static Path resolve(PluginLocation location, String path) {
        return location.pluginsDir().resolve(path).normalize();
    }

    /** Only paths inside the program's plugin folder are touched, whatever a (hand-edited) record says. */
    static boolean isInside(PluginLocation location, String path) {
        Path resolved = resolve(location, path);
        return resolved.startsWith(location.pluginsDir()) && !resolved.equals(location.pluginsDir());
    }

    /** {@code folder} and those of its parents that do not exist yet, outermost first: what creating it will add. */
    static List<Path> missing(Path folder) {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        return missing;
    }

    /**
     * Deletes, innermost first, those recorded folders that hold (or are) one of the anchors, when they
     * are empty; a recorded folder elsewhere is not one install could have made for this plugin.
     */
    static void removeCreated(List<Path> folders, List<Path> anchors) throws IOException {
        List<Path> ours = folders.stream().filter(f -> anchors.stream().anyMatch(a -> a.startsWith(f))).distinct()
                .sorted(Comparator.comparingInt(Path::getNameCount).reversed()).toList();
        for (Path folder : ours) {
            deleteIfEmpty(folder);
        }
    }

    /** Deletes the now-empty folders that held the given files, innermost first, below the plugin's own folder. */
    static void removeEmptyBelow(PluginLocation location, List<String> files) throws IOException {
        Set<Path> folders = new TreeSet<>(Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(Comparator.naturalOrder()));
        for (String file : files) {
            for (Path p = resolve(location, file).getParent(); p != null && p.startsWith(location.folder())
                    && !p.equals(location.folder()); p = p.getParent()) {
                folders.add(p);
            }
        }
        for (Path folder : folders) {
            deleteIfEmpty(folder);
        }
    }

    static void deleteIfEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        }
    }

    static long countFiles(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }
}
