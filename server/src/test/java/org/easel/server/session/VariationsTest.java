package org.easel.server.session;

import static org.easel.server.session.DiffusionEditEngineTest.H;
import static org.easel.server.session.DiffusionEditEngineTest.W;
import static org.easel.server.session.DiffusionEditEngineTest.assertColour;
import static org.easel.server.session.DiffusionEditEngineTest.flatImage;
import static org.easel.server.session.DiffusionEditEngineTest.guided;
import static org.easel.server.session.DiffusionEditEngineTest.rgbaAt;
import static org.easel.server.session.DiffusionEditEngineTest.selection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.easel.protocol.ErrorCode;
import org.easel.server.engines.diffusion.model.ModelLibrary;
import org.easel.server.engines.diffusion.onnx.OnnxRuntime;
import org.easel.server.engines.diffusion.testmodels.OracleModels;
import org.easel.server.engines.diffusion.testmodels.TinyModelFolder;
import org.easel.server.imaging.Raster;
import org.easel.server.memory.TurnRecord;
import org.easel.server.planning.InstructionInterpreter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several versions of generated content in one job, on an installed oracle model: each version has
 * its own seed and is its own turn, progress says which version runs, a cancel keeps the versions
 * already made, and counts outside 1–4 or versions of edits that come out the same are refused.
 */
class VariationsTest {
    @TempDir
    Path dir;
    private EditService service;
    private ModelLibrary library;
    private final String conversation = "doc-" + UUID.randomUUID();
    private final Optional<Raster> selected = Optional.of(selection(16, 8, 24, 16));

    @AfterEach
    void close() {
        if (service != null) {
            service.shutdown(1000);
        }
        if (library != null) {
            library.close();
        }
    }

    void install(Map<String, TinyModelFolder> models) {
        Map<String, Path> folders = new LinkedHashMap<>();
        models.forEach((id, folder) -> folders.put(id, folder.write(dir.resolve(id))));
        library = new ModelLibrary(() -> folders, () -> new OnnxRuntime(OnnxRuntime.Device.CPU, 1));
        EditEngine engine = new EngineRouter(Map.of(InstructionInterpreter.ENGINE, new ClassicalEditEngine(),
                DiffusionEditEngine.ENGINE, new DiffusionEditEngine(library)));
        service = new EditService(4, EngineCatalog.builtIn(), engine, TestServices.freshMemory(), 1L << 30,
                new InstructionInterpreter(), Optional.of(library));
    }

    EditRequest request(String instruction, OptionalLong seed, int variations) {
        EditOptions options = new EditOptions(seed, OptionalDouble.empty(), OptionalInt.of(6), Optional.empty(),
                Optional.empty(), 0, Optional.empty(), variations);
        return new EditRequest(conversation, Optional.of("Doc"), instruction, W, H,
                flatImage(DiffusionEditEngineTest.GREY), selected, options);
    }

    EditOutcome run(EditRequest request) throws Exception {
        OutcomeListener listener = new OutcomeListener();
        service.submit(request, this, listener);
        return listener.await(60);
    }

    List<TurnRecord> turns() throws Exception {
        return service.history(conversation).map(c -> c.turns()).orElse(List.of());
    }

    static JsonObject parameters(TurnRecord turn) {
        return Json.createReader(new StringReader(turn.parametersJson())).readObject();
    }

    @Test
    void oneJobMakesEachVersionWithItsOwnSeedAndEachIsATurn() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        EditOutcome outcome = run(request("add a red barn", OptionalLong.empty(), 3));

