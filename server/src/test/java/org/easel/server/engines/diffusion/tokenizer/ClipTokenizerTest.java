package org.easel.server.engines.diffusion.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ClipTokenizer on a generated vocabulary small enough to work the ids out by hand. The byte tokens
 * sit where CLIP has them: printable ASCII {@code c} is id {@code c - 0x21} and {@code c</w>} is
 * {@code 256 + c - 0x21}, so {@code a</w>} is 320 as in the real vocabulary.
 */
class ClipTokenizerTest {

    // Byte tokens, worked out from GPT-2's bytes_to_unicode order.
    static final int A_END = 320; // "a</w>"
    static final int C = 66;
    static final int G = 70;
    static final int T_END = 339;
    static final int S_END = 338;
    static final int N_END = 333;
    static final int APOSTROPHE = 6;
    static final int BANG = 0;
    static final int BANG_END = 256;
    static final int AMP_END = 261;
    static final int SEMI_END = 282;

    // One token per merge, ids 512 + rank; "xy</w>" (rank 5) is left out of the vocabulary.
    static final List<String> MERGES = List.of("a t</w>", "c a", "c at</w>", "d o", "do g</w>", "x y</w>");
    static final int AT_END = 512;
    static final int CA = 513;
    static final int CAT_END = 514;
    static final int DO = 515;
    static final int DOG_END = 516;
    static final int BOS = 517;
    static final int EOS = 518;

    static Map<String, Integer> vocab() {
        Map<String, Integer> extra = new LinkedHashMap<>();
        extra.put("at</w>", AT_END);
        extra.put("ca", CA);
        extra.put("cat</w>", CAT_END);
        extra.put("do", DO);
        extra.put("dog</w>", DOG_END);
        extra.put("<|startoftext|>", BOS);
        extra.put("<|endoftext|>", EOS);
        return TokenizerFiles.vocab(extra);
    }

    @TempDir
    Path dir;

    ClipTokenizer tokenizer;

    @BeforeEach
    void writeFiles() throws IOException {
        TokenizerFiles.write(dir, vocab(), MERGES);
        tokenizer = ClipTokenizer.load(dir);
    }

    @Test
    void theFixtureHasCLIPsByteLayout() {
        Map<String, Integer> vocab = vocab();
        assertEquals(A_END, vocab.get("a</w>"));
        assertEquals(C, vocab.get("c"));
        assertEquals(BANG, vocab.get("!"));
        assertEquals(220, vocab.get("\u0120")); // the space byte: U+0120, id 188 + 32 after the printable bytes
    }

    @Test
    void encodeIsBosTokensEosThenPadding() {
        int[] ids = tokenizer.encode("a cat");
        assertEquals(ClipTokenizer.MAX_LENGTH, ids.length);
        assertArrayEquals(new int[] {BOS, A_END, CAT_END, EOS, EOS}, Arrays.copyOf(ids, 5));
        assertTrue(Arrays.stream(ids, 4, 77).allMatch(id -> id == EOS), "pads with <|endoftext|> by default");
        assertEquals(BOS, tokenizer.bosId());
        assertEquals(EOS, tokenizer.eosId());
        assertEquals(EOS, tokenizer.padId());
    }

    @Test
    void emptyTextIsBosAndEos() {
        assertEquals(List.of(), tokenizer.tokenize(""));
        assertEquals(List.of(), tokenizer.tokenize("   \n"));
        int[] expected = new int[77];
        Arrays.fill(expected, EOS);
        expected[0] = BOS;
        assertArrayEquals(expected, tokenizer.encode(""));
    }

    @Test
    void mergesApplyLowestRankFirst() {
        // c a t</w>: "a t</w>" (rank 0) beats "c a" (rank 1), then "c at</w>" (rank 2).
        // Merging "c a" first would leave ca + t</w>, which has no merge.
        assertEquals(List.of(CAT_END), tokenizer.tokenize("cat"));
        assertEquals(List.of(DOG_END), tokenizer.tokenize("dog"));
        // c a c a t</w> → c a c at</w> → ca c at</w> (the second "c a" is gone) → ca cat</w>
        assertEquals(List.of(CA, CAT_END), tokenizer.tokenize("cacat"));
    }

    @Test
    void onlyTheLastSymbolOfAWordCarriesEndOfWord() {
        assertEquals(List.of(C, A_END), tokenizer.tokenize("ca")); // "c a</w>" is no merge
        assertEquals(List.of(DO, G, S_END), tokenizer.tokenize("dogs")); // "do g" is no merge
        assertEquals(List.of(A_END, A_END), tokenizer.tokenize("a a"));
    }

