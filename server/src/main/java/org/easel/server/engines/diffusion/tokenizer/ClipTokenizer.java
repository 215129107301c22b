package org.easel.server.engines.diffusion.tokenizer;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.protocol.Jsons;

/**
 * The CLIP byte-level BPE tokenizer of Stable Diffusion's text encoders, giving the same ids as
 * Hugging Face's {@code CLIPTokenizer} (with ftfy's HTML unescaping, see {@link ClipText}).
 *
 * <p>Steps: clean the text ({@link ClipText#clean}), cut out the special tokens, split the rest with
 * CLIP's regex, map each piece's UTF-8 bytes to GPT-2's printable byte characters, mark the end of
 * the word with {@code </w>}, apply the merges lowest rank first, and look the pieces up in the
 * vocabulary ({@code <|endoftext|>} for unknown ones). Thread-safe once loaded.
 */
public final class ClipTokenizer {

    /** The text encoder's sequence length: BOS, at most 75 tokens, EOS, padding. */
    public static final int MAX_LENGTH = 77;

    private static final String BOS = "<|startoftext|>";
    private static final String EOS = "<|endoftext|>";
    private static final String END_OF_WORD = "</w>";

    /** CLIP's pre-tokeniser. Digits are single tokens so numbers don't eat vocabulary. */
    private static final Pattern WORDS = Pattern.compile(
            "<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d|[\\p{L}]+|[\\p{N}]|[^\\s\\p{L}\\p{N}]+",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

    /**
     * Hugging Face cuts the special tokens out of the text before the regex runs, so
     * "!<|endoftext|>" is "!" then EOS, where the regex alone would take "!<|" as one piece.
     */
    private static final Pattern SPECIAL = Pattern.compile("<\\|startoftext\\|>|<\\|endoftext\\|>");

    /** GPT-2's bytes_to_unicode: every byte as a printable character, so merges never see spaces. */
    private static final char[] BYTE_CHARS = byteChars();

    /** Past this many distinct words the cache starts again: prompts repeat words, memory is bounded. */
    private static final int CACHE_LIMIT = 10_000;

    private final Map<String, Integer> vocab;
    /** "first second" to rank; ' ' can't be in a symbol because byte 0x20 maps to 'Ġ'. */
    private final Map<String, Integer> mergeRanks;
    private final int bosId;
    private final int eosId;
    private final int padId;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

    private ClipTokenizer(Map<String, Integer> vocab, Map<String, Integer> mergeRanks, int padId) {
        this.vocab = vocab;
        this.mergeRanks = mergeRanks;
        this.bosId = vocab.get(BOS);
        this.eosId = vocab.get(EOS);
        this.padId = padId;
    }

    /**
     * Reads tokenizer/vocab.json + merges.txt (first line "#version: 0.2" header is skipped if
     * present) and, if present, special_tokens_map.json / tokenizer_config.json for the pad token;
     * throws IOException with a message naming the missing/broken file.
     */
    public static ClipTokenizer load(Path tokenizerDir) throws IOException {
        if (!Files.isDirectory(tokenizerDir)) {
            throw new NoSuchFileException(tokenizerDir.toString(), null, "tokenizer folder not found");
        }
        Path vocabFile = tokenizerDir.resolve("vocab.json");
        Map<String, Integer> vocab = readVocab(vocabFile);
        for (String special : List.of(BOS, EOS)) {
            if (!vocab.containsKey(special)) {
                throw new IOException(vocabFile + " has no " + special + " entry");
            }
        }
        Map<String, Integer> ranks = readMerges(tokenizerDir.resolve("merges.txt"));
        int padId = vocab.get(EOS); // Hugging Face's CLIP default: pad with <|endoftext|>
        // special_tokens_map.json wins over tokenizer_config.json, as in transformers' loading.
        for (String name : List.of("special_tokens_map.json", "tokenizer_config.json")) {
            Path file = tokenizerDir.resolve(name);
            String pad = Files.exists(file) ? readPadToken(file) : null;
            if (pad != null) {
                Integer id = vocab.get(pad);
                if (id == null) {
                    throw new IOException(file + ": pad_token " + pad + " is not in " + vocabFile);
                }
                padId = id;
                break;
            }
        }
        return new ClipTokenizer(vocab, ranks, padId);
    }

    /** 77 ids: BOS, up to 75 tokens (truncated), EOS, then padding with padId(). */
    public int[] encode(String text) {
        List<Integer> tokens = tokenize(text);
        int n = Math.min(tokens.size(), MAX_LENGTH - 2);
        int[] ids = new int[MAX_LENGTH];
        ids[0] = bosId;
        for (int i = 0; i < n; i++) {
            ids[i + 1] = tokens.get(i);
        }
        ids[n + 1] = eosId;
        Arrays.fill(ids, n + 2, MAX_LENGTH, padId);
        return ids;
    }

    /** The BPE tokens without BOS/EOS/padding, untruncated (for tests and for telling the user a prompt was cut). */
    public List<Integer> tokenize(String text) {
        String clean = ClipText.clean(text);
        List<Integer> ids = new ArrayList<>();
        Matcher special = SPECIAL.matcher(clean);
        int start = 0;
        while (special.find()) {
            tokenizePiece(clean.substring(start, special.start()), ids);
            ids.add(vocab.get(special.group()));
            start = special.end();
        }
        tokenizePiece(clean.substring(start), ids);
        return Collections.unmodifiableList(ids);
    }

    public int bosId() {
        return bosId;
    }

    public int eosId() {
        return eosId;
    }

    public int padId() {
        return padId;
    }

    /** true when the text had more than 75 tokens and encode() cut it. */
    public boolean truncates(String text) {
        return tokenize(text).size() > MAX_LENGTH - 2;
    }

    private void tokenizePiece(String text, List<Integer> out) {
        Matcher m = WORDS.matcher(text);
        while (m.find()) {
            int[] word = cache.get(m.group());
            if (word == null) {
                if (cache.size() >= CACHE_LIMIT) {
                    cache.clear();
                }
                word = ids(bpe(byteEncode(m.group())));
                cache.put(m.group(), word);
            }
            for (int id : word) {
                out.add(id);
            }
        }
    }

    private static String byteEncode(String word) {
        byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = BYTE_CHARS[bytes[i] & 0xff];
        }
        return new String(chars);
    }

