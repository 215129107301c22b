package org.easel.server.engines.diffusion.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The prompt clean-up: HTML unescaping as ftfy does it, NFC, whitespace_clean, lower(). */
class ClipTextTest {

    @Test
    void collapsesWhitespaceStripsAndLowerCases() {
        assertEquals("a photo of a cat", ClipText.clean("  A  Photo\tOF\n\n a CAT  "));
        assertEquals("", ClipText.clean(" \t\n "));
        // Unicode White_Space counts too: ideographic space, no-break space, em space, NEL.
        assertEquals("a b c", ClipText.clean("\u3000a\u00a0b\u2003\u0085c\u3000"));
    }

    @Test
    void informationSeparatorsAreStrippedAtTheEndsButKeptInside() {
        // Python's strip() knows U+001C..U+001F as space, the regex module's \s does not.
        assertEquals("a\u001cb", ClipText.clean("\u001c a\u001cb \u001f"));
    }

    @Test
    void lowerCasesLikePythonWithoutLocale() {
        assertEquals("\u03bf\u03b4\u03bf\u03c2", ClipText.clean("\u039f\u0394\u039f\u03a3")); // final sigma
        assertEquals("i\u0307stanbul", ClipText.clean("\u0130stanbul")); // not Turkish dotless
        assertEquals("stra\u00dfe", ClipText.clean("STRAßE"));
    }

    @Test
    void capitalSigmaFollowsPythonsFinalSigmaRule() {
        // Final after a cased letter (case-ignorables such as an apostrophe or accent in between).
        assertEquals("a\u03c2 a'\u03c2 a\u0301\u03c2.", ClipText.lowerCase("A\u03a3 A'\u03a3 A\u0301\u03a3."));
        // Medial before a cased letter, and after a digit, where Java's own toLowerCase says final.
        assertEquals("a\u03c3b c0\u03c3 \u03c3", ClipText.lowerCase("A\u03a3B C0\u03a3 \u03a3"));
    }

    @Test
    void normalisesToNfc() {
        assertEquals("caf\u00e9", ClipText.clean("CAFE\u0301"));
    }

    @Test
    void unescapesNamedAndNumericEntities() {
        assertEquals("tom & jerry", ClipText.clean("Tom &amp; Jerry"));
        assertEquals("<3 \"hi\" it's \u00a9", ClipText.unescapeHtml("&lt;3 &quot;hi&quot; it&apos;s &copy;"));
        assertEquals("cat", ClipText.clean("&#99;&#x61;&#X74;"));
        assertEquals("\u27e8x\u27e9", ClipText.unescapeHtml("&lang;x&rang;")); // HTML5 values
        assertEquals("a\u00a0b", ClipText.unescapeHtml("a&nbsp;b"));
    }

    @Test
    void numericEntitiesFollowPythonsHtmlUnescape() {
        assertEquals("\u20ac \u2019", ClipText.unescapeHtml("&#128; &#x92;")); // windows-1252
        assertEquals("\ufffd\ufffd\ufffd", ClipText.unescapeHtml("&#0;&#xD800;&#x110000;"));
        assertEquals("\ufffd", ClipText.unescapeHtml("&#99999999999999999999;"));
        assertEquals("ab", ClipText.unescapeHtml("a&#1;&#xFFFF;b")); // invalid code points vanish
        assertEquals("\r", ClipText.unescapeHtml("&#13;"));
    }

    @Test
    void leavesWhatFtfyLeaves() {
        assertEquals("&amp", ClipText.unescapeHtml("&amp")); // no ';'
        assertEquals("&bogus;", ClipText.unescapeHtml("&bogus;"));
        assertEquals("&#59;", ClipText.unescapeHtml("&#59;")); // would produce ';'
        assertEquals("&#12a;", ClipText.unescapeHtml("&#12a;"));
        // Text with '<' may be HTML already: ftfy's "auto" mode unescapes nothing.
        assertEquals("<b>&amp;</b>", ClipText.unescapeHtml("<b>&amp;</b>"));
    }
}
