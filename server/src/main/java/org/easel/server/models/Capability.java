package org.easel.server.models;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a model can do, as the catalog and the installed manifests name it. */
public enum Capability {
    TEXT_TO_IMAGE("text-to-image"),
    IMAGE_TO_IMAGE("image-to-image"),
    INPAINT("inpaint"),
    INSTRUCTION_EDIT("instruction-edit"),
    VARIATIONS("variations"),
    OUTPAINT("outpaint");

    private final String id;

    Capability(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Capability> of(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Capability::id).toList();
    }
}