    @Test
    void normalisesBeforeSplitting() {
        assertEquals(tokenizer.tokenize("a cat"), tokenizer.tokenize("  A \t CAT\n"));
        assertEquals(List.of(C, A_END, AMP_END, DOG_END), tokenizer.tokenize("CA &amp; Dog"));
        assertEquals(List.of(CAT_END), tokenizer.tokenize("&#99;&#x61;t"));
    }

    @Test
    void everyDigitIsItsOwnToken() {
        assertEquals(List.of(272, 271, 273, 275), tokenizer.tokenize("1024")); // "1</w>" "0</w>" "2</w>" "4</w>"
        assertEquals(List.of(275, 0x6b - 0x21 + 256), tokenizer.tokenize("4k")); // "4</w>" "k</w>"
    }

    @Test
    void contractionsSplitOffTheApostrophe() {
        // "don't" → "don" + "'t": d o n</w> → do n</w>; ' t</w>
        assertEquals(List.of(DO, N_END, APOSTROPHE, T_END), tokenizer.tokenize("don't"));
        assertEquals(tokenizer.tokenize("don't"), tokenizer.tokenize("DON'T"));
    }

    @Test
    void punctuationRunsAreOneWord() {
        assertEquals(List.of(BANG, BANG, BANG_END), tokenizer.tokenize("!!!"));
        assertEquals(List.of(A_END, BANG, SEMI_END), tokenizer.tokenize("a!;"));
    }

    @Test
    void nonAsciiGoesThroughUtf8Bytes() {
        // é is C3 A9: 0xC3 is byte token 127, 0xA9 with </w> is 256 + 102.
        assertEquals(List.of(127, 358), tokenizer.tokenize("\u00e9"));
        assertEquals(tokenizer.tokenize("\u00e9"), tokenizer.tokenize("E\u0301")); // NFC, then lower-case
    }

    @Test
    void specialTokensInTheTextAreCutOutFirst() {
        assertEquals(List.of(A_END, EOS, CAT_END), tokenizer.tokenize("a<|endoftext|>cat"));
        // The regex alone would read "!<|" as one punctuation word.
        assertEquals(List.of(BANG_END, BOS), tokenizer.tokenize("!<|startoftext|>"));
        assertEquals(List.of(EOS), tokenizer.tokenize("<|ENDOFTEXT|>"));
    }

    @Test
    void tokensMissingFromTheVocabularyAreEndOfText() {
        assertEquals(List.of(EOS), tokenizer.tokenize("xy")); // merged to "xy</w>", not in vocab.json
    }

    @Test
    void encodeTruncatesTo75TokensAndKeepsEos() {
        String fits = "a ".repeat(75);
        assertEquals(75, tokenizer.tokenize(fits).size());
        assertFalse(tokenizer.truncates(fits));
        int[] full = tokenizer.encode(fits);
        assertEquals(BOS, full[0]);
        assertTrue(Arrays.stream(full, 1, 76).allMatch(id -> id == A_END));
        assertEquals(EOS, full[76]);

        String tooLong = "a ".repeat(75) + "cat dog";
        assertEquals(77, tokenizer.tokenize(tooLong).size(), "tokenize does not truncate");
        assertTrue(tokenizer.truncates(tooLong));
        assertArrayEquals(full, tokenizer.encode(tooLong));
    }

    @Test
    void padTokenFromSpecialTokensMap() throws IOException {
        Files.writeString(dir.resolve("special_tokens_map.json"),
                "{\"bos_token\":\"<|startoftext|>\",\"pad_token\":\"!\"}");
        ClipTokenizer sd2 = ClipTokenizer.load(dir);
        assertEquals(BANG, sd2.padId());
        int[] ids = sd2.encode("a cat");
        assertArrayEquals(new int[] {BOS, A_END, CAT_END, EOS, BANG}, Arrays.copyOf(ids, 5));
        assertEquals(BANG, ids[76]);
    }

