package org.easel.installer.models;

import org.easel.server.models.CatalogEntry;
import org.easel.server.models.CatalogFile;
import org.easel.server.models.ExpectedHash;
import org.easel.server.models.ModelException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a catalog entry into an install plan: every file with its exact size and the hash it must
 * have. What the catalog leaves out comes from the repository's file listing at the pinned commit,
 * fetched once and only when needed. A file the listing does not have, or a catalog size that
 * disagrees with it, stops the install before anything is downloaded.
 */
public final class PlanResolver {
    private final TreeSource trees;

    public PlanResolver(TreeSource trees) {
        this.trees = trees;
    }

    /** True when the catalog alone gives every file's size and hash (no listing needed, works offline). */
    public static boolean selfContained(CatalogEntry entry) {
        return entry.files().stream().allMatch(f -> !f.isFolder() && f.size().isPresent() && f.sha256().isPresent());
    }

    public InstallPlan resolve(CatalogEntry entry) throws ModelException, InterruptedException {
        RepoTree tree = selfContained(entry) ? null : trees.fetch(entry.repository(), entry.revision());
        Map<String, PlannedFile> files = new LinkedHashMap<>();
        for (CatalogFile f : entry.files()) {
            if (f.isFolder()) {
                List<RepoTree.Entry> under = tree.under(f.path());
                if (under.isEmpty()) {
                    throw outOfDate(entry, "folder " + f.path());
                }
                for (RepoTree.Entry e : under) {
                    files.putIfAbsent(e.path(), new PlannedFile(e.path(), e.size(), Optional.of(e.hash())));
                }
            } else {
                files.put(f.path(), file(entry, f, tree));
            }
        }
        return new InstallPlan(entry, new ArrayList<>(files.values()));
    }

    private static PlannedFile file(CatalogEntry entry, CatalogFile f, RepoTree tree) throws ModelException {
        if (f.size().isPresent() && f.sha256().isPresent()) {
            return new PlannedFile(f.path(), f.size().getAsLong(),
                    Optional.of(new ExpectedHash(ExpectedHash.Source.CATALOG_SHA256, f.sha256().get())));
        }
        RepoTree.Entry listed = tree.get(f.path()).orElseThrow(() -> outOfDate(entry, f.path()));
        if (f.size().isPresent() && f.size().getAsLong() != listed.size()) {
            throw new ModelException("The catalog says " + f.path() + " of " + entry.id() + " is " + f.size().getAsLong()
                    + " bytes, but " + entry.repository() + " at " + entry.revision() + " lists " + listed.size()
                    + ". The catalog or the mirror is wrong; nothing was downloaded.");
        }
        ExpectedHash hash = f.sha256().map(h -> new ExpectedHash(ExpectedHash.Source.CATALOG_SHA256, h))
                .orElseGet(listed::hash);
        return new PlannedFile(f.path(), listed.size(), Optional.of(hash));
    }

    private static ModelException outOfDate(CatalogEntry entry, String what) {
        return new ModelException("The catalog lists " + what + " for " + entry.id() + ", but " + entry.repository()
                + " at revision " + entry.revision() + " does not have it. The catalog is out of date or the mirror "
                + "serves another copy; nothing was downloaded.");
    }
}
