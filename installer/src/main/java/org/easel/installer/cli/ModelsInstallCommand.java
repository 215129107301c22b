package org.easel.installer.cli;

import java.io.Console;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.easel.server.engines.diffusion.DiffusionException;
import org.easel.server.engines.diffusion.model.ModelFolder;
import org.easel.server.models.Bytes;
import org.easel.server.models.Catalog;
import org.easel.server.models.CatalogEntry;
import org.easel.installer.models.FreeSpace;
import org.easel.installer.models.HubHttp;
import org.easel.server.models.HubUrls;
import org.easel.installer.models.InstallPlan;
import org.easel.installer.models.LocalInstaller;
import org.easel.server.models.ModelException;
import org.easel.server.models.ModelId;
import org.easel.installer.models.ModelInstaller;
import org.easel.server.models.ModelStore.InstalledModel;
import org.easel.server.models.ModelStore;
import org.easel.installer.models.PlanResolver;
import org.easel.installer.models.RetryPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code easel models install ID}: download (or copy) a model, check every file, publish it. */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = {"Install a model from the catalog: shows its licence and size, downloads every file into "
                + "<models>/.incoming/ID/, checks each one's sha256, and only then makes it visible as <models>/ID/.",
                "An interrupted install resumes where it stopped when run again. Installing an installed model again "
                        + "replaces it (the old copy stays usable until the new one is complete).",
                "Licences with conditions (non-commercial, use restrictions) need --accept-license, or a yes at the "
                        + "prompt on a terminal.",
                "Offline: --from FOLDER|ARCHIVE installs files you already have (a folder, .zip, .tar, .tar.gz), checked "
                        + "the same way. With --from, an ID that is not in the catalog adds your own diffusers ONNX folder "
                        + "(needs --capability; its files are recorded, not verified)."})
