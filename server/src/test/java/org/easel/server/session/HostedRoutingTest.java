package org.easel.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.PixelFormat;
import org.easel.server.engines.hosted.ApiKey;
import org.easel.server.engines.hosted.HostedEngineConfig;
import org.easel.server.engines.hosted.HostedEngineStore;
import org.easel.server.imaging.Raster;
import org.easel.server.planning.Plan;
import org.easel.server.planning.SynthesisRequest;
import org.easel.server.planning.Understanding;
import org.junit.jupiter.api.Test;

/** New content goes to a hosted engine only when the artist chose it, and the plan says where pixels go. */
class HostedRoutingTest {
    static final HostedEngineConfig OPENAI = new HostedEngineConfig("openai", "gpt-image-1", HostedEngineConfig.OPENAI,
            new ApiKey.FromEnvironment("OPENAI_API_KEY"), "auto");
    static final HostedEngineConfig LOCALAI = new HostedEngineConfig("localai", "stablediffusion",
            URI.create("http://localhost:8080"), new ApiKey.None(), "auto");

    @Test
    void nothingIsHostedUnlessChosen() {
        HostedRouting routing = new HostedRouting(new HostedEngineStore.Engines(List.of(OPENAI), Optional.empty()));

        assertEquals(Optional.empty(), routing.choose(request("add a red hat", Optional.empty(), true)));
        assertEquals(Optional.empty(), HostedRouting.none().choose(request("add a red hat with gpt-image-1",
                Optional.empty(), true)), "a name no engine has is just words");
    }

    @Test
    void naming_the_model_or_engine_in_the_instruction_chooses_it_and_the_words_are_left_out() {
        HostedRouting routing = new HostedRouting(new HostedEngineStore.Engines(List.of(OPENAI, LOCALAI), Optional.empty()));

        HostedRouting.Choice choice = routing.choose(request("add a red hat with gpt-image-1", Optional.empty(), true))
                .orElseThrow();
        assertEquals("openai", choice.engine().id());
        assertEquals("add a red hat", choice.instruction());
        HostedRouting.Choice other = routing.choose(request("Using LocalAI, paint a fox here", Optional.empty(), true))
                .orElseThrow();
        assertEquals("localai", other.engine().id());
        assertEquals("paint a fox here", other.instruction());
        assertEquals(Optional.empty(), routing.choose(request("paint it with gpt-image-10", Optional.empty(), true)),
                "a longer name is another name");
    }

    @Test
    void theDefaultEngineAndTheRequestsEngineOptionChooseToo() {
        HostedRouting routing = new HostedRouting(new HostedEngineStore.Engines(List.of(OPENAI, LOCALAI),
                Optional.of("localai")));

        assertEquals("localai", routing.choose(request("add a red hat", Optional.empty(), true)).orElseThrow().engine().id());
        assertEquals("openai", routing.choose(request("add a red hat", Optional.of("openai"), true)).orElseThrow()
                .engine().id());
        assertEquals(Optional.empty(), routing.choose(request("add a red hat", Optional.of("diffusion"), true)),
                "asking for the local engine overrides the default");
    }

    @Test
    void pixelsLeaveOnlyWhenTheRequestNamesTheEngineAndThePlanSaysWhere() throws Exception {
        HostedRouting routing = new HostedRouting(new HostedEngineStore.Engines(List.of(OPENAI), Optional.of("openai")));
        Understanding.NeedsModel need = new Understanding.NeedsModel(SynthesisRequest.Capability.INPAINT, "a red hat", "");
        EditRequest unasked = request("add a red hat", Optional.empty(), true);

        HostedConsentNeeded refused = assertThrows(HostedConsentNeeded.class,
                () -> routing.plan(routing.choose(unasked).orElseThrow(), need, unasked, Optional.empty()));
        assertEquals(ErrorCode.CONSENT_REQUIRED, refused.code());
        assertEquals("openai", refused.engine());
        assertTrue(refused.getMessage().contains("would send the selection and its surroundings to api.openai.com"),
                refused.getMessage());

        EditRequest agreed = request("add a red hat", Optional.of("openai"), true);
        Plan plan = routing.plan(routing.choose(agreed).orElseThrow(), need, agreed, Optional.of("watercolour"));
        assertEquals("openai", plan.engine());
        assertEquals("Paint “a red hat, watercolour style” into the selection with gpt-image-1 (openai) — sends the "
                + "selection and its surroundings to api.openai.com", plan.summary());

        EditRequest whole = request("make it look like a woodcut", Optional.of("openai"), false);
        Plan edit = routing.plan(routing.choose(whole).orElseThrow(), new Understanding.NeedsModel(
                SynthesisRequest.Capability.INSTRUCTION_EDIT, "make it look like a woodcut", ""), whole, Optional.empty());
        assertTrue(edit.summary().endsWith("— sends the whole layer to api.openai.com"), edit.summary());
    }

    private static EditRequest request(String instruction, Optional<String> engine, boolean selected) {
        Raster image = new Raster(0, 0, 8, 8, PixelFormat.RGBA8, new byte[8 * 8 * 4]);
        Optional<Raster> selection = selected
                ? Optional.of(new Raster(2, 2, 2, 2, PixelFormat.A8, new byte[] {-1, -1, -1, -1})) : Optional.empty();
        return new EditRequest("c1", Optional.empty(), instruction, 8, 8, image, selection,
                new EditOptions(OptionalLong.empty(), OptionalDouble.empty(), OptionalInt.empty(), engine,
                        Optional.empty(), 4));
    }
}
