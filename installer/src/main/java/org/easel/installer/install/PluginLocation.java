package org.easel.installer.install;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One place a program loads plugins from: its plugin folder (Krita's {@code pykrita}, GIMP's
 * {@code plug-ins}) and, for Krita, the settings file that enables Python plugins.
 *
 * @param variant "" for the program as installed normally, "Flatpak" for its sandboxed build
 */
public record PluginLocation(PluginApp app, String variant, Path pluginsDir, Optional<Path> kritarc) {

    /** The plugin's own folder, {@code <pluginsDir>/easel}. */
    public Path folder() {
        return pluginsDir.resolve(PluginApp.FOLDER);
    }

    /** The install record: which files install wrote, so uninstall removes exactly those. */
    public Path recordFile() {
        return folder().resolve(InstallRecord.FILE_NAME);
    }

    public boolean isFlatpak() {
        return !variant.isEmpty();
    }

    /** "Krita" or "Krita (Flatpak)". */
    public String describe() {
        return app.displayName() + (variant.isEmpty() ? "" : " (" + variant + ")");
    }
}
