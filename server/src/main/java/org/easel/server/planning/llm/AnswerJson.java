package org.easel.server.planning.llm;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.protocol.Jsons;

/**
 * Finds the JSON object in a model's reply. Servers that honour {@code response_format} send bare
 * JSON; others, and models that ignore it, wrap it in prose or a Markdown fence, and reasoning
 * models put their thinking first.
 */
final class AnswerJson {

    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?</think>");
    private static final Pattern FENCE = Pattern.compile("(?s)```[a-zA-Z]*\\s*(.*?)```");
    private static final int QUOTE_LIMIT = 120;

    private AnswerJson() {
    }

    static JsonObject parse(String reply) throws LlmFailure {
        String text = THINKING.matcher(reply).replaceAll("");
        Matcher fenced = FENCE.matcher(text);
        if (fenced.find()) {
            text = fenced.group(1);
        }
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new LlmFailure("the answer holds no JSON object: " + quote(reply));
        }
        try (JsonReader reader = Jsons.createReader(new StringReader(text.substring(start, end + 1)))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw new LlmFailure("the answer is not valid JSON (" + e.getMessage() + "): " + quote(reply));
        }
    }

    /** A short one-line quotation of a server's text, for a log line. */
    static String quote(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return "\"" + (line.length() > QUOTE_LIMIT ? line.substring(0, QUOTE_LIMIT) + "…" : line) + "\"";
    }
}
