package org.easel.server.planning;

import static org.easel.server.engines.classical.AdjustmentKind.AUTO_CONTRAST;
import static org.easel.server.engines.classical.AdjustmentKind.AUTO_LEVELS;
import static org.easel.server.engines.classical.AdjustmentKind.AUTO_WHITE_BALANCE;
import static org.easel.server.engines.classical.AdjustmentKind.BLUR;
import static org.easel.server.engines.classical.AdjustmentKind.BRIGHTNESS;
import static org.easel.server.engines.classical.AdjustmentKind.CLARITY;
import static org.easel.server.engines.classical.AdjustmentKind.CONTRAST;
import static org.easel.server.engines.classical.AdjustmentKind.CURVE;
import static org.easel.server.engines.classical.AdjustmentKind.DENOISE;
import static org.easel.server.engines.classical.AdjustmentKind.EXPOSURE;
import static org.easel.server.engines.classical.AdjustmentKind.GRAYSCALE;
import static org.easel.server.engines.classical.AdjustmentKind.HIGHLIGHTS;
import static org.easel.server.engines.classical.AdjustmentKind.HUE;
import static org.easel.server.engines.classical.AdjustmentKind.INVERT;
import static org.easel.server.engines.classical.AdjustmentKind.POSTERIZE;
import static org.easel.server.engines.classical.AdjustmentKind.RED_EYE;
import static org.easel.server.engines.classical.AdjustmentKind.SATURATION;
import static org.easel.server.engines.classical.AdjustmentKind.SEPIA;
import static org.easel.server.engines.classical.AdjustmentKind.SHADOWS;
import static org.easel.server.engines.classical.AdjustmentKind.SHARPEN;
import static org.easel.server.engines.classical.AdjustmentKind.TINT;
import static org.easel.server.engines.classical.AdjustmentKind.VIBRANCE;
import static org.easel.server.engines.classical.AdjustmentKind.VIGNETTE;
import static org.easel.server.engines.classical.AdjustmentKind.WARMTH;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.server.engines.classical.AdjustmentKind;

/**
 * Splits an instruction into whole words and recognises each word or phrase. Every word must be
 * known, even the filler: an instruction with a word Easel does not understand ("remove the
 * lamp", "make the sky darker") is refused rather than half-done.
 */
final class Lexicon {

    private static final int LONGEST_PHRASE = 4;
    private static final Map<String, Term> PHRASES = new HashMap<>();

