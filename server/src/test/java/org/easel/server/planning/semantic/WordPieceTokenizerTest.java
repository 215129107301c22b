package org.easel.server.planning.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer on the real all-MiniLM-L6-v2 tokenizer.json (unpacked into the classpath by the
 * build). Every expected id was looked up by hand in that file's {@code model.vocab}; the comments
 * give the pieces.
 */
class WordPieceTokenizerTest {
    private static final long CLS = 101;
    private static final long SEP = 102;
    private static final long UNK = 100;

    private static WordPieceTokenizer tokenizer;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = WordPieceTokenizerTest.class.getResourceAsStream(SentenceEncoder.TOKENIZER_RESOURCE)) {
            assertNotNull(in, "the build unpacks the tokenizer into target/classes/understanding/");
            tokenizer = WordPieceTokenizer.load(in);
        }
    }

    private static long[] ids(long... pieces) {
        long[] out = new long[pieces.length + 2];
        out[0] = CLS;
        System.arraycopy(pieces, 0, out, 1, pieces.length);
        out[out.length - 1] = SEP;
        return out;
    }

    @Test
    void readsTheFile() {
        assertEquals(30522, tokenizer.vocabularySize());
        assertEquals(128, tokenizer.maxLength(), "the file's truncation.max_length");
        assertEquals(101, tokenizer.id("[CLS]"));
        assertEquals(-1, tokenizer.id("posterize"));
    }

    @Test
    void lowercasesAndSplitsPunctuation() {
        // [CLS] hello , world ! [SEP]
        assertArrayEquals(ids(7592, 1010, 2088, 999), tokenizer.encode("Hello, world!"));
        assertEquals(List.of("hello", ",", "world", "!"), tokenizer.tokenize("Hello, world!"));
    }

    @Test
    void stripsAccents() {
        // café → cafe (7668); crème → creme, not a word: cr (13675) ##eme (21382)
        assertArrayEquals(ids(7668, 13675, 21382), tokenizer.encode("Café crème"));
        assertEquals(List.of("cafe", "cr", "##eme"), tokenizer.tokenize("Café crème"));
        // the same text already decomposed (e + U+0301) gives the same ids
        assertArrayEquals(tokenizer.encode("Café crème"), tokenizer.encode("Cafe\u0301 cre\u0300me"));
    }

    @Test
    void splitsWordsIntoPieces() {
        // poster (13082) ##ize (4697)
        assertArrayEquals(ids(13082, 4697), tokenizer.encode("posterize"));
        // vi (6819) ##gne (10177) ##tting (13027): greedy longest match first from the left
        assertEquals(List.of("vi", "##gne", "##tting"), tokenizer.tokenize("vignetting"));
        assertArrayEquals(ids(6819, 10177, 13027), tokenizer.encode("Vignetting"));
        // des (4078) ##at (4017) ##ura (4648) ##te (2618)
        assertArrayEquals(ids(4078, 4017, 4648, 2618), tokenizer.encode("desaturate"));
    }

    @Test
    void unknownCharactersBecomeOneUnk() {
        // ☃ (U+2603, a symbol, not punctuation) is not in the vocabulary: a [UNK] (100) word
        assertArrayEquals(ids(1037, UNK, 1038), tokenizer.encode("a ☃ b")); // a ☃ b
        // x matches, then ##☃ can't: the whole word is one [UNK], not x [UNK] y
        assertArrayEquals(ids(UNK), tokenizer.encode("x☃y"));
        // an unassigned code point (U+0378) is kept, as tokenizers keeps it, and is unknown: a [UNK] b
        assertArrayEquals(ids(1037, UNK, 1038), tokenizer.encode("a \u0378 b"));
        // a word longer than max_input_chars_per_word (100) is [UNK] without trying
        assertArrayEquals(ids(UNK), tokenizer.encode("a".repeat(101)));
    }

    @Test
    void apostrophesArePunctuation() {
        // don (2123) ' (1005) t (1056)
        assertArrayEquals(ids(2123, 1005, 1056), tokenizer.encode("don't"));
    }

    @Test
    void emptyAndBlankTextGiveOnlyTheSpecialTokens() {
        assertArrayEquals(new long[] {CLS, SEP}, tokenizer.encode(""));
        assertArrayEquals(new long[] {CLS, SEP}, tokenizer.encode(" \t\n "));
    }

    @Test
    void truncatesToTheMaxLengthKeepingSepLast() {
        // dog (3899) three hundred times: 126 kept, [CLS] and [SEP] make 128
        long[] ids = tokenizer.encode("dog ".repeat(300));
        assertEquals(128, ids.length);
        assertEquals(CLS, ids[0]);
        assertEquals(SEP, ids[127]);
        for (int i = 1; i < 127; i++) {
            assertEquals(3899, ids[i]);
        }
    }

    @Test
    void cleansControlsAndWhitespace() {
        // a zero-width space (format) vanishes: hel\u200Blo is hello (7592); a no-break space separates
        assertArrayEquals(ids(7592, 2088), tokenizer.encode("hel\u200Blo\u00A0world"));
        // NUL and U+FFFD vanish too; a tab is whitespace
        assertArrayEquals(ids(7592, 2088), tokenizer.encode("hel\u0000lo\uFFFD\tworld"));
    }

    @Test
    void spacesCjkIdeographsAndSplitsUnicodePunctuation() {
        // 中 (1746) 文 (1861), each a word although written together
        assertArrayEquals(ids(1746, 1861), tokenizer.encode("中文"));
        // “ (1523) hello (7592) ” (1524) — (1517) ¿ (1094) ; ASCII symbols are punctuation too: $ (1002) + (1009)
        assertArrayEquals(ids(1523, 7592, 1524, 1517, 1094, 1002, 1009), tokenizer.encode("“hello”—¿$+"));
    }

    @Test
    void specialTokensWrittenInTheTextKeepTheirIds() {
        // [MASK] (103) matched in the raw text; lowercase [mask] is just [ (1031) mask (7308) ] (1033)
        assertArrayEquals(ids(7592, 103, 7592), tokenizer.encode("hello[MASK]hello"));
        assertArrayEquals(ids(1031, 7308, 1033), tokenizer.encode("[mask]"));
    }

    @Test
    void otherFilesAreRefused() {
        String bpe = "{\"model\":{\"type\":\"BPE\",\"vocab\":{},\"merges\":[]}}";
        assertThrows(IOException.class,
                () -> WordPieceTokenizer.load(new ByteArrayInputStream(bpe.getBytes(StandardCharsets.UTF_8))));
        assertThrows(IOException.class,
                () -> WordPieceTokenizer.load(new ByteArrayInputStream("not json".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void withoutTruncationInTheFileTheLengthIs128() throws IOException {
        String json = """
                {"truncation": null,
                 "normalizer": {"type": "BertNormalizer", "clean_text": true, "handle_chinese_chars": true,
                                "strip_accents": null, "lowercase": true},
                 "pre_tokenizer": {"type": "BertPreTokenizer"},
                 "post_processor": {"type": "BertProcessing", "sep": ["[SEP]", 3], "cls": ["[CLS]", 2]},
                 "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                           "max_input_chars_per_word": 100,
                           "vocab": {"[UNK]": 0, "[PAD]": 1, "[CLS]": 2, "[SEP]": 3, "dog": 4, "##s": 5}}}
                """;
        WordPieceTokenizer small = WordPieceTokenizer.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(128, small.maxLength());
        assertArrayEquals(new long[] {2, 4, 5, 0, 3}, small.encode("Dogs cats"));
        assertEquals(128, small.encode("dog ".repeat(200)).length);
    }
}
