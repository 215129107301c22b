package org.easel.installer.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.easel.server.host.Platform;
import org.easel.installer.install.InstallRecord.KritarcEdit;
import org.easel.installer.install.PluginBundle.BundledFile;

/**
 * Copies a plugin from the bundle into a program's plugin folder. Idempotent: a second run changes
 * nothing and says so; a newer build updates the files and removes those it no longer has. It
 * records what it wrote, so {@link PluginRemover} can leave the home as it was (kritarc included).
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

        List<Path> createdFolders = previous.map(InstallRecord::createdFolders).orElseGet(() -> Folders.missing(location.pluginsDir()));
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
            Files.deleteIfExists(Folders.resolve(location, path));
        }
        Folders.removeEmptyBelow(location, stale);
        List<String> lines = new ArrayList<>();
        lines.add(name + " " + what + ": " + location.folder());
        if (location.kritarc().isPresent() && !enabled) {
            kritarcEdit = Optional.of(KritarcFile.enable(location.kritarc().get(), kritarcEdit));
            lines.add("Enabled it in Krita's settings: enable_easel=true in " + location.kritarc().get());
        }
        new InstallRecord(version, paths, createdFolders, kritarcEdit).write(location.recordFile());
        return new Report(location, previous.isPresent() ? Outcome.UPDATED : Outcome.INSTALLED, lines);
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
                .filter(p -> !current.contains(p) && Folders.isInside(location, p) && Files.exists(Folders.resolve(location, p))).toList();
    }

    private boolean isInPlace(PluginLocation location, BundledFile file) {
        Path target = Folders.resolve(location, file.path());
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
        Path target = Folders.resolve(location, file.path());
        Files.createDirectories(target.getParent());
        Files.write(target, file.content());
        if (usesUnixModes(target)) {
            Files.setPosixFilePermissions(target, file.executable() ? EXECUTABLE : PLAIN);
        }
    }

    private boolean usesUnixModes(Path file) {
        return unixModes && Files.getFileAttributeView(file, PosixFileAttributeView.class) != null;
    }

    private static boolean isEnabled(PluginLocation location) {
        return location.kritarc().map(KritarcFile::isEnabled).orElse(true);
    }
}
