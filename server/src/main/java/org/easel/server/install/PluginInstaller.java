package org.easel.server.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.easel.server.host.Platform;
import org.easel.server.install.InstallRecord.KritarcEdit;
import org.easel.server.install.PluginBundle.BundledFile;

/**
 * Copies a plugin from the bundle into a program's plugin folder and takes it out again.
 * Install is idempotent (a second run changes nothing and says so) and records what it wrote;
 * uninstall removes exactly that, so a home looks as before install (kritarc included).
 */
public final class PluginInstaller {
    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> PLAIN = PosixFilePermissions.fromString("rw-r--r--");

    private final PluginBundle bundle;
    private final String version;
    private final boolean unixModes;

    /** @param platform Windows has no executable bit to set; the others get mode 755 on GIMP's easel.py */
    public PluginInstaller(PluginBundle bundle, String version, Platform platform) {
        this.bundle = bundle;
        this.version = version;
        this.unixModes = platform != Platform.WINDOWS;
    }

    public enum Outcome { INSTALLED, UPDATED, UP_TO_DATE, REMOVED, NOT_INSTALLED, NOT_OURS }

    /** What install or uninstall did at one location, in lines for the user. */
    public record Report(PluginLocation location, Outcome outcome, List<String> lines) {
    }

    /** What doctor needs to know about one location. */
    public record Inspection(State state, Optional<String> version, boolean matchesThisBuild, boolean enabled) {
    }

    public enum State { NOT_INSTALLED, NOT_OURS, INSTALLED }

    public Inspection inspect(PluginLocation location) {
        Optional<InstallRecord> record = InstallRecord.read(location.recordFile());
        if (record.isEmpty()) {
            return new Inspection(Files.exists(location.folder()) ? State.NOT_OURS : State.NOT_INSTALLED,
                    Optional.empty(), false, false);
        }
        boolean matches = changedFiles(location).isEmpty() && staleFiles(location, record).isEmpty();
        return new Inspection(State.INSTALLED, Optional.of(record.get().version()), matches, isEnabled(location));
    }

    public Report install(PluginLocation location, boolean dryRun) throws IOException {
        Optional<InstallRecord> previous = InstallRecord.read(location.recordFile());
        List<BundledFile> changed = changedFiles(location);
        List<String> stale = staleFiles(location, previous);
        boolean enabled = isEnabled(location);
        String name = location.describe() + " plugin";
        if (previous.isPresent() && previous.get().version().equals(version) && changed.isEmpty() && stale.isEmpty() && enabled) {
            return new Report(location, Outcome.UP_TO_DATE,
                    List.of(name + " already installed, up to date (version " + version + "): " + location.folder()));
        }
        String what = previous.map(p -> describeUpdate(p, changed, stale, enabled))
                .orElse(Files.exists(location.folder()) ? "installed (version " + version + ") over the files that were in "
                        + location.folder() + " (installed by hand?)" : "installed (version " + version + ")");
        if (dryRun) {
            return new Report(location, previous.isPresent() ? Outcome.UPDATED : Outcome.INSTALLED, List.of(
                    "Would " + (previous.isPresent() ? "update" : "install") + " the " + name + " in " + location.folder()
                            + ": " + changed.size() + " files to write, " + stale.size() + " to remove"
                            + location.kritarc().filter(k -> !enabled).map(k -> ", enable_easel=true in " + k).orElse("")));
        }

        List<Path> createdFolders = previous.map(InstallRecord::createdFolders).orElseGet(() -> missingFolders(location.pluginsDir()));
        Optional<KritarcEdit> kritarcEdit = previous.flatMap(InstallRecord::kritarc);
        List<String> paths = bundle.files(location.app()).stream().map(BundledFile::path).toList();
        Files.createDirectories(location.folder());
        // Recorded before anything is written: an install cut short is still undone by uninstall.
        Set<String> everything = new LinkedHashSet<>(previous.map(InstallRecord::files).orElse(List.of()));
        everything.addAll(paths);
        new InstallRecord(version, List.copyOf(everything), createdFolders, kritarcEdit).write(location.recordFile());
        for (BundledFile file : changed) {
            write(location, file);
        }
        for (String path : stale) {
            Files.deleteIfExists(resolve(location, path));
        }
        removeEmptyFolders(location, stale);
        List<String> lines = new ArrayList<>();
        lines.add(name + " " + what + ": " + location.folder());
        if (location.kritarc().isPresent() && !enabled) {
            kritarcEdit = Optional.of(enableInKritarc(location.kritarc().get(), kritarcEdit));
            lines.add("Enabled it in Krita's settings: enable_easel=true in " + location.kritarc().get());
        }
        new InstallRecord(version, paths, createdFolders, kritarcEdit).write(location.recordFile());
        return new Report(location, previous.isPresent() ? Outcome.UPDATED : Outcome.INSTALLED, lines);
    }

