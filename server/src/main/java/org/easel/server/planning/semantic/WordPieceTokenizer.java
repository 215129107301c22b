package org.easel.server.planning.semantic;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.easel.protocol.Jsons;

/**
 * BERT's WordPiece tokenizer, read from a Hugging Face {@code tokenizer.json}, giving the same ids as
 * the {@code tokenizers} library (and so as the sentence-transformers model it belongs to) without
 * any native code: the daemon embeds instructions with {@link SentenceEncoder}, whose vectors are
 * only as good as the ids they start from.
 *
 * <p>The steps, each as {@code tokenizers} does them:
 * <ol>
 *   <li>Added tokens ({@code [CLS]}, {@code [SEP]}, {@code [MASK]}…) written literally in the text are
 *       cut out first and become their own ids, never normalized or split.</li>
 *   <li>{@code BertNormalizer}: drop NUL, U+FFFD and control, format and private-use characters (tab, CR
 *       and LF are whitespace), turn every whitespace into a space, put spaces around CJK
 *       ideographs, strip accents (NFD, then drop non-spacing marks; {@code strip_accents: null}
 *       means "when lowercasing"), lowercase character by character.</li>
 *   <li>{@code BertPreTokenizer}: split on whitespace (dropped) and around every punctuation
 *       character (kept, one per word): Unicode's P* categories plus all ASCII symbols
 *       (33–47, 58–64, 91–96, 123–126), so {@code $}, {@code +}, {@code ^} and {@code `} count too.</li>
 *   <li>{@code WordPiece}: per word, greedy longest match first, continuation pieces prefixed with
 *       {@code ##}; a word longer than {@code max_input_chars_per_word} characters, or one that can't
 *       be matched to the end, becomes a single {@code [UNK]}.</li>
 *   <li>Truncation to the file's {@code max_length} (128 when it says nothing: all-MiniLM-L6-v2 was
 *       trained on 128 word pieces), counting the special tokens, then the post-processor's
 *       template: {@code [CLS] … [SEP]}.</li>
 * </ol>
 * The file's padding is ignored on purpose: one sentence is encoded at a time, and padding a
 * quantized model's input shifts its vectors.
 *
 * <p>Immutable and thread-safe once loaded.
 */
public final class WordPieceTokenizer {

    /** all-MiniLM-L6-v2 was trained on sequences of 128 word pieces; used when the file gives no length. */
    static final int DEFAULT_MAX_LENGTH = 128;

    private final Map<String, Integer> vocab;
    private final String unkToken;
    private final int unkId;
    private final String continuingPrefix;
    private final int maxInputCharsPerWord;

    private final boolean cleanText;
    private final boolean handleChineseChars;
    private final boolean stripAccents;
    private final boolean lowercase;

    /** Added tokens matched in the raw text, longest first so the longest match wins at a position. */
    private final List<AddedToken> rawAdded;
    /** Added tokens matched in the normalized text (the file's {@code normalized: true} ones), content normalized. */
    private final List<AddedToken> normalizedAdded;

    /** The post-processor's single-sequence template: ids before and after the sequence. */
    private final long[] prefixIds;
    private final long[] suffixIds;
    private final int maxLength;
    private final boolean truncateLeft;

    private record AddedToken(String content, int id) {}

    /** One word piece and its id. */
    private record Piece(String token, int id) {}