    @Test
    void padTokenAsAnAddedTokenObjectInTokenizerConfig() throws IOException {
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"model_max_length\":77,"
                + "\"pad_token\":{\"__type\":\"AddedToken\",\"content\":\"!\",\"lstrip\":false}}");
        assertEquals(BANG, ClipTokenizer.load(dir).padId());
    }

    @Test
    void specialTokensMapWinsOverTokenizerConfig() throws IOException {
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"pad_token\":\"!\"}");
        Files.writeString(dir.resolve("special_tokens_map.json"),
                "{\"pad_token\":{\"content\":\"<|endoftext|>\"}}");
        assertEquals(EOS, ClipTokenizer.load(dir).padId());
    }

    @Test
    void aConfigWithoutPadTokenFallsThrough() throws IOException {
        Files.writeString(dir.resolve("special_tokens_map.json"), "{\"pad_token\":null}");
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"pad_token\":\"!\"}");
        assertEquals(BANG, ClipTokenizer.load(dir).padId());
        Files.writeString(dir.resolve("tokenizer_config.json"), "{\"do_lower_case\":true}");
        assertEquals(EOS, ClipTokenizer.load(dir).padId());
    }

    @Test
    void mergesWithoutHeaderOrWithBlankLinesReadTheSame() throws IOException {
        List<String> lines = new ArrayList<>(MERGES);
        lines.add("");
        Files.write(dir.resolve("merges.txt"), lines, StandardCharsets.UTF_8);
        ClipTokenizer noHeader = ClipTokenizer.load(dir);
        for (String text : List.of("cat", "cacat", "dogs", "xy")) {
            assertEquals(tokenizer.tokenize(text), noHeader.tokenize(text), text);
        }
    }

    @Test
    void tokenizeResultsSurviveTheWordCache() {
        List<Integer> first = tokenizer.tokenize("cacat dog");
        for (int i = 0; i < 12_000; i++) { // more distinct words than the cache holds
            StringBuilder word = new StringBuilder("w");
            for (int n = i; n > 0; n /= 26) {
                word.append((char) ('a' + n % 26));
            }
            tokenizer.tokenize(word.toString());
        }
        assertEquals(first, tokenizer.tokenize("cacat dog"));
    }

    @Test
    void missingFolderOrFilesAreNamed() throws IOException {
        assertMessageNames("nowhere", () -> ClipTokenizer.load(dir.resolve("nowhere")));
        Files.delete(dir.resolve("merges.txt"));
        assertMessageNames("merges.txt", () -> ClipTokenizer.load(dir));
        Files.delete(dir.resolve("vocab.json"));
        assertMessageNames("vocab.json", () -> ClipTokenizer.load(dir));
    }

    @Test
    void brokenVocabIsNamed() throws IOException {
        Path vocab = dir.resolve("vocab.json");
        for (String broken : List.of("{\"a\": 1,", "[\"a\", \"b\"]", "{\"a\": \"one\"}", "{\"a\": 1.5}", "", "nonsense")) {
            Files.writeString(vocab, broken);
            assertMessageNames("vocab.json", () -> ClipTokenizer.load(dir));
        }
        Files.write(vocab, new byte[] {'{', '"', (byte) 0xff, '"', ':', '1', '}'});
        assertMessageNames("vocab.json", () -> ClipTokenizer.load(dir));
    }

    @Test
    void vocabWithoutSpecialTokensIsNamed() throws IOException {
        Map<String, Integer> vocab = vocab();
        vocab.remove("<|endoftext|>");
        TokenizerFiles.writeVocab(dir, vocab);
        IOException e = assertMessageNames("vocab.json", () -> ClipTokenizer.load(dir));
        assertTrue(e.getMessage().contains("<|endoftext|>"), e.getMessage());
    }

    @Test
    void brokenMergesLineIsNamed() throws IOException {
        Files.write(dir.resolve("merges.txt"), TokenizerFiles.withHeader(List.of("a t</w>", "c a t")));
        IOException e = assertMessageNames("merges.txt", () -> ClipTokenizer.load(dir));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void brokenConfigsAreNamed() throws IOException {
        Path map = dir.resolve("special_tokens_map.json");
        Files.writeString(map, "{\"pad_token\":");
        assertMessageNames("special_tokens_map.json", () -> ClipTokenizer.load(dir));
        Files.writeString(map, "{\"pad_token\":7}");
        assertMessageNames("special_tokens_map.json", () -> ClipTokenizer.load(dir));
        Files.writeString(map, "{\"pad_token\":\"<pad>\"}");
        IOException e = assertMessageNames("special_tokens_map.json", () -> ClipTokenizer.load(dir));
        assertTrue(e.getMessage().contains("<pad>"), e.getMessage());
    }

    interface Load {
        void run() throws IOException;
    }

    static IOException assertMessageNames(String name, Load load) {
        IOException e = assertThrows(IOException.class, load::run);
        assertTrue(e.getMessage() != null && e.getMessage().contains(name), "message names " + name + ": " + e.getMessage());
        return e;
    }
}