        assertEquals(3, outcome.layers().size(), "one layer per version");
        assertEquals(3, outcome.versions().size());
        Set<Long> seeds = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            EditOutcome.Version version = outcome.versions().get(i);
            assertEquals(i + 1, version.index());
            assertEquals(i, version.layer());
            assertTrue(outcome.layers().get(i).name().endsWith(" · seed " + version.seed()), outcome.layers().get(i).name());
            assertColour(rgbaAt(outcome.layers().get(i).pixels(), 28, 16), guided(7.5));
            seeds.add(version.seed());
        }
        assertEquals(3, seeds.size(), "every version has its own seed: " + seeds);

        List<TurnRecord> turns = turns();
        assertEquals(3, turns.size(), "each version is a turn of its own");
        for (int i = 0; i < 3; i++) {
            TurnRecord turn = turns.get(i);
            EditOutcome.Version version = outcome.versions().get(i);
            assertEquals(OptionalInt.of(turn.number()), version.turn());
            assertEquals("done", turn.status());
            assertEquals(1, turn.results().size());
            assertEquals(version.seed(), parameters(turn).getJsonNumber("seed").longValue(),
                    "the turn keeps the seed that remakes it");
            assertTrue(turn.edited().isPresent(), "each version keeps its parent, so undo works after any choice");
            assertEquals(turns.get(0).jobId(), turn.jobId(), "one job");
        }
        assertTrue(outcome.message().contains("#1, #2 and #3"), outcome.message());
    }

    @Test
    void aGivenSeedStartsTheRunOfSeedsSoTheSetCanBeMadeAgain() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        EditOutcome outcome = run(request("add a red barn", OptionalLong.of(40), 2));
        assertEquals(List.of(40L, 41L), outcome.versions().stream().map(EditOutcome.Version::seed).toList());
    }

    @Test
    void progressSaysWhichVersionRunsWithPreviewsOfEach() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        List<int[]> steps = Collections.synchronizedList(new ArrayList<>());
        Set<Integer> previewed = Collections.synchronizedSet(new HashSet<>());
        CompletableFuture<EditOutcome> done = new CompletableFuture<>();
        service.submit(request("add a red barn", OptionalLong.of(1), 2), this, new OutcomeListener() {
            @Override
            public void variationProgress(int variation, int variations, int step, int total, String stage,
                                          Raster preview) {
                steps.add(new int[] {variation, variations});
                if (preview != null) {
                    previewed.add(variation);
                }
            }

            @Override
            public void completed(PlanView plan, EditOutcome outcome) {
                done.complete(outcome);
            }
        });
        done.get(60, TimeUnit.SECONDS);
        assertTrue(steps.stream().allMatch(s -> s[1] == 2), "every step says how many versions there are");
        assertEquals(1, steps.get(0)[0], "version 1 runs first");
        assertEquals(2, steps.get(steps.size() - 1)[0], "version 2 runs last");
        assertEquals(Set.of(1, 2), previewed, "each version has previews");
    }

    @Test
    void wordsAskForACountOfNewContentOrOfTheLastGeneratedContent() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        EditOutcome barns = run(request("give me 2 versions of a red barn", OptionalLong.empty(), 1));
        assertEquals(2, barns.versions().size());
        List<TurnRecord> turns = turns();
        assertTrue(turns.get(0).planJson().contains("\"prompt\":\"a red barn\""), turns.get(0).planJson());

        EditOutcome more = run(request("show me four options", OptionalLong.empty(), 1));
        assertEquals(4, more.versions().size(), "versions of the last generated content");
        assertTrue(turns().get(2).planJson().contains("Another version of"), turns().get(2).planJson());
        assertEquals(6, turns().size());
    }

    @Test
    void hashNAndTheSecondOneShowAVersionAfterAnother() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        EditOutcome outcome = run(request("add a red barn", OptionalLong.of(10), 3));
        int thirdTurn = outcome.versions().get(2).turn().getAsInt();

        EditOutcome third = run(request("#" + thirdTurn, OptionalLong.empty(), 1));
        assertTrue(third.layers().get(0).name().endsWith(" · seed 12"), third.layers().get(0).name());

        EditOutcome second = run(request("show me the second one", OptionalLong.empty(), 1));
        assertTrue(second.layers().get(0).name().endsWith(" · seed 11"), second.layers().get(0).name());
        assertTrue(second.message().contains("#" + outcome.versions().get(1).turn().getAsInt()), second.message());

        EditRejected none = assertThrows(EditRejected.class,
                () -> run(request("show me the fourth one", OptionalLong.empty(), 1)));
        assertEquals(ErrorCode.NO_SUCH_TURN, none.code());
        assertTrue(none.getMessage().contains("made 3 versions"), none.getMessage());
    }

    @Test
    void aCancelPartWayKeepsTheVersionsAlreadyMade() throws Exception {
        // A fixed-batch export makes the versions one after another, so some finish before the cancel.
        install(Map.of("tiny", OracleModels.oracle().unetBatch(2)));
        CompletableFuture<String> failure = new CompletableFuture<>();
        String[] job = new String[1];
        service.submit(request("add a red barn", OptionalLong.of(5), 4), this, new OutcomeListener() {
            @Override
            public void accepted(String jobId, PlanView plan, int queuePosition) {
                job[0] = jobId;
            }

            @Override
            public void variationProgress(int variation, int variations, int step, int total, String stage,
                                          Raster preview) {
                if (variation == 3) {
                    service.cancel(job[0], VariationsTest.this);
                }
            }

            @Override
            public void failed(ErrorCode code, String message) {
                failure.complete(code.wireName() + ": " + message);
            }
        });
        String message = failure.get(60, TimeUnit.SECONDS);
        assertTrue(message.startsWith("cancelled"), message);
        assertTrue(message.contains("2 of 4 versions were finished and are kept as #1 and #2"), message);
        List<TurnRecord> turns = turns();
        assertEquals(List.of("done", "done", "cancelled"), turns.stream().map(TurnRecord::status).toList());
        assertEquals(5, parameters(turns.get(0)).getJsonNumber("seed").longValue());
        assertEquals(6, parameters(turns.get(1)).getJsonNumber("seed").longValue());
        assertEquals(4, parameters(turns.get(2)).getInt("variations"), "the cancelled turn says what was asked");

        EditOutcome kept = run(request("#2", OptionalLong.empty(), 1));
        assertTrue(kept.layers().get(0).name().endsWith(" · seed 6"), kept.layers().get(0).name());
    }

    @Test
    void aFixedBatchExportMakesTheVersionsOneAfterAnother() throws Exception {
        install(Map.of("tiny", OracleModels.oracle().unetBatch(2)));
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<EditOutcome> done = new CompletableFuture<>();
        service.submit(request("add a red barn", OptionalLong.of(3), 2), this, new OutcomeListener() {
            @Override
            public void variationProgress(int variation, int variations, int step, int total, String stage,
                                          Raster preview) {
                order.add(variation);
            }

            @Override
            public void completed(PlanView plan, EditOutcome outcome) {
                done.complete(outcome);
            }
        });
        EditOutcome outcome = done.get(60, TimeUnit.SECONDS);
        assertEquals(List.of(3L, 4L), outcome.versions().stream().map(EditOutcome.Version::seed).toList());
        int switchAt = order.indexOf(2);
        assertTrue(switchAt > 0 && order.subList(0, switchAt).stream().allMatch(v -> v == 1)
                && order.subList(switchAt, order.size()).stream().allMatch(v -> v == 2), "in sequence: " + order);
        assertColour(rgbaAt(outcome.layers().get(1).pixels(), 28, 16), guided(7.5));
    }

    @Test
    void aBatchedJobStepsEveryVersionTogether() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<EditOutcome> done = new CompletableFuture<>();
        service.submit(request("add a red barn", OptionalLong.of(3), 2), this, new OutcomeListener() {
            @Override
            public void variationProgress(int variation, int variations, int step, int total, String stage,
                                          Raster preview) {
                if (stage.equals("generating")) {
                    order.add(variation);
                }
            }

            @Override
            public void completed(PlanView plan, EditOutcome outcome) {
                done.complete(outcome);
            }
        });
        done.get(60, TimeUnit.SECONDS);
        assertEquals(List.of(1, 2, 1, 2), order.subList(0, 4), "one UNet call per step serves both: " + order);
    }

    @Test
    void countsOutsideOneToFourAreRefusedClearly() {
        install(Map.of("tiny", OracleModels.oracle()));
        EditRejected words = assertThrows(EditRejected.class,
                () -> service.submit(request("give me ten versions of a red barn", OptionalLong.empty(), 1), this,
                        new OutcomeListener()));
        assertEquals(ErrorCode.BAD_REQUEST, words.code());
        assertTrue(words.getMessage().contains("1 to 4 variations at once, not 10"), words.getMessage());
        IllegalArgumentException option = assertThrows(IllegalArgumentException.class,
                () -> request("add a red barn", OptionalLong.empty(), 5));
        assertTrue(option.getMessage().contains("not 5"), option.getMessage());
        assertThrows(IllegalArgumentException.class, () -> request("add a red barn", OptionalLong.empty(), 0));
    }

    @Test
    void anAdjustmentHasNoVersions() throws Exception {
        install(Map.of("tiny", OracleModels.oracle()));
        EditRejected e = assertThrows(EditRejected.class, () -> service.submit(
                request("make it warmer", OptionalLong.empty(), 2), this, new OutcomeListener()));
        assertEquals(ErrorCode.UNSUPPORTED_INSTRUCTION, e.code());
        assertTrue(e.getMessage().contains("comes out the same every time"), e.getMessage());
        assertTrue(turns().isEmpty(), "nothing ran or was stored");
    }

    @Test
    void withOnlyTheClassicalEngineVariationsNeedAModel() throws Exception {
        service = TestServices.editService();
        EditRejected e = assertThrows(EditRejected.class, () -> service.submit(
                request("make it warmer", OptionalLong.empty(), 3), this, new OutcomeListener()));
        assertEquals(ErrorCode.MODEL_REQUIRED, e.code());
        assertTrue(e.getMessage().contains("Variations need a diffusion model")
                && e.getMessage().contains("./easel models install"), e.getMessage());
        EditRejected words = assertThrows(EditRejected.class, () -> service.submit(
                request("give me four versions", OptionalLong.empty(), 1), this, new OutcomeListener()));
        assertEquals(ErrorCode.MODEL_REQUIRED, words.code());
        assertTrue(words.getMessage().contains("./easel models install"), words.getMessage());
    }
}
