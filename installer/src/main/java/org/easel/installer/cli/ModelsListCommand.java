package org.easel.installer.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.easel.server.models.Bytes;
import org.easel.server.models.Catalog;
import org.easel.server.models.CatalogEntry;
import org.easel.server.models.ModelException;
import org.easel.server.models.ModelManifest;
import org.easel.server.models.ModelStore.InstalledModel;
import org.easel.server.models.ModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code easel models list}: the catalog, and which models are installed. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the models in the catalog and those installed: capabilities, size, licence, source.",
                "A licence marked \"accept at install\" has conditions (non-commercial use, use restrictions) that "
                        + "easel models install shows and asks you to accept."})
final class ModelsListCommand implements Callable<Integer> {
    @Mixin
    ModelsOptions options;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Catalog catalog;
        try {
            catalog = Catalog.bundled();
        } catch (ModelException e) {
            System.err.println("easel models list: " + e.getMessage());
            return ModelsCommand.FAILED;
        }
        ModelStore store = options.store();
        List<InstalledModel> installed = store.installed();
        out.println("Models folder: " + store.dir());
        out.println();
        for (CatalogEntry entry : catalog.entries()) {
            Optional<ModelManifest> manifest = store.manifest(entry.id());
            String status;
            if (manifest.isEmpty()) {
                long partial = store.incomingBytes(entry.id());
                status = partial > 0 ? "not installed (" + Bytes.format(partial) + " downloaded; install resumes)" : "not installed";
            } else if (!manifest.get().revision().equals(entry.revision())) {
                status = "installed, older revision " + shortRevision(manifest.get().revision())
                        + " (easel models install " + entry.id() + " updates it)";
            } else {
                status = "installed" + (manifest.get().verified() ? "" : ", unverified");
            }
            String size = manifest.map(m -> Bytes.format(m.totalBytes()))
                    .orElseGet(() -> entry.displayBytes().isPresent() ? "about " + Bytes.format(entry.displayBytes().getAsLong()) : "size unknown");
            out.println(entry.id() + "  " + status);
            out.println("    " + entry.name() + (entry.description().isEmpty() ? "" : ": " + entry.description()));
            out.println("    can: " + String.join(", ", entry.capabilities()) + "; " + size);
            out.println("    licence: " + entry.licence().name() + (entry.licence().needsAcceptance() ? " (accept at install)" : "")
                    + ", " + entry.licence().url());
            out.println("    from: " + entry.repository() + " at " + shortRevision(entry.revision()));
            out.println();
        }
        for (InstalledModel model : installed) {
            if (catalog.find(model.id()).isEmpty()) {
                ModelManifest m = store.manifest(model.id()).orElseThrow();
                out.println(model.id() + "  installed" + (m.verified() ? "" : ", unverified") + " (not in the catalog)");
                out.println("    can: " + String.join(", ", model.capabilities()) + "; " + Bytes.format(m.totalBytes()));
                out.println("    from: " + ("local".equals(model.source()) ? m.installedFrom()
                        : "remote".equals(model.source()) ? "inference server at " + m.installedFrom() + " (easel models add-remote)"
                        : model.source() + " at " + shortRevision(model.revision())));
                out.println();
            }
        }
        out.println(installed.isEmpty() ? "No model installed. Install one with: easel models install sd15-inpainting"
                : installed.size() + " installed. easel models verify checks their files.");
        return 0;
    }

    static String shortRevision(String revision) {
        return revision.length() > 7 ? revision.substring(0, 7) : revision.isEmpty() ? "no revision" : revision;
    }
}
