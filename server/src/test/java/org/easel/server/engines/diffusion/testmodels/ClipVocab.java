package org.easel.server.engines.diffusion.testmodels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small generated CLIP-style byte-level BPE vocabulary, laid out exactly like OpenAI CLIP's
 * (and so Hugging Face's {@code CLIPTokenizer}'s) {@code vocab.json}:
 * <ol>
 *   <li>ids 0–255: the 256 GPT-2 {@code bytes_to_unicode} characters, in that function's order
 *       (so {@code "!"} is 0, {@code "a"} is 64);</li>
 *   <li>ids 256–511: the same 256 characters with {@code "</w>"} appended (end of word);</li>
 *   <li>ids 512…: one token per merge in {@link #MERGES}, the merge's two parts joined;</li>
 *   <li>then {@code <|startoftext|>} ({@link #BOS_ID}) and {@code <|endoftext|>} ({@link #EOS_ID}),
 *       the last two ids.</li>
 * </ol>
 * {@code merges.txt} is {@code "#version: 0.2"} followed by one merge per line, in rank order.
 */
public final class ClipVocab {
    /** The BPE merges, in rank order; each part is a token that exists before the merge. */
    public static final List<String> MERGES = List.of(
            "t h", "th e</w>", "c a", "ca t</w>", "d o", "do g</w>", "r e", "re d</w>",
            "b l", "bl u", "blu e</w>", "a n", "an d</w>", "o f</w>");

    public static final String BOS = "<|startoftext|>";
    public static final String EOS = "<|endoftext|>";

    /** How many tokens the vocabulary has. */
    public static final int SIZE = 512 + MERGES.size() + 2;
    /** The id of {@code <|startoftext|>}. */
    public static final int BOS_ID = SIZE - 2;
    /** The id of {@code <|endoftext|>}. */
    public static final int EOS_ID = SIZE - 1;
    /** The id of {@code "!"}, the pad token of SD 2.x tokenizers. */
    public static final int EXCLAMATION_ID = 0;

    private static final List<String> TOKENS = computeTokens();

    private ClipVocab() {
    }

    /** The 256 GPT-2 byte-to-unicode characters, indexed by position in the vocabulary (not by byte). */
    public static List<String> byteChars() {
        List<Integer> bytes = new ArrayList<>();
        for (int b = '!'; b <= '~'; b++) {
            bytes.add(b);
        }
        for (int b = 0xa1; b <= 0xac; b++) {
            bytes.add(b);
        }
        for (int b = 0xae; b <= 0xff; b++) {
            bytes.add(b);
        }
        List<Integer> chars = new ArrayList<>(bytes);
        int n = 0;
        for (int b = 0; b < 256; b++) {
            if (!bytes.contains(b)) {
                bytes.add(b);
                chars.add(256 + n++);
            }
        }
        List<String> out = new ArrayList<>();
        for (int c : chars) {
            out.add(new String(Character.toChars(c)));
        }
        return out;
    }

    private static List<String> computeTokens() {
        List<String> tokens = new ArrayList<>(byteChars());
        for (String c : byteChars()) {
            tokens.add(c + "</w>");
        }
        for (String merge : MERGES) {
            String[] parts = merge.split(" ");
            if (!tokens.contains(parts[0]) || !tokens.contains(parts[1])) {
                throw new IllegalStateException("merge of unknown tokens: " + merge);
            }
            tokens.add(parts[0] + parts[1]);
        }
        tokens.add(BOS);
        tokens.add(EOS);
        return Collections.unmodifiableList(tokens);
    }

    /** Every token, indexed by id. */
    public static List<String> tokens() {
        return TOKENS;
    }

    /** The id of {@code token}, or -1. */
    public static int id(String token) {
        return TOKENS.indexOf(token);
    }

    /** The text of merges.txt. */
    public static String mergesTxt() {
        StringBuilder sb = new StringBuilder("#version: 0.2\n");
        for (String merge : MERGES) {
            sb.append(merge).append('\n');
        }
        return sb.toString();
    }
}
