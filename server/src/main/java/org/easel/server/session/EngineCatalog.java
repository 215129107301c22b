package org.easel.server.session;

import java.util.List;

/** The engines this daemon has, as announced in {@code welcome} and {@code models}. */
public final class EngineCatalog {

    public record EngineInfo(String id, boolean available, String description) {
    }

    private final List<EngineInfo> engines;

    public EngineCatalog(List<EngineInfo> engines) {
        this.engines = List.copyOf(engines);
    }

    /** What every daemon has: the classical engine needs no model download. */
    public static EngineCatalog builtIn() {
        return new EngineCatalog(List.of(new EngineInfo("classical", true,
                "Remove/fill and extend the canvas (exemplar-based), tonal and colour adjustments, blur, sharpen, "
                        + "vignette, on the CPU; no model needed")));
    }

    public List<EngineInfo> engines() {
        return engines;
    }

    public boolean isAvailable(String id) {
        return engines.stream().anyMatch(e -> e.id().equals(id) && e.available());
    }

    public List<String> availableIds() {
        return engines.stream().filter(EngineInfo::available).map(EngineInfo::id).toList();
    }
}
