package org.easel.server.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.easel.server.engines.diffusion.model.ModelLibrary;
import org.easel.server.models.Catalog;
import org.easel.server.models.CatalogEntry;
import org.easel.server.models.ModelException;
import org.easel.server.models.ModelStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the daemon tells clients about models: the model store's complete installs, which the
 * diffusion engine may load, and the catalog's other entries, which can be installed.
 */
public final class InstalledModels {
    private static final Logger log = LoggerFactory.getLogger(InstalledModels.class);

    private final ModelStore store;
    private final List<CatalogEntry> catalog;

    public InstalledModels(ModelStore store) {
        this.store = store;
        this.catalog = bundledCatalog();
    }

    /** Complete, verified installs: id → model folder. */
    public Map<String, Path> folders() {
        Map<String, Path> folders = new LinkedHashMap<>();
        store.installed().forEach(m -> folders.put(m.id(), m.folder()));
        return folders;
    }

    /** Installed models (with what their folders can do), then the catalog's uninstalled entries. */
    public List<EngineCatalog.ModelInfo> describe(ModelLibrary library) {
        List<EngineCatalog.ModelInfo> models = new ArrayList<>();
        for (ModelLibrary.Installed m : library.installed()) {
            String name = m.folder().remote().map(r -> "Runs on the inference server at " + r.url())
                    .or(() -> catalog.stream().filter(e -> e.id().equals(m.id())).map(CatalogEntry::name).findFirst())
                    .orElse("Installed from " + m.folder().root());
            models.add(new EngineCatalog.ModelInfo(m.id(), true, m.capabilities(), name));
        }
        Set<String> installed = models.stream().map(EngineCatalog.ModelInfo::id).collect(Collectors.toSet());
        for (CatalogEntry entry : catalog) {
            if (!installed.contains(entry.id())) {
                models.add(new EngineCatalog.ModelInfo(entry.id(), false, entry.capabilities(),
                        entry.name() + "; install with: ./easel models install " + entry.id()));
            }
        }
        return models;
    }

    private static List<CatalogEntry> bundledCatalog() {
        try {
            return Catalog.bundled().entries();
        } catch (ModelException e) {
            log.warn("no model catalog: {}", e.getMessage());
            return List.of();
        }
    }
}
