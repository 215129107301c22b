package org.easel.server.session;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.easel.server.engines.classical.Synthesis;
import org.easel.server.engines.hosted.HostedEngineConfig;
import org.easel.server.engines.hosted.HostedEngineStore;
import org.easel.server.planning.Plan;
import org.easel.server.planning.SynthesisRequest;
import org.easel.server.planning.Understanding;

/**
 * Decides when new content goes to a hosted engine: only when the artist chose it — as the default
 * engine ({@code easel engines add … --default}), for the conversation (the request's
 * {@code engine} option, which the plugins send once the artist agreed), or in the instruction
 * ("… with gpt-image-1", "… using openai"). Never as a fallback when no local model can do it.
 * Whatever routes there, pixels leave the computer only when the request names the engine; the
 * plan's summary says where they go.
 */
final class HostedRouting {

    /** A hosted engine chosen for a request, and the instruction without the words that chose it. */
    record Choice(HostedEngineConfig engine, String instruction) {
    }

    private final HostedEngineStore.Engines engines;
    private final Optional<Pattern> mention;

    HostedRouting(HostedEngineStore.Engines engines) {
        this.engines = engines;
        // Longest names first, so "gpt-image-1-mini" is not read as "gpt-image-1" followed by "-mini".
        List<String> names = engines.engines().stream().flatMap(e -> Stream.of(e.id(), e.model())).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.mention = names.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(
                "[,;]?\\s*\\b(?:with|using|via|through|on)\\s+(?:the\\s+)?("
                        + names.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                        + ")(?:\\s+(?:engine|model))?(?![\\w.-])", Pattern.CASE_INSENSITIVE));
    }

    static HostedRouting none() {
        return new HostedRouting(HostedEngineStore.Engines.NONE);
    }

    boolean isHosted(String engineId) {
        return engines.byId(engineId).isPresent();
    }

    /** The hosted engine this request goes to when it asks for new content, if the artist chose one. */
    Optional<Choice> choose(EditRequest request) {
        String instruction = request.instruction();
        if (mention.isPresent()) {
            Matcher m = mention.get().matcher(instruction);
            if (m.find()) {
                String named = m.group(1);
                Optional<HostedEngineConfig> engine = engines.engines().stream()
                        .filter(e -> e.id().equalsIgnoreCase(named) || e.model().equalsIgnoreCase(named)).findFirst();
                String rest = (instruction.substring(0, m.start()) + " " + instruction.substring(m.end()))
                        .replaceAll("\\s+", " ").replaceAll("^[\\s,;:]+", "").strip();
                if (engine.isPresent() && !rest.isEmpty()) {
                    return Optional.of(new Choice(engine.get(), rest));
                }
            }
        }
        Optional<String> option = request.options().engine();
        if (option.isPresent()) {
            return engines.byId(option.get()).map(e -> new Choice(e, instruction));
        }
        return engines.byDefault().map(e -> new Choice(e, instruction));
    }

    /** New content on the chosen hosted engine: the prompt is the content asked for plus the conversation's style. */
    Plan plan(Choice choice, Understanding.NeedsModel need, EditRequest request, Optional<String> style)
            throws HostedConsentNeeded {
        HostedEngineConfig engine = choice.engine();
        SynthesisRequest.Capability capability = need.capability();
        // Hosted models follow instructions, so an instruction edit is sent as the artist worded it.
        String styled = style.map(s -> need.prompt() + ", " + s + " style").orElse(need.prompt());
        String negative = Stream.of(need.negative(), request.options().negativePrompt().orElse(""))
                .filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
        String avoiding = negative.isEmpty() ? "" : ", avoiding “" + negative + "”";
        String[] wording = switch (capability) {
            case TEXT_TO_IMAGE -> new String[] {"Generate “" + styled + "”", "Generated “" + styled + "”."};
            case INPAINT -> new String[] {"Paint “" + styled + "” into the selection",
                    "Painted “" + styled + "” into the selection."};
            case INSTRUCTION_EDIT -> new String[] {"Change the image: “" + styled + "”",
                    "Changed the image: “" + styled + "”."};
        };
        Plan plan = new Plan(wording[0] + avoiding + " with " + engine.model() + " (" + engine.id() + ")",
                wording[1], engine.id(), List.of(),
                new Synthesis.Generate(capability.id(), styled, negative, engine.model()));
        return withPrivacyNote(plan, request);
    }

    /**
     * A plan that runs on a hosted engine, with the privacy note added to its summary; refused with
     * {@code consent_required} unless the request names that engine. Other plans pass unchanged.
     */
    Plan withPrivacyNote(Plan plan, EditRequest request) throws HostedConsentNeeded {
        Optional<HostedEngineConfig> hosted = engines.byId(plan.engine());
        if (hosted.isEmpty()) {
            return plan;
        }
        HostedEngineConfig engine = hosted.get();
        String note = privacyNote(engine, request, plan);
        if (!request.options().engine().filter(engine.id()::equals).isPresent()) {
            throw new HostedConsentNeeded(engine.id(), "This " + note.replaceFirst("^sends", "would send") + " ("
                    + engine.model() + ", engine " + engine.id() + "). Allow it for this conversation?");
        }
        return new Plan(plan.summary() + " — " + note, plan.doneMessage(), plan.engine(), plan.operations(),
                plan.synthesis());
    }

    /** Says what leaves the computer and where it goes: "sends the selection and its surroundings to api.openai.com". */
    static String privacyNote(HostedEngineConfig engine, EditRequest request, Plan plan) {
        boolean textOnly = plan.synthesis().orElse(null) instanceof Synthesis.Generate g
                && g.capability().equals("text-to-image") && request.selection().isEmpty();
        String what = textOnly ? "the prompt" : request.selection().isPresent()
                ? "the selection and its surroundings" : "the whole layer";
        return "sends " + what + " to " + engine.host();
    }
}
