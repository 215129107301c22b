package org.easel.installer.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.easel.protocol.client.ClarificationNeededException;
import org.easel.protocol.client.DaemonErrorException;
import org.easel.protocol.client.EaselClient;
import org.easel.protocol.client.EaselException;
import org.easel.protocol.client.EditRequest;
import org.easel.protocol.client.EditResult;
import org.easel.protocol.client.Reading;
import org.easel.protocol.client.WireImage;
import org.easel.installer.cli.edit.ConversationIds;
import org.easel.installer.cli.edit.ImageFileException;
import org.easel.installer.cli.edit.ImageFileFormat;
import org.easel.installer.cli.edit.ImageFiles;
import org.easel.installer.cli.edit.LoadedImage;
import org.easel.installer.cli.edit.PlanPrinter;
import org.easel.installer.cli.edit.ProgressBar;
import org.easel.installer.cli.edit.ResultFiles;
import org.easel.installer.cli.edit.SelectionMasks;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code easel edit}: one instruction on one image file, through the daemon, written to a file. */
@Command(name = "edit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Edit an image file by instruction, as the plugins do: the daemon (started when none runs) reads "
                + "the instruction, the plan is printed before it runs, a progress bar while it runs, and the edited "
                + "image is written.",
                "Reads PNG, JPEG and TIFF, 8 or 16 bits a channel; PNG and TIFF outputs keep 16 bits. The output's "
                        + "extension chooses its format. An extension of the canvas writes the bigger picture.",
                "Each file has its own conversation (or the one --conversation names), so follow-ups work: "
                        + "easel edit photo.png \"more\", easel edit photo.png \"undo\", easel history ID.",
                "Exit status: 0 written, 1 failed (bad file, the daemon refused), 2 bad usage, 4 Easel asked a question "
                        + "(see --choose)."},
        footer = {"", "Examples:",
                "  easel edit photo.jpg \"make it warmer and add a vignette\" -o warm.jpg",
                "  easel edit photo.png \"remove this\" --select 120,80,60,40 -o clean.png",
                "  easel edit photo.png \"extend the canvas to the right by 200 px\" -o wide.png",
                "  easel edit photo.png contrast --choose 1"})
final class EditCommand implements Callable<Integer> {
    static final int ASKED = 4;

    @Parameters(index = "0", paramLabel = "IMAGE", description = "The image file to edit (PNG, JPEG or TIFF).")
    Path image;

