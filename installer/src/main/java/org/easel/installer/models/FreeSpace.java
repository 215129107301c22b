package org.easel.installer.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** How many bytes can still be written on the disk holding a folder. Tests substitute their own. */
@FunctionalInterface
public interface FreeSpace {
    FreeSpace DISK = dir -> Files.getFileStore(dir).getUsableSpace();

    long usableBytes(Path dir) throws IOException;
}