    public Report uninstall(PluginLocation location, boolean dryRun) throws IOException {
        String name = location.describe() + " plugin";
        Optional<InstallRecord> found = InstallRecord.read(location.recordFile());
        if (found.isEmpty()) {
            if (Files.exists(location.folder())) {
                return new Report(location, Outcome.NOT_OURS, List.of(name + ": " + location.folder()
                        + " was not installed by `easel install` (it has no " + InstallRecord.FILE_NAME
                        + "), so it is left as it is; delete it by hand if you want it gone."));
            }
            return new Report(location, Outcome.NOT_INSTALLED, List.of(name + ": not installed (" + location.folder() + ")."));
        }
        InstallRecord record = found.get();
        List<String> files = record.files().stream().filter(p -> isInside(location, p)).toList();
        if (dryRun) {
            return new Report(location, Outcome.REMOVED, List.of("Would remove the " + name + " (" + files.size()
                    + " files) from " + location.folder()
                    + record.kritarc().map(k -> " and its enable_easel line from " + location.kritarc().orElseThrow()).orElse("")));
        }
        int removed = 0;
        for (String path : files) {
            removed += Files.deleteIfExists(resolve(location, path)) ? 1 : 0;
        }
        Files.deleteIfExists(location.recordFile());
        removeEmptyFolders(location, files);
        deleteIfEmpty(location.folder());
        long kept = Files.exists(location.folder()) ? countFiles(location.folder()) : 0;
        removeCreatedFolders(record.createdFolders(), location.pluginsDir());
        List<String> lines = new ArrayList<>();
        lines.add(name + " removed (" + removed + " files): " + location.folder());
        if (kept > 0) {
            lines.add("Kept " + kept + " files that easel install did not write, in " + location.folder());
        }
        if (record.kritarc().isPresent() && location.kritarc().isPresent()) {
            restoreKritarc(location.kritarc().get(), record.kritarc().get());
            lines.add("Removed enable_easel from " + location.kritarc().get());
        }
        return new Report(location, Outcome.REMOVED, lines);
    }

    private String describeUpdate(InstallRecord previous, List<BundledFile> changed, List<String> stale, boolean enabled) {
        if (!previous.version().equals(version)) {
            return "updated from version " + previous.version() + " to " + version;
        }
        List<String> parts = new ArrayList<>();
        if (!changed.isEmpty()) {
            parts.add(changed.size() + " files changed");
        }
        if (!stale.isEmpty()) {
            parts.add(stale.size() + " removed");
        }
        if (!enabled) {
            parts.add("re-enabled in kritarc");
        }
        return "updated (version " + version + "; " + String.join(", ", parts) + ")";
    }

    /** The bundle's files that are missing at the location or differ in content or executable bit. */
    private List<BundledFile> changedFiles(PluginLocation location) {
        return bundle.files(location.app()).stream().filter(file -> !isInPlace(location, file)).toList();
    }

    /** Files an earlier install wrote that this build no longer has. */
    private List<String> staleFiles(PluginLocation location, Optional<InstallRecord> previous) {
        Set<String> current = new java.util.HashSet<>(bundle.files(location.app()).stream().map(BundledFile::path).toList());
        return previous.map(InstallRecord::files).orElse(List.of()).stream()
                .filter(p -> !current.contains(p) && isInside(location, p) && Files.exists(resolve(location, p))).toList();
    }

