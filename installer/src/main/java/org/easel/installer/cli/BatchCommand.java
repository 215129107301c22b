package org.easel.installer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.easel.protocol.client.ClarificationNeededException;
import org.easel.protocol.client.ConnectionLostException;
import org.easel.protocol.client.DaemonErrorException;
import org.easel.protocol.client.EaselClient;
import org.easel.protocol.client.EaselException;
import org.easel.protocol.client.EditListener;
import org.easel.protocol.client.EditRequest;
import org.easel.protocol.client.EditResult;
import org.easel.protocol.client.Reading;
import org.easel.installer.cli.edit.ConversationIds;
import org.easel.installer.cli.edit.ImageFileException;
import org.easel.installer.cli.edit.ImageFileFormat;
import org.easel.installer.cli.edit.ImageFiles;
import org.easel.installer.cli.edit.LoadedImage;
import org.easel.installer.cli.edit.ProgressBar;
import org.easel.installer.cli.edit.ResultFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code easel batch}: one instruction (or one earlier turn, re-applied) on every image of a
 * folder, one daemon job per file, each result written under the same name in the output folder.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Apply one instruction, or turn N of a conversation (--reapply ID#N), to every PNG, JPEG and TIFF "
                + "file in DIR, one job per file through the daemon's queue, writing each result under the same name in "
                + "OUTDIR. A progress bar runs over the files; a summary lists what was done and what failed, and why.",
                "Resumable: a file whose output already exists is skipped, so running the same command again after an "
                        + "interruption finishes the rest. Outputs are written aside and renamed, never left half written.",
                "With an instruction each file has its own conversation (as easel edit: cli:<its path>); with --reapply "
                        + "every edit is a turn of conversation ID.",
                "Exit status: 0 all done, 1 any file failed, 2 bad usage."},
        footer = {"", "Examples:",
                "  easel batch photos/ \"make it warmer\" -o warm/",
                "  easel batch photos/ --reapply cli:/home/me/photo.png#2 -o graded/"})
final class BatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of images (not its subfolders).")
    Path dir;

    @Parameters(index = "1", arity = "0..1", paramLabel = "INSTRUCTION",
            description = "What to do to each image (leave it out with --reapply).")
    String instruction;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR",
            description = "The folder the results go to (it must exist, and must not be DIR).")
    Path outDir;

    @Option(names = "--reapply", paramLabel = "ID#N",
            description = "Apply turn N of conversation ID (see easel history ID) to every image instead of an instruction.")
    String reapply;

    @Mixin
    EditOptions options;

    @Mixin
    DaemonOptions daemon;

    @Override
    public Integer call() {
        String problem = usageProblem();
        if (problem != null) {
            System.err.println("easel batch: " + problem);
            return 2;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(Files::isRegularFile).filter(f -> ImageFileFormat.ofPath(f).isPresent())
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            System.err.println("easel batch: cannot list " + dir + " (" + e.getMessage() + ")");
            return 1;
        }
        if (files.isEmpty()) {
            System.err.println("easel batch: " + dir + " has no PNG, JPEG or TIFF files.");
            return 1;
        }
        int done = 0;
        int skipped = 0;
        Map<Path, String> failed = new LinkedHashMap<>();
        ProgressBar bar = ProgressBar.forStderr();
        EaselClient client = null;
        try {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                Path out = outDir.resolve(file.getFileName());
                bar.show((double) i / files.size(), (i + 1) + "/" + files.size() + " " + file.getFileName());
                if (Files.exists(out)) {
                    skipped++;
                    continue;
                }
                try {
                    if (client == null || client.isClosed()) {
                        client = daemon.connect(System.err);
                    }
                    editOne(client, file, out);
                    done++;
                } catch (ClarificationNeededException e) {
                    failed.put(file, "Easel asks \"" + e.question() + "\": " + String.join(" / ",
                            e.readings().stream().map(Reading::instruction).toList()) + " (give one of these as the instruction)");
                } catch (DaemonErrorException e) {
                    failed.put(file, "the daemon refused it (" + e.code() + "): " + e.getMessage());
                } catch (ConnectionLostException e) {
                    failed.put(file, e.getMessage());
                } catch (EaselException | ImageFileException e) {
                    failed.put(file, e.getMessage());
                }
            }
            bar.show(1.0, files.size() + "/" + files.size() + " files");
            bar.finish();
        } finally {
            if (client != null) {
                client.close();
            }
        }
        System.out.println(done + " done, " + skipped + " skipped (already written), " + failed.size() + " failed.");
        failed.forEach((file, why) -> System.out.println("  failed " + file.getFileName() + ": " + why));
        return failed.isEmpty() ? 0 : 1;
    }

    private void editOne(EaselClient client, Path file, Path out) throws EaselException, ImageFileException {
        LoadedImage source = ImageFiles.read(file);
        EditRequest request;
        if (reapply != null) {
            int hash = reapply.lastIndexOf('#');
            request = new EditRequest(reapply.substring(0, hash), java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.OptionalInt.of(Integer.parseInt(reapply.substring(hash + 1))), source.pixels().width(),
                    source.pixels().height(), source.pixels(), java.util.Optional.empty(), options.json());
        } else {
            request = EditRequest.of(ConversationIds.forFile(file), instruction, source.pixels())
                    .withTitle(file.getFileName().toString()).withOptions(options.json());
        }
        EditResult result = client.edit(request, EditListener.NONE, null);
        ResultFiles.write(source, result, out, false);
    }

    private String usageProblem() {
        if ((instruction == null) == (reapply == null)) {
            return "give an INSTRUCTION or --reapply ID#N (one of them)";
        }
        if (reapply != null) {
            int hash = reapply.lastIndexOf('#');
            if (hash < 1 || !reapply.substring(hash + 1).matches("[1-9][0-9]{0,8}")) {
                return "--reapply needs a conversation and a turn number, ID#N (e.g. cli:/home/me/photo.png#2), not '" + reapply + "'";
            }
        }
        if (!Files.isDirectory(dir)) {
            return "the folder " + dir + " does not exist";
        }
        if (!Files.isDirectory(outDir)) {
            return "the output folder " + outDir + " does not exist; create it first";
        }
        try {
            if (Files.isSameFile(dir, outDir)) {
                return "the output folder must not be the input folder (the results would replace the originals)";
            }
        } catch (IOException e) {
            return "cannot compare " + dir + " and " + outDir + " (" + e.getMessage() + ")";
        }
        return null;
    }

}