    /**
     * @param root the file, but for {@code model.vocab}
     * @param vocab {@code model.vocab}, read apart (see {@link #load})
     */
    private WordPieceTokenizer(JsonObject root, Map<String, Integer> vocab) {
        JsonObject model = object(root, "model");
        require("WordPiece".equals(model.getString("type", null)), "model.type must be WordPiece");
        require(!vocab.isEmpty(), "model.vocab is missing or empty");
        this.vocab = vocab;
        this.unkToken = model.getString("unk_token", "[UNK]");
        Integer unk = vocab.get(unkToken);
        require(unk != null, "the unk token " + unkToken + " is not in the vocabulary");
        this.unkId = unk;
        this.continuingPrefix = model.getString("continuing_subword_prefix", "##");
        this.maxInputCharsPerWord = intOr(model, "max_input_chars_per_word", 100);

        JsonValue normalizer = root.getOrDefault("normalizer", JsonValue.NULL);
        if (normalizer.getValueType() == JsonValue.ValueType.NULL) {
            cleanText = handleChineseChars = stripAccents = lowercase = false;
        } else {
            JsonObject n = normalizer.asJsonObject();
            require("BertNormalizer".equals(n.getString("type", null)), "normalizer.type must be BertNormalizer");
            this.cleanText = booleanOr(n, "clean_text", true);
            this.handleChineseChars = booleanOr(n, "handle_chinese_chars", true);
            this.lowercase = booleanOr(n, "lowercase", true);
            // tokenizers: strip_accents.unwrap_or(lowercase)
            this.stripAccents = booleanOr(n, "strip_accents", lowercase);
        }

        JsonValue pre = root.getOrDefault("pre_tokenizer", JsonValue.NULL);
        require(pre.getValueType() == JsonValue.ValueType.OBJECT
                        && "BertPreTokenizer".equals(pre.asJsonObject().getString("type", null)),
                "pre_tokenizer.type must be BertPreTokenizer");

        List<AddedToken> raw = new ArrayList<>();
        List<AddedToken> normalized = new ArrayList<>();
        JsonValue added = root.getOrDefault("added_tokens", JsonValue.NULL);
        if (added.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : added.asJsonArray()) {
                JsonObject t = item.asJsonObject();
                String content = t.getString("content");
                require(!booleanOr(t, "single_word", false) && !booleanOr(t, "lstrip", false)
                                && !booleanOr(t, "rstrip", false),
                        "added token " + content + ": single_word, lstrip and rstrip are not supported");
                int id = t.getJsonNumber("id").intValueExact();
                if (booleanOr(t, "normalized", !booleanOr(t, "special", false))) {
                    String n = normalize(content);
                    if (!n.isEmpty()) {
                        normalized.add(new AddedToken(n, id));
                    }
                } else if (!content.isEmpty()) {
                    raw.add(new AddedToken(content, id));
                }
            }
        }
        Comparator<AddedToken> longestFirst = Comparator.comparingInt((AddedToken t) -> t.content().length()).reversed();
        raw.sort(longestFirst);
        normalized.sort(longestFirst);
        this.rawAdded = List.copyOf(raw);
        this.normalizedAdded = List.copyOf(normalized);

        long[][] template = template(root.getOrDefault("post_processor", JsonValue.NULL));
        this.prefixIds = template[0];
        this.suffixIds = template[1];

