package org.easel.server.tls;

import java.nio.file.Path;

/** {@code --tls-cert} and {@code --tls-key}: the studio's own certificate (chain) and key, as PEM files. */
public record CertificateFiles(Path certificate, Path key) {
}
