package org.easel.server.engines.diffusion.tokenizer;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text clean-up Hugging Face's CLIPTokenizer does before splitting a prompt:
 * {@code whitespace_clean(ftfy.fix_text(text)).lower()}. Of ftfy we keep only the parts that change
 * prompts people type: HTML entity unescaping (with ftfy's rules, see {@link #unescapeHtml}) and NFC
 * normalisation, which every Hugging Face path applies (ftfy, the BasicTokenizer fallback and the
 * fast tokenizer's normaliser), so that "café" typed with a combining accent encodes like "café".
 * Left out: ftfy's other fixes (curly quotes to straight ones, ligatures, full-width letters,
 * mojibake), which Hugging Face applies only when ftfy is installed and its fast tokenizer never.
 */
final class ClipText {

    private ClipText() {}

    /**
     * Hugging Face's whitespace_clean uses the {@code regex} module, whose {@code \s} is Unicode
     * White_Space, as Java's {@code \s} is with UNICODE_CHARACTER_CLASS.
     */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** The entities ftfy looks at: a name or number of up to 24 characters, always closed by ';'. */
    private static final Pattern ENTITY = Pattern.compile("&#?[0-9A-Za-z]{1,24};");

    /** Cleans a prompt: unescape HTML, NFC, whitespace runs to one space, strip, lower-case. */
    static String clean(String text) {
        String s = Normalizer.normalize(unescapeHtml(text), Normalizer.Form.NFC);
        s = WHITESPACE.matcher(s).replaceAll(" ");
        // Python's strip() removes str.isspace() characters: after the collapse those are ' ' and the
        // separators U+001C..U+001F, which are not White_Space and so survive inside the text.
        int start = 0;
        int end = s.length();
        while (start < end && isPythonSpace(s.charAt(start))) start++;
        while (end > start && isPythonSpace(s.charAt(end - 1))) end--;
        return lowerCase(s.substring(start, end));
    }

    /**
     * Python's str.lower(): full Unicode lower-casing without a locale (no Turkish dotless i), as
     * Java's with Locale.ROOT, except for capital sigma. Both pick final ς or medial σ by context, but
     * Java looks at word boundaries while Python uses Unicode's Final_Sigma rule, so "C0Σ" is "c0σ" in
     * Python and "c0ς" in Java. Sigmas are decided here first, by Python's rule on the original text.
     */
    static String lowerCase(String text) {
        if (text.indexOf('\u03a3') < 0) {
            return text.toLowerCase(Locale.ROOT);
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\u03a3') {
                chars[i] = isFinalSigma(text, i) ? '\u03c2' : '\u03c3';
            }
        }
        return new String(chars).toLowerCase(Locale.ROOT);
    }

    /** Final_Sigma: a cased letter, then case-ignorables, the sigma, and no case-ignorables then a cased letter. */
    private static boolean isFinalSigma(String text, int sigma) {
        int i = sigma;
        int before = -1;
        while (i > 0) {
            int cp = text.codePointBefore(i);
            i -= Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                before = cp;
                break;
            }
        }
        if (before < 0 || !isCased(before)) {
            return false;
        }
        for (int j = sigma + 1; j < text.length(); ) {
            int cp = text.codePointAt(j);
            j += Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                return !isCased(cp);
            }
        }
        return true;
    }

    /** Unicode's Cased property (Java's isLowerCase/isUpperCase include Other_Lowercase/Other_Uppercase). */
    private static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    /** Unicode's Case_Ignorable: Mn, Me, Cf, Lm, Sk, and Word_Break MidLetter, MidNumLet, Single_Quote. */
    private static boolean isCaseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
                    Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL:
                return true;
            default:
                break;
        }
        return switch (cp) {
            case '\'', '.', ':', 0x00b7, 0x0387, 0x055f, 0x05f4, 0x2018, 0x2019, 0x2024, 0x2027,
                    0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a -> true;
            default -> false;
        };
    }

    private static boolean isPythonSpace(char c) {
        return c == ' ' || (c >= 0x1c && c <= 0x1f);
    }

    /**
     * ftfy's {@code unescape_html} in its default "auto" mode: nothing is unescaped when the text
     * contains '<' (it may be real HTML); otherwise {@code &name;} is replaced when the name is known
     * and {@code &#nn;}/{@code &#xhh;} by Python's html.unescape rules, except that a result
     * containing ';' leaves the entity as written. Entities without the closing ';' stay as written.
     * Named entities: the HTML 4 set plus {@code &apos;} (Python knows all 2231 HTML5 names; prompts
     * use the common ones).
     */
    static String unescapeHtml(String text) {
        if (text.indexOf('&') < 0 || text.indexOf('<') >= 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String entity = m.group();
            String replacement = entity.charAt(1) == '#' ? numericEntity(entity) : NAMED.get(entity);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement != null ? replacement : entity));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code &#...;} by Python's html._replace_charref, or null when ftfy would keep it as written. */
    private static String numericEntity(String entity) {
        String body = entity.substring(2, entity.length() - 1);
        boolean hex = body.charAt(0) == 'x' || body.charAt(0) == 'X';
        int radix = hex ? 16 : 10;
        if (hex) {
            body = body.substring(1);
        }
        if (body.isEmpty() || !body.chars().allMatch(c -> Character.digit(c, radix) >= 0)) {
            return null; // html.unescape leaves it (or part of it), so ftfy keeps it
        }
        String digits = body.replaceFirst("^0+(?=.)", "");
        // More than 8 digits is past U+10FFFF in either radix; Python's ints don't overflow, Java's do.
        long num = digits.length() > 8 ? Long.MAX_VALUE : Long.parseLong(digits, radix);
        String result;
        if (num >= 0x80 && num <= 0x9f) {
            result = String.valueOf(WINDOWS_1252_C1.charAt((int) num - 0x80)); // as browsers do
        } else if (num == 0) {
            result = "\uFFFD";
        } else if (num == 0x0d) {
            result = "\r";
        } else if ((num >= 0xD800 && num <= 0xDFFF) || num > 0x10FFFF) {
            result = "\uFFFD";
        } else if (isInvalidCodePoint((int) num)) {
            result = "";
        } else {
            result = new String(Character.toChars((int) num));
        }
        return result.contains(";") ? null : result;
    }

    /** Python's html._invalid_codepoints minus the C1 range that the windows-1252 table handles. */
    private static boolean isInvalidCodePoint(int cp) {
        return (cp >= 0x1 && cp <= 0x8) || cp == 0xb || (cp >= 0xe && cp <= 0x1f) || cp == 0x7f
                || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
    }

    /** Python's html._invalid_charrefs for &#128;..&#159;: windows-1252, undefined bytes kept as is. */
    private static final String WINDOWS_1252_C1 =
            "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f"
            + "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

    /** "&name;" to its text, for the HTML 4 entities (values as in HTML5, e.g. &lang; is U+27E8). */
    private static final Map<String, String> NAMED = new HashMap<>();

    static {
        String table = ""
            + "quot=22 amp=26 apos=27 lt=3c gt=3e nbsp=a0 iexcl=a1 cent=a2 pound=a3 curren=a4 yen=a5 "
            + "brvbar=a6 sect=a7 uml=a8 copy=a9 ordf=aa laquo=ab not=ac shy=ad reg=ae macr=af deg=b0 "
            + "plusmn=b1 sup2=b2 sup3=b3 acute=b4 micro=b5 para=b6 middot=b7 cedil=b8 sup1=b9 ordm=ba "
            + "raquo=bb frac14=bc frac12=bd frac34=be iquest=bf Agrave=c0 Aacute=c1 Acirc=c2 Atilde=c3 "
            + "Auml=c4 Aring=c5 AElig=c6 Ccedil=c7 Egrave=c8 Eacute=c9 Ecirc=ca Euml=cb Igrave=cc "
            + "Iacute=cd Icirc=ce Iuml=cf ETH=d0 Ntilde=d1 Ograve=d2 Oacute=d3 Ocirc=d4 Otilde=d5 "
            + "Ouml=d6 times=d7 Oslash=d8 Ugrave=d9 Uacute=da Ucirc=db Uuml=dc Yacute=dd THORN=de "
            + "szlig=df agrave=e0 aacute=e1 acirc=e2 atilde=e3 auml=e4 aring=e5 aelig=e6 ccedil=e7 "
            + "egrave=e8 eacute=e9 ecirc=ea euml=eb igrave=ec iacute=ed icirc=ee iuml=ef eth=f0 "
            + "ntilde=f1 ograve=f2 oacute=f3 ocirc=f4 otilde=f5 ouml=f6 divide=f7 oslash=f8 ugrave=f9 "
            + "uacute=fa ucirc=fb uuml=fc yacute=fd thorn=fe yuml=ff OElig=152 oelig=153 Scaron=160 "
            + "scaron=161 Yuml=178 fnof=192 circ=2c6 tilde=2dc Alpha=391 Beta=392 Gamma=393 Delta=394 "
            + "Epsilon=395 Zeta=396 Eta=397 Theta=398 Iota=399 Kappa=39a Lambda=39b Mu=39c Nu=39d "
            + "Xi=39e Omicron=39f Pi=3a0 Rho=3a1 Sigma=3a3 Tau=3a4 Upsilon=3a5 Phi=3a6 Chi=3a7 Psi=3a8 "
            + "Omega=3a9 alpha=3b1 beta=3b2 gamma=3b3 delta=3b4 epsilon=3b5 zeta=3b6 eta=3b7 theta=3b8 "
            + "iota=3b9 kappa=3ba lambda=3bb mu=3bc nu=3bd xi=3be omicron=3bf pi=3c0 rho=3c1 sigmaf=3c2 "
            + "sigma=3c3 tau=3c4 upsilon=3c5 phi=3c6 chi=3c7 psi=3c8 omega=3c9 thetasym=3d1 upsih=3d2 "
            + "piv=3d6 ensp=2002 emsp=2003 thinsp=2009 zwnj=200c zwj=200d lrm=200e rlm=200f ndash=2013 "
            + "mdash=2014 lsquo=2018 rsquo=2019 sbquo=201a ldquo=201c rdquo=201d bdquo=201e dagger=2020 "
            + "Dagger=2021 bull=2022 hellip=2026 permil=2030 prime=2032 Prime=2033 lsaquo=2039 "
            + "rsaquo=203a oline=203e frasl=2044 euro=20ac image=2111 weierp=2118 real=211c trade=2122 "
            + "alefsym=2135 larr=2190 uarr=2191 rarr=2192 darr=2193 harr=2194 crarr=21b5 lArr=21d0 "
            + "uArr=21d1 rArr=21d2 dArr=21d3 hArr=21d4 forall=2200 part=2202 exist=2203 empty=2205 "
            + "nabla=2207 isin=2208 notin=2209 ni=220b prod=220f sum=2211 minus=2212 lowast=2217 "
            + "radic=221a prop=221d infin=221e ang=2220 and=2227 or=2228 cap=2229 cup=222a int=222b "
            + "there4=2234 sim=223c cong=2245 asymp=2248 ne=2260 equiv=2261 le=2264 ge=2265 sub=2282 "
            + "sup=2283 nsub=2284 sube=2286 supe=2287 oplus=2295 otimes=2297 perp=22a5 sdot=22c5 "
            + "lceil=2308 rceil=2309 lfloor=230a rfloor=230b loz=25ca spades=2660 clubs=2663 "
            + "hearts=2665 diams=2666 lang=27e8 rang=27e9";
        for (String pair : table.split(" ")) {
            int eq = pair.indexOf('=');
            NAMED.put("&" + pair.substring(0, eq) + ";",
                    new String(Character.toChars(Integer.parseInt(pair.substring(eq + 1), 16))));
        }
    }
}
