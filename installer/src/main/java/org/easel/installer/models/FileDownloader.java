package org.easel.installer.models;

import org.easel.server.models.Bytes;
import org.easel.server.models.ContentDigest;
import org.easel.server.models.ExpectedHash;

import org.easel.server.models.ModelException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads one file into {@code NAME.part} beside its final place, resuming a part left by an
 * earlier try with an HTTP Range request, and moves it to its name only once its size and hash
 * match the plan. A server that answers 200 to a Range request restarts the file; 416 means the part
 * is already whole, so it is checked. Server errors, time-outs, stalls and cut connections are
 * retried with back-off (a try that received data starts the count again); 404, 401 and 403 are not.
 */
final class FileDownloader {
    private static final int BUFFER = 1 << 20;
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");

    private final HubHttp http;
    private final DownloadProgress progress;

    FileDownloader(HubHttp http, DownloadProgress progress) {
        this.http = http;
        this.progress = progress;
    }

    static Path partOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".part");
    }

    /** Bytes of this file already on disk (complete or partial), for the disk-space check and progress. */
    static long bytesOnDisk(Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            return Files.size(target);
        }
        Path part = partOf(target);
        return Files.isRegularFile(part) ? Files.size(part) : 0;
    }

    /** Puts the planned file at target and returns its SHA-256. */
    String fetch(URI url, PlannedFile file, Path target) throws ModelException, InterruptedException {
        try {
            Files.createDirectories(target.getParent());
            progress.file(file.path(), file.size());
            if (Files.isRegularFile(target)) {
                // Whole and checked by an earlier try; check it again, it costs a read.
                ContentDigest digest = ContentDigest.of(target, file.hash().orElse(null));
                if (digest.size() == file.size() && file.hash().map(digest::matches).orElse(true)) {
                    return digest.sha256();
                }
                progress.note(file.path() + " from an earlier try is damaged; downloading it again.");
                progress.rewind(digest.size());
                Files.delete(target);
            }
            return download(url, file, target);
        } catch (IOException e) {
            throw new ModelException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private String download(URI url, PlannedFile file, Path target) throws IOException, ModelException, InterruptedException {
        Path part = partOf(target);
        boolean pieced = Files.isRegularFile(part) && Files.size(part) > 0;
        boolean restarted = false;
        int failures = 0;
        while (true) {
            long have = Files.isRegularFile(part) ? Files.size(part) : 0;
            if (have > file.size()) {
                progress.note(file.path() + ": the partial file is longer than the file should be; starting it again.");
                discard(part);
                have = 0;
                pieced = false;
            }
            if (have < file.size()) {
                long before = have;
                try {
                    Outcome outcome = transfer(url, part, have, file);
                    if (outcome != Outcome.ALREADY_WHOLE) {
                        pieced = outcome == Outcome.APPENDED;
                    }
                } catch (Retryable e) {
                    long now = Files.isRegularFile(part) ? Files.size(part) : 0;
                    failures = now > before ? 1 : failures + 1;
                    if (failures >= http.retry().attempts()) {
                        throw new ModelException("Gave up downloading " + url + " after " + failures + " tries in a row "
                                + "without progress (last: " + e.getMessage() + "). " + Bytes.format(now) + " of "
                                + file.path() + " is kept: run the same command again to resume.");
                    }
                    progress.note(file.path() + ": " + e.getMessage() + "; trying again in "
                            + http.retry().delayAfter(failures).toSeconds() + " s.");
                    http.retry().pause(failures);
                    continue;
                }
            }
            ExpectedHash expected = file.hash().orElse(null);
            ContentDigest digest = ContentDigest.of(part, expected);
            boolean sizeOk = digest.size() == file.size();
            boolean hashOk = sizeOk && (expected == null || digest.matches(expected));
            if (hashOk) {
                try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return digest.sha256();
            }
            discard(part);
            if (pieced && !restarted) {
                // The part was put together from several connections (or an earlier run); one of them
                // may have been damaged. One clean download from the start decides.
                restarted = true;
                pieced = false;
                progress.note(file.path() + " did not verify after resuming; downloading it again from the start.");
                continue;
            }
            if (!sizeOk) {
                throw new ChecksumMismatchException(file.path() + " from " + url + " is " + digest.size()
                        + " bytes, but should be " + file.size() + "; the file was discarded. The server or mirror "
                        + "serves a different file than the catalog pins.");
            }
            throw new ChecksumMismatchException("Checksum mismatch for " + file.path() + " from " + url + ": expected "
                    + expected.source().label() + " " + expected.hex() + ", got " + digest.actual(expected)
                    + ". The file was discarded and no model was installed. Run the command again; if it repeats, the "
                    + "mirror or the catalog is wrong.");
        }
    }

    private enum Outcome { APPENDED, FROM_START, ALREADY_WHOLE }

    /** One request: appends to the part (206), writes it from the start (200), or learns it is whole (416). */
    private Outcome transfer(URI url, Path part, long have, PlannedFile file)
            throws Retryable, ModelException, IOException, InterruptedException {
        HttpRequest.Builder request = http.request(url);
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response;
        try {
            response = http.client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new Retryable(HubHttp.describe(e));
        }
        int status = response.statusCode();
        try (InputStream body = response.body()) {
            boolean append;
            if (status == 206 && have > 0) {
                Matcher range = CONTENT_RANGE.matcher(response.headers().firstValue("Content-Range").orElse(""));
                if (!range.matches() || Long.parseLong(range.group(1)) != have) {
                    progress.note(file.path() + ": the server resumed at the wrong place; starting the file again.");
                    discard(part);
                    throw new Retryable("bad Content-Range " + response.headers().firstValue("Content-Range").orElse("(none)"));
                }
                if (!"*".equals(range.group(3)) && Long.parseLong(range.group(3)) != file.size()) {
                    throw wrongSize(url, file, Long.parseLong(range.group(3)));
                }
                append = true;
            } else if (status == 200) {
                if (have > 0) {
                    progress.note(file.path() + ": the server does not resume downloads (it ignored the Range request); "
                            + "starting this file again.");
                    progress.rewind(have);
                }
                OptionalLong length = response.headers().firstValueAsLong("Content-Length");
                if (length.isPresent() && length.getAsLong() != file.size()) {
                    throw wrongSize(url, file, length.getAsLong());
                }
                append = false;
            } else if (status == 416 && have > 0) {
                return Outcome.ALREADY_WHOLE;
            } else if (HubHttp.retryable(status)) {
                throw new Retryable("HTTP " + status);
            } else {
                throw HubHttp.failure(status, url);
            }
            copy(body, part, append, append ? have : 0, file.size());
            return append ? Outcome.APPENDED : Outcome.FROM_START;
        }
    }

    private void copy(InputStream body, Path part, boolean append, long start, long size) throws IOException, Retryable {
        byte[] buffer = new byte[BUFFER];
        long written = start;
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
             StallGuard guard = new StallGuard(body, http.stallTimeout())) {
            while (written < size) {
                int n;
                try {
                    n = body.read(buffer, 0, (int) Math.min(buffer.length, size - written));
                } catch (IOException e) {
                    throw new Retryable(guard.stalled() ? stalledMessage() : "connection cut (" + HubHttp.describe(e) + ")");
                }
                if (n < 0) {
                    throw new Retryable(guard.stalled() ? stalledMessage()
                            : "connection closed after " + Bytes.format(written) + " of " + Bytes.format(size));
                }
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                written += n;
                guard.touch();
                progress.advance(n);
            }
        }
    }

    private String stalledMessage() {
        return "no data for " + http.stallTimeout().toSeconds() + " s";
    }

    private void discard(Path part) throws IOException {
        if (Files.isRegularFile(part)) {
            progress.rewind(Files.size(part));
            Files.delete(part);
        }
    }

    private static ModelException wrongSize(URI url, PlannedFile file, long served) {
        return new ModelException(url + " is " + served + " bytes, but " + file.path() + " should be " + file.size()
                + " bytes at the pinned revision; nothing was kept of it. The mirror serves a different file, or the "
                + "catalog is wrong.");
    }

    /** A failure that another try may not have: time-out, stall, cut connection, 5xx, 429. */
    static final class Retryable extends Exception {
        private static final long serialVersionUID = 1L;

        Retryable(String message) {
            super(message, null, false, false);
        }
    }
}
