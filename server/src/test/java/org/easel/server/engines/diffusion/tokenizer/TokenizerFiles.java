package org.easel.server.engines.diffusion.tokenizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a tokenizer folder laid out like CLIP's: vocab.json holds the 256 byte characters, the same
 * with {@code </w>}, then one token per merge, then the special tokens (ids given by the test).
 */
final class TokenizerFiles {

    private TokenizerFiles() {}

    /** GPT-2's bytes_to_unicode order: printable bytes as themselves, the rest from U+0100 on. */
    static List<String> byteTokens() {
        List<Integer> bytes = new ArrayList<>();
        List<Integer> chars = new ArrayList<>();
        for (int b = 0; b < 256; b++) {
            if ((b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF)) {
                bytes.add(b);
                chars.add(b);
            }
        }
        int n = 0;
        for (int b = 0; b < 256; b++) {
            if (!bytes.contains(b)) {
                bytes.add(b);
                chars.add(256 + n++);
            }
        }
        List<String> tokens = new ArrayList<>();
        for (int c : chars) {
            tokens.add(String.valueOf((char) c));
        }
        return tokens;
    }

    /** The vocabulary: 512 byte tokens (ids 0..511), then the given entries in order. */
    static Map<String, Integer> vocab(Map<String, Integer> extra) {
        Map<String, Integer> vocab = new LinkedHashMap<>();
        List<String> bytes = byteTokens();
        for (String b : bytes) {
            vocab.put(b, vocab.size());
        }
        for (String b : bytes) {
            vocab.put(b + "</w>", vocab.size());
        }
        vocab.putAll(extra);
        return vocab;
    }

    static void write(Path dir, Map<String, Integer> vocab, List<String> merges) throws IOException {
        writeVocab(dir, vocab);
        Files.write(dir.resolve("merges.txt"), withHeader(merges), StandardCharsets.UTF_8);
    }

    static List<String> withHeader(List<String> merges) {
        List<String> lines = new ArrayList<>();
        lines.add("#version: 0.2");
        lines.addAll(merges);
        return lines;
    }

    static void writeVocab(Path dir, Map<String, Integer> vocab) throws IOException {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, Integer> e : vocab.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(escape(e.getKey())).append("\":").append(e.getValue());
        }
        Files.writeString(dir.resolve("vocab.json"), json.append('}'), StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
