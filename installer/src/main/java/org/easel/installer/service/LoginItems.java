package org.easel.installer.service;

import org.easel.server.host.Host;

/** The login item for a host's platform. */
public final class LoginItems {
    private LoginItems() {
    }

    public static LoginItem forHost(Host host) {
        return switch (host.platform()) {
            case LINUX -> new SystemdUserUnit(host);
            case MACOS -> new LaunchAgent(host);
            case WINDOWS -> new StartupFolderScript(host);
        };
    }
}