        JsonValue truncation = root.getOrDefault("truncation", JsonValue.NULL);
        if (truncation.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject t = truncation.asJsonObject();
            this.maxLength = intOr(t, "max_length", DEFAULT_MAX_LENGTH);
            this.truncateLeft = "Left".equals(t.getString("direction", "Right"));
        } else {
            this.maxLength = DEFAULT_MAX_LENGTH;
            this.truncateLeft = false;
        }
        require(maxLength > prefixIds.length + suffixIds.length,
                "truncation.max_length " + maxLength + " leaves no room for the text");
    }

    /**
     * Reads a Hugging Face {@code tokenizer.json} (BertNormalizer, BertPreTokenizer, WordPiece).
     *
     * @throws IOException when the stream can't be read, isn't JSON, or describes another kind of tokenizer
     */
    public static WordPieceTokenizer load(InputStream tokenizerJson) throws IOException {
        Map<String, Integer> vocab = new HashMap<>(65_536);
        try (JsonParser parser = Jsons.createParser(new InputStreamReader(tokenizerJson, StandardCharsets.UTF_8))) {
            return new WordPieceTokenizer(readRoot(parser, vocab), vocab);
        } catch (JsonException | ClassCastException | IllegalArgumentException | IllegalStateException
                | ArithmeticException | NoSuchElementException e) {
            throw new IOException("not a BERT WordPiece tokenizer.json: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the file as a tree, but for the 30,000 entries of {@code model.vocab}, which go straight
     * into the map: building them as JSON objects first made loading several times slower.
     */
    private static JsonObject readRoot(JsonParser parser, Map<String, Integer> vocab) {
        expect(parser, JsonParser.Event.START_OBJECT);
        JsonObjectBuilder root = Jsons.createObjectBuilder();
        for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
            String key = parser.getString();
            JsonParser.Event value = parser.next();
            if (key.equals("model") && value == JsonParser.Event.START_OBJECT) {
                JsonObjectBuilder model = Jsons.createObjectBuilder();
                for (JsonParser.Event m = parser.next(); m != JsonParser.Event.END_OBJECT; m = parser.next()) {
                    String modelKey = parser.getString();
                    JsonParser.Event modelValue = parser.next();
                    if (modelKey.equals("vocab") && modelValue == JsonParser.Event.START_OBJECT) {
                        for (JsonParser.Event v = parser.next(); v != JsonParser.Event.END_OBJECT; v = parser.next()) {
                            String piece = parser.getString();
                            expect(parser, JsonParser.Event.VALUE_NUMBER);
                            require(parser.isIntegralNumber(), "model.vocab: " + piece + " has no integer id");
                            vocab.put(piece, parser.getInt());
                        }
                    } else {
                        model.add(modelKey, parser.getValue());
                    }
                }
                root.add(key, model);
            } else {
                root.add(key, parser.getValue());
            }
        }
        return root.build();
    }

    private static void expect(JsonParser parser, JsonParser.Event wanted) {
        JsonParser.Event got = parser.next();
        if (got != wanted) {
            throw new IllegalArgumentException("expected " + wanted + ", found " + got);
        }
    }

    /**
     * The model's input ids for one sentence: {@code [CLS]}, its word pieces (truncated so the whole
     * fits {@link #maxLength()}), {@code [SEP]}. Never empty: "" gives {@code [CLS] [SEP]}.
     */
    public long[] encode(String text) {
        List<Piece> ids = pieces(text);
        int room = maxLength - prefixIds.length - suffixIds.length;
        int from = 0;
        int to = ids.size();
        if (ids.size() > room) {
            if (truncateLeft) {
                from = ids.size() - room;
            } else {
                to = room;
            }
        }
        long[] out = new long[prefixIds.length + (to - from) + suffixIds.length];
        System.arraycopy(prefixIds, 0, out, 0, prefixIds.length);
        for (int i = from; i < to; i++) {
            out[prefixIds.length + i - from] = ids.get(i).id();
        }
        System.arraycopy(suffixIds, 0, out, out.length - suffixIds.length, suffixIds.length);
        return out;
    }

    /** The word pieces of a text, without special tokens or truncation: for tests and debugging. */
    public List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        for (Piece piece : pieces(text)) {
            out.add(piece.token());
        }
        return out;
    }

    /** The longest sequence {@link #encode} returns, special tokens included. */
    public int maxLength() {
        return maxLength;
    }

    /** The id of a vocabulary entry, or -1. */
    public int id(String token) {
        return vocab.getOrDefault(token, -1);
    }

    public int vocabularySize() {
        return vocab.size();
    }

    /** The pieces in order: added tokens cut out of the raw text, then the rest word by word. */
    private List<Piece> pieces(String text) {
        List<Piece> out = new ArrayList<>();
        for (Object part : splitOnAdded(text, rawAdded)) {
            if (part instanceof AddedToken t) {
                out.add(new Piece(t.content(), t.id()));
                continue;
            }
            for (Object sub : splitOnAdded(normalize((String) part), normalizedAdded)) {
                if (sub instanceof AddedToken t) {
                    out.add(new Piece(t.content(), t.id()));
                    continue;
                }
                for (String word : preTokenize((String) sub)) {
                    wordPiece(word, out);
                }
            }
        }
        return out;
    }

    /**
     * Cuts the added tokens out of a text, leftmost match first, the longest at a position (as the
     * Aho-Corasick leftmost-longest search of {@code tokenizers} does): String and AddedToken parts.
     */
    private static List<Object> splitOnAdded(String text, List<AddedToken> tokens) {
        List<Object> parts = new ArrayList<>();
        if (tokens.isEmpty()) {
            parts.add(text);
            return parts;
        }
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            AddedToken match = null;
            for (AddedToken t : tokens) {
                if (text.startsWith(t.content(), i)) {
                    match = t;
                    break;
                }
            }
            if (match == null) {
                i++;
                continue;
            }
            if (i > start) {
                parts.add(text.substring(start, i));
            }
            parts.add(match);
            i += match.content().length();
            start = i;
        }
        if (start < text.length()) {
            parts.add(text.substring(start));
        }
        return parts;
    }

    /** {@code BertNormalizer}, in its order: clean text, space CJK, strip accents, lowercase. */
    String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (cleanText) {
                // tokenizers filters first, then maps: VT, FF and NEL are controls, so they vanish
                if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                    return;
                }
                if (isWhitespace(cp)) {
                    cp = ' ';
                }
            }
            if (handleChineseChars && isChinese(cp)) {
                sb.append(' ').appendCodePoint(cp).append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        String s = sb.toString();
        if (stripAccents) {
            String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
            StringBuilder kept = new StringBuilder(nfd.length());
            nfd.codePoints()
                    .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                    .forEach(kept::appendCodePoint);
            s = kept.toString();
        }
        if (lowercase) {
            s = lowercase(s);
        }
        return s;
    }

    /**
     * Lowercases one code point at a time with the full (unconditional) mappings, as Rust's
     * {@code char::to_lowercase} does: so "İ" becomes "i̇" and a lone "Σ" always "σ", never the final "ς".
     */
    private static String lowercase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
            } else {
                sb.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            }
        });
        return sb.toString();
    }

    /** {@code BertPreTokenizer}: whitespace separates words and is dropped; each punctuation character is a word. */
    static List<String> preTokenize(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isWhitespace(cp)) {
                flush(word, words);
            } else if (isPunctuation(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** {@code WordPiece.tokenize} for one word: greedy longest match first, all or nothing. */
    private void wordPiece(String word, List<Piece> out) {
        int chars = word.codePointCount(0, word.length());
        if (chars > maxInputCharsPerWord) {
            out.add(new Piece(unkToken, unkId));
            return;
        }
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            String found = null;
            Integer foundId = null;
            while (start < end) {
                String candidate = start > 0 ? continuingPrefix + word.substring(start, end) : word.substring(start, end);
                foundId = vocab.get(candidate);
                if (foundId != null) {
                    found = candidate;
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (found == null) {
                out.add(new Piece(unkToken, unkId));
                return;
            }
            pieces.add(new Piece(found, foundId));
            start = end;
        }
        out.addAll(pieces);
    }

    /**
     * Rust's {@code char::is_whitespace} (Unicode White_Space), which the normalizer and pre-tokenizer
     * use: not Java's {@link Character#isWhitespace}, which leaves out the no-break spaces.
     */
    static boolean isWhitespace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
                || cp == 0x205F || cp == 0x3000;
    }

    /**
     * Unicode's "other" categories as {@code tokenizers} sees them: control, format, private use (and
     * lone surrogates, which a Rust string can't hold), less tab, LF and CR. Not unassigned code
     * points: its category tables, built from UnicodeData.txt, list none, so it keeps them (as [UNK]).
     */
    static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE -> true;
            default -> false;
        };
    }

    /** BERT's punctuation: every ASCII symbol, and Unicode's P* categories. */
    static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** The CJK ideograph blocks BERT spaces out, so each ideograph is a word of its own. */
    static boolean isChinese(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2B73F)
                || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B920 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    /**
     * The single-sequence template of the post-processor ({@code TemplateProcessing}, or the older
     * {@code BertProcessing}): the special ids before and after the sequence.
     */
    private long[][] template(JsonValue processor) {
        if (processor.getValueType() == JsonValue.ValueType.NULL) {
            return new long[][] {new long[0], new long[0]};
        }
        JsonObject p = processor.asJsonObject();
        String type = p.getString("type", null);
        if ("BertProcessing".equals(type)) {
            long cls = p.getJsonArray("cls").getJsonNumber(1).longValueExact();
            long sep = p.getJsonArray("sep").getJsonNumber(1).longValueExact();
            return new long[][] {{cls}, {sep}};
        }
        require("TemplateProcessing".equals(type), "post_processor.type must be TemplateProcessing or BertProcessing");
        JsonObject specials = p.containsKey("special_tokens") ? p.getJsonObject("special_tokens") : JsonValue.EMPTY_JSON_OBJECT;
        List<Long> before = new ArrayList<>();
        List<Long> after = new ArrayList<>();
        boolean seenSequence = false;
        for (JsonValue item : p.getJsonArray("single")) {
            JsonObject o = item.asJsonObject();
            if (o.containsKey("Sequence")) {
                require(!seenSequence, "post_processor.single has two sequences");
                seenSequence = true;
                continue;
            }
            require(o.containsKey("SpecialToken"), "post_processor.single: unknown item " + o);
            String name = o.getJsonObject("SpecialToken").getString("id");
            List<Long> ids = new ArrayList<>();
            if (specials.containsKey(name)) {
                for (JsonNumber id : specials.getJsonObject(name).getJsonArray("ids").getValuesAs(JsonNumber.class)) {
                    ids.add(id.longValueExact());
                }
            } else {
                Integer id = vocab.get(name);
                require(id != null, "post_processor: special token " + name + " is unknown");
                ids.add((long) id);
            }
            (seenSequence ? after : before).addAll(ids);
        }
        require(seenSequence, "post_processor.single has no sequence");
        return new long[][] {toArray(before), toArray(after)};
    }

    private static long[] toArray(List<Long> list) {
        return list.stream().mapToLong(Long::longValue).toArray();
    }

    private static JsonObject object(JsonObject parent, String key) {
        JsonValue v = parent.get(key);
        require(v != null && v.getValueType() == JsonValue.ValueType.OBJECT, key + " must be an object");
        return v.asJsonObject();
    }

    private static int intOr(JsonObject o, String key, int fallback) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? n.intValueExact() : fallback;
    }

    private static boolean booleanOr(JsonObject o, String key, boolean fallback) {
        JsonValue v = o.get(key);
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        return fallback;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    @Override
    public String toString() {
        return "WordPieceTokenizer[" + vocab.size() + " pieces, max " + maxLength + "]";
    }
}
