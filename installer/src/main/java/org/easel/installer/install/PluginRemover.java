package org.easel.installer.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.easel.installer.install.PluginInstaller.Outcome;
import org.easel.installer.install.PluginInstaller.Report;

/**
 * Takes an installed plugin out again: exactly the files its install record lists, the folders
 * install created once they are empty, and the kritarc line; a folder with no record is not ours
 * and is left alone, and files a user added are kept.
 */
public final class PluginRemover {
    private final List<PluginLocation> siblings;

    /**
     * @param siblings every plugin location on this host: a folder install created that another
     *     Easel plugin still uses (~/.config holds GIMP's folder and kritarc) is handed to that
     *     plugin's record, so whichever is removed last removes the folder too
     */
    public PluginRemover(List<PluginLocation> siblings) {
        this.siblings = List.copyOf(siblings);
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
        List<String> files = record.files().stream().filter(p -> Folders.isInside(location, p)).toList();
        if (dryRun) {
            return new Report(location, Outcome.REMOVED, List.of("Would remove the " + name + " (" + files.size()
                    + " files) from " + location.folder()
                    + record.kritarc().map(k -> " and its enable_easel line from " + location.kritarc().orElseThrow()).orElse("")));
        }
        int removed = 0;
        for (String path : files) {
            removed += Files.deleteIfExists(Folders.resolve(location, path)) ? 1 : 0;
        }
        Files.deleteIfExists(location.recordFile());
        Folders.removeEmptyBelow(location, files);
        Folders.deleteIfEmpty(location.folder());
        long kept = Folders.countFiles(location.folder());
        List<String> lines = new ArrayList<>();
        lines.add(name + " removed (" + removed + " files): " + location.folder());
        if (kept > 0) {
            lines.add("Kept " + kept + " files that easel install did not write, in " + location.folder());
        }
        if (record.kritarc().isPresent() && location.kritarc().isPresent()) {
            KritarcFile.restore(location.kritarc().get(), record.kritarc().get());
            lines.add("Removed enable_easel from " + location.kritarc().get());
        }
        List<Path> created = new ArrayList<>(record.createdFolders());
        record.kritarc().ifPresent(k -> created.addAll(k.createdFolders()));
        List<Path> anchors = new ArrayList<>(List.of(location.pluginsDir()));
        location.kritarc().ifPresent(anchors::add);
        Folders.removeCreated(created, anchors);
        handOver(location, created.stream().filter(Files::isDirectory).toList());
        return new Report(location, Outcome.REMOVED, lines);
    }

    /** Records the folders install created that are still in use in the records of the plugins using them. */
    private void handOver(PluginLocation removed, List<Path> remaining) throws IOException {
        for (PluginLocation sibling : siblings) {
            if (sibling.equals(removed)) {
                continue;
            }
            Optional<InstallRecord> record = InstallRecord.read(sibling.recordFile());
            List<Path> inUse = remaining.stream().filter(folder -> sibling.pluginsDir().startsWith(folder)
                    || sibling.kritarc().filter(k -> k.startsWith(folder)).isPresent()).toList();
            if (record.isPresent() && !inUse.isEmpty()) {
                record.get().withCreatedFolders(inUse).write(sibling.recordFile());
            }
        }
    }
}
