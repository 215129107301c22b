package org.easel.installer.models;

import org.easel.server.models.CatalogEntry;
import org.easel.server.models.HubUrls;
import org.easel.server.models.ModelException;
import org.easel.server.models.ModelManifest;
import org.easel.server.models.ModelStore;
import org.easel.server.models.RelativePath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.easel.server.models.ModelStore.InstalledModel;

/**
 * Downloads a catalog model into the store: licence check, exact plan (sizes and hashes), free disk
 * space, every file fetched and verified in {@code .incoming/<id>/}, manifest, one rename. Any failure
 * leaves the partial files for the next try and publishes nothing.
 */
public final class ModelInstaller {
    private final ModelStore store;
    private final HubHttp http;
    private final HubUrls urls;
    private final FreeSpace freeSpace;
    private final DownloadProgress progress;
    private final Clock clock;

    public ModelInstaller(ModelStore store, HubHttp http, HubUrls urls, FreeSpace freeSpace, DownloadProgress progress,
            Clock clock) {
        this.store = store;
        this.http = http;
        this.urls = urls;
        this.freeSpace = freeSpace;
        this.progress = progress;
        this.clock = clock;
    }

    /** The exact files, sizes and hashes (asks the repository's file listing when the catalog leaves some out). */
    public InstallPlan plan(CatalogEntry entry) throws ModelException, InterruptedException {
        return new PlanResolver(new TreeApiClient(http, urls, progress::note)).resolve(entry);
    }

    /** Bytes still to download for this plan (what earlier tries left in .incoming counts as done). */
    public long remainingBytes(InstallPlan plan) throws ModelException {
        Path staging = store.incoming(plan.entry().id());
        long remaining = 0;
        for (PlannedFile f : plan.files()) {
            try {
                remaining += Math.max(0, f.size() - FileDownloader.bytesOnDisk(RelativePath.resolve(staging, f.path())));
            } catch (IOException e) {
                throw new ModelException("Cannot read " + staging + ": " + e.getMessage(), e);
            }
        }
        return remaining;
    }

    public InstalledModel install(InstallPlan plan, boolean licenceAccepted) throws ModelException, InterruptedException {
        CatalogEntry entry = plan.entry();
        String id = entry.id();
        if (entry.licence().needsAcceptance() && !licenceAccepted) {
            throw new LicenceNotAcceptedException(id + " is under the " + entry.licence().name() + " (" + entry.licence().url()
                    + "), which has conditions you must accept before installing. Read it, then run "
                    + "`easel models install " + id + " --accept-license`.");
        }
        if (!plan.verified()) {
            throw new ModelException("Refusing to download " + id + ": some of its files have no hash to check them against.");
        }
        try {
            Files.createDirectories(store.dir());
        } catch (IOException e) {
            throw new ModelException("Cannot create the models folder " + store.dir() + ": " + e.getMessage(), e);
        }
        try (ModelStore.Lock lock = store.lock(id)) {
            store.cleanUp();
            Path staging = Staging.prepare(store, id, "download " + entry.repository() + "@" + entry.revision());
            long remaining = remainingBytes(plan);
            DiskSpaceCheck.check(freeSpace, store.dir(), remaining, id);
            progress.begin(id, plan.totalBytes(), plan.totalBytes() - remaining);
            FileDownloader downloader = new FileDownloader(http, progress);
            List<ModelManifest.FileRecord> records = new ArrayList<>();
            for (PlannedFile f : plan.files()) {
                String sha256 = downloader.fetch(urls.file(entry.repository(), entry.revision(), f.path()), f,
                        RelativePath.resolve(staging, f.path()));
                records.add(new ModelManifest.FileRecord(f.path(), f.size(), sha256, f.verifiedBy()));
            }
            progress.end();
            Staging.prune(staging, plan.files());
            ModelManifest manifest = new ModelManifest(id, entry.name(), entry.repository(), entry.revision(),
                    entry.licence().id(), entry.capabilities(), clock.instant(), urls.base(), records);
            InstalledModel installed = store.publish(id, staging, manifest);
            Staging.finished(store, id);
            return installed;
        } catch (IOException e) {
            throw new ModelException("Installing " + id + " failed: " + e.getMessage() + ". Nothing was installed; "
                    + "what was downloaded is kept in " + store.incoming(id) + ".", e);
        }
    }
}
