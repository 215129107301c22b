package org.easel.server.engines.diffusion.tokenizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
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
 * The public CLIP test vectors, on a slice of the real vocabulary: the 33 merges of OpenAI's
 * bpe_simple_vocab_16e6 that the BPE of these prompts applies, with their real ranks (so their real
 * ids, 512 + rank), in their real order, and the real special-token ids. A subset gives the same
 * result as the whole list for these words: at every step the lowest-ranked pair the full list
 * would merge is in the subset, and the subset has no lower-ranked pair than the full list.
 */
class ClipTokenizerPublicVectorsTest {

    /** rank, then the merge as it stands on that line of merges.txt. */
    private static final String REAL_MERGES = """
            0 i n
            4 a r
            7 in g</w>
            9 o n
            10 s t
            11 o r
            13 o n</w>
            19 t o</w>
            24 a t</w>
            27 o f</w>
            38 a n</w>
            41 r i
            94 h o
            99 s e</w>
            115 a u
            127 d o
            163 m ar
            201 ' t</w>
            284 d ing</w>
            295 st r
            304 p ho
            335 d on</w>
            613 pho to</w>
            895 h or
            1417 do g</w>
            1856 c at</w>
            3653 str on
            4046 hor se</w>
            6253 ri ding</w>
            6984 mar s</w>
            7470 a stron
            11831 au t</w>
            17864 astron aut</w>
            """;

    @TempDir
    Path dir;

    ClipTokenizer tokenizer;

    @BeforeEach
    void writeFiles() throws IOException {
        List<String> merges = new ArrayList<>();
        Map<String, Integer> extra = new LinkedHashMap<>();
        for (String line : REAL_MERGES.strip().split("\n")) {
            String[] parts = line.split(" ");
            merges.add(parts[1] + " " + parts[2]);
            extra.put(parts[1] + parts[2], 512 + Integer.parseInt(parts[0]));
        }
        extra.put("<|startoftext|>", 49406);
        extra.put("<|endoftext|>", 49407);
        TokenizerFiles.write(dir, TokenizerFiles.vocab(extra), merges);
        tokenizer = ClipTokenizer.load(dir);
    }

    @Test
    void aPhotoOfACat() {
        assertArrayEquals(new int[] {49406, 320, 1125, 539, 320, 2368, 49407, 49407},
                Arrays.copyOf(tokenizer.encode("a photo of a cat"), 8));
    }

    @Test
    void aPhotoOfADog() {
        assertArrayEquals(new int[] {49406, 320, 1125, 539, 320, 1929, 49407, 49407},
                Arrays.copyOf(tokenizer.encode("a photo of a dog"), 8));
    }

    @Test
    void emptyPrompt() {
        assertArrayEquals(new int[] {49406, 49407, 49407}, Arrays.copyOf(tokenizer.encode(""), 3));
    }

    @Test
    void astronautPrompt() {
        // Checked against Hugging Face's CLIPTokenizer algorithm on the full vocabulary.
        assertEquals(List.of(320, 1125, 539, 550, 18376, 6765, 320, 4558, 525, 7496),
                tokenizer.tokenize("A photo of an astronaut riding a horse on Mars"));
        assertEquals(List.of(847, 713), tokenizer.tokenize("don't"));
        assertEquals(List.of(272, 271, 273, 275), tokenizer.tokenize("1024"));
    }
}