    /** Hugging Face's CLIPTokenizer.bpe: merge the lowest-ranked adjacent pair until none is known. */
    private List<String> bpe(String word) {
        List<String> symbols = new ArrayList<>(word.length());
        for (int i = 0; i < word.length() - 1; i++) {
            symbols.add(String.valueOf(word.charAt(i)));
        }
        symbols.add(word.charAt(word.length() - 1) + END_OF_WORD);
        while (symbols.size() > 1) {
            String first = null;
            String second = null;
            int best = Integer.MAX_VALUE;
            for (int i = 0; i < symbols.size() - 1; i++) {
                Integer rank = mergeRanks.get(symbols.get(i) + " " + symbols.get(i + 1));
                if (rank != null && rank < best) {
                    best = rank;
                    first = symbols.get(i);
                    second = symbols.get(i + 1);
                }
            }
            if (first == null) {
                break;
            }
            // Merge every occurrence of the pair, left to right, not overlapping.
            List<String> merged = new ArrayList<>(symbols.size());
            for (int i = 0; i < symbols.size(); i++) {
                if (i < symbols.size() - 1 && symbols.get(i).equals(first) && symbols.get(i + 1).equals(second)) {
                    merged.add(first + second);
                    i++;
                } else {
                    merged.add(symbols.get(i));
                }
            }
            symbols = merged;
        }
        return symbols;
    }

    private int[] ids(List<String> symbols) {
        int[] ids = new int[symbols.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocab.getOrDefault(symbols.get(i), eosId); // <|endoftext|> is CLIP's unk_token
        }
        return ids;
    }

    /** Streams vocab.json (~1.6 MB, 49,408 entries) straight into a map, without a JSON tree. */
    private static Map<String, Integer> readVocab(Path file) throws IOException {
        Map<String, Integer> vocab = new HashMap<>(65_536);
        try (Reader reader = open(file); JsonParser parser = Jsons.createParser(reader)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new IOException(file + " is not a JSON object of token to id");
            }
            JsonParser.Event event;
            while ((event = parser.next()) == JsonParser.Event.KEY_NAME) {
                String token = parser.getString();
                if (parser.next() != JsonParser.Event.VALUE_NUMBER || !parser.isIntegralNumber()) {
                    throw new IOException(file + ": the id of " + token + " is not an integer");
                }
                vocab.put(token, parser.getInt());
            }
            if (event != JsonParser.Event.END_OBJECT) {
                throw new IOException(file + " is not a JSON object of token to id");
            }
        } catch (JsonException | NoSuchElementException e) {
            throw new IOException(file + " is not valid JSON: " + e.getMessage(), e);
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text", e);
        }
        return vocab;
    }

    /** One "first second" pair a line, in rank order; an optional "#version" header line. */
    private static Map<String, Integer> readMerges(Path file) throws IOException {
        Map<String, Integer> ranks = new HashMap<>(65_536);
        try (BufferedReader reader = open(file)) {
            String line;
            int lineNumber = 0;
            int rank = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("#version")) {
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] pair = line.trim().split("\\s+");
                if (pair.length != 2) {
                    throw new IOException(file + " line " + lineNumber + " is not a pair of symbols: " + line);
                }
                // A repeated pair takes its later rank, as Python's dict(zip(merges, range(...))) does.
                ranks.put(pair[0] + " " + pair[1], rank++);
            }
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text", e);
        }
        return ranks;
    }

    /** The pad_token of a tokenizer config: a string, or an AddedToken object with "content"; null if none. */
    private static String readPadToken(Path file) throws IOException {
        JsonObject config;
        try (Reader reader = open(file); JsonReader json = Jsons.createReader(reader)) {
            config = json.readObject();
        } catch (JsonException e) {
            throw new IOException(file + " is not a valid JSON object: " + e.getMessage(), e);
        }
        JsonValue pad = config.get("pad_token");
        if (pad instanceof JsonObject object) {
            pad = object.get("content");
        }
        if (pad == null || pad.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(pad instanceof JsonString string)) {
            throw new IOException(file + ": pad_token is neither a string nor an object with \"content\"");
        }
        return string.getString();
    }

    private static BufferedReader open(Path file) throws IOException {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "tokenizer file missing");
        }
    }

    private static char[] byteChars() {
        char[] chars = new char[256];
        int next = 256;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            chars[b] = (char) (printable ? b : next++);
        }
        return chars;
    }
}
