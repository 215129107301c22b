package org.easel.server.models;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The installed models: {@code <stateDir>/models/<id>/}, each a complete diffusers ONNX folder with
 * easel-model.json. Installs are assembled in {@code .incoming/<id>/} (partial files stay there to be
 * resumed) and published by one rename, with the manifest written last before it, so a folder
 * without a readable manifest, or any name starting with '.', is never a model. The daemon reads
 * the store through {@link #installed()} and {@link #find(String)}.
 */
public final class ModelStore {
    public static final String MANIFEST = "easel-model.json";
    static final String INCOMING = ".incoming";
    private static final String OLD_PREFIX = ".old-";
    private static final String REMOVING_PREFIX = ".removing-";

    /**
     * A complete, verified model in the store: its folder holds a diffusers ONNX layout
     * (model_index.json, scheduler/, tokenizer/, text_encoder/, unet/, vae_encoder/, vae_decoder/)
     * and easel-model.json.
     *
     * @param capabilities what it can do: text-to-image, image-to-image, inpaint, instruction-edit,
     *     variations, outpaint ({@link Capability} ids)
     * @param source the repository it came from ("onnxruntime/sd-turbo"), or "local" for a folder the
     *     user added under their own id
     * @param revision the commit it is pinned to; empty for a user's own folder
     */
    public record InstalledModel(String id, Path folder, List<String> capabilities, String source, String revision) {
        public InstalledModel {
            capabilities = List.copyOf(capabilities);
        }
    }

    private final Path dir;

    public ModelStore(Path modelsDir) {
        this.dir = modelsDir.toAbsolutePath().normalize();
    }

    /** The models folder of a state directory: {@code <stateDir>/models}. */
    public static Path modelsDir(Path stateDir) {
        return stateDir.resolve("models");
    }

    public Path dir() {
        return dir;
    }

    /** Complete installs only, by id. A missing models folder means none. */
    public List<InstalledModel> installed() {
        List<InstalledModel> models = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return models;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (!name.startsWith(".") && ModelId.isValid(name) && Files.isDirectory(child)) {
                    manifestIn(child).filter(m -> m.id().equals(name)).ifPresent(m -> models.add(m.toInstalled(child)));
                }
            }
        } catch (IOException e) {
            return models;
        }
        models.sort(Comparator.comparing(InstalledModel::id));
        return models;
    }

    /** The installed model with this id; empty for an invalid id (never joined to a path) or none. */
    public Optional<InstalledModel> find(String id) {
        return manifest(id).map(m -> m.toInstalled(dir.resolve(id)));
    }

    /** The manifest of an installed model. */
    public Optional<ModelManifest> manifest(String id) {
        if (!ModelId.isValid(id)) {
            return Optional.empty();
        }
        Path folder = dir.resolve(id);
        return Files.isDirectory(folder) ? manifestIn(folder).filter(m -> m.id().equals(id)) : Optional.empty();
    }

    private static Optional<ModelManifest> manifestIn(Path folder) {
        try {
            return ModelManifest.parse(Files.readString(folder.resolve(MANIFEST), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Where an install of this id is assembled (and its partial files are kept). */
    public Path incoming(String id) {
        return dir.resolve(INCOMING).resolve(checked(id));
    }

    /** Bytes of an unfinished install kept for resuming (0 when none). */
    public long incomingBytes(String id) {
        Path folder = incoming(id);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Holds the install lock of one id (a file lock in .incoming), so two installs of the same model
     * cannot write the same partial files.
     */
    public Lock lock(String id) throws ModelException {
        Path file = dir.resolve(INCOMING).resolve(checked(id) + ".lock");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new ModelException("Another `easel models install " + id + "` is running for " + dir
                        + "; wait for it to finish.");
            }
            return new Lock(channel, lock);
        } catch (IOException e) {
            throw new ModelException("Cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    /** An install lock; closing releases it. */
    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException ignored) {
                // closing the channel releases the lock anyway
            }
        }
    }

    /**
     * Makes a staged folder the model {@code id}: writes the manifest into it (last), then renames it
     * into place. A model already there is first renamed aside and deleted after, so at every moment
     * the id is either the old complete model, nothing, or the new complete model.
     */
    public InstalledModel publish(String id, Path staged, ModelManifest manifest) throws IOException {
        checked(id);
        Path manifestFile = staged.resolve(MANIFEST);
        Path temporary = staged.resolve(MANIFEST + ".tmp");
        Files.writeString(temporary, manifest.toJson(), StandardCharsets.UTF_8);
        forceFile(temporary);
        move(temporary, manifestFile);
        forceDirectory(staged);
        Path target = dir.resolve(id);
        Path aside = null;
        if (Files.exists(target)) {
            aside = dir.resolve(OLD_PREFIX + id + "-" + System.nanoTime());
            move(target, aside);
        }
        try {
            move(staged, target);
        } catch (IOException e) {
            if (aside != null) {
                move(aside, target);
            }
            throw e;
        }
        forceDirectory(dir);
        if (aside != null) {
            deleteQuietly(aside);
        }
        return manifest.toInstalled(target);
    }

    /** Removes an installed model; false when there is none with that id. Its unfinished downloads go too. */
    public boolean remove(String id) throws IOException {
        if (manifest(id).isEmpty()) {
            return false;
        }
        Path aside = dir.resolve(REMOVING_PREFIX + id + "-" + System.nanoTime());
        move(dir.resolve(id), aside);
        deleteQuietly(aside);
        deleteQuietly(incoming(id));
        return true;
    }

    /** Deletes what interrupted publishes and removals left behind (.old-*, .removing-*). */
    public void cleanUp() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(OLD_PREFIX) || p.getFileName().toString().startsWith(REMOVING_PREFIX))) {
            for (Path child : children) {
                deleteQuietly(child);
            }
        } catch (IOException ignored) {
            // left for the next time
        }
    }

    private static String checked(String id) {
        if (!ModelId.isValid(id)) {
            throw new IllegalArgumentException("invalid model id: " + id);
        }
        return id;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + from + " to " + to + " atomically (are they on different disks?)", e);
        }
    }

    public static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                    Files.deleteIfExists(folder);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException ignored) {
            // already gone
        } catch (IOException ignored) {
            // a file still open elsewhere (Windows); cleanUp() tries again later
        }
    }

    private static void forceFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void forceDirectory(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // not every platform can sync a directory; the rename itself is still atomic
        }
    }
}
