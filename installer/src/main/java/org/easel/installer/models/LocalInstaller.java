package org.easel.installer.models;

import org.easel.server.models.Capability;
import org.easel.server.models.CatalogEntry;
import org.easel.server.models.CatalogFile;
import org.easel.server.models.ContentDigest;
import org.easel.server.models.ExpectedHash;
import org.easel.server.models.ModelException;
import org.easel.server.models.ModelId;
import org.easel.server.models.ModelManifest;
import org.easel.server.models.ModelStore;
import org.easel.server.models.RelativePath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.easel.server.models.ModelStore.InstalledModel;

/**
 * Installs from files the user already has (a folder or an archive) through the same checks and
 * the same atomic publish as a download: every file copied into {@code .incoming/<id>/}, its size and
 * hash compared with the plan, the manifest written, one rename. The model's files may sit at any
 * depth of the folder or archive: the folder holding the first catalog file (model_index.json) is
 * taken as the model's root.
 */
public final class LocalInstaller {
    /** The file that marks a diffusers folder, and the root of a user's own model. */
    static final String MODEL_INDEX = "model_index.json";

    private final ModelStore store;
    private final FreeSpace freeSpace;
    private final DownloadProgress progress;
    private final Clock clock;

    public LocalInstaller(ModelStore store, FreeSpace freeSpace, DownloadProgress progress, Clock clock) {
        this.store = store;
        this.freeSpace = freeSpace;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * Installs a catalog model from local files. With a verified plan every file must match it; with
     * none (the file listing could not be fetched and the user allowed it) the files are taken as
     * they are, checked only against the hashes the catalog itself has, and recorded as unverified.
     */
    public InstalledModel install(CatalogEntry entry, Optional<InstallPlan> verifiedPlan, Path from, boolean licenceAccepted)
            throws ModelException, InterruptedException {
        if (entry.licence().needsAcceptance() && !licenceAccepted) {
            throw new LicenceNotAcceptedException(entry.id() + " is under the " + entry.licence().name() + " ("
                    + entry.licence().url() + "), which has conditions you must accept before installing. Read it, then "
                    + "add --accept-license.");
        }
        try (LocalSource source = LocalSource.open(from)) {
            Map<String, Long> files = source.files();
            String anchor = entry.files().stream().filter(f -> !f.isFolder()).map(CatalogFile::path).findFirst()
                    .orElse(MODEL_INDEX);
            String root = root(files, anchor, from);
            InstallPlan plan = verifiedPlan.isPresent() ? verifiedPlan.get() : unverifiedPlan(entry, files, root, from);
            return copyAndPublish(entry.id(), entry.name(), entry.repository(), entry.revision(), entry.licence().id(),
                    entry.capabilities(), plan.files(), source, files, root, from);
        } catch (IOException e) {
            throw new ModelException("Cannot read " + from + ": " + e.getMessage(), e);
        }
    }

    /** Adds a folder or archive of the user's own (not in the catalog) under their id, unverified. */
    public InstalledModel installOwn(String id, Path from, List<String> capabilities) throws ModelException, InterruptedException {
        ModelId.require(id);
        if (capabilities.isEmpty()) {
            throw new ModelException("Say what " + id + " can do with --capability (one or more of "
                    + String.join(", ", Capability.ids()) + ").");
        }
        for (String c : capabilities) {
            if (Capability.of(c).isEmpty()) {
                throw new ModelException("Unknown capability " + c + "; known: " + String.join(", ", Capability.ids()) + ".");
            }
        }
        try (LocalSource source = LocalSource.open(from)) {
            Map<String, Long> files = source.files();
            String root = root(files, MODEL_INDEX, from);
            List<PlannedFile> planned = new ArrayList<>();
            files.forEach((name, size) -> {
                if (name.startsWith(root)) {
                    planned.add(new PlannedFile(name.substring(root.length()), size, Optional.empty()));
                }
            });
            return copyAndPublish(id, id, "local", "", "", capabilities, planned, source, files, root, from);
        } catch (IOException e) {
            throw new ModelException("Cannot read " + from + ": " + e.getMessage(), e);
        }
    }

    private static InstallPlan unverifiedPlan(CatalogEntry entry, Map<String, Long> files, String root, Path from)
            throws ModelException {
        Map<String, PlannedFile> planned = new LinkedHashMap<>();
        for (CatalogFile f : entry.files()) {
            if (f.isFolder()) {
                String prefix = root + f.path();
                files.forEach((name, size) -> {
                    if (name.startsWith(prefix)) {
                        String path = name.substring(root.length());
                        planned.putIfAbsent(path, new PlannedFile(path, size, Optional.empty()));
                    }
                });
                if (planned.keySet().stream().noneMatch(p -> p.startsWith(f.path()))) {
                    throw missing(f.path(), root, from);
                }
            } else {
                Long size = files.get(root + f.path());
                if (size == null) {
                    throw missing(f.path(), root, from);
                }
                OptionalLong catalogSize = f.size();
                if (catalogSize.isPresent() && catalogSize.getAsLong() != size) {
                    throw new ModelException(f.path() + " in " + from + " is " + size + " bytes, but the catalog says "
                            + catalogSize.getAsLong() + "; it is not the file " + entry.id() + " needs.");
                }
                planned.put(f.path(), new PlannedFile(f.path(), size,
                        f.sha256().map(h -> new ExpectedHash(ExpectedHash.Source.CATALOG_SHA256, h))));
            }
        }
        return new InstallPlan(entry, new ArrayList<>(planned.values()));
    }

    private InstalledModel copyAndPublish(String id, String name, String source, String revision, String licence,
            List<String> capabilities, List<PlannedFile> plan, LocalSource local, Map<String, Long> files, String root,
            Path from) throws ModelException, IOException, InterruptedException {
        for (PlannedFile f : plan) {
            Long size = files.get(root + f.path());
            if (size == null) {
                throw missing(f.path(), root, from);
            }
            if (size != f.size()) {
                throw new ModelException(root + f.path() + " in " + from + " is " + size + " bytes, but " + id
                        + " needs " + f.size() + " bytes there; it is another version of the file.");
            }
        }
        Files.createDirectories(store.dir());
        try (ModelStore.Lock lock = store.lock(id)) {
            store.cleanUp();
            Path staging = Staging.prepare(store, id, "local " + from.toAbsolutePath() + " " + System.nanoTime());
            long total = plan.stream().mapToLong(PlannedFile::size).sum();
            DiskSpaceCheck.check(freeSpace, store.dir(), total, id);
            progress.begin(id, total, 0);
            Map<String, Path> wanted = new LinkedHashMap<>();
            for (PlannedFile f : plan) {
                Path target = RelativePath.resolve(staging, f.path());
                Files.createDirectories(target.getParent());
                wanted.put(root + f.path(), FileDownloader.partOf(target));
            }
            progress.file("copying from " + from.getFileName(), total);
            local.extract(wanted, progress::advance);
            List<ModelManifest.FileRecord> records = new ArrayList<>();
            for (PlannedFile f : plan) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                Path target = RelativePath.resolve(staging, f.path());
                Path part = FileDownloader.partOf(target);
                progress.file("checking " + f.path(), f.size());
                ContentDigest digest = ContentDigest.of(part, f.hash().orElse(null));
                if (f.hash().isPresent() && !digest.matches(f.hash().get())) {
                    Files.delete(part);
                    ExpectedHash expected = f.hash().get();
                    throw new ChecksumMismatchException("Checksum mismatch for " + f.path() + " (" + root + f.path()
                            + " in " + from + "): expected " + expected.source().label() + " " + expected.hex() + ", got "
                            + digest.actual(expected) + ". It is not the file " + id + " needs; nothing was installed.");
                }
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                records.add(new ModelManifest.FileRecord(f.path(), f.size(), digest.sha256(), f.verifiedBy()));
            }
            progress.end();
            Staging.prune(staging, plan);
            ModelManifest manifest = new ModelManifest(id, name, source, revision, licence, capabilities, clock.instant(),
                    from.toAbsolutePath().toString(), records);
            InstalledModel installed = store.publish(id, staging, manifest);
            Staging.finished(store, id);
            return installed;
        }
    }

    /** The folder (with trailing '/', or "") holding anchor; the shallowest when there are several. */
    static String root(Map<String, Long> files, String anchor, Path from) throws ModelException {
        String best = null;
        for (String name : files.keySet()) {
            String root = name.equals(anchor) ? "" : name.endsWith("/" + anchor) ? name.substring(0, name.length() - anchor.length()) : null;
            if (root != null && (best == null || root.length() < best.length())) {
                best = root;
            }
        }
        if (best == null) {
            throw new ModelException(from + " has no " + anchor + " (at any depth): it does not hold this model's files.");
        }
        return best;
    }

    private static ModelException missing(String path, String root, Path from) {
        return new ModelException(from + " lacks " + path + " (looked for " + root + path + "); nothing was installed.");
    }
}
