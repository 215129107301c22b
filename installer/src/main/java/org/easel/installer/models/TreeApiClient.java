package org.easel.installer.models;

import org.easel.protocol.Jsons;
import org.easel.server.models.ExpectedHash;
import org.easel.server.models.HubUrls;
import org.easel.server.models.ModelException;
import org.easel.server.models.RelativePath;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a repository's file listing at a pinned commit from Hugging Face's tree API
 * ({@code /api/models/REPO/tree/REVISION?recursive=true}), following its pages ({@code Link: <…>;
 * rel="next"}). Paths that are not safe model paths are left out: they can never be installed.
 */
public final class TreeApiClient implements TreeSource {
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
    private static final int MAX_PAGES = 100;

    private final HubHttp http;
    private final HubUrls urls;
    private final Consumer<String> notes;

    public TreeApiClient(HubHttp http, HubUrls urls, Consumer<String> notes) {
        this.http = http;
        this.urls = urls;
        this.notes = notes;
    }

    @Override
    public RepoTree fetch(String repository, String revision) throws ModelException, InterruptedException {
        Map<String, RepoTree.Entry> files = new HashMap<>();
        URI page = urls.tree(repository, revision);
        for (int pages = 0; page != null; pages++) {
            if (pages == MAX_PAGES) {
                throw new ModelException("The file listing of " + repository + " has more than " + MAX_PAGES + " pages.");
            }
            HttpResponse<String> response = http.getText(page, notes);
            parse(response.body(), page, files);
            page = next(response, page);
        }
        return new RepoTree(files);
    }

    static void parse(String body, URI from, Map<String, RepoTree.Entry> into) throws ModelException {
        JsonArray array;
        try {
            array = Jsons.createReader(new StringReader(body)).readArray();
        } catch (JsonException | IllegalStateException e) {
            throw new ModelException("The file listing from " + from + " is not the expected JSON list (a mirror that "
                    + "does not serve Hugging Face's API?): " + e.getMessage());
        }
        for (JsonValue value : array) {
            if (!(value instanceof JsonObject o) || !"file".equals(o.getString("type", ""))) {
                continue;
            }
            String path = o.getString("path", "");
            String oid = o.getString("oid", "");
            if (!RelativePath.isValidFile(path) || !ExpectedHash.isSha1(oid) || !o.containsKey("size")) {
                continue;
            }
            Optional<String> lfs = Optional.empty();
            if (o.get("lfs") instanceof JsonObject l && ExpectedHash.isSha256(l.getString("oid", ""))) {
                lfs = Optional.of(l.getString("oid"));
            }
            long size = o.getJsonNumber("size").longValueExact();
            into.put(path, new RepoTree.Entry(path, size, oid, lfs));
        }
    }

    private static URI next(HttpResponse<String> response, URI current) {
        for (String link : response.headers().allValues("Link")) {
            Matcher m = NEXT.matcher(link);
            if (m.find()) {
                return current.resolve(m.group(1));
            }
        }
        return null;
    }
}