    private boolean isInPlace(PluginLocation location, BundledFile file) {
        Path target = resolve(location, file.path());
        try {
            if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), file.content())) {
                return false;
            }
            return !usesUnixModes(target) || Files.getPosixFilePermissions(target).equals(file.executable() ? EXECUTABLE : PLAIN);
        } catch (IOException e) {
            return false;
        }
    }

    private void write(PluginLocation location, BundledFile file) throws IOException {
        Path target = resolve(location, file.path());
        Files.createDirectories(target.getParent());
        Files.write(target, file.content());
        if (usesUnixModes(target)) {
            Files.setPosixFilePermissions(target, file.executable() ? EXECUTABLE : PLAIN);
        }
    }

    private boolean usesUnixModes(Path file) {
        return unixModes && Files.getFileAttributeView(file, PosixFileAttributeView.class) != null;
    }

    private boolean isEnabled(PluginLocation location) {
        return location.kritarc().map(k -> Files.isRegularFile(k) && KritaSettings.isEnabled(readKritarc(k))).orElse(true);
    }

    private static KritarcEdit enableInKritarc(Path kritarc, Optional<KritarcEdit> earlier) throws IOException {
        boolean existed = Files.exists(kritarc);
        List<Path> created = existed ? List.of() : missingFolders(kritarc.getParent());
        KritaSettings.Enabled enabled = KritaSettings.enable(existed ? readKritarc(kritarc) : "");
        Files.createDirectories(kritarc.getParent());
        Files.writeString(kritarc, enabled.text(), StandardCharsets.ISO_8859_1);
        if (earlier.isEmpty()) {
            return new KritarcEdit(enabled.change(), !existed, created);
        }
        // Re-enabling after a user switched the plugin off: the state before the first install is what uninstall restores.
        KritarcEdit first = earlier.get();
        String appended = enabled.change().createdSection() ? enabled.change().appended() : first.change().appended();
        return new KritarcEdit(new KritaSettings.Change(first.change().previousLine(), appended),
                first.createdFile() || !existed, first.createdFolders().isEmpty() ? created : first.createdFolders());
    }

    private static void restoreKritarc(Path kritarc, KritarcEdit edit) throws IOException {
        if (!Files.isRegularFile(kritarc)) {
            return;
        }
        String text = readKritarc(kritarc);
        String restored = KritaSettings.restore(text, edit.change());
        if (restored.isEmpty() && edit.createdFile()) {
            Files.delete(kritarc);
            removeCreatedFolders(edit.createdFolders(), kritarc.getParent());
        } else if (!restored.equals(text)) {
            Files.writeString(kritarc, restored, StandardCharsets.ISO_8859_1);
        }
    }

    private static String readKritarc(Path kritarc) {
        try {
            return Files.readString(kritarc, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    /** {@code folder} and those of its parents that do not exist yet, outermost first. */
    private static List<Path> missingFolders(Path folder) {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        return missing;
    }

    /** Deletes, innermost first, the recorded folders that are {@code within} or above it, when empty. */
    private static void removeCreatedFolders(List<Path> folders, Path within) throws IOException {
        List<Path> ours = folders.stream().filter(within::startsWith).sorted(Comparator.comparingInt(Path::getNameCount).reversed()).toList();
        for (Path folder : ours) {
            deleteIfEmpty(folder);
        }
    }

    /** Deletes the now-empty folders that held the given files, innermost first, up to the plugin folder. */
    private static void removeEmptyFolders(PluginLocation location, List<String> files) throws IOException {
        Set<Path> folders = new java.util.TreeSet<>(Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(Comparator.naturalOrder()));
        for (String file : files) {
            for (Path p = resolve(location, file).getParent(); p != null && p.startsWith(location.folder()) && !p.equals(location.folder()); p = p.getParent()) {
                folders.add(p);
            }
        }
        for (Path folder : folders) {
            deleteIfEmpty(folder);
        }
    }

    private static void deleteIfEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        }
    }

    private static long countFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    /** Only paths inside the program's plugin folder are touched, whatever a (hand-edited) record says. */
    private static boolean isInside(PluginLocation location, String path) {
        Path resolved = resolve(location, path);
        return resolved.startsWith(location.pluginsDir()) && !resolved.equals(location.pluginsDir());
    }

    private static Path resolve(PluginLocation location, String path) {
        return location.pluginsDir().resolve(path).normalize();
    }
}
