package org.easel.installer.models;

import org.easel.server.models.HubUrls;
import org.easel.server.models.ModelException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Consumer;
import org.easel.server.Version;

/**
 * The HTTP side of model downloads: one JDK HttpClient (redirects followed, since Hugging Face
 * sends large files from another host), time-outs, retries, and the messages for HTTP errors.
 */
public final class HubHttp {
    private final HttpClient client;
    private final RetryPolicy retry;
    private final Duration requestTimeout;
    private final Duration stallTimeout;

    /**
     * @param requestTimeout how long to wait for a response's headers
     * @param stallTimeout how long a download may receive nothing before the connection is dropped and retried
     */
    public HubHttp(RetryPolicy retry, Duration connectTimeout, Duration requestTimeout, Duration stallTimeout) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(connectTimeout)
                .build();
        this.retry = retry;
        this.requestTimeout = requestTimeout;
        this.stallTimeout = stallTimeout;
    }

    public static HubHttp standard() {
        return new HubHttp(RetryPolicy.standard(), Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofSeconds(60));
    }

    HttpClient client() {
        return client;
    }

    RetryPolicy retry() {
        return retry;
    }

    Duration stallTimeout() {
        return stallTimeout;
    }

    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(requestTimeout).GET()
                .header("User-Agent", "easel/" + Version.current())
                .header("Accept-Encoding", "identity");
    }

    /** A small text resource (a file listing), with retries. */
    HttpResponse<String> getText(URI uri, Consumer<String> notes) throws ModelException, InterruptedException {
        String lastError = null;
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = client.send(request(uri).header("Accept", "application/json").build(),
                        HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 200) {
                    return response;
                }
                if (!retryable(status)) {
                    throw failure(status, uri);
                }
                lastError = "HTTP " + status;
            } catch (IOException e) {
                lastError = describe(e);
            }
            if (attempt >= retry.attempts()) {
                throw gaveUp(uri, attempt, lastError);
            }
            notes.accept("Try " + attempt + " of " + retry.attempts() + " failed for " + uri + " (" + lastError
                    + "); trying again in " + retry.delayAfter(attempt).toSeconds() + " s");
            retry.pause(attempt);
        }
    }

    static boolean retryable(int status) {
        return status >= 500 || status == 429 || status == 408;
    }

    /** The message for an HTTP status that retrying will not fix. */
    static ModelException failure(int status, URI uri) {
        if (status == 404) {
            return new ModelException("Not found (HTTP 404): " + uri + ". The model catalog may be out of date (the "
                    + "repository or the pinned revision was removed), or the mirror set with --base-url or "
                    + HubUrls.ENV_VAR + " does not have it. Try the default https://huggingface.co, a newer Easel, "
                    + "or download the files yourself and install them with --from.");
        }
        if (status == 401 || status == 403) {
            return new ModelException("Access denied (HTTP " + status + "): " + uri + ". The repository is gated or "
                    + "private: its owner requires you to log in and accept their terms on its page first. Easel sends "
                    + "no credentials; download the files in your browser or with huggingface-cli after accepting, "
                    + "then install them with --from.");
        }
        return new ModelException("HTTP " + status + " from " + uri + ".");
    }

    static ModelException gaveUp(URI uri, int attempts, String lastError) {
        return new ModelException("Gave up on " + uri + " after " + attempts + " tries (last: " + lastError + "). "
                + "Check the connection and run the same command again: what was downloaded is kept and resumed.");
    }

    static String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        if (e instanceof ConnectException) {
            return "cannot connect" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