    @Parameters(index = "1", paramLabel = "INSTRUCTION", description = "What to do, in plain words (\"a bit warmer\", \"undo\").")
    String instruction;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write the result (.png, .jpg or .tif). Default: IMAGE's name with .easel before the "
                    + "extension, beside it. Several versions go to OUT-v1, OUT-v2, ….")
    Path output;

    @ArgGroup(exclusive = true)
    Selection selection;

    static final class Selection {
        @Option(names = "--select", paramLabel = "x,y,w,h", description = "Select a rectangle, in pixels from the top left.")
        String rectangle;

        @Option(names = "--mask", paramLabel = "MASK", description = "Select with a mask image the size of IMAGE: white selects, "
                + "black does not, grey partly.")
        Path mask;
    }

    @Option(names = "--conversation", paramLabel = "ID",
            description = "The conversation to continue (default: one per image file, cli:<its absolute path>).")
    String conversation;

    @Option(names = "--layer-only", description = "Write the edit's RGBA layer alone (transparent where nothing changed), "
            + "not the layer composited onto IMAGE.")
    boolean layerOnly;

    @Option(names = "--choose", paramLabel = "N",
            description = "When Easel asks which reading you meant, take reading N (1 = the first) without asking. At a "
                    + "terminal it asks you; otherwise it prints the readings and exits with status 4.")
    Integer choose;

    @Mixin
    EditOptions options;

    @Mixin
    DaemonOptions daemon;

    @Override
    public Integer call() {
        LoadedImage source;
        WireImage mask = null;
        try {
            source = ImageFiles.read(image);
            WireImage pixels = source.pixels();
            if (selection != null && selection.rectangle != null) {
                mask = SelectionMasks.rectangle(selection.rectangle, pixels.width(), pixels.height());
            } else if (selection != null && selection.mask != null) {
                mask = SelectionMasks.fromFile(selection.mask, pixels.width(), pixels.height());
            }
        } catch (ImageFileException e) {
            System.err.println("easel edit: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println("easel edit: " + e.getMessage());
            return 2;
        }
        Path out = output != null ? output : ResultFiles.defaultOutput(image);
        Optional<String> outputProblem = outputProblem(out);
        if (outputProblem.isPresent()) {
            System.err.println("easel edit: " + outputProblem.get());
            return 2;
        }
        String conversationId = conversation != null ? conversation : ConversationIds.forFile(image);
        EditRequest request;
        try {
            request = EditRequest.of(conversationId, instruction, source.pixels()).withTitle(image.getFileName().toString())
                    .withOptions(options.json());
        } catch (IllegalArgumentException e) {
            System.err.println("easel edit: " + e.getMessage());
            return 2;
        }
        if (mask != null) {
            request = request.withSelection(mask);
        }
        ProgressBar bar = ProgressBar.forStderr();
        try (EaselClient client = daemon.connect(System.err)) {
            EditResult result = runAnswering(client, request, bar);
            bar.finish();
            List<Path> written = ResultFiles.write(source, result, out, layerOnly);
            if (!result.message().isBlank()) {
                System.out.println(result.message());
            }
            for (Path file : written) {
                System.out.println("Wrote " + file + " (" + result.canvasWidth() + "×" + result.canvasHeight()
                        + (source.sixteenBit() && ImageFileFormat.ofPath(file).map(ImageFileFormat::keepsSixteenBits).orElse(false)
                        ? ", 16-bit" : "") + ")");
            }
            System.out.println("Conversation " + conversationId + " (easel history '" + conversationId + "')");
            return 0;
        } catch (ClarificationNeededException e) {
            bar.finish();
            return ASKED;
        } catch (DaemonErrorException e) {
            bar.finish();
            System.err.println("easel edit: the daemon refused the edit (" + e.code() + "): " + e.getMessage());
            return 1;
        } catch (EaselException | ImageFileException e) {
            bar.finish();
            System.err.println("easel edit: " + e.getMessage());
            return 1;
        }
    }

    /** Runs the edit; when Easel asks, prints the question and sends the chosen reading as a new edit. */
    private EditResult runAnswering(EaselClient client, EditRequest request, ProgressBar bar) throws EaselException {
        Integer pick = choose;
        EditRequest next = request;
        while (true) {
            try {
                return client.edit(next, new PlanPrinter(System.out, bar), null);
            } catch (ClarificationNeededException asked) {
                bar.finish();
                printQuestion(asked);
                Optional<Reading> chosen = choice(asked.readings(), pick);
                pick = null; // --choose answers the first question only
                if (chosen.isEmpty()) {
                    throw asked;
                }
                System.out.println("You chose: " + chosen.get().instruction());
                next = next.withInstruction(chosen.get().instruction());
            }
        }
    }

    static void printQuestion(ClarificationNeededException asked) {
        System.out.println("Easel asks: " + asked.question());
        List<Reading> readings = asked.readings();
        for (int i = 0; i < readings.size(); i++) {
            System.out.println("  " + (i + 1) + ". " + readings.get(i).label() + "   (\"" + readings.get(i).instruction() + "\")");
        }
    }

    private Optional<Reading> choice(List<Reading> readings, Integer pick) {
        if (pick != null) {
            if (pick < 1 || pick > readings.size()) {
                System.err.println("easel edit: --choose " + pick + " is not one of the " + readings.size() + " readings.");
                return Optional.empty();
            }
            return Optional.of(readings.get(pick - 1));
        }
        if (System.console() == null) {
            System.out.println("Run the command again with --choose N (or with the reading's instruction).");
            return Optional.empty();
        }
        System.out.print("Choose 1-" + readings.size() + " (Enter to stop): ");
        System.out.flush();
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            int n = Integer.parseInt(line == null ? "" : line.strip());
            return n >= 1 && n <= readings.size() ? Optional.of(readings.get(n - 1)) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Why an output path cannot be written, checked before anything is sent. */
    static Optional<String> outputProblem(Path out) {
        if (ImageFileFormat.ofPath(out).isEmpty()) {
            return Optional.of(out + ": the output's extension must be .png, .jpg, .jpeg, .tif or .tiff (it chooses the format)");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            return Optional.of("the output folder " + folder + " does not exist; create it first");
        }
        return Optional.empty();
    }
}