    // Whole words (with inner apostrophes: "it's", "don't"), runs of punctuation, or any other
    // single character, which is unknown on purpose ("20%" is not understood, so it is refused).
    private static final Pattern TOKEN = Pattern.compile("\\d+(?:\\.\\d+)?|[a-z]+(?:'[a-z]+)*|[.,;:!?]+|\\S");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:!?]+");
    private static final Pattern B_AND_W = Pattern.compile("\\bb\\s*[&/+]\\s*w\\b");
    private static final Pattern IGNORED_MARKS = Pattern.compile("[\"“”‘()\\[\\]\\-/–—]|(?<![a-z])'|'(?![a-z])");

    static {
        fixed(GRAYSCALE, "black and white", "mono", "black white", "grayscale", "greyscale", "gray scale", "grey scale",
                "monochrome", "monochromatic", "bw", "remove the colour", "remove the colours", "remove the color",
                "remove the colors", "remove colour", "remove colours", "remove color", "remove colors",
                "grey out", "gray out", "greyed out", "grayed out");
        fixed(INVERT, "invert", "inverted", "inverse", "negative", "negate");
        fixed(SEPIA, "sepia", "sepia toned");
        fixed(BLUR, "blur", "blurred", "blurry", "blurrier", "gaussian blur", "out of focus", "defocus");
        fixed(SHARPEN, "sharpen", "sharpened", "sharper", "sharp", "crisper", "unsharp mask", "unsharp masking");
        fixed(POSTERIZE, "posterize", "posterise", "posterized", "posterised", "posterization", "posterisation");
        fixed(VIGNETTE, "vignette", "vignetting");
        photoFixes();
        directed(HUE, 1, "hue", "hue shift", "shift the hue", "shift hue", "hue shifted", "rotate the hue",
                "rotate hue", "hue rotation");

        role(Term.Role.REMOVE, "remove", "erase", "delete", "get rid of", "fill", "fill in", "clean up", "clean",
                "cleanup", "heal", "inpaint", "take out", "take away", "retouch", "content aware", "content-aware",
                "content aware fill", "content-aware fill");
        extend(0, "extend", "expand", "outpaint", "outpainting", "enlarge", "uncrop", "add space", "add room",
                "more space", "more room", "add canvas", "extra space", "extra room", "pad out", "pad it out", "pad the canvas");
        extend(Term.Sides.HORIZONTAL, "wider", "widen", "broader");
        extend(Term.Sides.VERTICAL, "taller", "higher canvas");
        side(Term.Sides.LEFT, "left", "left side", "left edge", "the left");
        side(Term.Sides.RIGHT, "right", "right side", "right edge", "the right");
        side(Term.Sides.TOP, "top", "above", "top edge", "the top");
        side(Term.Sides.BOTTOM, "bottom", "below", "bottom edge", "the bottom");
        side(Term.Sides.HORIZONTAL, "sides", "both sides", "left and right", "horizontally");
        side(Term.Sides.VERTICAL, "top and bottom", "vertically");
        side(Term.Sides.ALL, "all sides", "all four sides", "every side", "each side", "all around", "everywhere", "around");
        unit(0, "px", "pixel", "pixels", "pixles");
        unit(1, "%", "percent", "per cent", "pct");

        directed(BRIGHTNESS, 1, "brighter", "brighten", "bright", "lighter", "lighten", "luminous");
        directed(BRIGHTNESS, -1, "darker", "darken", "dark", "dimmer", "dim");
        // "please more light": the light as the amount of it, said as a noun only with "more" or "less"
        directed(BRIGHTNESS, 1, "more light");
        directed(BRIGHTNESS, -1, "less light");
        directed(WARMTH, 1, "warmer", "warm", "warmen");
        directed(WARMTH, -1, "cooler", "cool", "colder", "cold");
        directed(SATURATION, 1, "saturated", "saturate", "vivid", "vivider", "vibrant", "colorful", "colourful", "pop");
        // "make the colours brighter": brighter colours are more saturated ones, not a lighter picture
        directed(SATURATION, 1, "colours brighter", "colors brighter", "brighter colours", "brighter colors");
        directed(SATURATION, -1, "desaturated", "desaturate", "muted", "mute");

        noun(BRIGHTNESS, 1, "brightness", "lightness", "luminosity", "luminance");
        noun(CONTRAST, 1, "contrast");
        noun(SATURATION, 1, "saturation", "chroma");
        noun(WARMTH, 1, "warmth");
        noun(WARMTH, -1, "coolness");

        direction(1, "more", "increase", "increased", "boost", "boosted", "raise", "raised", "higher", "high",
                "add", "enhance", "enhanced", "stronger", "strengthen", "intensify", "heighten", "up", "extra", "strong", "greater",
                "heavy", "bold");
        direction(-1, "less", "decrease", "decreased", "reduce", "reduced", "lower", "lowered", "low", "fewer",
                "weaken", "weaker", "lessen", "down", "tame", "kill", "cut", "drop");

        intensity(Intensity.SMALL, "slightly", "a bit", "a little", "a little bit", "a tiny bit", "a touch",
                "a tad", "a hint", "a smidge", "bit", "little", "somewhat", "subtly", "gently", "mildly",
                "marginally");
        intensity(Intensity.LARGE, "much", "a lot", "lots", "very", "way", "really", "extremely", "far",
                "significantly", "considerably", "strongly", "heavily", "dramatically", "a great deal",
                "substantially", "super", "so much", "hugely", "completely", "fully", "totally", "entirely");

        role(Term.Role.SEPARATOR, "and", "then", "also", "plus", "but", "as well", "with", "while",
                "after that", "afterwards", ",");
        role(Term.Role.FILLER, "a", "an", "the", "it", "its", "it's", "this", "that", "these", "those", "them",
                "image", "images", "picture", "pic", "photo", "photograph", "selection", "selected", "area",
                "region", "part", "layer", "whole", "entire", "everything", "all", "overall", "make", "makes",
                "turn", "convert", "change", "set", "give", "apply", "look", "looks", "looking", "please", "pls",
                "can", "could", "would", "will", "you", "i", "i'd", "i'm", "me", "my", "we", "let's", "want",
                "wanna", "like", "need", "just", "to", "into", "in", "on", "of", "for", "some", "tone", "tones",
                "colors", "colours", "color", "colour", "effect", "filter", "version", "mode", "now", "is",
                "be", "should", "so", "go", "get", "try", "do", "canvas", "one", "thanks", "thank", "hey",
                "by", "at", "side", "edge", "towards", "toward", "from", "out", "object", "objects", "thing",
                "things", "stuff", "space", "room", "there", "here");
    }

    private Lexicon() {
    }

    /** The photo fixes' words (issue 16): the names photographers use and the phrases people type. */
    private static void photoFixes() {
        noun(EXPOSURE, 1, "exposure", "exposure compensation", "ev", "exposure value", "stops of exposure", "stop of exposure");
        noun(VIBRANCE, 1, "vibrance", "vibrancy");
        noun(CLARITY, 1, "clarity", "local contrast", "micro contrast", "microcontrast");
        directed(SHADOWS, 1, "open up the shadows", "open up shadows", "open the shadows", "recover the shadows",
                "recover shadows", "shadow recovery");
        directed(SHADOWS, -1, "deepen the shadows");
        directed(HIGHLIGHTS, 1, "boost the highlights");
        directed(HIGHLIGHTS, -1, "recover the highlights", "recover highlights", "bring back the highlights",
                "bring back highlights", "save the highlights", "rescue the highlights", "highlight recovery",
                "tame the highlights");
        directed(CURVE, 1, "s curve", "an s curve", "s curves", "contrast curve");
        directed(CURVE, -1, "flatter curve", "flatten the curve", "flat curve", "matte look", "matte", "faded look");
        // Only as a tint: "shift the hue towards magenta" is a hue shift, "more green" may be the grass.
        directed(TINT, 1, "magenta tint", "tint towards magenta", "tint toward magenta", "tint it magenta", "tint it towards magenta",
                "more magenta", "less green");
        directed(TINT, -1, "green tint", "tint towards green", "tint toward green", "tint it green", "tint it towards green",
                "less magenta");
        fixed(AUTO_LEVELS, "auto levels", "autolevels", "auto level", "automatic levels");
        fixed(AUTO_CONTRAST, "auto contrast", "autocontrast", "automatic contrast", "stretch the contrast");
        fixed(AUTO_WHITE_BALANCE, "auto white balance", "white balance", "awb", "auto wb", "fix the wb", "correct the wb", "correct the white balance",
                "fix the white balance", "colour cast", "color cast",
                "remove the colour cast", "remove the color cast", "colour correct", "color correct",
                "colour correction", "color correction", "auto colour", "auto color", "white balanced",
                // "auto adjust the color for me", "make automatic correction to colors"
                "auto adjust the colour", "auto adjust the color", "auto adjust the colours", "auto adjust the colors",
                "auto correct the colours", "auto correct the colors", "auto correct the colour", "auto correct the color",
                "automatic correction to colours", "automatic correction to colors", "automatic colour correction", "automatic color correction",
                "auto colour correction", "auto color correction", "automatically correct the colours",
                "automatically correct the colors", "auto fix the colours", "auto fix the colors");
        // "auto enhance it", "just auto fix it": the automatic levels, which touch neither hue nor cast
        fixed(AUTO_LEVELS, "auto enhance", "autoenhance", "auto fix", "autofix", "auto adjust", "auto tone",
                "autotone", "auto correct", "autocorrect");
        fixed(DENOISE, "denoise", "denoised", "denoising", "noise reduction", "reduce noise", "reduce the noise",
                "remove noise", "remove the noise", "less noise", "less noisy", "noise removal", "reduce grain",
                "reduce the grain", "remove the grain", "less grain", "less grainy", "de noise", "noise", "graininess",
                "grainy", "noisy");
        fixed(RED_EYE, "red eye", "red eyes", "redeye", "red eye removal", "remove red eye", "remove the red eye",
                "remove red eyes", "remove the red eyes", "fix the red eye", "fix red eye", "fix the red eyes",
                "fix red eyes", "red eye fix");
    }

    /** The instruction's terms in order; unrecognised words come back as {@link Term.Role#UNKNOWN}. */
    static List<Term> read(String instruction) {
        List<String> words = words(instruction);
        List<Term> terms = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            Term match = null;
            // Longest phrase first, so "a little bit" wins over "a little" and "a".
            for (int length = Math.min(LONGEST_PHRASE, words.size() - i); length > 0 && match == null; length--) {
                match = PHRASES.get(String.join(" ", words.subList(i, i + length)));
                matched = length;
            }
            if (match == null && NUMBER.matcher(words.get(i)).matches()) {
                terms.add(Term.withValue(Term.Role.NUMBER, Double.parseDouble(words.get(i)), words.get(i)));
                i++;
            } else if (match == null) {
                terms.add(Term.of(Term.Role.UNKNOWN, words.get(i)));
                i++;
            } else {
                terms.add(match);
                i += matched;
            }
        }
        return terms;
    }

    private static List<String> words(String instruction) {
        String text = instruction.toLowerCase(Locale.ROOT).replace('’', '\'');
        text = B_AND_W.matcher(text).replaceAll(" black and white ");
        text = text.replace("&", " and ");
        // Hyphens and slashes join words ("black-and-white", "grey-scale") and quotes wrap them.
        text = IGNORED_MARKS.matcher(text).replaceAll(" ");
        List<String> words = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            // Every run of clause punctuation counts as one comma.
            words.add(PUNCTUATION.matcher(word).matches() ? "," : word);
        }
        return words;
    }

    private static void fixed(AdjustmentKind kind, String... phrases) {
        for (String phrase : phrases) {
            put(phrase, Term.fixed(kind, phrase));
        }
    }

    private static void directed(AdjustmentKind kind, int sign, String... phrases) {
        for (String phrase : phrases) {
            put(phrase, Term.directed(kind, sign, phrase));
        }
    }

    private static void noun(AdjustmentKind kind, int sign, String... phrases) {
        for (String phrase : phrases) {
            put(phrase, Term.noun(kind, sign, phrase));
        }
    }

    private static void direction(int sign, String... phrases) {
        for (String phrase : phrases) {
            put(phrase, Term.direction(sign, phrase));
        }
    }

    private static void intensity(Intensity intensity, String... phrases) {
        for (String phrase : phrases) {
            put(phrase, Term.intensity(intensity, phrase));
        }
    }

    private static void extend(int impliedSides, String... phrases) {
        for (String phrase : phrases) {
            put(phrase, Term.withValue(Term.Role.EXTEND, impliedSides, phrase));
        }
    }

    private static void side(int sides, String... phrases) {
        for (String phrase : phrases) {
            put(phrase, Term.withValue(Term.Role.SIDE, sides, phrase));
        }
    }

    private static void unit(int percent, String... phrases) {
        for (String phrase : phrases) {
            put(phrase, Term.withValue(Term.Role.UNIT, percent, phrase));
        }
    }

    private static void role(Term.Role role, String... phrases) {
        for (String phrase : phrases) {
            put(phrase, Term.of(role, phrase));
        }
    }

    private static void put(String phrase, Term term) {
        if (phrase.split(" ").length > LONGEST_PHRASE || PHRASES.putIfAbsent(phrase, term) != null) {
            throw new IllegalStateException("bad or duplicate phrase in the lexicon: " + phrase);
        }
    }
}