final class ModelsInstallCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The model, as easel models list names it (e.g. sd15-inpainting).")
    String id;

    @Option(names = "--accept-license", description = "Accept the model's licence without being asked (read it first: "
            + "easel models list shows where).")
    boolean acceptLicence;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Download from this mirror instead of the Hugging Face hub (it must serve the same "
                    + "/REPO/resolve/REVISION/PATH and /api/models/... paths). Default: $" + HubUrls.ENV_VAR
                    + ", else huggingface.co.")
    String baseUrl;

    @Option(names = "--from", paramLabel = "PATH",
            description = "Install from a folder or a .zip/.tar/.tar.gz/.tgz archive instead of downloading. The files "
                    + "may be at any depth (the folder holding model_index.json is used).")
    Path from;

    @Option(names = "--allow-unverified",
            description = "With --from: if the file list with the hashes cannot be fetched (no network), install "
                    + "the files anyway, recorded as unverified. Without it such an install is refused.")
    boolean allowUnverified;

    @Option(names = "--capability", paramLabel = "CAPABILITY",
            description = "For your own model (an ID not in the catalog, with --from): what it can do; repeatable. "
                    + "One of: text-to-image, image-to-image, inpaint, instruction-edit, variations, outpaint. "
                    + "Default for a model folder: what its model_index.json says it is.")
    List<String> capabilities = new ArrayList<>();

    @Mixin
    ModelsOptions options;

    /**
     * What a model folder can do, told by its files (the pipeline class in model_index.json); empty
     * for an archive or an unreadable folder, which then needs --capability.
     */
    private static List<String> detected(Path from) {
        try {
            return ModelFolder.inspect(from).claimedKind().capabilities();
        } catch (DiffusionException e) {
            return List.of();
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        try {
            ModelId.require(id);
        } catch (ModelException e) {
            return fail(e.getMessage(), ModelsCommand.USAGE);
        }
        Catalog catalog;
        HubUrls urls;
        try {
            catalog = Catalog.bundled();
            urls = HubUrls.of(catalog, Optional.ofNullable(baseUrl), System.getenv());
        } catch (ModelException e) {
            return fail(e.getMessage(), ModelsCommand.FAILED);
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage(), ModelsCommand.USAGE);
        }
        ModelStore store = options.store();
        ConsoleProgress progress = ConsoleProgress.forStderr("Downloading");
        Optional<CatalogEntry> found = catalog.find(id);
        try {
            if (found.isEmpty()) {
                if (from == null) {
                    try {
                        catalog.require(id);
                    } catch (ModelException e) {
                        return fail(e.getMessage(), ModelsCommand.USAGE);
                    }
                }
                System.out.println(id + " is not in the catalog: adding your own model from " + from + " (unverified).");
                InstalledModel installed = new LocalInstaller(store, FreeSpace.DISK, ConsoleProgress.forStderr("Copying"),
                        Clock.systemUTC()).installOwn(id, from, capabilities.isEmpty() ? detected(from) : capabilities);
                return done(installed, store, "recorded, not verified");
            }
            CatalogEntry entry = found.get();
            if (!capabilities.isEmpty()) {
                return fail("--capability is only for your own models; " + id + " is in the catalog and its capabilities "
                        + "are known.", ModelsCommand.USAGE);
            }
            System.out.println(entry.name() + " (" + id + "): " + entry.description());
            System.out.println("From " + entry.repository() + " at revision " + entry.revision()
                    + (from == null ? ", via " + urls.base() : ", installing from " + from));
            System.out.println("Can: " + String.join(", ", entry.capabilities()));
            System.out.println("Licence: " + entry.licence().name() + " - " + entry.licence().url());
            if (!entry.licence().summary().isEmpty()) {
                System.out.println("  " + entry.licence().summary());
            }
            if (entry.licence().needsAcceptance() && !acceptLicence && !askToAccept()) {
                return fail(id + " is under the " + entry.licence().name() + ", which has conditions you must accept "
                        + "before installing. Read it at " + entry.licence().url() + ", then run again with --accept-license.",
                        ModelsCommand.FAILED);
            }
            // With --from the network is only asked for the file list, and an offline user should not
            // wait through five tries for it.
            HubHttp http = from == null ? HubHttp.standard()
                    : new HubHttp(new RetryPolicy(2, Duration.ofSeconds(1), RetryPolicy.Sleeper.REAL), Duration.ofSeconds(10),
                            Duration.ofSeconds(30), Duration.ofSeconds(60));
            ModelInstaller installer = new ModelInstaller(store, http, urls, FreeSpace.DISK, progress, Clock.systemUTC());
            if (from != null) {
                return installFrom(entry, installer, store);
            }
            if (!PlanResolver.selfContained(entry)) {
                System.out.println("Reading the file list of " + entry.repository() + " at " + entry.revision() + "...");
            }
            InstallPlan plan = installer.plan(entry);
            long remaining = installer.remainingBytes(plan);
            System.out.println("Size: " + Bytes.format(plan.totalBytes()) + " in " + plan.files().size() + " files"
                    + (remaining < plan.totalBytes() ? ", " + Bytes.format(plan.totalBytes() - remaining)
                    + " already downloaded (resuming)" : "") + "; into " + store.dir().resolve(id));
            InstalledModel installed = installer.install(plan, true);
            return done(installed, store, "every file's sha256 checked");
        } catch (ModelException e) {
            return fail(e.getMessage(), ModelsCommand.FAILED);
        }
    }

    private int installFrom(CatalogEntry entry, ModelInstaller installer, ModelStore store)
            throws ModelException, InterruptedException {
        Optional<InstallPlan> plan;
        try {
            plan = Optional.of(installer.plan(entry));
        } catch (ModelException e) {
            if (!allowUnverified) {
                throw new ModelException("Cannot check the files of " + from + ": the catalog has no sha256 for some of "
                        + id + "'s files and their list could not be fetched (" + e.getMessage() + "). Run this with a "
                        + "network connection once, or add --allow-unverified to install the files as they are "
                        + "(recorded as unverified).");
            }
            System.err.println("The file list of " + entry.repository() + " could not be fetched; installing " + id
                    + " UNVERIFIED, as --allow-unverified asks (" + e.getMessage() + ")");
            plan = Optional.empty();
        }
        plan.ifPresent(p -> System.out.println("Size: " + Bytes.format(p.totalBytes()) + " in " + p.files().size() + " files"));
        InstalledModel installed = new LocalInstaller(store, FreeSpace.DISK, ConsoleProgress.forStderr("Copying"),
                Clock.systemUTC()).install(entry, plan, from, true);
        return done(installed, store, plan.isPresent() ? "every file's sha256 checked" : "UNVERIFIED");
    }

    private boolean askToAccept() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        String answer = console.readLine("Do you accept this licence? [y/N] ");
        return answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
    }

    private static int done(InstalledModel installed, ModelStore store, String how) {
        long bytes = store.manifest(installed.id()).map(m -> m.totalBytes()).orElse(0L);
        System.out.println("Installed " + installed.id() + " in " + installed.folder() + " (" + Bytes.format(bytes) + ", "
                + how + "). The daemon finds it there; easel models verify re-checks it at any time.");
        return 0;
    }

    private static int fail(String message, int code) {
        System.err.println("easel models install: " + message);
        return code;
    }
}
