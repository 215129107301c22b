package org.easel.server.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.easel.server.planning.semantic.SemanticUnderstanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The interpreter on the kinds of instruction the issue found refused or misread, with the real
 * MiniLM model: each line is an instruction, the context it is typed in, and the label of what
 * Easel must understand (the evaluation set's label language, see {@link UnderstandingLabels}).
 */
class InstructionReaderTest {
    private static final InstructionContext NOTHING_SELECTED = InstructionContext.NONE;
    private static final InstructionContext SELECTED = InstructionContext.NONE.withSelection(true);
    private static final InstructionContext EMPTY_LAYER = new InstructionContext(false, true, 1024, 768,
            Optional.empty(), Optional.empty());
    private static final InstructionContext AFTER_GENERATING = new InstructionContext(true, false, 1000, 800,
            Optional.of(InstructionContext.ChangeKind.GENERATED), Optional.empty());

    private static final InstructionContext PORTRAIT_CANVAS = new InstructionContext(false, false, 768, 1024,
            Optional.empty(), Optional.empty());
    private static final InstructionContext SQUARE_CANVAS = new InstructionContext(false, false, 1080, 1080,
            Optional.empty(), Optional.empty());

    private static InstructionContext after(InstructionContext.ChangeKind last, Optional<String> style) {
        return new InstructionContext(true, false, 1024, 768, Optional.of(last), style);
    }

    private final InstructionReader reader = new InstructionReader(Optional.empty(), SemanticUnderstanding.shared(),
            SemanticUnderstanding::examplesEmbedded);

    private static InstructionContext context(String name) {
        return switch (name) {
            case "sel" -> SELECTED;
            case "blank" -> EMPTY_LAYER;
            case "generated" -> AFTER_GENERATING;
            case "portrait" -> PORTRAIT_CANVAS;
            case "square" -> SQUARE_CANVAS;
            case "removed" -> after(InstructionContext.ChangeKind.FILL, Optional.empty());
            case "extended" -> after(InstructionContext.ChangeKind.EXTENSION, Optional.empty());
            case "adjusted" -> after(InstructionContext.ChangeKind.ADJUSTMENT, Optional.empty());
            case "styled" -> after(InstructionContext.ChangeKind.GENERATED, Optional.of("watercolor"));
            default -> NOTHING_SELECTED;
        };
    }

    @ParameterizedTest(name = "{0} [{1}] → {2}")
    @CsvSource(delimiter = '~', value = {
            // "level" the noun (a game level) is no straightening; a bare "level" verb ends its clause.
            "the boss level looks too dark, brighten it ~ nosel ~ adjust: brightness+",
            "level background: a jungle with rope bridges ~ blank ~ generate: a jungle with rope bridges",
            "the horizon sits crooked, level it please ~ nosel ~ canvas: straighten",
            "turn it a degree or two so the shelf sits level ~ nosel ~ canvas: straighten",
            "grey out the locked button ~ sel ~ adjust: grayscale",
            // The style named before its role; every picture in a look; the subject left out.
            "set linocut print as the style for all subsequent pictures ~ nosel ~ style: linocut print",
            "remember: every picture in soft pastel chalk ~ nosel ~ style: soft pastel chalk",
            "can give me another one but in pencil ~ generated ~ variation; style: pencil",
            "darken this strip a little so the next one stands out ~ sel ~ adjust: brightness-",
            // "everywhere" and "flowers" are no extension; enlarging with detail is an upscale.
            "make it autumn, leaves everywhere ~ nosel ~ edit",
            "enlarge with more detail, it is going on a poster ~ nosel ~ upscale",
            "upscale with fine detail, we need 300 dpi for the printer ~ nosel ~ upscale",
            "enlarge picture, it is too small and gets soft when I print ~ nosel ~ upscale",
            // Automatic colour, padding, the tint by the colour added or taken out, settings, red eye taken out.
            "auto adjust the colours please ~ nosel ~ adjust: auto_white_balance",
            "just auto fix it ~ nosel ~ adjust: auto_levels",
            "pad the right side with matching sky ~ nosel ~ extend: right",
            "a touch of magenta to cancel out the green ~ nosel ~ adjust: tint+",
            "the skin went green under the lamps, needs a magenta correction ~ nosel ~ adjust: tint+",
            "pull the magenta out, the whole thing looks rosy ~ nosel ~ adjust: tint-",
            "it is all skewed to magenta, correct toward green ~ nosel ~ adjust: tint-",
            "enable the dark theme in the plugin ~ nosel ~ refuse",
            "my son has red eye in this one, please fix it ~ sel ~ adjust: red_eye",
            "could we go back to how the picture was at the very beginning ~ adjusted ~ original",
            "dragon wings -> black ~ nosel ~ edit",
            // The qualities colour gives, asked with the adjustment; brighter colours are more saturated ones.
            "make the colours brighter and more cheerful ~ nosel ~ adjust: saturation+",
            "make the whole picture warmer and more creamy ~ nosel ~ adjust: warmth+",
            "the leaves need to be more saturated ~ sel ~ adjust: saturation+",
            // Colours by more names, going further out, a style given up or praised and kept, a named person's thing
            // taken out, more of a thing the picture has, blank space cropped away, a picture complained about.
            "make the armchair mustard velvet instead of blue ~ nosel ~ edit",
            "can you make the picture go further out on the right ~ nosel ~ extend: right",
            "I would rather not have the ink style any longer ~ nosel ~ clearstyle",
            "I love this look, please remember it for later ~ nosel ~ keepstyle",
            "take grandma's bag out, it ruins the shot ~ sel ~ remove",
            "take the colour out ~ nosel ~ adjust: grayscale",
            "more fog over the lake ~ nosel ~ edit",
            "crop away all the blank space around the badge ~ sel ~ canvas: crop",
            "photo of my cat on the sofa is kinda dull and grey ~ nosel ~ adjust: saturation+",
            // Another take of what was made, in a look; a hue from one colour towards another; crunch.
            "try it as a linocut ~ generated ~ variation; style: linocut",
            "make another dragon one ~ generated ~ variation",
            "shift the scarf from orange toward crimson ~ sel ~ adjust: hue",
            "hue shift the logo from teal to violet, keep lightness ~ sel ~ adjust: hue",
            "more crunch in the rock textures ~ sel ~ adjust: clarity+",
            // "different" names no change: asked, not refused.
            "make it look different ~ nosel ~ clarify",
            "make this part different ~ sel ~ clarify",
            // An effect named, then asked of with a pronoun or a bare "more"/"less".
            "vibrance is at cartoon levels, dial it back ~ nosel ~ adjust: vibrance-",
            "the exposure is way over, obviously. pull it down ~ nosel ~ adjust: exposure-",
            "contrast is too weak i think. more strong please ~ nosel ~ adjust: contrast+",
            "the colours are too much, it looks like a poster. less please. ~ nosel ~ adjust: saturation-",
            "the mossy greens are too acid, knock the chroma back ~ nosel ~ adjust: saturation-",
            "so dark, please more light ~ nosel ~ adjust: brightness+",
            "shadows are too black, make them more light ~ nosel ~ adjust: shadows+",
            // Signed amounts, automatic fixes in other word orders, whites that are not white, red eye from the flash.
            "+2/3 stop exposure please ~ nosel ~ adjust: exposure+",
            "saturation -15 ~ nosel ~ adjust: saturation-",
            "could you do automatic the levels? ~ nosel ~ adjust: auto_levels",
            "the whites arent white theyre bluish ~ nosel ~ adjust: auto_white_balance",
            "my cousin has the eyes red for the flash, can you fix? ~ nosel ~ adjust: red_eye",
            "quit the red eyes of my daughter here ~ sel ~ adjust: red_eye",
            "it is too dark this photo ~ nosel ~ adjust: brightness+ | adjust: exposure+",
            // Keeping and ending the style, in more words: praise first ("I like this style.") is no request.
            "I like this look. please use the same style for the next ones ~ generated ~ keepstyle",
            "This look I love, please use it for the next pictures too ~ generated ~ keepstyle",
            "use this as the style for the whole series going forward ~ generated ~ keepstyle",
            "wow, can all my pictures look like this from now on ~ generated ~ keepstyle",
            "that's the rendering I want, keep it for everything after ~ generated ~ keepstyle",
            "save this look ~ generated ~ keepstyle",
            "i dont want the watercolor style anymore for new pictures ~ styled ~ clearstyle",
            // Bigger keeping the quality is an upscale; more of a generated picture a variation; the start the original.
            "make the photo bigger, three times, with details ~ nosel ~ upscale",
            "make the image more big, in good quality ~ nosel ~ upscale",
            "could you enlarge it while keeping it crisp? ~ nosel ~ upscale",
            "I'd like to hang it bigger but it goes all fuzzy. Can you make it bigger properly? ~ nosel ~ upscale",
            "do another one similar ~ generated ~ variation",
            "one more of the lighthouse, but plain now ~ generated ~ variation",
            "put the picture back like it was at the beginning ~ adjusted ~ original",
            // Cut-off pictures and bare shapes grow the canvas; trimmed edges with a selection crop to it.
            "the top of her hat is cut, can you complete it ~ nosel ~ extend: top",
            "the floor is cut, add more under ~ nosel ~ extend: bottom",
            "4:5 ~ nosel ~ extend: top,bottom",
            "add a bit more picture all the way round the edges ~ nosel ~ extend: left,right,top,bottom",
            "trim off the edges so only the poster shows ~ sel ~ canvas: crop",
            "the highlights on the lake are clipped, recover them ~ sel ~ adjust: highlights-",
            // A thing given a colour in few words is a model's edit; complaints about a colour stay adjustments.
            "van red ~ nosel ~ edit",
            "the curtains dusty pink instead of white pls ~ nosel ~ edit",
            "swap her scarf to our brand blue ~ nosel ~ edit",
            "could you change the colour of the garage door to dark blue? ~ nosel ~ edit",
            "its too blue lol ~ nosel ~ adjust: warmth+",
            "not so yellow please ~ nosel ~ adjust: warmth- | adjust: auto_white_balance",
            "make it a colour photo, it is black and white ~ nosel ~ edit",
            "make the background black and white but keep the car in colour ~ sel ~ adjust: grayscale",
            // Nouns that look like other words: a game level, a learner's "put blurry", "situation" for saturation.
            "make the whole desert level look rainy ~ nosel ~ edit",
            "put blurry the background ~ sel ~ adjust: blur",
            "more situation on the flowers ~ sel ~ adjust: saturation+",
            "framed botanical print in soft greens above the sofa ~ sel ~ paint: framed botanical print in soft greens",
            // The same again on a new selection, and an undo with the reason first.
            "now apply the same to the selected door only ~ adjusted ~ again",
            "do the same on the other boy ~ adjusted ~ again",
            "oh no thats made it all blotchy, can you undo ~ adjusted ~ undo",
            // The style pointed at in more words; variations asked in a style; the style left out this once.
            "keep this exact look for everything else I make today ~ generated ~ keepstyle",
            "Retain the current overall style for all future images. ~ generated ~ keepstyle",
            "lock in this palette for the whole series ~ generated ~ keepstyle",
            "use this look as the base style going forward ~ generated ~ keepstyle",
            "all future renders: hubble palette ~ nosel ~ style: hubble palette",
            "and one in woodcut style ~ generated ~ variation; style: woodcut",
            "same thing but make it look like a pastel drawing ~ generated ~ variation; style: pastel drawing",
            "ok, do a variation in flat vector style ~ generated ~ variation; style: flat vector",
            "a barn in the snow, no style this time ~ blank ~ generate: a barn in the snow",
            "can you make it look like it was taken today, all new and clean ~ nosel ~ edit",
            // Recoloured after a story, a thing made wider, a place on a map, words asked for, learners' removals.
            "the back lawn is brown, make it green ~ nosel ~ edit",
            "lawn was patchy, make it greener ~ nosel ~ edit",
            "make the roads wider ~ nosel ~ edit",
            "make the panel taller, extend it upward 30% ~ nosel ~ extend: top",
            "add two lighthouses off the west coast ~ nosel ~ edit | clarify",
            "tell me which colour suits a wedding card ~ nosel ~ refuse",
            "come up with names for my dragons ~ nosel ~ refuse",
            "the lamp is ugly, quit it ~ sel ~ remove",
            "the cat hair on the rug, get it out ~ sel ~ remove",
            "so much noise from my old phone, can you get it out ~ nosel ~ adjust: denoise",
            "there's a dust speck right here, clean it away ~ sel ~ remove",
            "now please also some snow ~ nosel ~ edit",
            "Revert to the unedited image. ~ adjusted ~ original",
            "also horizons are off ~ nosel ~ canvas: straighten",
            "fix automatically the light of the picture ~ nosel ~ adjust: auto_levels",
            "ok now it's too crunchy, back off a bit ~ adjusted ~ less",
            // Follow-ups and learners' word orders in more forms.
            "ok style off ~ styled ~ clearstyle",
            "too far, pull back a little ~ adjusted ~ less",
            "now the same for the ferns ~ adjusted ~ again",
            "now the same on the right ~ extended ~ extend: right",
            "put the photo back like at the beginning ~ adjusted ~ original",
            "change the colour of the bike in green please ~ nosel ~ edit",
            "keep only the part i selected, cut the rest ~ sel ~ canvas: crop",
            "retouch out the pin on her collar ~ sel ~ remove",
            "can you make him dance? like a little video ~ nosel ~ refuse",
            "apply some unsharp masking to the scan ~ nosel ~ adjust: sharpen",
            "make it b&w its more aesthetic ~ nosel ~ adjust: grayscale",
            "gimme some exposure back on the goalie ~ sel ~ adjust: exposure+",
            "put in black and white only the sky ~ sel ~ adjust: grayscale",
            "sfocate a little the background ~ sel ~ adjust: blur",
            // Vague verdicts about someone are asked about; "and the X" with a selection is the same again there.
            "and the fountain too ~ adjusted ~ again",
            "groom looks off ~ sel ~ clarify",
            "this page needs something ~ sel ~ clarify",
            // Text in other words, a question with a ratio in it, the style pointed at by what it belongs to.
            "put the match score 2-0 in the corner ~ nosel ~ refuse",
            "company name in serif caps under the emblem ~ sel ~ refuse",
            "how many megapixels from a 6x7 neg at 3200dpi ~ nosel ~ refuse",
            "use this print's look as the house style going forward ~ generated ~ keepstyle",
            "love this mood, keep it as the style for the whole book ~ generated ~ keepstyle",
            "use always this style for the next pictures ~ generated ~ keepstyle",
            "street-level view of a corner cafe at night ~ blank ~ generate: street-level view of a corner cafe at night",
            "the innkeeper should be an elf instead of a dwarf ~ nosel ~ edit",
            // What a picture is for, and who wants it, is no part of its prompt; "there should be no X" is the negative.
            "need a placeholder pic of a rooftop garden at dusk ~ blank ~ generate: a rooftop garden at dusk",
            "a dragon kite over the hills, my son wants one for his room ~ blank ~ generate: a dragon kite over the hills",
            "a misty harbour at dawn, something I can put a title on later ~ blank ~ generate: a misty harbour at dawn",
            "need a newsletter header: lavender field at sunset ~ blank ~ generate: lavender field at sunset",
            "could you make me a header image of an otter floating on its back? ~ blank ~ generate: an otter floating on its back",
            "A quiet beach at noon. There should be no people. ~ blank ~ generate: a quiet beach at noon; without: people",
            "a castle gate sketch, leave out any banners ~ blank ~ generate: a castle gate sketch; without: banners",
            "next page, the fox reading under a tree ~ blank ~ generate: the fox reading under a tree",
            "and one of a lighthouse in a storm ~ blank ~ generate: a lighthouse in a storm",
            // A paint prompt as a prompt: the colour said after ("a blue one", "of color brown"), asides and fillers gone.
            "put a kite there, a red one ~ sel ~ paint: a red kite",
            "put here a little cat of color grey ~ sel ~ paint: a little grey cat",
            "can u put like hearts n stars here ~ sel ~ paint: hearts and stars",
            "drop a plain grey stool in there. boring. perfect ~ sel ~ paint: a plain grey stool",
            "put a fern here. every bathroom photo needs one, apparently ~ sel ~ paint: a fern",
            // This picture with an effect, asked for as if it were a new picture.
            "gimme a grayscale pass to check values ~ nosel ~ adjust: grayscale",
            "give me a mono version of the elevation for the planning pack ~ nosel ~ adjust: grayscale",
            "a sepia copy please ~ nosel ~ adjust: sepia",
            // Tone words that describe a thing to paint, not an adjustment.
            "dark grey sedan parked in the driveway ~ sel ~ paint: dark grey sedan parked in the driveway",
            "a bright red kite ~ sel ~ paint: a bright red kite",
            "In selected area make one rangoli design with bright colours ~ sel ~ paint: rangoli design with bright colours",
            "light pollution gradient is making everything orange ~ nosel ~ adjust: warmth- | adjust: auto_white_balance",
            "dark er ~ nosel ~ adjust: brightness-",
            // A level of a game is no horizon to level.
            "mood piece for the desert level: bleached bones, heat haze ~ blank ~ generate: mood piece for the desert level: bleached bones, heat haze",
            "please level this photo ~ nosel ~ canvas: straighten",
            // Upscales with the reason said around them.
            "upscale to 4k its so blurry when i zoom ~ nosel ~ upscale",
            "When I zoom it is looking pixelated, increase the resolution ~ nosel ~ upscale",
            "Enlarge it without turning it into a mush of pixels. ~ nosel ~ upscale",
            "bigger ~ nosel ~ clarify",
            "bigger ~ adjusted ~ more",
            // The painting program's own settings; a UI designer's picture of a UI is no setting.
            "switch GIMP to the dark theme ~ nosel ~ refuse",
            "change krita's interface language ~ nosel ~ refuse",
            "make the UI look wooden and medieval instead of metal ~ nosel ~ edit",
            // Styles: later pictures said otherwise, a trailing preposition, a farewell.
            "all further images in a clean architectural line drawing style ~ nosel ~ style: clean architectural line drawing",
            "use a crayon texture on all the pictures after this one ~ nosel ~ style: crayon texture",
            "take out the style, now normal ~ nosel ~ clearstyle",
            "bye watercolour, normal again ~ styled ~ clearstyle",
            // The same again on a new selection.
            "do the same in this other flower ~ adjusted ~ again",
            "Now the hands. Same thing. ~ adjusted ~ again",
            // A colour change that names neither the colour nor what has it is asked about; a thing's colour is an edit.
            "change the color ~ nosel ~ clarify",
            "hero's cape should be red not blue ~ nosel ~ edit",
            "change the car of my father to red color ~ nosel ~ edit",
            "Change saree colour to green, rest same ~ nosel ~ edit",
            "tablecloth should be white not cream, fix the white balance ~ nosel ~ adjust: auto_white_balance | adjust: warmth-",
            "the whites should be white ~ nosel ~ clarify | adjust: auto_white_balance",
            // Complaints and requests in other words.
            "make this guy dissapear ~ sel ~ remove",
            "highlights r way too much, tone em down ~ nosel ~ adjust: highlights-",
            "extend R 25% ~ nosel ~ extend: right=25%",
            "too much color tone it down ~ nosel ~ adjust: saturation-",
            "The contrast is pathetic. Fix it. ~ nosel ~ adjust: contrast+",
            "Grain everywhere from the scanner. Get rid of it. ~ nosel ~ adjust: denoise",
            "The shadows are swallowing the base of the pot. Lift them. ~ nosel ~ adjust: shadows+",
            "the photo is very dark, can you put more light? ~ nosel ~ adjust: brightness+ | adjust: exposure+",
            "my roses look washed out, can you make the reds pop more ~ nosel ~ adjust: saturation+",
            "just auto fix it ~ nosel ~ adjust: auto_levels",
            "white balance is strange, auto fix please ~ nosel ~ adjust: auto_white_balance",
            "Do auto correction of contrast ~ nosel ~ adjust: auto_contrast",
            "Make it vintage brown colour like my grandfather's photos ~ nosel ~ adjust: sepia",
            "too contrasty here, it's fighting with where the text will go ~ sel ~ adjust: contrast-",
            "my photo has a pink color everywhere, why? ~ nosel ~ adjust: tint-",
            "let the photo more hot, like summer ~ nosel ~ adjust: warmth+",
            // A picture asked for in one sentence and described further in the next, with remarks that describe nothing.
            "Generate a seated figure study, charcoal on toned paper. Correct proportions please. ~ blank ~ generate: seated figure study, charcoal on toned paper, correct proportions",
            "Paint a plain white ceramic jug in the selection. Nothing fancy. ~ sel ~ paint: a plain white ceramic jug",
            "A still life, three apples, a copper pot. Chiaroscuro, if you even know what that is. ~ blank ~ generate: a still life, three apples, a copper pot. chiaroscuro",
            "in this place put a coconut tree ~ sel ~ paint: coconut tree",
            "Peacock with open feathers I want here ~ sel ~ paint: peacock with open feathers",
            "a few versions of a fairy house, I can't decide what I want ~ blank ~ generate: a fairy house",
            // Which part a request is about, when a clause before names it.
            "could you brighten up just the shadowy bits ~ nosel ~ adjust: shadows+",
            "highlights on the pond are dull, push them brighter ~ sel ~ adjust: highlights+",
            "the sun glow is too harsh, can we calm the highlights ~ sel ~ adjust: highlights-",
            "On face the shadow is too heavy, make lighter ~ sel ~ adjust: shadows+",
            "is very blur, can you make more sharp ~ nosel ~ adjust: sharpen",
            "Background should be blur so product comes in focus ~ sel ~ adjust: blur",
            "posterize it like a pop art poster ~ nosel ~ adjust: posterize",
            "Little bit dark it please ~ nosel ~ adjust: brightness-",
            "to yellow ~ nosel ~ adjust: warmth- | adjust: auto_white_balance",
            "the pastel palette is nice but could be a bit livelier without going neon ~ nosel ~ adjust: vibrance+",
            // A part named with nothing said of what should happen to it, and "cleaner" with nothing selected: asked.
            "Sort out the background. ~ nosel ~ clarify",
            "can you do something about the bottom bit ~ nosel ~ clarify",
            "can you fix the flower ~ sel ~ clarify",
            "Clean it up. ~ nosel ~ clarify",
            "put it more clean ~ nosel ~ clarify",
            "It's wrong. Do it properly. ~ nosel ~ clarify",
            "I think is ok but something wrong, I dont know what ~ nosel ~ clarify",
            "clean this up ~ sel ~ remove",
            "grain is brutal. clean it up pls ~ nosel ~ adjust: denoise",
            "change the season to summer ~ nosel ~ edit",
            "fix the red eyes ~ nosel ~ adjust: red_eye",
            "Head is cutting, increase image on upper side ~ nosel ~ extend: top",
            "the lower part is too dark ~ nosel ~ adjust: brightness+",
            "convert the floor plan to a vector DXF ~ nosel ~ refuse",
            // One effect named twice is one operation; the feeling hoped for is why, not another effect.
            "sharpen it, i want it crisper ~ nosel ~ adjust: sharpen",
            "crush the shadows a little, want more depth in the courtyard ~ nosel ~ adjust: shadows-",
            "add a vignette, want more drama ~ nosel ~ adjust: vignette",
            // Dictated punctuation, abbreviations, a wish that names a warmth, red eye in the singular.
            "new picture colon a bowl of fruit on a wooden table comma soft light ~ blank ~ generate: a bowl of fruit on a wooden table, soft light",
            "please add Mt. Fuji in selected area, with snow on top ~ sel ~ paint: mt. fuji, with snow on top",
            "It's a little bluish, I want it to feel warm and cosy like the shop ~ nosel ~ adjust: warmth+",
            "there's red eye on my uncle in this one, can you fix it ~ sel ~ adjust: red_eye",
            "um make it less colorful like muted you know ~ nosel ~ adjust: saturation-",
            "make the page look like it was done with a brush pen instead of a tech pen ~ nosel ~ edit",
            // What a request pointing back asks of what a clause before named.
            "too contrasty, looks harsh. soften it ~ nosel ~ adjust: contrast-",
            "The shadows in my painting have come out too light in the photograph, please deepen them ~ nosel ~ adjust: shadows-",
            "The blues look much too strong compared to my painting, can they be softened a little? ~ nosel ~ adjust: saturation-",
            "boost vibrance a touch, the collar colours look muted ~ nosel ~ adjust: vibrance+",
            "desat the background panel, hero needs to pop ~ nosel ~ adjust: saturation-",
            "the shiny bits are way too bright, tone that down without making the rest dark ~ nosel ~ adjust: highlights-",
            "Sky is too bright, I want to see the clouds ~ nosel ~ adjust: highlights-",
            "the dark places in the photo I cannot see anything there ~ nosel ~ adjust: shadows+",
            "darker pls its a dusk shot it shouldnt look like noon ~ nosel ~ adjust: brightness-",
            // Other words for effects.
            "Make more light ~ nosel ~ adjust: brightness+",
            "Make colors more weak, it looks like cartoon ~ nosel ~ adjust: saturation-",
            "Make like poster, only few colors ~ nosel ~ adjust: posterize",
            "Please do automatic correction of colors ~ nosel ~ adjust: auto_white_balance",
            "Add darkening in the corners ~ nosel ~ adjust: vignette",
            "pop the whites a little ~ nosel ~ adjust: highlights+",
            // Canvas, styles, follow-ups and refusals said otherwise.
            "Pad it out to A4 proportions, portrait orientation. ~ nosel ~ extend: top=340px,bottom=340px",
            "make it more big size, I want to print in A3 ~ nosel ~ upscale",
            "Continue picture down, the table is cut ~ nosel ~ extend: bottom",
            "bg for the login screen: mountains at dawn w lots of empty space at top ~ blank ~ generate: mountains at dawn with lots of empty space at top",
            "make the photo bigger size with good quality ~ nosel ~ upscale",
            "Deskew the scan; it's about two degrees off. ~ nosel ~ canvas: straighten",
            "Return all to start ~ nosel ~ original",
            "Oh that's gone a bit far now ~ adjusted ~ less",
            "I do like how this one looks. Could you remember it for the next ones? ~ nosel ~ keepstyle",
            "From now on please do everything in a loose watercolour style like mine ~ blank ~ style: loose watercolour",
            "change the colour of my car to white ~ nosel ~ edit",
            "Make here window with night city behind ~ sel ~ paint: window with night city behind",
            "fake a fire in the fireplace ~ sel ~ paint: a fire in the fireplace",
            "stack these 40 subs for me ~ nosel ~ refuse",
            "make the canvas autosave every 5 min ~ nosel ~ refuse",
            // With a selection, content asked for in so many words is painted there; one painting, one reading.
            "paint in some dark sky with a few stars where I cut the satellite trail out ~ sel ~ paint: dark sky with a few stars",
            "some rain in here, diagonal streaks, ink style ~ sel ~ paint: some rain, diagonal streaks, ink style",
            "okay so in the part I circled I want a little yellow rubber duck floating in the bath ~ sel ~ paint: a little yellow rubber duck floating in the bath",
            "bring out the fine venation on this leaf ~ sel ~ adjust: clarity+",   // what is fine made clearer, no painting
            "make it look like a long exposure with star trails ~ nosel ~ edit",
            "fix the yellow from the kitchen lights ~ nosel ~ adjust: auto_white_balance",
            "fix the red in his eyes ~ sel ~ adjust: red_eye",
            // The shadows and effects named in other words.
            "Exposure is wrong, all is white, make less ~ nosel ~ adjust: exposure-",
            "bring up the faint nebulosity in the dark areas without blowing the core ~ nosel ~ adjust: shadows+",
            "can't see the layers inside the slice, they're all in shadow ~ sel ~ adjust: shadows+",
            "so there's this blurry part and I want it sharper ~ sel ~ adjust: sharpen",
            // Canvas operations and upscales in words no rule form reads: the meaning finds the operation, the words its amount.
            "the horizon dips down on the right side ~ nosel ~ canvas: straighten",
            "turn the picture of 90 degree to the left ~ nosel ~ canvas: rotate",
            "make it like in a mirror, right becomes left ~ nosel ~ canvas: flip",
            "we need a square one for the shop grid ~ nosel ~ canvas: crop",
            "cut the picture down to what I marked ~ sel ~ canvas: crop",
            "could it have more resolution, it looks tiny on my screen ~ nosel ~ upscale",
            "i want to agrandir the image to 3000 pixels ~ nosel ~ upscale",
            // Bigger with no word for pixels: more resolution or more canvas? Asked. A side named grows the canvas.
            "the room looks cramped, can you make it look bigger ~ nosel ~ clarify",
            "make the whole thing bigger on the left side ~ nosel ~ extend: left=25%",
            // Photographers' shorthand: slider moves, "wb", Lightroom's auto tone.
            "shadows +40 ~ nosel ~ adjust: shadows+",
            "highlights -60 ~ nosel ~ adjust: highlights-",
            "wb's off ~ nosel ~ adjust: auto_white_balance",
            "auto tone ~ nosel ~ adjust: auto_levels",
            // A blemish said, with it selected, is removed; a removal named as a noun too.
            "there's a coffee stain here, I selected it ~ sel ~ remove",
            "wire removal on this bit ~ sel ~ remove",
            // What is there, then what to put: the prompt is what to put.
            "there's a gap here, put a tree in it ~ sel ~ paint: a tree",
            // "right here" points; a sentence that only says please asks for nothing; asking for a word is chat.
            "add a lamp on the desk right here ~ sel ~ paint: a lamp on the desk",
            "brighten it and add some contrast? please ~ nosel ~ adjust: brightness+ contrast+",
            "how do you say vignette in french? ~ nosel ~ refuse",
            "make me a timelapse of the sunset ~ nosel ~ refuse",
            "put some colour into this old black and white photo ~ nosel ~ edit",
            "widen it to 2.39:1 by extending the sides, don't crop ~ nosel ~ extend: left=406px,right=406px",
            // With something selected, "give me …" / "render …" is painted there; a new picture only when one is named.
            "give me a pile of rocks in this corner ~ sel ~ paint: a pile of rocks",
            "render some rain streaks behind the car ~ sel ~ paint: rain streaks",
            // An empty layer has no canvas to grow: "a big north window" is part of the picture to make.
            "need a mood image: cosy cabin interior, big north window ~ blank ~ generate: cosy cabin interior, big north window",
            // The style pointed at is kept, whatever follows.
            "keep that look for the rest of the project ~ styled ~ keepstyle",
            // A model's edit reached only by falling back, or by form against the meaning, is asked about, not guessed.
            "kind of near what i pictured but idk ~ nosel ~ clarify",
            "need a square version for the shop page ~ nosel ~ canvas: crop",
            "put the photo in sepia please, like an old postcard ~ nosel ~ adjust: sepia",
            "make this one look like a linocut ~ nosel ~ edit",
            // Who it is for says nothing of what to change.
            "make it nicer for grandma ~ nosel ~ clarify",
            // The words that point at the selection go, however it was made; the story behind the picture too.
            "add a crescent moon in the top-left area I've lassoed ~ sel ~ paint: a crescent moon",
            "paint a koi in this strip ~ sel ~ paint: a koi",
            "draw a toucan in the box i picked, it's for a rainforest poster ~ sel ~ paint: a toucan",
            "in the selected zone paint a red vespa ~ sel ~ paint: a red vespa",
            // A word the sentence model does not know is content when the sentence asks to draw or place it.
            "fill this empty spot with a chrysanthemum ~ sel ~ paint: a chrysanthemum",
            // The part asked about is in the clause that names the adjustment; the picture's own names are no part.
            "ugh my hand was shaking, it's all a bit soft, sharpen it ~ nosel ~ adjust: sharpen",
            "posterize the hero portrait, comic-print look ~ nosel ~ adjust: posterize",
            "black and white with strong contrast ~ nosel ~ adjust: grayscale contrast+",
            "give it an S in the curves, it's looking flat ~ nosel ~ adjust: curve+",
            // A hue shift said as moving a colour; taming, killing or cutting an effect lowers it; "sat" is saturation.
            "the red in this logo is off, shift it toward orange ~ nosel ~ adjust: hue",
            "tame the vibrance on the leaves ~ sel ~ adjust: vibrance-",
            "knock the sat back a bit ~ nosel ~ adjust: saturation-",
            "the cat sat on the windowsill ~ blank ~ generate: the cat sat on the windowsill",
            // An effect asked for as a thing to have is more of it.
            "a bit of local contrast on the rocks ~ sel ~ adjust: clarity+",
            // Right after a change, with something new selected: the same there.
            "same for the girl on the right ~ generated ~ again",
            "now the mum, also selected ~ generated ~ again",
            "and now the cat's ears, circled those too ~ generated ~ again",
            "another one here ~ generated ~ again",
            // Prompts: "please" in the middle, "behind me", "the selected museum hall", "fill in …".
            "add a teapot here please, something elegant ~ sel ~ paint: a teapot, something elegant",
            "put a giant wave behind me ~ sel ~ paint: a giant wave",
            "add a dinosaur skeleton into the selected museum hall ~ sel ~ paint: a dinosaur skeleton",
            "fill in a white marble floor, no veins ~ sel ~ paint: a white marble floor; without: veins",
            // Editors' shorthand is an adjustment, never a picture to generate on the photo.
            "auto lvls pls ~ nosel ~ adjust: auto_levels",
            "curves, gentle S ~ nosel ~ adjust: curve+",
            "photo filter, warming 85 ~ nosel ~ adjust: warmth+",
            "exp up half a stop ~ nosel ~ adjust: exposure+",
            "too dark, bump exp like a stop ~ nosel ~ adjust: exposure+",
            "cmd+I on the selection ~ sel ~ adjust: invert",
            "make it crispy ~ nosel ~ adjust: sharpen",
            "ok too crispy, undo ~ nosel ~ undo",
            "the watercolour scan lost its warmth, bring some of that back ~ nosel ~ adjust: warmth+",
            "hero image is too hot, dial the brightness back ~ nosel ~ adjust: brightness-",
            "quit a little the brightness, the sky is burned ~ nosel ~ adjust: brightness-",
            "flatten it a bit, way too crunchy for an MLS listing ~ nosel ~ adjust: contrast-",
            "can you put the foto more sharp, is a little blurry ~ nosel ~ adjust: sharpen",
            "make more soft the skin of the girl ~ sel ~ adjust: blur",
            "skin is picking up green from the trees, push it toward magenta a hair ~ sel ~ adjust: tint+",
            "the ceiling looks pinkish ~ sel ~ adjust: tint-",
            "Make the selected part unsharp ~ sel ~ adjust: blur",
            "the crochet bunny looks muddy, can you get the real colors back ~ sel ~ adjust: auto_white_balance",
            "make the sky a diffrent colour ~ sel ~ clarify",
            // Grain cleaned, blown parts recovered, sliders by their sign alone, red eyes said as a story, the edges darkened.
            "its grany, lots of littel specks, clean it up ~ nosel ~ adjust: denoise",
            "kill the paper grain ~ nosel ~ adjust: denoise",
            "NR on the sky pls, ISO 6400 was rough ~ sel ~ adjust: denoise",
            "the sky is burned, can you recover it? ~ nosel ~ adjust: highlights-",
            "there's this weird glare on the window I've selected, could you tone the glare down? ~ sel ~ adjust: highlights-",
            "make the map look burned at the edges ~ nosel ~ edit",
            "sat + ~ nosel ~ adjust: saturation+",
            "contrast - ~ nosel ~ adjust: contrast-",
            "clarity+ on sel ~ sel ~ adjust: clarity+",
            "bright -10, contrast +15 ~ nosel ~ adjust: brightness- contrast+",
            "there are red eyes on my daughter in the bit I circled ~ sel ~ adjust: red_eye",
            "my cousin's eyes are coming red in the photo, please correct, I have selected ~ sel ~ adjust: red_eye",
            "more punch pls, throw an S curve on it ~ nosel ~ adjust: curve+",
            "add a soft darkening around the edges so the eye goes to the plate ~ nosel ~ adjust: vignette",
            "make the borders of the photo more dark, for make focus in the centre ~ nosel ~ adjust: vignette",
            "can you do automatic the levels ~ nosel ~ adjust: auto_levels",
            "auto stretch it ~ nosel ~ adjust: auto_levels",
            "make that one blak an white ~ nosel ~ adjust: grayscale",
            "make this one brown like the old albums used to be ~ nosel ~ adjust: sepia",
            "make it look like an old photo ~ nosel ~ adjust: sepia",
            "this old photo of my parents is damaged and faded, can you restore it ~ nosel ~ edit",
            // A clause that only tells why adds nothing to what is asked; a way for the white balance is warmth.
            "lift the shadows a touch, everyone's faces are in the dark ~ nosel ~ adjust: shadows+",
            "invert it, I want to check the matte edges ~ nosel ~ adjust: invert",
            "grayscale the selection only, we're doing a colour pop on the bag ~ sel ~ adjust: grayscale",
            "scanner grain is way too much, smooth it out ~ nosel ~ adjust: denoise",
            "the window is totally blown, bring back some detail in there ~ sel ~ adjust: highlights-",
            "cooler WB, blue hour vibe ~ nosel ~ adjust: warmth-",
            "Shift the white balance toward blue by a modest amount. ~ nosel ~ adjust: warmth-",
            "WB is off, way too warm ~ nosel ~ adjust: auto_white_balance",
            // A lasting style said in other words, and ended in other words.
            "For all subsequent generations, please use a 19th-century engraving style. ~ nosel ~ style: 19th-century engraving",
            "From now, please make all pictures in ukiyo-e style. ~ nosel ~ style: ukiyo-e",
            "please, from this moment all pictures like gouache painting ~ nosel ~ style: gouache painting",
            "from now all the images in style of Caravaggio please ~ nosel ~ style: caravaggio",
            "all my future pics: 90s anime cel look ~ nosel ~ style: 90s anime cel",
            "Please delete the style setting ~ nosel ~ clearstyle",
            "remove the style, I don't want more the watercolour ~ nosel ~ clearstyle",
            "ok turn off the fine line thing ~ nosel ~ clearstyle",
            // Vague words alone are asked about, not refused.
            "do your magic ✨ ~ nosel ~ clarify",
            "It is not good like this ~ nosel ~ clarify",
            "ugh can you just sort this out ~ nosel ~ clarify",
            "hmm, i dont know, make better ~ nosel ~ clarify",
            // "Bigger" with pixels or print in the story is an upscale; a room that should look bigger is asked about.
            "the website says photos have to be at least 2048 wide, make it bigger ~ nosel ~ upscale",
            "can u make it bigger its too tiny to post ~ nosel ~ upscale",
            "could you make it bigger so I can get it printed at the chemist ~ nosel ~ upscale",
            "2x it ~ nosel ~ upscale",
            "make it bigger ~ nosel ~ clarify",
            "the room looks tiny, can you make it look bigger ~ nosel ~ clarify",
            // The change said first, then where: the picture with nothing selected. A part named first is asked about.
            "crank the saturation to the max ~ nosel ~ adjust: saturation+",
            "add clarity to the fur ~ nosel ~ adjust: clarity+",
            "posterize the tileset, fewer colours ~ nosel ~ adjust: posterize",
            "sharpen a touch after the upscale ~ nosel ~ adjust: sharpen",
            "make the walls darker ~ nosel ~ clarify",
            // A thing given another colour: a hue shift would recolour everything, so the model's edit, not a question.
            "paint the walls dark green ~ nosel ~ edit",
            "turn the car matte black ~ nosel ~ edit",
            // Rendering a thing already there another way is this picture changed; with a selection and a place, painted.
            "Render the plate as though it were an old copperplate engraving ~ nosel ~ edit",
            "Could you render the entire scene as though it were a pencil sketch? ~ nosel ~ edit",
            "Kindly render a lighthouse on the cliff within the selection. ~ sel ~ paint: a lighthouse on the cliff",
            // Lasting styles and their end in more words.
            "from now onwards make everything in Madhubani painting style ~ nosel ~ style: madhubani painting",
            "all my next sprites should be 16-bit SNES style ~ nosel ~ style: 16-bit snes",
            "sorry, could all the pictures after this be watercolour-y? like permanently? ~ blank ~ style: watercolor",
            "Let's sunset the vintage style, clear it out ~ nosel ~ clearstyle",
            "basta with the style, normal images now please ~ nosel ~ clearstyle",
            // A season or an hour alone, on a picture, is this picture changed; a thing in it is a picture of its own.
            "snowy ~ nosel ~ edit",
            "dusk, lights on in all the windows ~ nosel ~ edit",
            "snowy mountain village at dusk ~ blank ~ generate: snowy mountain village at dusk",
            "Too crisp now. Undo the last step. ~ sel ~ undo",
            "do it again but in watercolour ~ generated ~ variation; style: watercolour",
            // What should not happen is no adjustment; a story says where detail is wanted back.
            "sorry, is there a way to make the picture bigger without it going blurry? ~ nosel ~ upscale",
            "deepen the shadow under the car so it looks grounded ~ sel ~ adjust: shadows-",
            "the white parts are burned out, can you get some drawing back in them ~ nosel ~ adjust: highlights-",
            "the owl got flash eye from the fill flash, sort it ~ sel ~ adjust: red_eye",
            "laser eyes ~ sel ~ paint: laser eyes",
            "make in the selection a balcony with flowers, not modern ~ sel ~ paint: a balcony with flowers; without: modern",
            "Same treatment for the one on the laptop lid ~ adjusted ~ again",
            // Nothing said of what to change: asked, not guessed.
            "idk make it slap 🔥 ~ nosel ~ clarify",
            "idk, you decide ~ nosel ~ clarify",
            "the car ~ nosel ~ clarify",
            "ur the best ~ nosel ~ refuse",
            // Sizes, turns and sides in more words.
            "Could you enlarge the picture to double its present size? ~ nosel ~ upscale",
            "please make the image more big, x3 ~ nosel ~ upscale",
            "make the tree 2x bigger ~ nosel ~ clarify",
            "Now kindly rotate it ninety degrees counter-clockwise. ~ nosel ~ canvas: rotate",
            "turn the image to the left (ccw) ~ nosel ~ canvas: rotate",
            "canvas more wide please, both side ~ nosel ~ extend: left=25%,right=25%",
            "please make the photo more large on the sides ~ nosel ~ extend: left=25%,right=25%",
            // Follow-ups in more words.
            "prev ~ adjusted ~ show: previous",
            "show 1 ~ adjusted ~ show: #1",
            "show me edit one ~ adjusted ~ show: #1",
            "I should like to undo the rotation. ~ adjusted ~ undo",
            "Per stakeholder feedback, let's roll back that last change ~ adjusted ~ undo",
            "Cancel the last modification please ~ adjusted ~ undo",
            "stronger still, it's for a printed plate ~ adjusted ~ more",
            // Adjustments and removals in more words.
            "increase the sharpness little bit ~ nosel ~ adjust: sharpen",
            "I believe the photograph would benefit from greater contrast. ~ nosel ~ adjust: contrast+",
            "get that logo off the t-shirt ~ sel ~ remove",
            "remove this ㅠ ~ sel ~ remove",
            "kill this speech balloon, gonna reletter the panel later ~ sel ~ remove",
            "kill the vibrance a bit on the background ~ sel ~ adjust: vibrance-",
            // Prompts without the words that point at the selection or only chat.
            "Could you place a vase of tulips on the table where I have made a selection? ~ sel ~ paint: a vase of tulips on the table",
            "a crescent moon in the box I drew ~ sel ~ paint: a crescent moon",
            "golden crown on her head (selected) ~ sel ~ paint: golden crown",
            "Please insert a flock of geese flying across the selected portion of the sky. ~ sel ~ paint: a flock of geese flying",
            "here please put small boat on the lake ~ sel ~ paint: small boat on the lake",
            "sir please add one peacock here ~ sel ~ paint: one peacock",
            "i want here a little cat that sleep ~ sel ~ paint: a little cat that sleep",
            "in the selected area I want a mountain range at dusk ~ sel ~ paint: a mountain range at dusk",
            "um, i selected a spot, could there be a rainbow? sorry ~ sel ~ paint: a rainbow",
            "Now, a harbour with fishing boats at dawn, if you would. ~ blank ~ generate: a harbour with fishing boats at dawn",
            "lowkey want a pic of a vaporwave mall 🌴 ~ blank ~ generate: a vaporwave mall",
            "need a mood image: scandi living room, oak floors, big north light window ~ blank ~ generate: a mood image: scandi living room, oak floors, big north light window",
            "Oh dear, I don't like that at all. Can I have the photo as it was to begin with? ~ adjusted ~ original",
            "actually just give me the scan as it came in ~ adjusted ~ original",
            "oh no I don't like any of it, put it back how it first was ~ adjusted ~ original",
            // An automatic fix named after a complaint is that fix; the colour balance is the white balance.
            "scan came out grey and muddy, auto contrast it ~ nosel ~ adjust: auto_contrast",
            "The scan is grey and low in contrast — run auto levels please ~ nosel ~ adjust: auto_levels",
            "white balance is off, can you set it automatically ~ nosel ~ adjust: auto_white_balance",
            "I would be grateful if you could correct the colour balance automatically. ~ nosel ~ adjust: auto_white_balance",
            "Can you make it a little bit more light? It is very dark now. ~ nosel ~ adjust: brightness+",
            "please make the shadow portion more visible ~ nosel ~ adjust: shadows+",
            // Wanting it better without saying how: asked.
            "something is wrong with this, please check ~ nosel ~ clarify",
            "Can we make it feel more premium? ~ nosel ~ clarify",
            "Let's just make it work ~ nosel ~ clarify",
            "Can we optimize this? ~ nosel ~ clarify",
            "please do something with this photo ~ nosel ~ clarify",
            "It is not yet quite right, I think. ~ nosel ~ clarify",
            // A complaint in one sentence, "could this be remedied?" in the next; where the flaw shows is no change.
            "The picture seems rather noisy, particularly in the darker areas. Could this be remedied? ~ nosel ~ adjust: denoise",
            "sorry, is it ok to add some clouds in this bit? fluffy ones ~ sel ~ paint: fluffy clouds",
            "put in this place a vespa, red, vintage ~ sel ~ paint: a vespa, red, vintage",
            "do the same on this other bottle ~ adjusted ~ again",
            "It needs to be 1920 wide for the website, composition is fine ~ nosel ~ upscale",
            "sorry, could you do the thing where the corners go darker? ~ nosel ~ adjust: vignette",
            "I should like the highlights to be toned down somewhat, as the clouds have lost their detail. ~ nosel ~ adjust: highlights-",
            "make the highlights little down, face is shining ~ sel ~ adjust: highlights-",
            // Every change taken back is the original; keeping a style, denied, ends it.
            "forget all the changes ~ adjusted ~ original",
            "clear all edits ~ adjusted ~ original",
            "remove all the edits ~ adjusted ~ original",
            "scrap all that ~ adjusted ~ original",
            "start from scratch ~ adjusted ~ original",
            "i want my original photo back ~ adjusted ~ original",
            "no need to keep the style ~ styled ~ clearstyle",
            "don't keep the style anymore ~ styled ~ clearstyle",
            "you don't have to stick with the watercolour ~ styled ~ clearstyle",
            // More of what was just made, said as pushing it; not when the sentence asks for something new.
            "more autumn, go harder ~ generated ~ more",
            "go further ~ generated ~ more",
            "underexposed by a stop, push it ~ nosel ~ adjust: exposure+",
            // A request that only points back ("weaken it", "make it visible") means what the complaint before it names.
            "contrast is too strong, please weaken it ~ nosel ~ adjust: contrast-",
            "color is too much strong. please make calm ~ nosel ~ adjust: saturation-",
            "dark part is lost. please make it visible ~ nosel ~ adjust: shadows+",
            "the dark zones are too dark, we dont see nothing inside ~ nosel ~ adjust: shadows+",
            "please recover detail in the darkest passages of the mezzotint ~ nosel ~ adjust: shadows+",
            "shadows are crushed, ease off the contrast ~ nosel ~ adjust: contrast-",
            "the sky is all white i want to see the clouds ~ sel ~ adjust: highlights-",
            "the colours are too much yellow, i don't like ~ nosel ~ adjust: warmth-",
            // The style pointed at is kept; the normal style is no style.
            "remember this style ~ styled ~ keepstyle",
            "keep doing whatever style this is i really like it for the rest ~ styled ~ keepstyle",
            "enough watercolour, normal style now please ~ styled ~ clearstyle",
            "default style: charcoal sketch ~ nosel ~ style: charcoal sketch",
            "whatever, just give me the original back ~ adjusted ~ original",
            "return how it was at start ~ adjusted ~ original",
            "can i see the original photo again, before all the edits ~ adjusted ~ original",
            // Non-native and chatty forms of a plain request: "can help me", "make appear", "can it go?", a remark after it.
            "can help me remove this people? ~ sel ~ remove",
            "Make appear a black cat sitting on the window ~ sel ~ paint: a black cat sitting on the window",
            "make sharpness here ~ sel ~ adjust: sharpen",
            "invert the colors it would be so creepy haha ~ nosel ~ adjust: invert",
            "the food bowl is distracting, can it go? ~ sel ~ remove",
            "get the coffee ring off the scan ~ sel ~ remove",
            // Taking the last change back, or looking at an earlier one, after saying why.
            "Oh no now it is too light. Go back one? ~ adjusted ~ undo",
            "No, take it away again, it was ugly ~ generated ~ undo",
            "actually put the last one back how it was ~ generated ~ undo",
            "hmm the lights look cheesy. show me the one before ~ generated ~ show: previous",
            "I still like the first one more, show me ~ generated ~ show: first",
            // Lettering and vector work are for other tools, whatever the quoted words say; room for a title is an extension.
            "letter the balloons: \"WE HAVE TO GO, NOW!\" ~ sel ~ refuse",
            "put the Bible verse John 3:16 under the picture ~ nosel ~ refuse",
            "add space at the top for the title ~ nosel ~ extend: top=25%",
            "convert the inks to vector paths ~ nosel ~ refuse",
            // The prompt is what to paint: without how many, what it is for, why, and the words that point at the selection.
            "art for the Swamp Hag card: old witch stirring a cauldron in a bog ~ blank ~ generate: old witch stirring a cauldron in a bog",
            "show me 3 kitchen options, navy cabinets with brass hardware ~ blank ~ generate: kitchen navy cabinets with brass hardware",
            "pls do two versions of a frost mage casting a spell ~ blank ~ generate: a frost mage casting a spell",
            "DRAW A BOUQUET OF ROSES FOR MY WIFE ~ blank ~ generate: a bouquet of roses",
            "wide panorama of a desert at dusk for my desktop background ~ blank ~ generate: wide panorama of a desert at dusk",
            "3 options for a sky bg ~ blank ~ generate: a sky background",
            "put sunglasses on the dog (selected his face) ~ sel ~ paint: sunglasses on the dog",
            "Put a basket of bread on the table. I drew around the empty spot ~ sel ~ paint: a basket of bread on the table",
            "drop a seagull into this patch of sky ~ sel ~ paint: a seagull",
            "please draw one small bird at here ~ sel ~ paint: a small bird",
            "I guess add a butterfly there, since the photo is sooo boring ~ sel ~ paint: a butterfly",
            // A key held down, "from now" at the end, every later picture said plainly.
            "fllip vertical ~ nosel ~ canvas: flip",
            "evrything in pixel art from now ~ nosel ~ style: pixel art",
            "I want all picture after this use chinese ink painting style ~ nosel ~ style: chinese ink painting",
            // A picture the wrong way round, everything but the selection gone, the picture enlarged to a size in pixels.
            "The glass negative was scanned from the wrong side so everything is mirrored; please correct. ~ nosel ~ canvas: flip",
            "this is a scanned negative so the colours are all backwards ~ nosel ~ adjust: invert",
            "get rid of everything except the part i picked ~ sel ~ canvas: crop",
            "I need this for a 5x7 print at 300dpi and it's too small, can you enlarge the whole image to 2100 pixels tall? ~ nosel ~ upscale",
            "four side all add 10 percent ~ nosel ~ extend: left=10%,right=10%,top=10%,bottom=10%",
            "add bleed on all four sides ~ nosel ~ extend: left=25%,right=25%,top=25%,bottom=25%",
            // Noise and exposure said as a story; one more picture "of" something; one of the things in it is no new picture.
            "i took this at night and theres all these little speckles and coloured dots everywhere ~ nosel ~ adjust: denoise",
            "bedroom is under by like a stop and a half ~ nosel ~ adjust: exposure+",
            "now do one of a sailboat on a lake at sunset ~ generated ~ generate: a sailboat on a lake at sunset",
            "make one of the birds red ~ nosel ~ edit",
            // Adjustments said in other words: colours fixed automatically or given life, red eyes said as a story, old brown
            // photos, highlights got back, few colours, noise reduced, a cast as a "dominance" or yellowing, open shadows
            // deepened, dark corners, a push toward green, a steep curve, "black white".
            "PLEASE FIX THE COLORS AUTOMATICALLY ~ nosel ~ adjust: auto_white_balance",
            "The colours feel tired. Can you give them more life? ~ nosel ~ adjust: saturation+",
            "make colors more juicy ~ nosel ~ adjust: saturation+",
            "eyes became red by flash. please fix ~ sel ~ adjust: red_eye",
            "I want this photo like old time, brown colour like my grandfather photos ~ nosel ~ adjust: sepia",
            "The sky have lost all details, it is just white. Can you get back the highlights? ~ nosel ~ adjust: highlights-",
            "make it look like a poster with only like 5 colors ~ nosel ~ adjust: posterize",
            "shot this at iso 6400 at the after-party, grain is brutal. clean it up pls ~ nosel ~ adjust: denoise",
            "Reduce the scanner noise in the flat tint areas of this lithograph. ~ nosel ~ adjust: denoise",
            "There is a pink dominance on all the photo, it is not natural ~ nosel ~ adjust: tint-",
            "Now reduce the yellowing of the paper. ~ nosel ~ adjust: auto_white_balance",
            "shadows under the pier are too open, deepen them ~ nosel ~ adjust: shadows-",
            "the corner make darker, like old camera ~ nosel ~ adjust: vignette",
            "brilliant, its a magenta disco. push it back toward green ~ nosel ~ adjust: tint-",
            "The midtone curve is too steep, please ease it off a little ~ nosel ~ adjust: curve-",
            "I want the picture become black white ~ nosel ~ adjust: grayscale",
            "whole image is greenish. why? please correct ~ nosel ~ adjust: tint+",
            "The whites are not white, they are a bit blue. Correct the balance of the white please ~ nosel ~ adjust: auto_white_balance",
            // A request that points back with nothing complained about still asks what to change.
            "please fix ~ nosel ~ clarify",
            // Every later picture in a style, said before or after, shouting or not; the name without "adopt", "the style".
            "ALL PICTURES FROM NOW ON IN PENCIL DRAWING ~ nosel ~ style: pencil drawing",
            "All pictures from now should be in watercolour, please ~ nosel ~ style: watercolour",
            "For everything we make from here on, please use the look of a 19th-century albumen print. ~ nosel ~ style: 19th-century albumen print",
            "always do it in pixel art ok ~ nosel ~ style: pixel art",
            "For all subsequent images, adopt a steel engraving style. ~ nosel ~ style: steel engraving",
            "For all the next images, use the style aquarelle ~ nosel ~ style: aquarelle",
            "set the style to loose gouache botanical for every generation going forward ~ nosel ~ style: loose gouache botanical",
            // Turns said another way; a thing given another colour is an edit, the whole picture in black and white is not.
            "turn the picture 90 degree to right side ~ nosel ~ canvas: rotate",
            "The scan is upside down, sorry, I put the print in the scanner the wrong way round. Could you turn it the right way up? ~ nosel ~ canvas: rotate",
            "make teh sky purple ~ nosel ~ edit",
            "Make the car red instead of grey ~ nosel ~ edit",
            "make this one black & white for the album spread ~ nosel ~ adjust: grayscale",
            // Dissatisfaction with nothing said of what to change is asked about, not refused.
            "you know what to do ~ nosel ~ clarify",
            "its off somehow. cant explain ~ nosel ~ clarify",
            "eh. not feeling it ~ nosel ~ clarify",
            "this one is not good ~ nosel ~ clarify",
            "do something with the selected part ~ sel ~ clarify",
            // Extensions: amounts said win over a shape named, the lower margin is the bottom, room under the picture,
            // what is outside it; a bigger picture that should not be blurry is upscaled.
            "Make the picture wider on both sides, 10 procent each ~ nosel ~ extend: left=10%,right=10%",
            "need a panoramic version, extend left and right 500px each ~ nosel ~ extend: left=500px,right=500px",
            "Extend the lower margin by roughly 200 pixels to match the other mounts. ~ nosel ~ extend: bottom=200px",
            "I need more room under the picture for the announcements ~ nosel ~ extend: bottom=25%",
            "show whats outside the picture on every side ~ nosel ~ extend: left=25%,right=25%,top=25%,bottom=25%",
            "extend the image to the left and write ~ nosel ~ extend: left=25%,right=25%",
            "Can the picture be made larger so it isnt fuzzy when it goes on the big board? ~ nosel ~ upscale",
            "make it bigger and less blurry its tiny ~ nosel ~ upscale",
            "shwo the lastest one ~ generated ~ show: last",
            // A thing's colour said after the story of it, a swap named in so many words: model edits.
            "lawn is brown, make it green ~ nosel ~ edit",
            "MAKE THE GRASS GREEN AGAIN IT IS ALL BROWN FROM THE SUMMER ~ nosel ~ edit",
            "swap the orange juice for a pink smoothie ~ nosel ~ edit",
            // Less after a story that names no effect; not after one that names a colour, nor a turn.
            "great, now its a circus poster. dial it back ~ adjusted ~ less",
            // (no "less" after a colour complaint: the rules would ask; the sentences people wrote nearest it all meant cooler)
            "the skin tones look weird and orange, tone it down ~ nosel ~ adjust: warmth-",
            // Prompts: capitals throughout say nothing, a sentence of only what not to have belongs to the one before,
            // "nothing X" is what not to have, "dust some", "help put", "ppl".
            "PUT A BIRTHDAY HAT ON THE CAT ~ sel ~ paint: a birthday hat on the cat",
            "mountain and lake, quiet atmosphere. no people please ~ blank ~ generate: mountain and lake, quiet atmosphere",
            "add a jute rug here, nothing patterned ~ sel ~ paint: a jute rug",
            "dust some powdered sugar over this area but no crumbs ~ sel ~ paint: powdered sugar",
            "please help put a red lantern at here ~ sel ~ paint: a red lantern",
            // Another take in a look: "once more as …", the look's name without "style" and what it is for.
            "try it once more as a gold foil line drawing ~ generated ~ variation; style: gold foil line drawing",
            "Lets also see one in a flat illustration style for the app store ~ generated ~ variation; style: flat illustration",
            // Said in other words: the original, keeping a style, a style set by name, a way to turn.
            "go back to the clean scan ~ nosel ~ original",
            "On reflection, revert everything to the original scan. ~ nosel ~ original",
            "The style should stay like this ~ nosel ~ keepstyle",
            "keep doin that style ~ nosel ~ keepstyle",
            "set global style: swiss modernist poster, flat colors ~ nosel ~ style: swiss modernist poster flat colors",
            "the page is on its side, give it a quarter turn counterclockwise ~ nosel ~ canvas: rotate",
            // Content asked for in a learner's words, or after the reason for it.
            "give me cat ears ~ sel ~ paint: cat ears",
            "Please make here a window with wooden frame ~ sel ~ paint: a window with wooden frame",
            "sky is blown, drop in some soft clouds ~ sel ~ paint: some soft clouds",
            "fill the gap where the crane was with more buildings ~ sel ~ paint: buildings",
            // Only what to paint: production labels, pointing words, "one", "nice", who it goes on, why it is asked.
            "fx pass: magic sparkle trail through this area ~ sel ~ paint: magic sparkle trail",
            "char design exploration: fox courier with an oversized satchel ~ nosel,blank ~ generate: fox courier with an oversized satchel",
            "weapon concept, rune greataxe, ortho ~ nosel,blank ~ generate: rune greataxe, ortho",
            "generate a product shot of a perfume bottle on marble ~ nosel ~ generate: a perfume bottle on marble",
            "generate something totally different: a desert with two moons ~ nosel ~ generate: a desert with two moons",
            "Here put one small dog ~ sel ~ paint: a small dog",
            "Please draw a small red torii gate in selected place. ~ sel ~ paint: a small red torii gate",
            "put a nice plant there ~ sel ~ paint: a plant",
            "add a cute hat to the cat ~ sel ~ paint: a cute hat",
            // where it goes beside, behind or under something there, or on someone, is the selection's to say; "on the table" stays
            "add a coffee cup next to the keyboard ~ sel ~ paint: a coffee cup",
            "put a bouquet in her hands, white roses ~ sel ~ paint: a bouquet, white roses",
            "a fox hiding behind the tree ~ sel ~ paint: a fox hiding behind the tree",
            "a cup of tea on the table ~ sel ~ paint: a cup of tea on the table",
            "sprinkle glowing mushrooms along here ~ sel ~ paint: glowing mushrooms",
            "ruined arch in the midground, selected the spot ~ sel ~ paint: ruined arch",
            "the torn corner here, fill it in with matching background ~ sel ~ paint: background",
            "the selected empty wall needs a framed abstract print ~ sel ~ paint: a framed abstract print",
            "here i want a moon, big and yellow ~ sel ~ paint: a moon, big and yellow",
            "need a hand holding a phone in the selection for the app promo ~ sel ~ paint: a hand holding a phone",
            // Unsure, or an opinion asked for: asked back, or told what Easel can do; never an undo or a style.
            "que? ~ nosel ~ clarify",
            "hmm not sure ~ nosel ~ clarify",
            "it needs... something ~ nosel ~ clarify",
            "does this look good enough to sell?? ~ nosel ~ refuse",
            // Plain prompts are prompts, polite or not.
            "a melancholic robot gazing at a sunset in a cyberpunk city ~ nosel ~ generate: a melancholic robot gazing at a sunset in a cyberpunk city",
            "an owl in a library, oil painting ~ nosel ~ generate: an owl in a library, oil painting",
            "I need a picture of a lighthouse at dawn ~ nosel ~ generate: a lighthouse at dawn",
            "poster idea: a jazz night in a small club ~ nosel ~ generate: a jazz night in a small club",
            "would you paint a fox in the snow ~ blank ~ generate: a fox in the snow",
            // Styles without filler; stopping a style clears it; a one-off look is an edit.
            "from now on do everything in ink style ~ nosel ~ style: ink",
            "keep a charcoal look for the rest ~ nosel ~ style: charcoal",
            "quit using that style ~ nosel ~ clearstyle",
            "change the style to art deco ~ nosel ~ edit",
            "make it look like a woodcut ~ nosel ~ edit",
            // Content in a selection is painted there; removal in other words; whole-picture changes edit.
            "fill this spot with daisies ~ sel ~ paint: daisies",
            "could you put a blue kite up here ~ sel ~ paint: a blue kite",
            "put a lantern right here ~ sel ~ paint: a lantern",
            "make the cable vanish ~ sel ~ remove",
            "add a light snowfall ~ nosel ~ edit",
            "put stars in the sky ~ nosel ~ edit",
            "add a red barn, without people ~ sel ~ paint: a red barn; without: people",
            // Follow-ups in people's words.
            "whoops, undo ~ nosel ~ undo",
            "the third one was nicer ~ nosel ~ show: #3",
            "shuffle again ~ generated ~ variation",
            "gentler please ~ nosel ~ less",
            "go harder on it ~ nosel ~ more",
            "halve it ~ nosel ~ less",
            "another take, this time in crayon ~ generated ~ variation; style: crayon",
            "now one as a charcoal drawing ~ generated ~ variation; style: charcoal drawing",
            "nah try one in blackwork ~ generated ~ variation; style: blackwork",
            "Can you produce another version? ~ generated ~ variation",
            "another one but anime style ~ generated ~ variation; style: anime",
            "one more but pop art ~ generated ~ variation; style: pop art",
            "another in the style of the hudson river school ~ generated ~ variation; style: hudson river school",
            "another one, but bigger ~ generated ~ variation",
            "again ~ generated ~ again",
            // Extensions by camera talk, sides and aspect ratios (computed from the canvas).
            "pull back the camera ~ nosel ~ extend: left=25%,top=25%,right=25%,bottom=25%",
            "reveal more on the left ~ nosel ~ extend: left=25%",
            "widen to 2:1 ~ generated ~ extend: left=300px,right=300px",
            // Complaints become adjustments.
            "way too bright, fix it ~ nosel ~ adjust: brightness-",
            "too dim ~ nosel ~ adjust: brightness+",
            "it looks flat ~ nosel ~ adjust: contrast+",
            "make the sky darker ~ sel ~ adjust: brightness-",
            "make the sky darker ~ nosel ~ clarify | edit",
            "make it landscape ~ portrait ~ extend: left=384px,right=384px",
            "give it a slight gaussian blur ~ nosel ~ adjust: blur",
            "colour is too intense in the shirt ~ sel ~ adjust: saturation-",
            "the whole scan has a murky blue cast, warm it up ~ nosel ~ adjust: warmth+",
            // Structure that decides whatever the embedding says.
            "I don't want the car in the shot ~ sel ~ remove",
            "perfect, do the same contrast bump again ~ nosel ~ again",
            "put the flowers from turn 1 onto the current image ~ sel ~ reapply: #1",
            "hmm show me the previous one ~ nosel ~ show: previous",
            "a fox curled up asleep ~ blank ~ generate: a fox curled up asleep",
            "let's start something new on this empty layer: a koi pond seen from above ~ blank ~ generate: a koi pond seen from above",
            "everything looks kinda blue and cold ~ nosel ~ adjust: warmth+",
            "too punchy ~ nosel ~ adjust: contrast-",
            "zoom out 2x ~ nosel ~ extend: left=50%,top=50%,right=50%,bottom=50%",
            "give it more headroom ~ nosel ~ extend: top",
            "redo the vignette from the first edit on this ~ sel ~ reapply: #1",
            "nope ~ generated ~ undo",
            "and this one too ~ removed ~ remove",
            "now the same on the right ~ extended ~ extend: right",
            "yes keep the watercolour going ~ styled ~ keepstyle",
            "quit using that style ~ styled ~ clearstyle",
            "another one but in ukiyo-e style ~ generated ~ variation; style: ukiyo-e",
            "flip it horizontally ~ sel ~ canvas: flip",   // a canvas operation (issue 16)
            // Nothing Easel can do, or too little to go on.
            "flip the selection ~ sel ~ refuse",
            "how did you do that? ~ nosel ~ refuse",
            "thanks ~ sel ~ refuse",
            "save the file ~ nosel ~ refuse",
            "what's the weather like ~ nosel ~ refuse",
            "make it ~ sel ~ refuse",
            "contrast ~ nosel ~ clarify",
            "extend the canvas to the right by 30 ~ nosel ~ clarify",
            "extend the canvas to the right by 300 ~ nosel ~ extend: right=300px",   // over 100 it can only be pixels
            "everything looks too green ~ nosel ~ adjust: tint+",   // a tint towards magenta (issue 16)
            "everything looks too purple ~ nosel ~ adjust: tint-",   // a purple cast is magenta: towards green
            // Vague requests and verdicts ask, offering readings; the last change decides which.
            "make it nicer ~ nosel ~ clarify",
            "hmm not feeling it ~ generated ~ clarify",
            "fix the colours ~ nosel ~ clarify",
            "perfect thanks ~ nosel ~ refuse",
            // Lettering, animation, batches and files are for other tools.
            "write \"happy birthday\" at the top ~ nosel ~ refuse",
            "put my studio name in the corner as text ~ nosel ~ refuse",
            "make a turnaround gif of the char ~ nosel ~ refuse",
            "export as layered psd for the AD ~ nosel ~ refuse",
            "remove the watermark ~ sel ~ remove",
            "add a ton of space on top for the caption ~ nosel ~ extend: top",
            // The sentence that asks, of several; requests at the end of a long sentence.
            "I have selected the bare wall. Could you hang a painting of a countryside scene there? ~ sel ~ paint: a painting of a countryside scene",
            "Good morning. My photo came out rather dark, and I would be very grateful if you could lighten it. ~ nosel ~ adjust: brightness+",
            // A complaint says why, the request what: only the request is done.
            "the reeds look dull, bump the vibrance ~ nosel ~ adjust: vibrance+",
            "its all kinda flat, push the contrast ~ sel ~ adjust: contrast+",
            "shadows are crushed, ease off the contrast ~ nosel ~ adjust: contrast-",
            // A quality explained in adjustments is those adjustments; asked with one, a model's edit.
            "make it moody — darker and less saturated ~ nosel ~ adjust: brightness- saturation-",
            "make the background blurry and dreamy ~ nosel ~ edit",
            "blur the background please (already selected it) ~ sel ~ adjust: blur",
            // Why it is asked is no change of its own.
            "invert the linework so it's white on black ~ nosel ~ adjust: invert",
            "deepen the shadows for a moodier feel ~ nosel ~ adjust: shadows-",
            // No selection: the layer's drawing and the photo fixes mean the whole picture; a named part is asked about.
            "sharpen the lineart ~ nosel ~ adjust: sharpen",
            "recover the highlights on the dress ~ nosel ~ adjust: highlights-",
            "make the sky darker ~ nosel ~ clarify",
            // What to paint, without the words that only point where (the selection says it); a place named with "the"
            // tells the model what the thing is on, and stays; a place in the frame goes. What it is for; how many.
            "put a steaming cup of coffee on the table here ~ sel ~ paint: a steaming cup of coffee on the table",
            "put a dragon on that rock right there ~ sel ~ paint: a dragon",
            "throw a lens flare in the top corner ~ sel ~ paint: a lens flare",
            "add a crowd of cheering people in the background here ~ sel ~ paint: a crowd of cheering people",
            "draw a dragon in the sky part pls ~ sel ~ paint: a dragon",
            // Punctuation said to dictation software is its mark.
            "paint a red balloon here period ~ sel ~ paint: a red balloon",
            "put a cat sitting on the window sill comma a ginger one ~ sel ~ paint: a ginger cat sitting on the window sill",
            "make it warmer comma more orange ~ nosel ~ adjust: warmth+",
            "the picture is too green period fix the tint ~ nosel ~ adjust: tint+",
            "turn it into black and white question mark ~ nosel ~ adjust: grayscale",
            "sepia tone for the period reference, it's a 1920s piece ~ nosel ~ adjust: sepia",
            "add a cat sitting on the windowsill ~ sel ~ paint: a cat sitting on the windowsill",
            "blue sky with fluffy clouds instead of this blown out white ~ sel ~ paint: blue sky with fluffy clouds",
            "virtual staging: mid-century sofa, grey fabric ~ sel ~ paint: mid-century sofa, grey fabric",
            "give me 3 options for a log cabin in the snow ~ blank ~ generate: a log cabin in the snow",
            "hand holding a credit card, clean studio light, for the checkout page ~ blank ~ generate: hand holding a credit card, clean studio light",
            "can u draw a dragon but make it chubby and cute ~ blank ~ generate: a dragon, chubby and cute",
            "forget this photo, generate a sunset over a desert ~ blank ~ generate: a sunset over a desert",
            "empty layer, paint a forest clearing with fireflies ~ blank ~ generate: a forest clearing with fireflies",
            "a reference image of a horse rearing up, side view ~ blank ~ generate: a horse rearing up, side view",
            "idk something cool like a dragon made of lava ~ blank ~ generate: a dragon made of lava",
            "show me a cat ~ blank ~ generate: a cat",
            "a rainbow here but make it aesthetic ~ sel ~ paint: a rainbow, aesthetic",
            "make it look like winter ~ sel ~ edit",
            "show him wearing a leather jacket instead ~ nosel ~ edit",
            // Sliders' numbers, auto fixes, neutralising a cast, slang.
            "brightness -10 ~ nosel ~ adjust: brightness-",
            "contrast +15, warmth +5 ~ nosel ~ adjust: contrast+ warmth+",
            "+1 stop ~ nosel ~ adjust: exposure+",
            "just auto fix the contrast for me ~ nosel ~ adjust: auto_contrast",
            "the snow has picked up a blue cast, neutralise it ~ nosel ~ adjust: auto_white_balance",
            "too much contrast, it hurts my eyes ~ nosel ~ adjust: contrast-",
            "deep fry it lmao ~ nosel ~ adjust: saturation+ contrast+ sharpen",
            "give the whole frame a gentle s-curve ~ nosel ~ adjust: curve+",
            "put the edges more dark, like old camera do ~ nosel ~ adjust: vignette",
            "the greens in this salad look radioactive lol tone them down ~ sel ~ adjust: saturation-",
            "drop clarity on her face for a softer look ~ sel ~ adjust: clarity-",
            "recover some sky detail, it's almost white ~ nosel ~ adjust: highlights-",
            // Content said loudly, as making or trying something, or as what a part becomes.
            "ADD A DRAGON HERE!!!! ~ sel ~ paint: A DRAGON",
            "make the background a tropical beach ~ sel ~ paint: a tropical beach",
            "try a mint leaf ~ sel ~ paint: a mint leaf",
            "make a snowman here with a carrot nose ~ sel ~ paint: a snowman with a carrot nose",
            "can you make a pie chart out of these numbers ~ nosel ~ refuse",
            "outpaint left 512 ~ nosel ~ extend: left=512px",
            "expand the map east by 512px ~ nosel ~ extend: right=512px",
            // Photographers' exposure and highlight words, red eyes, grain smoothed, what not to touch.
            "underexposed by about a stop ~ nosel ~ adjust: exposure+",
            "drop the exposure, it's cooked ~ nosel ~ adjust: exposure-",
            "bring exposure up about a third of a stop ~ nosel ~ adjust: exposure+",
            "interior's dark, lift exposure ~ nosel ~ adjust: exposure+",
            "pull back the highlights on the glaze, its blowing out ~ sel ~ adjust: highlights-",
            "the highlights on the rim light are too hot, bring them down ~ sel ~ adjust: highlights-",
            "her eyes are red from the flash ~ sel ~ adjust: red_eye",
            "scanner grain is way too much, smooth it out ~ nosel ~ adjust: denoise",
            "a little less punchy please ~ nosel ~ adjust: contrast-",
            "contrast down, shadows up ~ nosel ~ adjust: contrast- shadows+",
            "vibrance up, NOT saturation ~ nosel ~ adjust: vibrance+",
            "make it low contrast ~ nosel ~ adjust: contrast-",
            // Asking for something without saying what is asked back.
            "do something cool ~ nosel ~ clarify",
            "idk it just looks off ~ nosel ~ clarify",
            "sort this out ~ nosel ~ clarify",
            "paint something here ~ sel ~ clarify",
            // Back to the start in other words; removal in slang, with a selection.
            "scrap all that, back to what i started with ~ nosel ~ original",
            "ok forget it, back to the untouched photo ~ nosel ~ original",
            "yeet the coffee cup ~ sel ~ remove",
            "the price sticker on the mug has to go ~ sel ~ remove",
            "make the tourist with the selfie stick disappear ~ sel ~ remove",
            "fill this hole with whatever's around it ~ sel ~ remove",
            // A lasting style said with the pictures it is for; clearing it in slang.
            "all my generations should be ukiyo-e from now ~ nosel ~ style: ukiyo-e",
            "every generation after this, make it storybook illustration ~ nosel ~ style: storybook illustration",
            "kill the style, back to plain ~ nosel ~ clearstyle",
            // "less" or "go back" in a clause of its own after saying why.
            "too crunchy now, less ~ adjusted ~ less",
            "no, is too much, go back ~ nosel ~ undo",
            "way too saturated, dial it back ~ nosel ~ adjust: saturation-",
            // Photographers' and concept artists' words.
            "underexposed by like a stop, fix ~ nosel ~ adjust: brightness+",
            "knock the sat down on the sky ~ sel ~ adjust: saturation-",
            "crush the blacks a bit ~ nosel ~ adjust: shadows-",   // deepens the shadows only (a photo fix since issue 16)
            "sepia for the vintage set ~ nosel ~ adjust: sepia",
            "quick b&w for the album ~ nosel ~ adjust: grayscale",
            "invert for a sec, checking shapes ~ nosel ~ adjust: invert",
            "vignette it, pull the eye to center ~ nosel ~ adjust: vignette",
            "orc warlord bust, 3/4 view, heavy scars ~ blank ~ generate: orc warlord bust, 3/4 view, heavy scars",
            "make it 4:5 ~ nosel ~ extend: top,bottom",
            // A description placed in the picture that is there edits it.
            "giant moon in the sky pls ~ nosel ~ edit",
            "rain on everything, wet reflections on the ground ~ nosel ~ edit",
            "giant moon in the sky ~ blank ~ generate: giant moon in the sky",
            // Going back, keeping a style, another take.
            "ok scrap all that, og plate pls ~ generated ~ original",
            "same style as before, continue with it ~ styled ~ keepstyle",
            "one more different, but like ink drawing ~ generated ~ variation; style: ink drawing",
            // Canvas operations with what explains them, and said as what is wrong.
            "square crop for the album cover ~ nosel ~ canvas: crop",
            "crop it 4:5 for instagram ~ nosel ~ canvas: crop",
            "trim it down to a 16:9 frame for the youtube thumbnail ~ nosel ~ canvas: crop",
            "cut away everything except what I've selected ~ sel ~ canvas: crop",
            "flip the canvas, i need to check the anatomy ~ nosel ~ canvas: flip",
            "the image is upside down, rotate please ~ nosel ~ canvas: rotate",
            "it's sideways, turn it the right way up ~ nosel ~ clarify",
            "rotate it 3° counterclockwise, the building leans ~ nosel ~ canvas: straighten",
            "horizon is tilted like 2 degrees, level it ~ nosel ~ canvas: straighten",
            "the horizon is tilted, straighten it ~ nosel ~ canvas: straighten",
            "rotate the hue a bit ~ nosel ~ adjust: hue",
            "upscale 2x for print ~ nosel ~ upscale",
            "make the whole image bigger, 4000 pixels wide ~ nosel ~ upscale",
            "make it bigger for print ~ nosel ~ upscale",
            // The photo fixes by the names people use.
            "bump exposure like a stop ~ nosel ~ adjust: exposure+",
            "exposure +0.5 and a tad warmer ~ nosel ~ adjust: exposure+ warmth+",
            "lift shadows ~ nosel ~ adjust: shadows+",
            "deepen the shadows for more drama ~ nosel ~ adjust: shadows-",
            "boost the highlights so the chrome sparkles ~ sel ~ adjust: highlights+",
            "pls pull the highlights back on the veil, its blown ~ sel ~ adjust: highlights-",
            "flatter curve please, going for a matte look ~ nosel ~ adjust: curve-",
            "nudge the tint slider toward magenta ~ nosel ~ adjust: tint+",
            "add clarity to the mountains ~ sel ~ adjust: clarity+",
            "get rid of the noise in the sky ~ sel ~ adjust: denoise",
            "her eyes are glowing red from the flash, i selected them ~ sel ~ adjust: red_eye",
            "posterise it ~ nosel ~ adjust: posterize",
            // What a picture shows, or why, names no part of it.
            "I would like to brighten this picture of the garden a little bit, thank you. ~ nosel ~ adjust: brightness+",
            "a gentle sepia for the flashback page please ~ nosel ~ adjust: sepia",
            "invert this stencil so the lines go white ~ nosel ~ adjust: invert",
            "make the sky darker ~ nosel ~ clarify",
            // Saying nothing, or only that something is off, is answered with a question.
            "hmm ~ nosel ~ clarify",
            "? ~ nosel ~ clarify",
            "the client doesnt like it ~ nosel ~ clarify",
            "lmao ok revert everything ~ generated ~ original",
            "ok turn the style off ~ styled ~ clearstyle",
            // The sixth session's development sets (dev26, dev27): each of these was a wrong action.
            "replace the white plate with a dark slate board ~ sel ~ paint: a dark slate board",
            "swap the red car for a blue one ~ sel ~ paint: a blue car",
            "make dog here, small brown dog sleeping ~ sel ~ paint: dog, small brown dog sleeping",
            "lovely, now add some fireflies ~ nosel ~ edit",
            "Render the scene as though it were night-time. ~ nosel ~ edit",
            "get the dj's laptop out of the shot ~ sel ~ remove",
            "take the colour out of the background ~ sel ~ adjust: grayscale",
            "black n grey version ~ nosel ~ adjust: grayscale",
            "can u make it black n white thats so aesthetic ~ nosel ~ adjust: grayscale",
            "need bleed for the printer, add 40 pixels all the way round ~ nosel ~ extend: left=40px,top=40px,right=40px,bottom=40px",
            "Add ten percent on each of the four sides. ~ nosel ~ extend: left=10%,top=10%,right=10%,bottom=10%",
            "make it a double page spread, twice as wide as it is tall ~ nosel ~ extend: left=256px,right=256px",
            "pad it out to square, don't crop ~ nosel ~ extend: top=128px,bottom=128px",
            "return how it was in first ~ nosel ~ original",
            "Revert to the state prior to the last operation. ~ nosel ~ undo",
            "Discontinue the previously set style. ~ styled ~ clearstyle",
            "Now apply the identical operation to this second selected area. ~ sel ~ again",
            "same on this panel's cape ~ sel ~ again",
            "give me other one different ~ generated ~ variation",
            "same but in lineart style ~ generated ~ variation; style: lineart",
            "use architectural marker rendering style for all future images ~ nosel ~ style: architectural marker rendering",
            "from here on out, everything in ink and wash ~ nosel ~ style: ink and wash",
            "recover the sky ~ nosel ~ adjust: highlights-",
            "the scanner picked up loads of speckle on the paper ~ nosel ~ adjust: denoise",
            "the leather on this bag looks plasticky, give it some texture back ~ sel ~ adjust: clarity+",
            "shift the energy blast from blue over to green ~ sel ~ adjust: hue",
            "make the sky in the bit i selected a deeper blue ~ sel ~ adjust: saturation+",
            "make it look like an old pic from like 1900 ~ nosel ~ adjust: sepia",
            "my forehead is so shiny pls fix ~ sel ~ adjust: highlights-",
            // ... and from dev21-dev25's remaining wrong actions
            "add SALE 50% OFF in big red letters ~ nosel ~ refuse",
            "put the dialogue in the bubble for me ~ nosel ~ refuse",
            "add speed lines behind him ~ sel ~ paint: speed lines",
            "its way too small for the poster, blow it up ~ nosel ~ upscale",
            "4x upscale pls, thumbnail looks low res ~ nosel ~ upscale",
            "reapply 1 ~ nosel ~ reapply: #1",
            "the deer's eye is lost in shadow, open it up ~ sel ~ adjust: brightness+ | adjust: shadows+",
            "oh dear, I'd like to see how it looked before you started ~ nosel ~ original",
            "just give me the straight-out-of-camera file back ~ nosel ~ original",
            "colours are a bit flat straight out of camera, add some saturation ~ nosel ~ adjust: saturation+",
            "white balance is off, can you set it automatically ~ nosel ~ adjust: auto_white_balance",
            "Please put the levels right automatically, I don't understand histograms ~ nosel ~ adjust: auto_levels",
            "classic s curve for some pop ~ nosel ~ adjust: curve+",
            "boost the colour in the nebula ~ sel ~ adjust: saturation+",
            "can you make it look less gray and dull ~ nosel ~ adjust: saturation+",
            "light pollution gradient is making everything orange ~ nosel ~ adjust: warmth-",
            "make him wear a red baseball cap instead ~ sel ~ paint: a red baseball cap",
            "make the grass greener ~ sel ~ adjust: saturation+",
            "make the lawn look greener and fuller, the grass is patchy ~ nosel ~ edit",
            "add a little magenta to counter the green ~ nosel ~ adjust: tint+",
            "bring down the hot spot on the marble countertop ~ sel ~ adjust: highlights-",
            "make it old fashioned brown like the photos from when I was a girl ~ nosel ~ adjust: sepia",
            // ... and some of their refusals
            "pls make the photo more light ~ nosel ~ adjust: brightness+",
            "make the dark parts more visible ~ nosel ~ adjust: shadows+",
            "Reduce the number of colour levels in the image. ~ nosel ~ adjust: posterize",
            "Reduce the highlight values so that detail in the clouds is recovered. ~ nosel ~ adjust: highlights-",
            "Retain the current style for the next image. ~ styled ~ keepstyle",
            "Enlarge the image so that the longest edge is 4000 pixels. ~ nosel ~ upscale",
            "make bigger the image two times ~ nosel ~ upscale",
            "everything is weirdly purple-pink ~ nosel ~ adjust: tint-",
            "shot this about a stop under, can you fix the exposure ~ nosel ~ adjust: exposure+",
            "the scan came in upside down ~ nosel ~ canvas: rotate",
            "the horizen is crooked fix pls ~ nosel ~ canvas: straighten",
            "make it look like a pixar movie scene ~ nosel ~ edit",
            "make a video of it ~ nosel ~ refuse",
            "flip back to the first edit ~ generated ~ show: first",
            "the scan came out grey and flat ~ nosel ~ adjust: saturation+ contrast+",
            "crop to this ~ sel ~ canvas: crop",
            // A style's name is what follows the words that introduce it, with its own small words kept.
            "Could every image from now on be in the style of a Dutch still life? ~ nosel ~ style: dutch still life",
            "going forward, do everything as a clay 3d render ~ nosel ~ style: clay 3d render",
            "from now on all the visuals should be flat vector w/ bold outlines ~ nosel ~ style: flat vector with bold outlines",
            "i want all my flash done in american traditional from now on ~ nosel ~ style: american traditional",
            "set the style to ligne claire for everything after this ~ nosel ~ style: ligne claire",
            "style lock: gouache, loose brushwork ~ nosel ~ style: gouache, loose brushwork",
            "use oil painting style for the next ones ~ nosel ~ style: oil painting",
            // What to paint, without the words that only say where or what it replaces.
            "swap her earrings for pearl ones ~ sel ~ paint: pearl earrings",
            "swap these wheels for gold BBS mesh rims ~ sel ~ paint: gold BBS mesh rims",
            "replace the sky with a pink sunset ~ sel ~ paint: a pink sunset sky",
            "replace the sky w stormy clouds ~ sel ~ paint: stormy clouds",
            "stage this empty corner with a grey sofa and a fiddle leaf fig ~ sel ~ paint: a grey sofa and a fiddle leaf fig",
            "now put a stone fountain where the car was ~ sel ~ paint: a stone fountain",
            "okay so um i have the sky selected and i want a couple of seagulls flying there ~ sel ~ paint: a couple of seagulls flying",
            "put a lil crown on him ~ sel ~ paint: a little crown",
            "skin is drifting magenta, pull it a touch toward green ~ sel ~ adjust: tint-",
            "the jewellery needs more sparkle in the highlights ~ sel ~ adjust: highlights+",
            "normalise the levels on the whole figure ~ nosel ~ adjust: auto_levels",
            "my nephew has demon eyes from the flash, ive selected them ~ sel ~ adjust: red_eye",
            "laser eyes ~ sel ~ paint: laser eyes",
            "The slide was scanned upside down ~ nosel ~ canvas: rotate",
            "this came in upside down, spin it 180 ~ nosel ~ canvas: rotate",
            "her face looks weird to me flipped, can you flip it back left to right ~ nosel ~ canvas: flip",
            "flatten the curve a little, going for that matte editorial look ~ nosel ~ adjust: curve-",
            "flatten the image ~ nosel ~ refuse",
            "make there be a pizza in this area ~ sel ~ paint: a pizza",
            "back the camera up so we see the whole house ~ nosel ~ extend: left=25%,top=25%,right=25%,bottom=25%",
            "the ground needs to go further down, add maybe 20 percent ~ nosel ~ extend: bottom=20%",
            "the lamp has to go ~ sel ~ remove",
            "upscale it 2x instead ~ nosel ~ upscale",
            // The last change again, on what is selected now; or rescaled.
            "and the trash can ~ removed ~ remove",
            "same on the bridesmaid ~ generated ~ again",
            "do that to the shield too ~ generated ~ again",
            "same on the left ~ extended ~ extend: left",
            "tone it back a notch ~ nosel ~ less",
            "Could you do a bit more of that? ~ nosel ~ more",
            "alright, put back just the cleaning from the very first step ~ nosel ~ reapply: #1",
            "My grandson says these photos look washed out. Could you help with that? ~ nosel ~ adjust: contrast+",
            "Is it possible to make it look like one of those old brownish photographs from my grandmother's album ~ nosel ~ adjust: sepia",
            "can you do a quick auto fix on the levels, I have 40 of these to get through ~ nosel ~ adjust: auto_levels",
            "add a few butterflies around the flowers ~ nosel ~ edit",
            "can you make her face a little less red? she got sunburnt at the beach ~ sel ~ adjust: warmth-",
            "tilt it back 1.5 deg, the door frames lean ~ nosel ~ canvas: straighten",
            "need space underneath, like 120px ~ nosel ~ extend: bottom=120px",
            "scratch on the negative scan here, clean it up ~ sel ~ remove",
            "make it a negative ~ nosel ~ adjust: invert",
            "lock in this style ~ styled ~ keepstyle",
            "can u turn this into a tiktok ~ nosel ~ refuse",
            "make it 16:9 for a reel ~ nosel ~ extend: left=170px,right=171px",
            "render looks washed out, add contrast and a bit of saturation ~ nosel ~ adjust: contrast+ saturation+",
            "i dont know, something nice ~ nosel ~ clarify",
            "pixel art knight ~ blank ~ generate: pixel art knight",
            "bgra8 ~ nosel ~ refuse",   // no words to offer adjustments for (the protocol fuzz test found this)
            "and the dog's eyes, same thing ~ generated ~ again",
            "Please could the puddle I've picked out be all upside-down colours, like a looking-glass world? ~ sel ~ adjust: invert",
            "The moon in my selection should be a pale silvery thing, not this cheesy yellow. Could it lose its colour entirely? ~ sel ~ adjust: grayscale",
            "The scribbly bit inside the marquee is a mistake from last Tuesday. Might it be patched over with the grass that grows all around it? ~ sel ~ remove",
            "bring out the lace detail on the veil ~ sel ~ adjust: clarity+",
            "These old slides have faded terribly. Could you bring some of the colour back? ~ nosel ~ adjust: saturation+",
            // slips of spelling mended from the words people write to Easel, and words heard for others
            "turn it blak and wite ~ nosel ~ adjust: grayscale",
            "noyse reduktion on the hole thing ~ nosel ~ adjust: denoise",
            "sepya tone ~ nosel ~ adjust: sepia",
            "rmeove this ~ sel ~ remove",
            "extned the rite side 400px ~ nosel ~ extend: right=400px",
            "ok go bak to orignal ~ nosel ~ original",
            "give it a sea pia tone ~ nosel ~ adjust: sepia",
            "ad a vin yet ~ nosel ~ adjust: vignette",
            "the colours are to pail ~ nosel ~ adjust: saturation+",
            "show me number too ~ nosel ~ show: #2",
            "on due ~ nosel ~ undo",
            "in vert the colors ~ nosel ~ adjust: invert",
            // another language is not mended into English it never was
            "recomiendame una buena camara ~ nosel ~ refuse",
            // lettering, tilts, removals and lasting looks in other words
            "add my brokerage logo and phone number in the corner ~ nosel ~ refuse",
            "sign it in the lower right corner ~ nosel ~ refuse",
            "horizon over the lake is off by half a degree ~ nosel ~ canvas: straighten",
            "straight in the horizon its a little crooked ~ nosel ~ canvas: straighten",
            "coastal housing scheme at golden hour, eye level, no cars ~ blank ~ generate: coastal housing scheme at golden hour, eye level; without: cars",
            "content aware this area ~ sel ~ remove",
            "keep this look for the rest of the book ~ styled ~ keepstyle",
            "explosions behind him michael bay style ~ nosel ~ edit",
            "paint a hat on him ~ nosel ~ edit",
            // sizes: a side's new length, a size of the picture's own shape, a shape in words
            "pad it out to 1920 wide ~ nosel ~ extend: left=448px,right=448px",
            "widen it to 1920 px ~ nosel ~ extend: left=448px,right=448px",
            "I need it 1920 wide, fill the extra on the right ~ nosel ~ extend: right=896px",
            "extend the canvas to 1080 tall ~ nosel ~ extend: top=156px,bottom=156px",
            "add 256 on left and right ~ nosel ~ extend: left=256px,right=256px",
            "make it bigger on the right side ~ nosel ~ extend: right=25%",
            "make it sixteen by nine ~ nosel ~ extend: left=170px,right=171px",
            "make it 4096x3072 ~ nosel ~ upscale",
            "upscale to 4000 px on the long edge for the print ad ~ nosel ~ upscale",
            "make the image more big, 3 times ~ nosel ~ upscale",
            "add two to three birds ~ nosel ~ edit",
            "make the pad thai look tastier ~ nosel ~ edit",
            // sounds that say nothing ask; a portrait is no shape unless asked as one; a season is a change of scene
            "mmm ~ nosel ~ clarify",
            "idk something feels off ~ nosel ~ clarify",
            "turn my cat into a royal oil portrait ~ nosel ~ edit",
            "make it landscape by extending the sides ~ portrait ~ extend: left=384px,right=384px",
            "enlarge it so I can print it 8x10, it's a tiny scan ~ nosel ~ upscale",
            "try one in a stained glass style ~ generated ~ variation; style: stained glass",
            "one more var but cel-shaded ~ generated ~ variation; style: cel-shaded",
            "now same on the right side ~ removed ~ remove",
            "and the uncle's elbow sticking in on the left ~ removed ~ remove",
            "cosy autumn cafe interior, warm light, it's for the fall promo ~ blank ~ generate: cosy autumn cafe interior, warm light",
            "I was hoping you could make the whole scene look as though it were autumn, with orange and golden leaves ~ nosel ~ clarify",
            "I would be delighted if you could put a robin sitting on the fence where I have marked it. ~ sel ~ paint: a robin sitting on the fence",
            // the conversation: styles ended, kept and named in other words; the same on a new selection; another take
            "ok turn the noir thing off now, assignment 2 is all colour ~ styled ~ clearstyle",
            "pause the style thing, boss wants to see plain versions first ~ styled ~ clearstyle",
            "from now please all pictures in the style of japanese woodblock print ~ blank ~ style: japanese woodblock print",
            "pls remember ghibli-ish style for the whole series ~ nosel ~ style: ghibli",
            "haha no. we're staying with the storybook look tho ~ nosel ~ style: storybook",
            "sky as well pls ~ removed ~ remove",
            "those cables on the right too ~ removed ~ remove",
            "other eye ~ extended ~ again",
            "and these!! ~ extended ~ again",
            "shuffle again ~ generated ~ variation",
            "can i see one in charcoal just to compare? ~ generated ~ variation; style: charcoal",
            "same lighthouse but as an art nouveau poster? ~ generated ~ variation; style: art nouveau poster",
            "give me the teapot again in the crayon style ~ generated ~ variation; style: crayon",
            "can i get a few more options for A/B testing ~ generated ~ variation",
            "fine. add the tagline \"Save more, stress less\" across the top ~ nosel ~ refuse",
            "make a speech bubble saying \"hi!\" coming from the cat ~ sel ~ refuse",
            "now is too much, return back please ~ extended ~ undo",
            "mm not really what i pictured ~ generated ~ clarify",
            "client says it \"doesn't feel right\" ~ nosel ~ clarify",
            "something's off but I can't say what ~ nosel ~ clarify",
            "what's the weather like ~ nosel ~ refuse",
            "art director changed her mind AGAIN. switch it to ink and wash ~ styled ~ style: ink and wash",
            "ok im bored of watercolor, switch to crayon drawing ~ styled ~ style: crayon drawing",
            "actually switch to charcoal for everything from now ~ styled ~ style: charcoal",
            "switch to black and white ~ styled ~ adjust: grayscale",
            "the photo was cut off, grandma's arm is missing on the right edge ~ nosel ~ extend: right=25%",
            "put the colors more alive please ~ nosel ~ adjust: saturation+",
            "the shadows are too open, make them more deep ~ nosel ~ adjust: shadows-",
            "more luminosity please ~ nosel ~ adjust: brightness+",
            "ok overshot, ease it back a little ~ extended ~ less",
            "zillow wants 3:2, crop it ~ nosel ~ canvas: crop",
            "make it 16:9 for the youtube banner, dont crop anything ~ nosel ~ extend: left=170px,right=171px",
            "the shadows are too dark, lift them ~ nosel ~ adjust: shadows+",
            "its to dark in the shadows open them up ~ nosel ~ adjust: shadows+",
            "the picture is too dark ~ nosel ~ adjust: brightness+",
            "I should like to have a little robin on the branch ~ sel ~ paint: a little robin on the branch",
            // fourteenth session: complaints and requests in other words
            "the Kodachrome scan leans green, can you correct it ~ nosel ~ adjust: tint+",
            "the building leans to the left ~ nosel ~ canvas: straighten",
            "cooler tone, client hates warm ~ nosel ~ adjust: warmth-",
            "green tint on everything from the office lights ugh ~ nosel ~ adjust: tint+",
            "add a green tint to everything ~ nosel ~ adjust: tint-",
            "Please brighten the darker areas under the trees, but do leave the sky alone. ~ sel ~ adjust: shadows+",
            "The window behind my sister is far too glaring; would you please tone that bright part down a little. ~ sel ~ adjust: highlights-",
            "the light from window is too much, make it less ~ sel ~ adjust: highlights-",
            "windows are totally blown out, can you bring some detail back ~ sel ~ adjust: highlights-",
            "too much glare on the beaker ~ sel ~ adjust: highlights-",
            "lighten the spread a bit, it printed dark in the last proof ~ nosel ~ adjust: brightness+",
            "brighter. fast pls ~ nosel ~ adjust: brightness+",
            "rm the coffee cup ~ sel ~ remove",
            "exposition is too high, all is white ~ nosel ~ adjust: exposure-",
            "the dark recesses are just black blobs, lift them ~ nosel ~ adjust: shadows+",
            "in the dark places i cannot see nothing, make them brighter ~ nosel ~ adjust: shadows+",
            "face is in shadow, make the shadows more light ~ sel ~ adjust: shadows+",
            "Make the shadows not so dark, I can not see the forest ~ nosel ~ adjust: shadows+",
            "the dark part cannot see clearly, make dark part brighter ~ nosel ~ adjust: shadows+",
            "my scan came out muddy and grey, can you sort out the levels? ~ nosel ~ adjust: auto_levels",
            "on photo is red eyes from flash, remove please ~ sel ~ adjust: red_eye",
            "Can you take away the red eyes on my daughter ~ sel ~ adjust: red_eye",
            "the couch looks radioactive, can you make the color less crazy ~ sel ~ adjust: saturation-",
            "inks got blurry after the resize, sharpen ~ nosel ~ adjust: sharpen",
            "vibrance down a notch its garish ~ nosel ~ adjust: vibrance-",
            "this 1920s print has faded badly, can you restore some contrast ~ nosel ~ adjust: contrast+",
            "colours on this 70s print have faded, bring them back ~ nosel ~ adjust: saturation+",
            "the parrot's greens look washed out ~ sel ~ adjust: saturation+",
            "photo looks washed out ~ nosel ~ adjust: contrast+",
            "Can you do so the colours are more alive ~ nosel ~ adjust: saturation+",
            "change all the colours to the opposite ~ nosel ~ adjust: invert",
            "make it look vintage and brownish for the old family recipes page ~ nosel ~ adjust: sepia",
            "Could you put our old dog here, she was a little brown terrier ~ sel ~ paint: our old dog, she was a little brown terrier",
            "The snow look grey, it should be white! ~ nosel ~ adjust: brightness+",
            "could the colours be a bit richer without the children's faces going lobster red ~ nosel ~ adjust: vibrance+",
            "bump the vibrance but dont make my skin look orange ~ nosel ~ adjust: vibrance+",
            "My camera seems to have made everything too dark. Would increasing the exposure help? If so, please do. ~ nosel ~ adjust: exposure+",
            "upscale this tiny wallet photo so I can print it 8x10 ~ nosel ~ upscale",
            "make beautiful picture for Ramadan, lantern and moon, no people ~ blank ~ generate: Ramadan, lantern and moon; without: people",
            "A picture of a lighthouse on a cliff at dawn would be lovely. No people in it, please. ~ blank ~ generate: a lighthouse on a cliff at dawn; without: people",
            "Let us begin with a fox sitting beneath a hawthorn hedge. ~ blank ~ generate: a fox sitting beneath a hawthorn hedge",
            "need a placeholder for my website: fluffy white persian cat on a velvet cushion ~ blank ~ generate: fluffy white persian cat on a velvet cushion",
            "give me a moody forest clearing for a horror beat, nobody in it ~ blank ~ generate: a moody forest clearing for a horror beat; without: people",
            "generate a victorian parlour background I can composite old portraits into ~ blank ~ generate: a victorian parlour background",
            "someone left a trash bag there, could you put a mossy log in its place ~ sel ~ paint: a mossy log",
            "change color of car to black ~ nosel ~ edit",
            "the lawn is all brown patches, make it look nice and green ~ nosel ~ edit",
            "make the pool water look clean and blue ~ nosel ~ edit",
            "turn this daytime matte painting into night, city lights on ~ nosel ~ edit",
            "give it a matte look ~ nosel ~ adjust: curve-",
            "whatever u make next make it pixel art ~ blank ~ style: pixel art",
            "save this as the house style ~ nosel ~ keepstyle",
            "I love how this came out, make the others match this look ~ nosel ~ keepstyle",
            "keep this cinestill look going ~ nosel ~ keepstyle",
            "convert my line art to vectors for the printer ~ nosel ~ refuse",
            "Would you be able to make the little boy in the picture wave his hand, like a short film? ~ nosel ~ refuse",
            "get rid of all the satellite trails across the frame ~ nosel ~ edit",
            "remove the people ~ nosel ~ remove",
            "less of that, the cells look burnt ~ adjusted ~ less",
            "and same here, another wire ~ sel ~ again",
            "I want more of the sea under ~ nosel ~ extend: bottom",
            "Can you make the picture longer to the left? The tree is cut ~ nosel ~ extend: left",
            "crop off the bottom edge, there's a cable showing ~ sel ~ canvas: crop",
            "cut off the messy bit at the bottom, just keep the cake ~ sel ~ canvas: crop",
            "crop this to just me and the temple ~ sel ~ canvas: crop",
            "can you make it higher quality, it gets all pixelated when I zoom in ~ nosel ~ upscale",
            "enlarge this tiny clipart without it going blurry ~ nosel ~ upscale",
            "can you make it more cinematic ~ nosel ~ clarify",
            "crisp up the knit texture on the sweater ~ sel ~ adjust: sharpen",
            "put in this place window with view on mountains ~ sel ~ paint: window with view on mountains",
            "portra scan is way too magenta in the shadows ~ nosel ~ adjust: tint-",
            "its grainy as hell, shot at iso 6400 in a dim living room ~ nosel ~ adjust: denoise",
            "Hello there. Please could you make this photograph look as if it were taken on old black-and-white film? ~ nosel ~ adjust: grayscale",
            "I find the colours somewhat garish. Could they be toned down a little, please? ~ nosel ~ adjust: saturation-",
            "the shadow side of the oak is nearly black, open it up ~ nosel ~ adjust: shadows+",
            "ok just stretch it with contrast instead ~ nosel ~ adjust: contrast+",
            "return the one before ~ adjusted ~ show: previous",
            "this old photo of my grandma is very faded can you make it stronger ~ nosel ~ adjust: contrast+",
            "Add a layer of snow to the roof of the house. ~ nosel ~ edit",
            "the sky?? ~ sel ~ clarify",
            "make this picture more beautiful please ~ nosel ~ clarify",
            "sort this bit out ~ sel ~ clarify",
            "Apply the same infill to the newly selected region. ~ removed ~ again | remove",
            "do that same thing on this other face ~ adjusted ~ again",
            "here also one ~ removed ~ again | remove",
            "same style for the next one ~ styled ~ keepstyle",
            "Would you please make the background behind the cat somewhat blurry, so that the cat stands out? ~ sel ~ adjust: blur",
            "Can you make me a picture for my daughter, a unicorn on a rainbow ~ blank ~ generate: a unicorn on a rainbow",
            "I want a nice picture of a lighthouse with big waves for a birthday card ~ blank ~ generate: a lighthouse with big waves",
            "a unicorn eating pizza on the moon (my daughters idea lol) ~ blank ~ generate: a unicorn eating pizza on the moon",
            "need a sci-fi spaceship corridor bg for compositing, no people in it ~ blank ~ generate: a sci-fi spaceship corridor background; without: people",
            // the way of a change: a flaw said strongly is complained of, a verb that restores gives back (never the opposite)
            "dark af ~ nosel ~ adjust: brightness+",
            "the shot is super desaturated, crank it up ~ nosel ~ adjust: saturation+",
            "make it very dark and moody ~ nosel ~ adjust: brightness-",
            "low contrast mush, fix pls ~ nosel ~ adjust: contrast+",
            "the print is so faded, can you bring the contrast back? ~ nosel ~ adjust: contrast+",
            "bring the saturation back down a bit ~ nosel ~ adjust: saturation-",
            "bring back the colours, it's faded ~ nosel ~ adjust: saturation+",
            "bring the highlights up ~ sel ~ adjust: highlights+",
            "the veil is blowing out, knock the bright bits down a touch ~ sel ~ adjust: highlights-",
            "bring back details in the bright parts ~ nosel ~ adjust: highlights-",
            "reduce the magenta cast on the moss ~ sel ~ adjust: tint-",
            "exposure is a hair too high on the tiles ~ sel ~ adjust: exposure-",
            "make colours little bit warm ~ nosel ~ adjust: warmth+",
            "desaturate the background only, keep her dress colourful ~ sel ~ adjust: saturation-",
            "the scarf is way more saturated here than in real life, pull it back ~ sel ~ adjust: saturation-",
            "why is everything green?? like a green tint on the whole thing ~ nosel ~ adjust: tint+",
            "magenta shift across the whole scan ~ nosel ~ adjust: tint-",
            "give it a slight magenta shift across the sky ~ sel ~ adjust: tint+",
            "it's awfully dark, can't see a thing ~ nosel ~ adjust: brightness+",
            "tint it a bit magenta for the sunset ~ nosel ~ adjust: tint+",
            "make it a bit magenta ~ sel ~ adjust: tint+",
            "it is a bit magenta ~ nosel ~ adjust: tint-",
            "could you make it look like it's golden hour? ~ nosel ~ adjust: warmth+ | edit",
            // another season or time of day for the picture there, however near "turn it" sits to a rotation
            "turn it to fall ~ nosel ~ edit",
            "switch it to spring ~ nosel ~ edit",
            // the old-fashioned "pray"; bright parts named, then quietened by a word pointing back at them
            "The highlights upon the water are most garish; pray subdue them ~ sel ~ adjust: highlights-",
            "ring light glare on the enamel, tone that down ~ sel ~ adjust: highlights-",
            "Pray efface the figure standing at the gate ~ sel ~ remove",
            "Pray revert to the original photograph ~ nosel ~ original",
            // something put in, in a style, ends no style; the look there kept for the rest, said otherwise
            "drop a crosshatched cast shadow behind the character, old ink style ~ sel ~ paint: a crosshatched cast shadow, old ink style",
            "use this look for rest of the pictures ~ nosel ~ keepstyle",
            "keep these colours and feel for everything else i make today ~ nosel ~ keepstyle",
            "Adopt the current rendering as the house style for the catalogue. ~ nosel ~ keepstyle",
            // a thing painted into the selected margin grows no side; an adjustment given is no picture
            "Paint a centimetre scale bar into the selected margin. ~ sel ~ paint: a centimetre scale bar",
            "give me a hard S curve on the whole panel ~ nosel ~ adjust: curve+",
            // a thing in the picture swapped for another, or someone in it made to do something: an edit
            "give me a red cape instead of the black jacket ~ nosel ~ edit",
            "make me float above the ground ~ nosel ~ edit",
            // the change just made, named
            "Reduce the previous adjustment by half. ~ nosel ~ less",
            "halve the last change ~ nosel ~ less",
            "same thing as before ~ nosel ~ again",
            // errands in the world, sound, reading the words: nothing Easel paints
            "book the theater for saturday 8pm ~ nosel ~ refuse",
            "Log this image in the collections database under accession 1987.44. ~ nosel ~ refuse",
            "read text on picture and tell me what is written ~ nosel ~ refuse",
            "add the sound of birds to it ~ nosel ~ refuse",
            "book cover: a dragon over a castle ~ blank ~ generate: a dragon over a castle",
            "add a speaker with sound waves ~ sel ~ paint: a speaker with sound waves",
            // the picture continued one way is the canvas grown; another kind of picture is an edit, however its words
            // name an effect (or asked, offering the edit)
            "the smile is cropped at chin, continue the picture down ~ nosel ~ extend: bottom",
            "everything flat grey from the cloudy day, give it some life ~ nosel ~ adjust: saturation+ | adjust: contrast+ saturation+",
            "turn it into a painting ~ nosel ~ edit",
            // with a selection, a new thing described is painted there; an empty speech bubble is only a shape
            "smiling lady dentist holding the little mirror tool ~ sel ~ paint: smiling lady dentist holding the little mirror tool",
            "an empty speech bubble in this spot ~ sel ~ paint: an empty speech bubble",
            // words of other Englishes and of older English
            "crispier ~ sel ~ adjust: sharpen | adjust: clarity+",
            "Would you be so kind as to diminish the brightness of the sky somewhat ~ sel ~ adjust: brightness-",
            "Might the colouring be made a touch cooler, that it may suggest winter ~ nosel ~ adjust: warmth-",
            "overexp. bring down ~ nosel ~ adjust: exposure-",
            "the sky is too white, can you bring back it ~ sel ~ adjust: highlights-",
            "kill the paper yellow, make the whites white ~ nosel ~ adjust: auto_white_balance",
            "there's a glare hotspot on the rim of the mug, tone it down ~ sel ~ adjust: highlights-",
            "the white area is too much shining, reduce it ~ nosel ~ adjust: highlights-",
            "local contrast is overcooked, ease it off ~ nosel ~ adjust: clarity-",
            "steeper tone curve please, the midtones are mush ~ nosel ~ adjust: curve+",
            // Scots
            "gie it a bit o' warmth, it's like a February mornin in Aberdeen ~ nosel ~ adjust: warmth+",
            "tak the colour oot o' it, like the auld photies ~ nosel ~ adjust: grayscale",
            // a drop, the noun, ends no style; removal in the words other languages lend
            "cooler tones pls, moody icy vibe for the winter drop ~ nosel ~ adjust: warmth-",
            "Ruined Greek temple at dusk, painted-drop style ~ blank ~ generate: Ruined Greek temple at dusk, painted-drop style",
            "please drop the style ~ nosel ~ clearstyle",
            "buang this signboard ~ sel ~ remove",
            "I should like subsequent images to follow the style of the present one. ~ nosel ~ keepstyle",
            // the original named as the one preferred
            "actually the original was fine ~ nosel ~ original",
            "On reflection, I should prefer the original photograph. ~ nosel ~ original",
            "now go back to the starting photo only ~ nosel ~ original",
            // the picture continued one way, said otherwise
            "keep the wave going off to the left, 500 pixels ~ nosel ~ extend: left=500px",
            "add small space for down ~ nosel ~ extend: bottom",
            "add half again on the right side ~ nosel ~ extend: right=50%",
            // the picture there imagined otherwise, asked as a question
            "what would the facade look like in red brick instead of render ~ nosel ~ edit",
            "what if all the flowers in the field were sunflowers ~ nosel ~ edit",
            // a change held back, not derailed
            "more vibrance but dont go crazy ~ nosel ~ adjust: vibrance+",
            "sharpen it but dont go crazy ~ sel ~ adjust: sharpen",
            // how what is there should change is no content to paint; a thing said to go goes
            "too much glow on the glass, tame it ~ sel ~ clarify",
            "the coffee cup on the piano, gone please ~ sel ~ remove",
            // supplies ordered are errands
            "order more argon gas for me ~ nosel ~ refuse",
            "order more leather from my supplier ~ nosel ~ refuse",
            // the asking said otherwise: "it" for Easel, a wish with "that", a word about the artist before a dash
            "hi sorry — can it make a sunset? just a nice sunset over water ~ blank ~ generate: a sunset",
            "sorry, first time using this — could it make a picture of a candle and some flowers? nothing sad ~ blank ~ "
                    + "generate: a candle and some flowers",
            "i want that you put a flag of Albania on this pole ~ sel ~ paint: a flag of Albania",
            "sorry, i read about \"levels\" — could you do the automatic one? ~ nosel ~ adjust: auto_levels",
            // what it is like, a word at a time; a sigh ends no prompt
            "I NEED A BACKGROUND. BLUE. GRADIENT. NOTHING ELSE. ~ blank ~ generate: a background, blue, gradient",
            "JUST A WHITE PIANO ON BLACK. HOW HARD IS IT ~ blank ~ generate: a white piano on black",
            // a look kept for later, said otherwise
            "I like this, remember the style ~ nosel ~ keepstyle",
            "this is the look, make it default ~ nosel ~ keepstyle",
            "save this as the look going forward ~ nosel ~ keepstyle",
            "Kindly retain the present appearance as the standing style ~ nosel ~ keepstyle",
            "keep it like this for the other photos ~ nosel ~ keepstyle",
            "all my clinic posters should be clean flat vector style, set that please ~ nosel ~ style: clean flat vector",
            "all my flyers should be bold comic style with bright colours ~ nosel ~ style: bold comic, bright colors",
            "every image after this: moody low-key studio lighting on black ~ blank ~ style: moody low-key studio lighting on black",
            "all my photos should be brighter ~ nosel ~ adjust: brightness+",
            "frae noo on, dae them aw in watercolour ~ blank ~ style: watercolor",
            "stick wi' this look for the next anes ~ nosel ~ keepstyle",
            // another take in a look said in a word
            "another one, impressionist ~ generated ~ variation; style: impressionist",
            "one more, more impressionist this time ~ generated ~ variation; style: impressionist",
            // more or less, said otherwise
            "not quite so much ~ adjusted ~ less",
            "is that too much? a bit less maybe ~ adjusted ~ less",
            "make it little more ~ adjusted ~ more",
            "keep going ~ adjusted ~ more",
            "Increase it further, by a similar increment. ~ adjusted ~ more",
            // the tones and the curve name no part; speckle is noise; colour taken away, a number hidden, white made white
            "Give the tonal range a gentle S curve, like a good print ~ nosel ~ adjust: curve+",
            "apply a contrasty tone curve ~ nosel ~ adjust: curve+",
            "please remove the grains/noise from picture ~ nosel ~ adjust: denoise",
            "get rid of the speckle in the dark bits, it's the phone camera ~ nosel ~ adjust: denoise",
            "Could I see it without any colour? I want to check my values. ~ nosel ~ adjust: grayscale",
            "Please make this part not clear, it is my neighbour house number ~ sel ~ adjust: blur",
            "correct the colour, make white be white ~ nosel ~ adjust: auto_white_balance",
            "terang sikit ~ nosel ~ adjust: brightness+",
            "contrast also naikkan ~ nosel ~ adjust: contrast+",
            // a thing given another shade with nothing selected is the model's edit
            "turn the suit from navy to mid grey ~ nosel ~ edit",
            "change the jumper colour to forest green so I can show the second colourway ~ nosel ~ edit",
            // things counted with a selection, named in rare words, are painted there
            "a dollop of creme fraiche right there please ~ sel ~ paint: a dollop of creme fraiche",
            "a stack of macarons here, pastel colours ~ sel ~ paint: a stack of macarons, pastel colours",
            "two stops brighter ~ sel ~ adjust: brightness+",
            // a change asked for without saying which is asked about, not refused
            "Correct the image. ~ nosel ~ clarify",
            "adjust this part ~ sel ~ clarify",
            "kindly do the needful ~ nosel ~ clarify",
            "its off somehow, cant put my finger on it ~ nosel ~ clarify",
            // a look wished for is no complaint; a room in the picture is no room to grow
            "make the coral look bleached, it's for the climate change slide ~ nosel ~ edit",
            "make the engine look freshly detailed, all shiny ~ nosel ~ edit",
            "make the room look abandoned, dust and cobwebs everywhere ~ nosel ~ edit",
            "more room everywhere ~ nosel ~ extend: left,top,right,bottom",
            // with a selection, a description whose colours leave things unread is painted there
            "denim, dark wash, no rips ~ sel ~ paint: denim, dark wash",
            "soft warm candlelight glow, no people ~ sel ~ paint: soft warm candlelight glow",
            "warmer tones in the sky ~ sel ~ adjust: warmth+",
            // the amount said last; how the canvas grows said as how
            "make the picture wider on left maybe 300 pixels no 400 ~ nosel ~ extend: left=400px",
            "add 20% sorry 30% on top ~ nosel ~ extend: top=30%",
            "add some more background to the right, 50 percents ~ nosel ~ extend: right=50%",
            "add some beach on the left side ~ nosel ~ extend: left",
            "add a cat on the left side ~ nosel ~ edit",
            "put snow on the top of the mountains ~ nosel ~ edit",
            // a wish said as a wish, a desire or a thought; asking again is no look
            "I wish for a dog sitting here, a small white one ~ sel ~ paint: a small white dog sitting",
            "I was kind of hoping for a still life, maybe pears and a teapot, soft light perhaps ~ blank ~ "
                    + "generate: a still life, pears and a teapot, soft light",
            "close but give me another one ~ generated ~ variation",
            // "pull back" after overdoing it takes the change back; the camera pulls back only when nothing was overdone
            "hmm overdid it, pull back ~ adjusted ~ less",
            "pull back, show more of the room ~ nosel ~ extend: left,top,right,bottom",
            // a format that only says where the picture goes is no part of the prompt
            "square post for insta, pastel macarons flat lay ~ blank ~ generate: pastel macarons flat lay",
            "phone wallpaper, bees and flowers pattern, pastel ~ blank ~ generate: bees and flowers pattern, pastel",
            "deck graphic: octopus holding four boards, tattoo flash style ~ blank ~ "
                    + "generate: octopus holding four boards, tattoo flash style",
            "make me wallpaper for phone with glowing jellyfish, dark background ~ blank ~ "
                    + "generate: glowing jellyfish, dark background",
            "a wallpaper for my phone with cherry blossoms ~ blank ~ generate: cherry blossoms",
            "wedding invite background, floral, no text ~ blank ~ generate: wedding invite background, floral; without: text",
            // a request said in several sentences: what describes the thing joins it, the story and remarks do not
            "Could you add a hat to my grandson, in the area I selected? A baseball cap would be fine. ~ sel ~ "
                    + "paint: a baseball cap",
            "A framed landscape print would make it feel lived in. Could you add one? ~ sel ~ paint: a framed landscape print",
            "Would it be at all possible to add a potted plant on this bit of desk? Nothing too big. ~ sel ~ paint: a potted plant",
            "I drew around the empty chair. Could a cat sit there? A ginger one ~ sel ~ paint: a ginger cat sitting",
            "White lilies on a dark background. Elegant, and no text please ~ blank ~ "
                    + "generate: white lilies on a dark background, elegant; without: text",
            "I was wondering whether you might generate a watercolour of the Lake District? Something gentle. ~ blank ~ "
                    + "generate: a watercolour of the lake district, something gentle",
            "paint a pigeon here. the pigeon is a metaphor ~ sel ~ paint: a pigeon",
            // a look made to last however the lasting is said, black and white too; the default style back is no style
            "from now all in black and white ~ nosel ~ style: black and white",
            "default everything to black and white ink drawing ~ nosel ~ style: black and white ink drawing",
            "everything from here on = 90s skate video vhs look ~ nosel ~ style: 90s skate video vhs",
            "style watercolor ~ nosel ~ style: watercolor",
            "default style again thanks ~ nosel ~ clearstyle",
            // a half turn by its number is no turn of the conversation; "is upside down" said without its subject
            "turn 180 ~ nosel ~ canvas: rotate",
            "turn 3 ~ nosel ~ show: #3",
            "is upside down, turn it ~ nosel ~ canvas: rotate",
            // depth added, light put on someone, warmth brought back: adjustments, not things to paint
            "the tiers look little flat, add some depth ~ sel ~ adjust: contrast+",
            "can you put more light on him ~ sel ~ adjust: brightness+",
            "the reds are gone at this depth, can you bring some warmth back into the coral ~ sel ~ adjust: warmth+",
            // what the thing is like, said after it in two colours; a thing wished to be there
            "some balloons here, red and blue ones ~ sel ~ paint: red and blue balloons",
            "i want there to be a bear near the hives ~ sel ~ paint: a bear",
            // why it is asked, the mood it serves and the slang that only insists are no part of the prompt
            "put grass here, with only the dirt it looks very poor ~ sel ~ paint: grass",
            "fill the pool with water, it's empty in the render ~ sel ~ paint: water",
            "plop a pumpkin here for autumn vibes ~ sel ~ paint: a pumpkin",
            "put like a coffee cup on the table fr ~ sel ~ paint: a coffee cup on the table",
            "lowkey want a frog with a tiny hat, make it happen ~ blank ~ generate: a frog with a tiny hat",
            "a cat on a sofa, it is sleeping ~ sel ~ paint: a cat on a sofa, it is sleeping",
            "ext bottom ~ nosel ~ extend: bottom",
            // what is missing, then what to do about it; a pattern continued into the selection
            "the corner of the quilt is missing in the pic, just continue the flying geese pattern ~ sel ~ "
                    + "paint: the flying geese pattern",
            "continue the beach to the left ~ nosel ~ extend: left",
            "could you put a nice blue sky where I've marked, it's all white ~ sel ~ paint: a blue sky",
            // one more of a thing is no earlier turn; a person pointed at is given the thing; a picture asked as a question
            "put a second duckling next to this one ~ sel ~ paint: a second duckling",
            "give this dude sunglasses ~ sel ~ paint: sunglasses",
            "What would a swan latte look like in a glass mug? ~ blank ~ generate: a swan latte in a glass mug",
            "how do I draw a cat ~ blank ~ refuse",
            "what does a red panda eat in the wild? ~ nosel ~ refuse",
            "give this patch of sky a soft blur ~ sel ~ adjust: blur",
            // the time of day changed, whatever is turned: the model's edit, not a warmer picture
            "turn the daytime into golden hour ~ nosel ~ edit",
            "change the time of day to golden hour ~ nosel ~ edit",
            "turn this exterior into a twilight shot with warm glowing windows ~ nosel ~ edit",
            "make this sunrise photo more vibrant ~ nosel ~ adjust: vibrance+ | adjust: saturation+",
            // a workspace in the picture is no workspace of the program
            "isometric office workspace illustration, no people ~ blank ~ "
                    + "generate: isometric office workspace illustration; without: people",
            "reset my workspace, the dockers are gone ~ nosel ~ refuse",
            // a label naming the picture before an adjustment is no part of it; a thing described before one is
            "makeup closeup, smooth out the noise in the dark bits ~ nosel ~ adjust: denoise",
            "bokeh lights, warm, out of focus ~ sel ~ paint: bokeh lights, warm, out of focus",
            "put croissant here, golden one ~ sel ~ paint: golden croissant",
            "brighten the background, it's grey ~ nosel ~ adjust: brightness+",
            "Make a picture of northern lights over a small red house in Lofoten, it is night and cold ~ blank ~ "
                    + "generate: northern lights over a small red house in lofoten, it is night and cold",
            // "2" texted for "too" after a thing named; a number of things is still counted
            "pic 2 dark fix pls ~ nosel ~ adjust: brightness+",
            "sky 2 bright ~ sel ~ adjust: brightness-",
            "add 2 dark clouds here ~ sel ~ paint: 2 dark clouds",
            "lesser ~ adjusted ~ less",
            "redo that but as a pencil sketch ~ generated ~ variation; style: pencil sketch",
            // errands in the world
            "Please book the hall for Sunday class ~ nosel ~ refuse",
            "measure the area of the lawn in m2 ~ nosel ~ refuse",
            "make me a coffee ~ nosel ~ refuse",
            "make me a coffee cup on a saucer ~ blank ~ generate: a coffee cup on a saucer",
            // the way said before the quarter; the original however it is asked back
            "rotate it clockwise a quarter turn ~ nosel ~ canvas: rotate",
            "take it back to how the photo was originally ~ nosel ~ original",
            // a colour cast "tilted" towards a colour, not a tilt; a tilt still is
            "the whole thing is tilted toward green, from the trees i think ~ nosel ~ adjust: tint+",
            "the photo is tilted, fix it ~ nosel ~ canvas: straighten",
            "turn the handout into old timey brown like a photo from 1890 ~ nosel ~ adjust: sepia",
            // a side cut off, said without "the"
            "the dog's tail is cut off on right side, please continue picture ~ nosel ~ extend: right",
            // a picture not clear is not sharp; "not clear enough" water is something else
            "Please the photo is not clear, make it clear ~ nosel ~ adjust: sharpen",
            "this one is the vibe. use for everything ~ nosel ~ keepstyle",
            // after a long story, the thing to make said last
            "I want a sort of poster background, it's for the retirement do for one of the lads at the club, Dave, 40 years on "
                    + "the railways, he drove class 37s mostly, so maybe a class 37 diesel on a Scottish line with mountains behind "
                    + "~ blank ~ generate: a class 37 diesel on a Scottish line with mountains behind",
            "the photo is a bit dark so maybe a bit brighter ~ nosel ~ adjust: brightness+",
            // a thing drawn in sepia is painted; a sepia wash is the effect
            "add a tall ship under sail in sepia ink ~ sel ~ paint: a tall ship under sail in sepia ink",
            "give the flashback panel a sepia wash ~ sel ~ adjust: sepia",
            // what should not be there goes
            "the water bottle shouldnt be there ~ sel ~ remove",
            "that chair doesn't belong in the shot ~ sel ~ remove",
            "the lamp shouldn't be so bright ~ sel ~ adjust: brightness-",
            // the request after "would you mind …ing", "kan you …", "… should come"
            "Would you mind painting a small wooden cross on the wall here? ~ sel ~ paint: a small wooden cross on the wall",
            "Would you mind drawing a simple clip art of a pie? ~ blank ~ generate: a simple clip art of a pie",
            "kan you put a red bike here by the wall ~ sel ~ paint: a red bike by the wall",
            "Here one coconut tree should come ~ sel ~ paint: a coconut tree",
            "grain reduction on the night shot of the shop ~ nosel ~ adjust: denoise",
            "hi res version of this ~ nosel ~ upscale",
            "show the rest of the cape on the right ~ nosel ~ extend: right",
            "overexposed. rescue plz ~ nosel ~ adjust: exposure-",
            "Can you make the text on the old sign easier to read, sharpen it maybe? ~ sel ~ adjust: sharpen",
            "make the text bigger ~ nosel ~ refuse",
            // another take: a look named after it is its style, a remark is not
            "another variation, watercolour this time ~ generated ~ variation; style: watercolour",
            "give me a different one, I don't like the face ~ generated ~ variation",
            "Would you try another one, perhaps a bit more cheerful? ~ generated ~ variation",
            "one more variation, plain this time ~ generated ~ variation",
            // a look asked of this photo is no complaint about it; the photographer's "crunch"; a colour taken out is a cast
            "make this comb photo look warm and golden ~ nosel ~ adjust: warmth+",
            "crunch the contrast ~ nosel ~ adjust: contrast+",
            "the whole thing's gone a bit pink, can you take the pink out ~ nosel ~ adjust: tint-",
            "whatsapp this to my brother kindly ~ nosel ~ refuse",
            "give me a diff one ~ generated ~ variation",
            // the default style back; this look made the house style for a job; a style to remember, said after it
            "default style back please ~ nosel ~ clearstyle",
            "make this the house style for the clinic stuff ~ nosel ~ keepstyle",
            "i want all the pages in gouache picture-book style, kindly remember that ~ blank ~ style: gouache picture-book",
            // a hue shift on a part; a painter's values; a kind of noise; removals in other words
            "shift the hue on the upper to more burgundy ~ sel ~ adjust: hue",
            "push these values down, the rock is competing with the focal point ~ sel ~ adjust: brightness-",
            "pull the midtones up with a curve, the middle values are sinking ~ nosel ~ clarify | adjust: curve+",
            "denoise the sky in this area, loads of chroma noise ~ sel ~ adjust: denoise",
            "I would like the price tag removed from the object. ~ sel ~ remove",
            "wipe the old tattoo off this hand ~ sel ~ remove",
            "the sticky-out bit of copper, get shot of it ~ sel ~ remove",
            // articles left out; a thing in a look on an empty layer is a picture to make, not a style for everything
            "make photo like old newspaper, black white ~ nosel ~ adjust: grayscale",
            "make there window with light coming ~ sel ~ paint: window with light coming",
            "lil mushroom in hand poked style ~ blank ~ generate: little mushroom in hand poked style",
            "do everything in ink style ~ nosel ~ style: ink",
            "make him purple ~ nosel ~ edit",
            // a printer's bleed on every side; zooming out is no removal; a small photo enlarged; a new size in pixels
            "add a little bleed on every side for the printer ~ nosel ~ extend: left,top,right,bottom",
            "add a bit of space all around the design for bleed ~ nosel ~ extend: left,top,right,bottom",
            "pan out, like zoom out and fill in what's around it ~ nosel ~ extend: left,top,right,bottom",
            "enlarge this small photo, it is very little ~ nosel ~ upscale",
            "make it portrait 1080x1350 by adding to the bottom ~ square ~ extend: bottom=270px",
            "make it 1080x1920 for stories, add above and below ~ square ~ extend: top=420px,bottom=420px",
            "add a 1920x1080 screenshot at the bottom ~ sel ~ paint: a 1920x1080 screenshot",
            // a complaint's word asked for as a look is that look, not its fix
            "make it look washed out ~ nosel ~ adjust: curve-",
            "make this poster look washed out like its been hanging on a wall for 50 years ~ nosel ~ adjust: curve-",
            "make it look harsh ~ nosel ~ adjust: contrast+",
            "make it look flat ~ nosel ~ adjust: contrast-",
            "give the tavern map a flatter, washed out look ~ nosel ~ adjust: curve-",
            "the filter makes it look dark ~ nosel ~ adjust: brightness+",
            "make it look less washed out ~ nosel ~ adjust: contrast+",
            // what is given back; a light's cast; "little bit" asked; "to" for "too"; a complaint after the request
            "grandma's wedding photo is so faded, can you bring back some contrast? ~ nosel ~ adjust: contrast+",
            "cool down the tungsten cast ~ nosel ~ adjust: warmth-",
            "bhaji this photo is too much dark, little bit bright kar do please ~ nosel ~ adjust: brightness+",
            "its a little bit bright ~ nosel ~ adjust: brightness-",
            "turn down the highlights there to bright ~ sel ~ adjust: highlights-",
            "change it to dark ~ nosel ~ adjust: brightness-",
            // another take in a look of a few words; the look now kept for the rest of the job
            "try another, pixel art this time ~ generated ~ variation; style: pixel art",
            "another one, the dog looks weird ~ generated ~ variation",
            "the way it looks now, that's the look I want for the rest of the job ~ adjusted ~ keepstyle",
            // the edges trimmed: by an amount each, the plain border the story names, or asked
            "trim 2% off each edge ~ nosel ~ canvas: crop",
            "trim the edges, theres a white border from the scanner ~ nosel ~ canvas: crop",
            "trim the edges ~ nosel ~ clarify",
            // a look wished for in other words; a faded look is no complaint about faded colour; gentler colours
            "fade it out, washed film look ~ nosel ~ adjust: curve-",
            "I should like the tonality to appear flatter and more faded, in the manner of an aged print. ~ nosel ~ adjust: curve-",
            "i want it to look faded ~ nosel ~ adjust: curve-",
            "can u make the colors kinda faded ~ nosel ~ adjust: saturation-",
            "can the colours be softer? like an old watercolour picture book ~ nosel ~ adjust: saturation-",
            "make this illustration less contrasty and more pastel ~ nosel ~ adjust: contrast- saturation-",
            "back to normal, no more pastel ~ nosel ~ clearstyle",
            "can you draw a padlock with a shield, like a logo, flat style ~ blank ~ generate: a padlock with a shield, like a logo, flat style",
            "I'd like the selected bit to be a little bit blurred, please ~ sel ~ adjust: blur",
            "crop the edges a bit, too much empty space around ~ nosel ~ canvas: crop",
            // pushed toward a look, not a colour: the model's edit, no hue shift
            "paintover pass, push it toward a finished rendered look but keep the comp ~ nosel ~ edit",
            "water looks too cyan, shift it toward a deeper blue ~ nosel ~ adjust: hue",
            // a lens look is no tilt; "off the … side" is where, not a tilt; the sea line levelled
            "make the aerial look like a tilt shift miniature model ~ nosel ~ edit",
            "level the sea line ~ nosel ~ canvas: straighten",
            // the shape by cropping; one step back; the way corrected; a tint moved, not "too pink"
            "make it 16:9 by cropping ~ square ~ canvas: crop",
            "too far. back one ~ nosel ~ undo",
            "hmm saturation down, no up, up, the carnations are dull ~ sel ~ adjust: saturation+",
            "the photo is greenish, the tint, you know, move it a bit to pink ~ nosel ~ adjust: tint+",
            "kinda a green tint from the window light, fix that ~ nosel ~ adjust: tint+",
            "this steel look too blue, more cold than real. fix color ~ nosel ~ adjust: warmth+",
            "everything is blue in this dinner shot, the restaurant had those cold LED lights ~ nosel ~ adjust: warmth+",
            "light the whole thing up a little, it's for the service and the room will be dim when they project it ~ nosel ~ adjust: brightness+",
            "make the lighthouse beam stand out against the dark ~ sel ~ adjust: highlights+",
            "turn down the windows, they glow too much ~ sel ~ adjust: highlights-",
            "convert the selected area into grey colour only ~ sel ~ adjust: grayscale",
            "Suppress luminance and chroma noise in the selected area. ~ sel ~ adjust: denoise",
            "glare on the top coat, tame those highlights ~ nosel ~ adjust: highlights-",
            "the hand tinting has faded, bring the colour back up ~ nosel ~ adjust: saturation+",
            "want the speckles in the stoneware to show more, crisp it up ~ nosel ~ adjust: sharpen",
            // the one in the picture; a part of it made wider or painted back; what is kept is cropped to
            "she should be in warrior two, not tree pose ~ nosel ~ edit",
            "nose wider here ~ sel ~ paint: nose wider",
            "make these laces red ~ sel ~ paint: red laces",
            "in this area make tulip, red color ~ sel ~ paint: red tulip",
            "fill in the missing bit of the fence so it carries on ~ sel ~ paint: fence",
            "his collar got cut off weird, can you fill it in ~ sel ~ paint: collar",
            "keep only this panel, cut the rest ~ sel ~ canvas: crop",
            "cut off the messy bench on the right, just keep this ~ sel ~ canvas: crop",
            "Strike that chair, it shouldn't be on set ~ sel ~ remove",
            "no more chalk marks here pls ~ sel ~ remove",
            "make the edges of the poster look burnt ~ nosel ~ edit",
            // errands and the program's settings; styles ended only in so many words
            "order 5 kg butter from the supplier ~ nosel ~ refuse",
            "book me into the 7pm class ~ nosel ~ refuse",
            "turn off the dark theme in gimp ~ nosel ~ refuse",
            "set GIMP's default units to millimetres ~ nosel ~ refuse",
            "and a broken mirror on a dressing table ~ blank ~ generate: a broken mirror on a dressing table",
            "No more engraving look from here on, thank you ~ nosel ~ clearstyle",
            "i like this, save as style ~ nosel ~ keepstyle",
            "and warm it up a little, cold grey morning though so not much ~ nosel ~ adjust: warmth+",
            "can u make the grass more green ~ sel ~ adjust: saturation+",
            "Keep only the part selected, cut the rest ~ sel ~ canvas: crop",
            "back 1 ~ nosel ~ undo",
            // nothing said of what the picture should show, or of what to do with a thing: asked
            "make me something nice ~ blank ~ clarify",
            "a cover for my book ~ blank ~ clarify",
            "I need something for the cover ~ nosel ~ clarify",
            "draw me a cover for my book with a dragon ~ blank ~ generate: a cover for my book with a dragon",
            "something with the colours ~ nosel ~ clarify",
            "something with the flowers ~ sel ~ clarify",
            "no people in the selected area pls, just empty beach ~ sel ~ remove",
            "bring out the faint dust lanes ~ sel ~ adjust: clarity+",
            "flatten the curve out, I need headroom for the grade downstream ~ nosel ~ adjust: curve-",
            "rotate it small to the left, like 5 degree ~ nosel ~ canvas: straighten",
            "i like how this came out, lock it in ~ nosel ~ keepstyle",
            "more dramatic ~ nosel ~ clarify",
            "give the campfire more of an orange glow ~ sel ~ adjust: warmth+",
            "add a warm glow around the lamp ~ sel ~ paint: a warm glow around the lamp",
            "The colours of the sunset are not strong enough, make them more strong ~ sel ~ adjust: saturation+",
            "can u make the crackle pattern more visible ~ sel ~ adjust: clarity+",
            "make the shiny bits shinier ~ nosel ~ adjust: highlights+",
            "the mirror shows the hidden compartment, get rid of that part ~ sel ~ remove",
            "I should like the bright part of the window, which I have selected, to be somewhat subdued. ~ sel ~ adjust: highlights-",
            "do a wildflower meadow, painterly, actually no bees ~ blank ~ generate: a wildflower meadow, painterly; without: bees",
            "make a window here with view to the mountains ~ sel ~ paint: a window with view to the mountains",
            "I require an illustration of a steam locomotive crossing a viaduct ~ blank ~ generate: a steam locomotive crossing a viaduct",
            "pls tone down the sky its completely blown out ~ sel ~ adjust: highlights-",
            "Reduce saturation slightly; the lacquer reads redder than the object itself. ~ sel ~ adjust: saturation-",
            "also the page is yellow, make it white ~ nosel ~ adjust: warmth- | adjust: auto_white_balance",
            "add colour to this black and white photo ~ nosel ~ edit",
            "client wants to see the piece in colour instead of black and grey ~ nosel ~ edit",
            "please return how it was in beginning ~ nosel ~ original",
            "mirror shot of the lower molars is dark, brighten ~ sel ~ adjust: brightness+",
            "straighten her crooked front teeth ~ nosel ~ clarify | edit",
            "horizon still crooked, straighten it a hair ~ nosel ~ canvas: straighten",
            "fastest route to the airport from here? ~ nosel ~ refuse",
            "book my next patient at 3pm ~ nosel ~ refuse",
            "Splendid. Let us keep this manner of painting for all subsequent pictures. ~ nosel ~ keepstyle",
            "the posters for the station should all be flat vector style from now ~ nosel ~ style: flat vector",
            "For this whole series, please use a consistent museum catalogue photography style. ~ nosel ~ style: museum catalogue photography",
            "this area needs work ~ sel ~ clarify",
            "make it normal ~ nosel ~ clarify",
            "too smooth now, back off ~ adjusted ~ less",
            "landscape version of this pls ~ portrait ~ extend: left,right",
            "gimme a proper old timey brown look ~ nosel ~ adjust: sepia",
            "eyes of my friend are red from the flash, please remove the red ~ sel ~ adjust: red_eye",
            "please fix the red I in this photo ~ sel ~ adjust: red_eye",
            "give me a different one, more like a painting ~ generated ~ variation; style: painting",
            "some fairy lights would be well peng here ~ sel ~ paint: fairy lights",
            "put some graffiti on that wall, make it look sick ~ sel ~ paint: graffiti",
            "GIVE ME A PICTURE OF A CAT. JUST A CAT. ~ blank ~ generate: a cat",
            "do the thing we talked about ~ nosel ~ clarify",
            "I am not altogether satisfied with it. ~ nosel ~ clarify",
            "it looks weird here ~ sel ~ clarify",
            "play the rehearsal track from the top ~ nosel ~ refuse",
            "remind me to do vitals at 4 ~ nosel ~ refuse",
            "fix the exposure automatic please, I have no idea of this things ~ nosel ~ adjust: auto_levels",
            "vibrance up a tad, not full on saturation ~ nosel ~ adjust: vibrance+",
            "perhaps the shadows could be lifted a little? if thats ok ~ sel ~ adjust: shadows+",
            "the contrast should be increased slightly ~ nosel ~ adjust: contrast+",
            "give me one more option but in watercolour ~ generated ~ variation; style: watercolour",
            "different one, like an oil painting ~ generated ~ variation; style: oil painting",
    })
    void readsWhatWasMeant(String instruction, String context, String expected) {
        String actual = UnderstandingLabels.label(reader.read(instruction, context(context)));
        assertTrue(java.util.Arrays.stream(expected.split("\\|")).anyMatch(e -> UnderstandingLabels.matches(e.strip(), actual)),
                "expected " + expected + " but was " + actual);
    }

    @ParameterizedTest
    @ValueSource(strings = {"contrast", "extend the canvas", "extend the canvas to the right by 30",
            "the colours look weird", "make it nicer", "fix the colours",
            // an adjustment by meaning that no rule reads: the closest exemplars' adjustments are offered
            // ("deepen the black of space a bit" is read since the memory learned it: deeper shadows)
            "thicken the blacks of the night",
            // this session's new questions: a thing named with nothing said, wanting it better, a part named first
            "the car", "idk, you decide", "Let's just make it work", "Can we optimize this?", "make the walls darker",
            "make the tree 2x bigger", "idk make it slap", "make the sky darker",
            // a part named with nothing said of it, cleaner, a colour change, bigger before any change
            "Sort out the background.", "put it more clean", "change the color", "bigger"})
    void everyReadingOfferedMeansExactlyThatReadingWhenSentBack(String ambiguous) {
        Understanding understanding = reader.read(ambiguous, NOTHING_SELECTED);
        Understanding.Clarify clarify = assertInstanceOf(Understanding.Clarify.class, understanding);
        assertTrue(clarify.readings().size() >= 2 && clarify.readings().size() <= 3, clarify.readings().toString());
        for (String reading : clarify.readings()) {
            Understanding chosen = reader.read(reading, NOTHING_SELECTED);
            assertFalse(chosen instanceof Understanding.Clarify || chosen instanceof Understanding.Refused,
                    reading + " → " + chosen);
            // And it reads the same again through its canonical form: asking never goes round in circles.
            assertEquals(UnderstandingLabels.label(chosen),
                    UnderstandingLabels.label(reader.read(Canonical.of(chosen), NOTHING_SELECTED)), reading);
        }
    }

    @Test
    void anAdjustmentNoRuleReadsIsAskedAboutWithTheClosestExemplarsAdjustments() {
        Understanding understanding = reader.read("ease off the red in her cheeks", SELECTED);
        Understanding.Clarify clarify = assertInstanceOf(Understanding.Clarify.class, understanding);
        assertTrue(clarify.question().contains("Which adjustment"), clarify.question());
        assertTrue(clarify.readings().size() >= 2 && clarify.readings().size() <= 3, clarify.readings().toString());
        for (String reading : clarify.readings()) {
            assertTrue(UnderstandingLabels.label(reader.read(reading, SELECTED)).startsWith("adjust:"), reading);
        }
    }

    @Test
    void anAdjustmentByMeaningReadOnlyAsAModelsEditIsAskedAboutWithBoth() {
        Understanding understanding = reader.read("the colours, all sort of muddy", NOTHING_SELECTED);
        Understanding.Clarify clarify = assertInstanceOf(Understanding.Clarify.class, understanding);
        assertEquals(3, clarify.readings().size(), clarify.readings().toString());
        assertTrue(UnderstandingLabels.label(reader.read(clarify.readings().get(0), NOTHING_SELECTED)).startsWith("adjust:"));
        assertEquals("edit", UnderstandingLabels.label(reader.read(clarify.readings().get(2), NOTHING_SELECTED)));
    }

    @Test
    void instructionsInOtherLanguagesSayAnLlmPlannerReadsThem() {
        Understanding understanding = reader.read("rends l'image plus chaude avec un peu de contraste", NOTHING_SELECTED);
        Understanding.Refused refused = assertInstanceOf(Understanding.Refused.class, understanding);
        assertTrue(refused.message().contains("--planner-url"), refused.message());
    }

    @Test
    void aConfiguredPlannerIsAskedWithTheContextAndItsPlanWins() {
        Plan plan = new Plan("Give it a golden glow", "Gave it a golden glow.", "classical", List.of());
        InstructionContext[] seen = new InstructionContext[1];
        Planner llm = new Planner() {
            @Override
            public Plan interpret(String instruction) {
                throw new AssertionError("the context must be passed");
            }

            @Override
            public Plan interpret(String instruction, InstructionContext context) {
                seen[0] = context;
                return plan;
            }
        };
        InstructionReader withLlm = new InstructionReader(Optional.of(llm), SemanticUnderstanding.shared());
        assertEquals(new Understanding.Planned(plan), withLlm.read("give it a golden glow", SELECTED));
        assertEquals(SELECTED, seen[0]);
        // Exact follow-ups never go to the LLM.
        assertEquals(new Understanding.FollowingUp(new FollowUp.Undo()), withLlm.read("undo", SELECTED));
    }

    @Test
    void aQualityTheLastRequestNamedAskedEvenMoreRescalesIt() {
        InstructionContext afterTheMist = new InstructionContext(false, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.GENERATED), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(new InstructionContext.TurnChange(1, InstructionContext.ChangeKind.GENERATED, List.of(),
                        "a pine forest in thick morning fog")));
        assertEquals("more", UnderstandingLabels.label(reader.read("even foggier", afterTheMist)));
        // A quality the last request did not name is no rescale of it.
        assertNotEquals("more", UnderstandingLabels.label(reader.read("even snowier", afterTheMist)));
    }

    @Test
    void stillTooMuchAfterAReductionAsksForMoreOfIt() {
        InstructionContext afterDesaturating = afterAdjusting(org.easel.server.engines.classical.AdjustmentKind.SATURATION, -0.5);
        assertEquals("more", UnderstandingLabels.label(reader.read("still too much", afterDesaturating)));
        // After an increase, "still too much" is an overshoot: less of it.
        InstructionContext afterWarming = afterAdjusting(org.easel.server.engines.classical.AdjustmentKind.WARMTH, 0.5);
        assertEquals("less", UnderstandingLabels.label(reader.read("still too much", afterWarming)));
    }

    @Test
    void theSameAdjustmentSaidAgainRightAfterItRescalesIt() {
        InstructionContext afterWarming = afterAdjusting(org.easel.server.engines.classical.AdjustmentKind.WARMTH, 0.5);
        assertEquals("more", UnderstandingLabels.label(reader.read("even warmer", afterWarming)));
        assertEquals("less", UnderstandingLabels.label(reader.read("less warm actually", afterWarming)));
        // Another adjustment, or the same one with nothing said about the last: a change of its own.
        assertEquals("adjust: contrast+", UnderstandingLabels.label(reader.read("more contrast", afterWarming)));
        assertEquals("adjust: warmth-", UnderstandingLabels.label(reader.read("make it cooler", afterWarming)));
        // With a selection a bare "warmer" may be for a newly selected part.
        assertEquals("adjust: warmth+", UnderstandingLabels.label(reader.read("warmer", afterWarming.withSelection(true))));
        assertEquals("adjust: warmth+", UnderstandingLabels.label(reader.read("even warmer", NOTHING_SELECTED)));
    }

    @Test
    void keepingAStyleByAnotherNameThanTheOneInForceIsAskedAbout() {
        InstructionContext storybook = new InstructionContext(false, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.GENERATED), Optional.of("children's book illustration"));
        Understanding.Clarify clarify = assertInstanceOf(Understanding.Clarify.class,
                reader.read("haha no. we're staying with the storybook look tho", storybook));
        assertEquals(List.of("keep this style", "in storybook style from now on"), clarify.readings());
        // The same name, or no style in force: no question.
        assertEquals("keepstyle", UnderstandingLabels.label(reader.read("we're staying with the children's book look",
                storybook)));
        assertEquals("style: storybook", UnderstandingLabels.label(reader.read("we're staying with the storybook look",
                NOTHING_SELECTED)));
    }

    @Test
    void anEarlierAdjustmentNamedByWhatItDidIsDoneAgain() {
        // #1 warmed, #2 boosted the saturation and the contrast, #3 made a new sky, #4 blurred.
        List<InstructionContext.TurnChange> changes = List.of(
                adjusted(1, org.easel.server.engines.classical.AdjustmentKind.WARMTH),
                adjusted(2, org.easel.server.engines.classical.AdjustmentKind.SATURATION,
                        org.easel.server.engines.classical.AdjustmentKind.CONTRAST),
                new InstructionContext.TurnChange(3, InstructionContext.ChangeKind.GENERATED, List.of()),
                adjusted(4, org.easel.server.engines.classical.AdjustmentKind.BLUR));
        InstructionContext context = new InstructionContext(true, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.ADJUSTMENT), Optional.empty(), List.of(), List.of(), List.of(),
                changes);
        assertEquals("reapply: #1", UnderstandingLabels.label(reader.read("apply the warming from the start to this crop too",
                context)));
        assertEquals("reapply: #2", UnderstandingLabels.label(reader.read("do the saturation boost from earlier on the car",
                context)));
        assertEquals("reapply: #1", UnderstandingLabels.label(reader.read("redo the warmth one here", context)));
        // The last change named again is that change again; a number said wins over the words.
        assertEquals("again", UnderstandingLabels.label(reader.read("blur it again", context)));
        assertEquals("reapply: #2", UnderstandingLabels.label(reader.read("redo the warming from #2 here", context)));
        // Nothing done before by that name, or asked to take it off or to see it: read as usual.
        assertEquals("adjust: sharpen", UnderstandingLabels.label(reader.read("sharpen it again", context)));
        assertFalse(UnderstandingLabels.label(reader.read("show me the one from before the warming", context))
                .startsWith("reapply"));
        assertTrue(EarlierChangeReader.read("apply the warming from earlier", SELECTED).isEmpty());
    }

    @Test
    void anEarlierResultNamedByItsAdjustmentIsShown() {
        // #1 warmed, #2 made a new sky, #3 cooled, #4 turned it black and white.
        InstructionContext context = new InstructionContext(false, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.ADJUSTMENT), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(adjusted(1, org.easel.server.engines.classical.AdjustmentKind.WARMTH),
                        new InstructionContext.TurnChange(2, InstructionContext.ChangeKind.GENERATED, List.of()),
                        adjusted(3, org.easel.server.engines.classical.AdjustmentKind.WARMTH),
                        adjusted(4, org.easel.server.engines.classical.AdjustmentKind.GRAYSCALE)));
        assertEquals("show: #3", UnderstandingLabels.label(reader.read("show me where I was after the cooler step", context)));
        assertEquals("show: #3", UnderstandingLabels.label(reader.read("back to the colour one from before I made it "
                + "black and white", context)));
        assertEquals("original", UnderstandingLabels.label(reader.read("show me the one from before the warming",
                new InstructionContext(false, false, 1024, 768, Optional.of(InstructionContext.ChangeKind.ADJUSTMENT),
                        Optional.empty(), List.of(), List.of(), List.of(),
                        List.of(adjusted(1, org.easel.server.engines.classical.AdjustmentKind.WARMTH))))));
        // No earlier change by that name: read as usual.
        assertFalse(UnderstandingLabels.label(reader.read("show me the sepia version", context)).startsWith("show: #"));
        // A change named by the words it was asked with: "the dusk version", "the van gogh one".
        InstructionContext afterScenes = new InstructionContext(false, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.GENERATED), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(new InstructionContext.TurnChange(1, InstructionContext.ChangeKind.GENERATED, List.of(),
                                "turn it into a dusk scene"),
                        new InstructionContext.TurnChange(2, InstructionContext.ChangeKind.GENERATED, List.of(),
                                "redo it like Van Gogh painted it")));
        assertEquals("show: #1", UnderstandingLabels.label(reader.read("show me the dusk version again", afterScenes)));
        assertEquals("show: #2", UnderstandingLabels.label(reader.read("actually show me the van gogh one again", afterScenes)));
        assertFalse(UnderstandingLabels.label(reader.read("show me the winter one", afterScenes)).startsWith("show: #"));
    }

    @Test
    void theSameOnAnotherSideAfterAnExtensionTakesItsAmount() {
        InstructionContext afterExtending = afterOneChange(InstructionContext.ChangeKind.EXTENSION,
                "extend the right side by 300px");
        assertEquals("extend: left=300px", UnderstandingLabels.label(reader.read("sorry! the left side, same amount",
                afterExtending)));
        assertEquals("extend: top=300px", UnderstandingLabels.label(reader.read("now the same on the top", afterExtending)));
    }

    @Test
    void anEffectTakenOffRightAfterItWasMadeIsUndone() {
        InstructionContext afterSepia = afterAdjusting(org.easel.server.engines.classical.AdjustmentKind.SEPIA, 1);
        assertEquals("undo", UnderstandingLabels.label(reader.read("ok take the sepia off", afterSepia)));
        assertEquals("undo", UnderstandingLabels.label(reader.read("nah, lose the sepia", afterSepia)));
        // Lowering it is no undo.
        InstructionContext afterContrast = afterAdjusting(org.easel.server.engines.classical.AdjustmentKind.CONTRAST, 0.5);
        assertNotEquals("undo", UnderstandingLabels.label(reader.read("drop the contrast a bit", afterContrast)));
        assertNotEquals("undo", UnderstandingLabels.label(reader.read("remove some of the contrast", afterContrast)));
        // An effect the last change did not make is no undo.
        assertNotEquals("undo", UnderstandingLabels.label(reader.read("take the vignette off", afterSepia)));
        assertNotEquals("undo", UnderstandingLabels.label(reader.read("take the sepia off", NOTHING_SELECTED)));
    }

    @Test
    void theLastChangeNamedByWhatItDidIsTakenBackOrRescaled() {
        assertEquals("undo", UnderstandingLabels.label(reader.read("hmm no put the colour back",
                afterAdjusting(org.easel.server.engines.classical.AdjustmentKind.GRAYSCALE, 1))));
        assertNotEquals("undo", UnderstandingLabels.label(reader.read("hmm no put the colour back",
                afterAdjusting(org.easel.server.engines.classical.AdjustmentKind.CONTRAST, 0.5))));
        assertEquals("less", UnderstandingLabels.label(reader.read("A LITTLE LESS SHARP",
                afterAdjusting(org.easel.server.engines.classical.AdjustmentKind.SHARPEN, 0.5))));
        InstructionContext afterDusk = afterOneChange(InstructionContext.ChangeKind.GENERATED,
                "Now make it look like a stormy dusk with the station lamps lit");
        assertEquals("more", UnderstandingLabels.label(reader.read("Stronger dusk effect please", afterDusk)));
        assertEquals("more", UnderstandingLabels.label(reader.read("go harder on the storm", afterDusk)));
        assertEquals("less", UnderstandingLabels.label(reader.read("a bit less of the dusk", afterDusk)));
        // How much is read as every rescale reads it.
        assertEquals(Optional.of(new Understanding.FollowingUp(new FollowUp.Rescale(0.75))),
                EarlierChangeReader.rescaled("a bit less of the dusk", afterDusk));
        assertEquals(Optional.of(new Understanding.FollowingUp(new FollowUp.Rescale(1.5))),
                EarlierChangeReader.rescaled("Stronger dusk effect please", afterDusk));
        // Words the last change did not say are a change of their own.
        assertNotEquals("more", UnderstandingLabels.label(reader.read("stronger snow effect please", afterDusk)));
    }

    @Test
    void aThingCroppedOutAtASideAsksHowMuchOfThatSideToCut() {
        Understanding read = reader.read("crop out my feet at the bottom", NOTHING_SELECTED);
        assertEquals(List.of("cut 10% off the bottom", "cut 25% off the bottom"), ((Understanding.Clarify) read).readings());
        Understanding left = reader.read("crop out the ugly car at the left edge", NOTHING_SELECTED);
        assertEquals(List.of("cut 10% off the left", "cut 25% off the left"), ((Understanding.Clarify) left).readings());
    }

    @Test
    void whatNotToHaveIsTheNegativePromptHoweverItIsSaid() {
        assertEquals("generate: mountain and lake, quiet atmosphere; without: people", UnderstandingLabels.label(
                reader.read("mountain and lake, quiet atmosphere. no people please", EMPTY_LAYER)));
        assertEquals("paint: a jute rug; without: patterned", UnderstandingLabels.label(
                reader.read("add a jute rug here, nothing patterned", SELECTED)));
        assertEquals("generate: a castle on a cliff at sunset; without: people", UnderstandingLabels.label(
                reader.read("gen a castle on a clif at sunset no ppl", EMPTY_LAYER)));
    }

    @Test
    void keepingTheLookJustAskedForWhenNoStyleIsSetMakesThatLookTheStyle() {
        InstructionContext afterSketch = afterOneChange(InstructionContext.ChangeKind.GENERATED, "as a pencil sketch");
        assertEquals("style: pencil sketch", UnderstandingLabels.label(reader.read("love that, use that look for everything "
                + "from now on", afterSketch)));
        assertEquals("style: pencil sketch", UnderstandingLabels.label(reader.read("keep this style", afterSketch)));
        // A style in force is kept as it is; a change that asked for no look leaves nothing to keep but the style.
        InstructionContext styled = context("styled");
        assertEquals("keepstyle", UnderstandingLabels.label(reader.read("keep this style", styled)));
        InstructionContext afterACat = afterOneChange(InstructionContext.ChangeKind.GENERATED, "a cat sitting in the garden");
        assertEquals("keepstyle", UnderstandingLabels.label(reader.read("keep this style", afterACat)));
    }

    @Test
    void aCastDescribedInTheSentenceBeforeIsWhatCorrectingTheColourMeans() {
        assertEquals("adjust: warmth-", UnderstandingLabels.label(reader.read("The photograph has turned quite red over the "
                + "years. Can the colour be corrected?", NOTHING_SELECTED)));
        assertEquals("adjust: auto_white_balance", UnderstandingLabels.label(reader.read("the white is not white, is blue. "
                + "correct the balance please", NOTHING_SELECTED)));
        // the photographs the cast is in are the picture, not a part of it to ask about
        assertEquals("adjust: warmth-", UnderstandingLabels.label(reader.read("The indoor photographs from Christmas have a "
                + "strong yellow cast from the lamps. Please correct it.", NOTHING_SELECTED)));
    }

    @Test
    void shadowsSaidTooInkyOrToBeOpenedAreLiftedAndShadowsMadeBlackerAreDeepened() {
        assertEquals("adjust: shadows+", UnderstandingLabels.label(reader.read("The shadows under the bed are too inky, "
                + "children won't even see the monster!", SELECTED)));
        assertEquals("adjust: shadows+", UnderstandingLabels.label(reader.read("open the dark parts, is too black, I don't "
                + "see the details of the dress", NOTHING_SELECTED)));
        assertEquals("adjust: shadows-", UnderstandingLabels.label(reader.read("make the shadows blacker, more dramatic",
                NOTHING_SELECTED)));
        assertEquals("adjust: shadows-", UnderstandingLabels.label(reader.read("make the shadows darker", NOTHING_SELECTED)));
        // opening a file is still no adjustment
        assertEquals("refuse", UnderstandingLabels.label(reader.read("open the file", NOTHING_SELECTED)));
    }

    @Test
    void anEarlierChangeFetchedFromEarlierIsReappliedByItsTurn() {
        InstructionContext afterOriginal = new InstructionContext(false, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.ADJUSTMENT), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(adjusted(1, org.easel.server.engines.classical.AdjustmentKind.EXPOSURE),
                        adjusted(2, org.easel.server.engines.classical.AdjustmentKind.VIGNETTE)));
        assertEquals("reapply: #2", UnderstandingLabels.label(reader.read("reapply the vignette from earlier", afterOriginal)));
        assertEquals("again", UnderstandingLabels.label(reader.read("the vignette again", afterOriginal)));
    }

    @Test
    void theUncroppedOneIsTheResultBeforeTheCrop() {
        InstructionContext afterUpscale = new InstructionContext(false, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.ADJUSTMENT), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(new InstructionContext.TurnChange(1, InstructionContext.ChangeKind.ADJUSTMENT, List.of(), "straighten it"),
                        new InstructionContext.TurnChange(2, InstructionContext.ChangeKind.ADJUSTMENT, List.of(), "now crop it"),
                        new InstructionContext.TurnChange(3, InstructionContext.ChangeKind.ADJUSTMENT, List.of(), "upscale it")));
        assertEquals("show: #1", UnderstandingLabels.label(reader.read("go back to the uncropped one", afterUpscale)));
        assertEquals("undo", UnderstandingLabels.label(reader.read("go back", afterUpscale)));
    }

    @Test
    void theLastChangeSaidToBeOverdoneIsToneDown() {
        InstructionContext afterSharpening = new InstructionContext(false, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.ADJUSTMENT), Optional.empty(), List.of(), List.of(),
                List.of(new org.easel.server.engines.classical.Adjustment(
                        org.easel.server.engines.classical.AdjustmentKind.SHARPEN, 0.5)),
                List.of(adjusted(1, org.easel.server.engines.classical.AdjustmentKind.SHARPEN)));
        assertEquals("less", UnderstandingLabels.label(reader.read("I think the sharpening was too strong. Could you reduce "
                + "it?", afterSharpening)));
        assertEquals("less", UnderstandingLabels.label(reader.read("hmm, that edit went a bit too far", afterSharpening)));
        // another adjustment said to be too strong is no rescale of this one
        assertNotEquals("less", UnderstandingLabels.label(reader.read("the contrast was too strong", afterSharpening)));
    }

    @Test
    void contentNamedAgainIsTheChangeThatPaintedIt() {
        InstructionContext afterStars = new InstructionContext(true, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.GENERATED), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(new InstructionContext.TurnChange(1, InstructionContext.ChangeKind.GENERATED, List.of(),
                        "a moth with a crescent moon"), new InstructionContext.TurnChange(2,
                        InstructionContext.ChangeKind.GENERATED, List.of(), "put some stars around it here")));
        assertEquals("again", UnderstandingLabels.label(reader.read("do the stars again in this spot", afterStars)));
        assertEquals("reapply: #1", UnderstandingLabels.label(reader.read("paint the moth again here", afterStars)));
        // a new seed asks for another take, not the same change again
        assertEquals("variation", UnderstandingLabels.label(reader.read("do the moth again with a new seed",
                afterStars.withSelection(false))));
    }

    @Test
    void nowDoingAThingRightAfterAPictureWasMadeIsTheNextPicture() {
        InstructionContext afterPicture = afterOneChange(InstructionContext.ChangeKind.GENERATED, "rose with a dagger");
        assertEquals("generate: a skull", UnderstandingLabels.label(reader.read("now do a skull", afterPicture)));
        assertEquals("edit", UnderstandingLabels.label(reader.read("now do a skull on the rock", afterPicture)));
        assertEquals("edit", UnderstandingLabels.label(reader.read("now do a skull",
                afterOneChange(InstructionContext.ChangeKind.ADJUSTMENT, "warmer"))));
    }

    @Test
    void moreOfAChangeNamedByMostOfItsWordsRescalesIt() {
        InstructionContext afterNight = afterOneChange(InstructionContext.ChangeKind.GENERATED, "make it night time");
        assertEquals("more", UnderstandingLabels.label(reader.read("more dark night", afterNight)));
    }

    @Test
    void biggerWithoutBlurOrForAPrintIsMorePixels() {
        assertEquals("upscale", UnderstandingLabels.label(reader.read("my scan is tiny — can you enlarge it without it going "
                + "blurry?", NOTHING_SELECTED)));
        // the size it has is not the size wanted
        Understanding understanding = reader.read("image is too small, only 400px. enlarge please", NOTHING_SELECTED);
        assertEquals("upscale", UnderstandingLabels.label(understanding));
        assertFalse(understanding.toString().contains("400"), understanding.toString());
        assertEquals("upscale", UnderstandingLabels.label(reader.read("needs to be big enough for a 30x40 canvas print",
                NOTHING_SELECTED)));
        // "enlarge it" is the picture made bigger; "make it bigger" could be more canvas too
        assertEquals("upscale", UnderstandingLabels.label(reader.read("enlarge it", NOTHING_SELECTED)));
        assertEquals("clarify", UnderstandingLabels.label(reader.read("make it bigger", NOTHING_SELECTED)));
    }

    @Test
    void aPictureOfSomethingLyingSidewaysIsTurned() {
        Understanding.Clarify clarify = assertInstanceOf(Understanding.Clarify.class, reader.read("my photo of the canvas is "
                + "sideways, turn it the right way up", NOTHING_SELECTED));
        assertEquals(List.of("rotate 90° clockwise", "rotate 90° anticlockwise"), clarify.readings());
    }

    @Test
    void aTurnAskedWithoutItsWayAsksWhichWayInsteadOfBeingRefused() {
        for (String turn : List.of("rotate it", "rotate the photo", "north should be up, rotate it", "can you spin the image?")) {
            Understanding.Clarify clarify = assertInstanceOf(Understanding.Clarify.class, reader.read(turn, NOTHING_SELECTED), turn);
            assertEquals(List.of("rotate 90° clockwise", "rotate 90° anticlockwise"), clarify.readings(), turn);
        }
        assertEquals("canvas: rotate", UnderstandingLabels.label(reader.read("rotate it left", NOTHING_SELECTED)));
    }

    @Test
    void sidesSaidAsALearnerOrInTheStoryAndBleedAreWhereTheCanvasGrows() {
        assertEquals("extend: bottom=25%", UnderstandingLabels.label(reader.read("please add more on down side of photo",
                NOTHING_SELECTED)));
        assertEquals("extend: right=25%", UnderstandingLabels.label(reader.read("The photograph was cropped tightly at the "
                + "right edge; please extend it to show more of the street.", NOTHING_SELECTED)));
        assertEquals("extend: top=25%", UnderstandingLabels.label(reader.read("The steeple is cut off at the top, can you add "
                + "the rest of it", NOTHING_SELECTED)));
        assertEquals("extend: bottom=200px", UnderstandingLabels.label(reader.read("outpaint down ~200px, need room for the "
                + "button row", NOTHING_SELECTED)));
        assertEquals("extend: left=25%,top=25%,right=25%,bottom=25%", UnderstandingLabels.label(reader.read("give me some "
                + "bleed all the way around for the printer", NOTHING_SELECTED)));
        // a length on paper is no shape: "1/8 inch" is not 1:8
        assertEquals("extend: left=25%,top=25%,right=25%,bottom=25%", UnderstandingLabels.label(reader.read("add bleed all 4 "
                + "sides, printer wants an 1/8 inch", NOTHING_SELECTED)));
        assertEquals("extend: left=25%,top=25%,right=25%,bottom=25%", UnderstandingLabels.label(reader.read("enlarge the "
                + "picture on all the sides, with more of the landscape", NOTHING_SELECTED)));
    }

    @Test
    void aColourToneDownOrBoostedByNameIsItsSaturation() {
        assertEquals("adjust: saturation-", UnderstandingLabels.label(reader.read("tone down the orange on the hardwood floors",
                SELECTED)));
        assertEquals("adjust: saturation-", UnderstandingLabels.label(reader.read("the greens in the meadow are too acidic, can "
                + "you knock them back", SELECTED)));
        assertEquals("adjust: saturation-", UnderstandingLabels.label(reader.read("tone down the bag, the orange is literally "
                + "screaming", SELECTED)));
        assertEquals("adjust: saturation-", UnderstandingLabels.label(reader.read("calm down the redness in her cheeks",
                SELECTED)));
        assertEquals("adjust: saturation+", UnderstandingLabels.label(reader.read("boost the greens in the foliage a little",
                SELECTED)));
        assertEquals("adjust: saturation+", UnderstandingLabels.label(reader.read("The sunset feels weak. I want those oranges "
                + "glowing!", NOTHING_SELECTED)));
        // oranges on a table are fruit
        assertEquals("generate: oranges and lemons on a table", UnderstandingLabels.label(reader.read("oranges and lemons on "
                + "a table", EMPTY_LAYER)));
    }

    @Test
    void complaintsSaidWithOtherDegreeWordsAndHighlightsTooStrongAreRead() {
        assertEquals("adjust: warmth-", UnderstandingLabels.label(reader.read("face is awfully red", SELECTED)));
        assertEquals("adjust: highlights-", UnderstandingLabels.label(reader.read("highlight is too strong, sky is only white",
                NOTHING_SELECTED)));
        assertEquals("adjust: highlights-", UnderstandingLabels.label(reader.read("the photo of my canvas has glare in this "
                + "corner from the window", SELECTED)));
        assertEquals("adjust: denoise", UnderstandingLabels.label(reader.read("too much grains are there in this night photo",
                NOTHING_SELECTED)));
        // the document is the picture, not a part to ask about
        assertEquals("adjust: grayscale", UnderstandingLabels.label(reader.read("Convert the document to greyscale for the "
                + "catalogue record.", NOTHING_SELECTED)));
    }

    @Test
    void aMoodOrARemarkAfterTheRequestIsNoRequestOfItsOwn() {
        assertEquals("adjust: warmth+", UnderstandingLabels.label(reader.read("warm it up!! cozy fall vibes pls",
                NOTHING_SELECTED)));
        assertEquals("adjust: invert", UnderstandingLabels.label(reader.read("invert the colors its gonna look so creepy",
                NOTHING_SELECTED)));
        assertEquals("adjust: exposure+", UnderstandingLabels.label(reader.read("gimme a smidge more exposure on the getting "
                + "ready shot", NOTHING_SELECTED)));
    }

    @Test
    void aThingPlacedWithATonedDescriptionIsPaintedNotAdjusted() {
        assertEquals("paint: torch on the wall with warm flickering light", UnderstandingLabels.label(reader.read(
                "torch on the wall w/ warm flickering light", SELECTED)));
        assertEquals("adjust: warmth+", UnderstandingLabels.label(reader.read("sky in the corner warmer", SELECTED)));
        assertEquals("paint: clouds; without: dark clouds", UnderstandingLabels.label(reader.read("make clouds in selected "
                + "part but not dark clouds", SELECTED)));
        assertEquals("paint: blue hanbok", UnderstandingLabels.label(reader.read("change selected shirt to blue hanbok",
                SELECTED)));
    }

    @Test
    void aThingRecolouredWhereverItIsOrColourAddedIsTheModelsEdit() {
        for (String recoloured : List.of("Change the colour of the car in the driveway to red.",
                "Turn the choir robes purple for Lent", "change the stone in the ring from green to blue",
                "give her a bold red lip", "lawn is dead in this pic, make it green",
                "This old black and white photograph of my mother — can it be made into colour?")) {
            assertEquals("edit", UnderstandingLabels.label(reader.read(recoloured, NOTHING_SELECTED)), recoloured);
        }
        assertEquals("adjust: grayscale", UnderstandingLabels.label(reader.read("make it black and white", NOTHING_SELECTED)));
    }

    @Test
    void aSelectedThingGottenOuttaThereOrAFlawPointedAtIsRemoved() {
        assertEquals("remove", UnderstandingLabels.label(reader.read("get the logo on the mixer outta there", SELECTED)));
        assertEquals("remove", UnderstandingLabels.label(reader.read("the leftover sprite i dropped in the corner, get it "
                + "outta there", SELECTED)));
        assertEquals("remove", UnderstandingLabels.label(reader.read("this pimple lol", SELECTED)));
    }

    @Test
    void aLastingStyleIsNamedWithoutTheWordsThatMakeItLast() {
        assertEquals("style: loose ink and watercolor", UnderstandingLabels.label(reader.read("let's do the rest of the book "
                + "in a loose ink and watercolour style", NOTHING_SELECTED)));
        assertEquals("style: pixel art", UnderstandingLabels.label(reader.read("make all my covers pixel art from now on",
                NOTHING_SELECTED)));
        assertEquals("style: korean ink painting", UnderstandingLabels.label(reader.read("please always use korean ink "
                + "painting style after this", NOTHING_SELECTED)));
        assertEquals("style: oil painting thick brushstrokes", UnderstandingLabels.label(reader.read("From now on, could "
                + "everything be done like an oil painting with thick brushstrokes?", EMPTY_LAYER)));
    }

    @Test
    void theProgramsThemeIsNoAdjustmentAndACastIsNoColourToneDown() {
        assertEquals("refuse", UnderstandingLabels.label(reader.read("make gimp dark theme", NOTHING_SELECTED)));
        assertEquals("adjust: warmth-", UnderstandingLabels.label(reader.read("knock back the yellow cast from my desk lamp",
                NOTHING_SELECTED)));
        // more floor in pixels, or a print's shape, grows the canvas
        assertEquals("extend: bottom=150px", UnderstandingLabels.label(reader.read("give me about 150 px more floor under the "
                + "product", NOTHING_SELECTED)));
    }

    @Test
    void softerOrBolderWithNothingSaidOfWhatIsAskedAbout() {
        Understanding.Clarify softer = assertInstanceOf(Understanding.Clarify.class, reader.read("Can it be softer?",
                NOTHING_SELECTED));
        assertEquals(List.of("adjust: blur", "adjust: contrast-", "adjust: highlights-"), softer.readings().stream()
                .map(reading -> UnderstandingLabels.label(reader.read(reading, NOTHING_SELECTED))).toList());
        assertEquals("clarify", UnderstandingLabels.label(reader.read("make it bolder", NOTHING_SELECTED)));
        assertEquals("clarify", UnderstandingLabels.label(reader.read("this part change please", SELECTED)));
        assertEquals("clarify", UnderstandingLabels.label(reader.read("is not good, please correct", NOTHING_SELECTED)));
        // what should be softer, said, is read
        assertEquals("adjust: contrast-", UnderstandingLabels.label(reader.read("I want softer contrast",
                NOTHING_SELECTED)));
    }

    @Test
    void aCastSaidAsADominantAndTakenAwayIsCorrectedNotRemoved() {
        assertEquals("adjust: tint-", UnderstandingLabels.label(reader.read("there is a magenta dominant on the sky, please "
                + "take it away", SELECTED)));
        assertEquals("remove", UnderstandingLabels.label(reader.read("there is a bird on the fence, please take it away",
                SELECTED)));
        assertEquals("adjust: sepia", UnderstandingLabels.label(reader.read("Can we make it look old fashioned and brownish "
                + "for the 100th anniversary page", NOTHING_SELECTED)));
    }

    @Test
    void whoOrWhatAPictureIsForStaysOutOfItsPrompt() {
        assertEquals("generate: a unicorn in a meadow with butterflies", UnderstandingLabels.label(reader.read("For my "
                + "granddaughter's birthday: a unicorn in a meadow with butterflies.", EMPTY_LAYER)));
        assertEquals("generate: Hands holding a loaf of bread", UnderstandingLabels.label(reader.read("Hands holding a loaf "
                + "of bread (for our food drive)", EMPTY_LAYER)));
        assertEquals("generate: a blue cartoon elephant, happy face", UnderstandingLabels.label(reader.read("draw one "
                + "cartoon elephant for my daughter, blue colour, happy face", EMPTY_LAYER)));
        assertEquals("generate: clean sunny suburban street", UnderstandingLabels.label(reader.read("clean sunny suburban "
                + "street for a flyer background", EMPTY_LAYER)));
    }

    @Test
    void hazeContinuationsCropsThatLoseABorderAndRetinaSizesAreRead() {
        assertEquals("adjust: contrast-", UnderstandingLabels.label(reader.read("I'd like the distant mountains to look hazier, "
                + "with softer edges", SELECTED)));
        assertEquals("extend: right=25%", UnderstandingLabels.label(reader.read("I wish the painting continued further to the "
                + "right, can you imagine what's there?", NOTHING_SELECTED)));
        assertEquals("canvas: crop", UnderstandingLabels.label(reader.read("Please crop to the part I have selected and "
                + "discard the white border.", SELECTED)));
        assertEquals("upscale", UnderstandingLabels.label(reader.read("need it @2x for retina, keep edges crisp",
                NOTHING_SELECTED)));
    }

    @Test
    void theStyleInForceSentOffInAnotherLanguageIsCleared() {
        InstructionContext watercolor = new InstructionContext(false, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.GENERATED), Optional.of("watercolor"));
        assertEquals("clearstyle", UnderstandingLabels.label(reader.read("ok basta watercolor, normal now", watercolor)));
    }

    @Test
    void aThingNamedWithATrailingYouKnowIsAskedAbout() {
        Understanding.Clarify clarify = assertInstanceOf(Understanding.Clarify.class, reader.read("the kitchen, you know",
                NOTHING_SELECTED));
        assertEquals("remove the kitchen", clarify.readings().get(0));
    }

    @Test
    void promptsLoseWhatTheyAreForAndWhereTheSelectionIsAndKeepThroughSpelledOut() {
        assertEquals("generate: koi fish swimming through a galaxy; without: text", UnderstandingLabels.label(reader.read(
                "koi fish swimming thru a galaxy, no text on it", EMPTY_LAYER)));
        assertEquals("generate: cartoon chili pepper mascot with angry face", UnderstandingLabels.label(reader.read(
                "cartoon chili pepper mascot w angry face for the spicy ep", EMPTY_LAYER)));
        assertEquals("generate: a woman's neck and collarbone, neutral background", UnderstandingLabels.label(reader.read(
                "a woman's neck and collarbone, neutral bg, for mocking up necklaces", EMPTY_LAYER)));
        assertEquals("paint: crossed swords, flat style; without: outline", UnderstandingLabels.label(reader.read(
                "crossed swords in this slot, flat style, no outline", SELECTED)));
        assertFalse(UnderstandingLabels.label(reader.read("add marigold garland on the door which is selected", SELECTED))
                .contains("selected"));
        // fog is a thing in the scene; haze only lowers the contrast
        assertEquals("edit", UnderstandingLabels.label(reader.read("make it foggier", NOTHING_SELECTED)));
    }

    @Test
    void aFlawNamedWhereItIsColourInAndBokehAreRead() {
        assertEquals("remove", UnderstandingLabels.label(reader.read("zit on her chin", SELECTED)));
        assertEquals("edit", UnderstandingLabels.label(reader.read("could you colour in this black and white photo of my "
                + "parents' wedding", NOTHING_SELECTED)));
        assertEquals("adjust: blur", UnderstandingLabels.label(reader.read("fake some bokeh on the background behind the plate",
                SELECTED)));
        // bokeh lights are things to paint; a picture for the kids to colour in is black and white
        assertEquals("paint: bokeh city lights", UnderstandingLabels.label(reader.read("put some bokeh city lights in the "
                + "bg", SELECTED)));
        assertEquals("adjust: grayscale", UnderstandingLabels.label(reader.read("make it black and white so the kids can "
                + "colour it in", NOTHING_SELECTED)));
        // red eyes asked for are no red-eye fix
        assertNotEquals("adjust: red_eye", UnderstandingLabels.label(reader.read("give me glowing red eyes", NOTHING_SELECTED)));
        assertEquals("adjust: red_eye", UnderstandingLabels.label(reader.read("remove the red eye", NOTHING_SELECTED)));
    }

    @Test
    void askingToSeeHowItWasShowsThatResultRatherThanDoingItAgain() {
        InstructionContext afterThree = new InstructionContext(false, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.ADJUSTMENT), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(adjusted(1, org.easel.server.engines.classical.AdjustmentKind.SATURATION),
                        adjusted(2, org.easel.server.engines.classical.AdjustmentKind.GRAYSCALE),
                        adjusted(3, org.easel.server.engines.classical.AdjustmentKind.VIGNETTE)));
        String firstStep = UnderstandingLabels.label(reader.read("show me how it was in the first step", afterThree));
        assertTrue(List.of("show: #1", "show: first").contains(firstStep), firstStep);   // the same result either way
        assertEquals("show: #2", UnderstandingLabels.label(reader.read("OK finally I prefer the black and white, show it to "
                + "me", afterThree)));
        InstructionContext afterRemoval = new InstructionContext(false, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.GENERATED), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(new InstructionContext.TurnChange(1, InstructionContext.ChangeKind.FILL, List.of(),
                        "get rid of this placeholder sketch"), new InstructionContext.TurnChange(2,
                        InstructionContext.ChangeKind.GENERATED, List.of(), "put a treasure chest there")));
        assertEquals("show: #1", UnderstandingLabels.label(reader.read("show me what it looked like right after I removed "
                + "the sketch", afterRemoval)));
    }

    /** Nothing selected, right after the conversation's one change, of that kind, asked for in those words. */
    private static InstructionContext afterOneChange(InstructionContext.ChangeKind kind, String instruction) {
        return new InstructionContext(false, false, 1024, 768, Optional.of(kind), Optional.empty(), List.of(), List.of(),
                List.of(), List.of(new InstructionContext.TurnChange(1, kind, List.of(), instruction)));
    }

    /** Nothing selected, right after a change that made one adjustment. */
    private static InstructionContext afterAdjusting(org.easel.server.engines.classical.AdjustmentKind kind, double amount) {
        return NOTHING_SELECTED.afterAdjusting(List.of(new org.easel.server.engines.classical.Adjustment(kind, amount)));
    }

    private static InstructionContext.TurnChange adjusted(int turn, org.easel.server.engines.classical.AdjustmentKind... kinds) {
        return new InstructionContext.TurnChange(turn, InstructionContext.ChangeKind.ADJUSTMENT, java.util.Arrays.stream(kinds)
                .map(kind -> new org.easel.server.engines.classical.Adjustment(kind, 0.5)).toList());
    }

    @Test
    void aModelsEditWhoseWordsAlsoNameAnAdjustmentIsAskedAbout() {
        Understanding understanding = reader.read("mockup → dark mode version", NOTHING_SELECTED);
        Understanding.Clarify clarify = assertInstanceOf(Understanding.Clarify.class, understanding);
        assertEquals("make it darker", clarify.readings().get(0));
        assertTrue(clarify.readings().get(1).startsWith("change the whole picture: "), clarify.readings().toString());
        // Content placed in the picture, or colour a model has to invent, is no adjustment.
        assertEquals("edit", UnderstandingLabels.label(reader.read("colorize this black and white picture please",
                NOTHING_SELECTED)));
    }

    @Test
    void endingTheStyleInForceByNamingItClearsIt() {
        InstructionContext vaporwave = new InstructionContext(false, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.GENERATED), Optional.of("vaporwave"));
        assertEquals("clearstyle", UnderstandingLabels.label(reader.read("ok stop with the vaporwave", vaporwave)));
        assertEquals("clearstyle", UnderstandingLabels.label(reader.read("ditch the vaporwave thing", vaporwave)));
        // Another thing named is no style: "remove the watercolor smudge" with watercolor in force still removes.
        InstructionContext watercolor = new InstructionContext(true, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.GENERATED), Optional.of("watercolor"));
        assertEquals("remove", UnderstandingLabels.label(reader.read("remove the watercolor smudge", watercolor)));
    }

    @Test
    void aNamedRemovalWithNothingSelectedIsAnEditOnlyWhenAnEngineFollowsInstructions() {
        InstructionContext instructable = InstructionContext.NONE.withEditsByInstruction(true);
        for (String named : List.of("Remove all the people from the scene.", "clear the clutter off the desk",
                "get rid of the tourists in the background")) {
            Understanding.NeedsModel edit = assertInstanceOf(Understanding.NeedsModel.class, reader.read(named, instructable), named);
            assertEquals(SynthesisRequest.Capability.INSTRUCTION_EDIT, edit.capability(), named);
            // without such an engine, image-to-image would paint what it is told to remove: the daemon asks for a selection
            assertEquals("remove", UnderstandingLabels.label(reader.read(named, InstructionContext.NONE)), named);
            // with a selection, what is selected goes
            assertEquals("remove", UnderstandingLabels.label(reader.read(named, instructable.withSelection(true))), named);
        }
        for (String nothingNamed : List.of("remove it", "get rid of this", "delete the selected area please")) {
            assertEquals("remove", UnderstandingLabels.label(reader.read(nothingNamed, instructable)), nothingNamed);
        }
    }

    private void assertLabel(String label, String instruction, InstructionContext context) {
        assertEquals(label, UnderstandingLabels.label(reader.read(instruction, context)), instruction);
    }

    /** Each instruction refused in that context. */
    private void assertRefused(InstructionContext context, String... instructions) {
        for (String instruction : instructions) {
            assertInstanceOf(Understanding.Refused.class, reader.read(instruction, context), instruction);
        }
    }

    @Test
    void aCropToANamedThingKeepsWhatIsSelected() {
        assertLabel("canvas: crop", "crop it to just Lily", SELECTED);
        assertLabel("canvas: crop", "Crop to head and shoulders", SELECTED);
        assertLabel("canvas: crop", "crop to the selection and lose the scanner bed edges", SELECTED);
        assertLabel("canvas: crop", "crop to 16:9", SELECTED);
    }

    @Test
    void aThingSaidFirstAndThenTakenAwayIsRemoved() {
        assertLabel("remove", "there's a weird floating blob next to her ear, get rid of it", SELECTED);
        assertLabel("remove", "quit this person of the photo", SELECTED);
        assertLabel("remove", "tira this wire from the sky please", SELECTED);
        // an effect or a flaw said first is what goes, by the adjustment that takes it away
        assertLabel("adjust: denoise", "there is noise in the sky, remove it", SELECTED);
        assertLabel("adjust: tint+", "It's got a green tinge. Get it out.", NOTHING_SELECTED);
        // and "quit the style" ends the style
        assertLabel("clearstyle", "ok quit the style of pixel art", SELECTED);
        assertLabel("clearstyle", "quit the style, I don't want more the watercolor", NOTHING_SELECTED);
    }

    @Test
    void makingSomeoneLookMoreLikeThemselvesIsAskedAbout() {
        for (String onlyTheArtistKnows : List.of("make it look more like my character", "can u make it look more like us",
                "Make it look like it's supposed to", "Could you make him look more like himself")) {
            assertInstanceOf(Understanding.Clarify.class, reader.read(onlyTheArtistKnows, NOTHING_SELECTED), onlyTheArtistKnows);
        }
        assertInstanceOf(Understanding.Clarify.class, reader.read("make her look better", SELECTED));
        assertLabel("edit", "make it look like a van gogh", NOTHING_SELECTED);
    }

    @Test
    void keepingAndSettingAStyleInOtherWords() {
        assertLabel("keepstyle", "lock this look in for the whole party's portraits", NOTHING_SELECTED);
        assertLabel("keepstyle", "Use the current look as the house style going forward", NOTHING_SELECTED);
        assertLabel("keepstyle", "I like this style. Please use same for next pictures", NOTHING_SELECTED);
        assertLabel("keepstyle", "i like this one, make all the next ones look like it", NOTHING_SELECTED);
        assertLabel("show: #2", "use the second one", NOTHING_SELECTED);
        assertLabel("refuse", "lock the layer", NOTHING_SELECTED);
        assertLabel("style: watercolor on cold-press paper",
                "For the rest of this session, please render everything as watercolour on cold-press paper", EMPTY_LAYER);
    }

    @Test
    void photographersWordsForAdjustments() {
        assertLabel("adjust: clarity+", "lots of haze at 120m over the bay, cut through it a bit", NOTHING_SELECTED);
        assertLabel("adjust: clarity+", "too much haze over the valley, give it some bite", NOTHING_SELECTED);
        assertLabel("adjust: clarity+", "more texture in the waves, like the clarity slider in LR", SELECTED);
        assertLabel("adjust: saturation-", "the turquoise is way overcooked here, looks fake", SELECTED);
        assertLabel("adjust: highlights-", "the spotlight made her forehead all shiny and white", SELECTED);
        assertLabel("adjust: blur", "unfocus the background in the selection", SELECTED);
        assertLabel("adjust: tint-", "more green in the goblin's skin", SELECTED);
        assertLabel("adjust: contrast+", "hire contrast please", NOTHING_SELECTED);
        assertLabel("adjust: saturation-", "Please make the color less, like faded", NOTHING_SELECTED);
        assertLabel("adjust: saturation+", "The sky which I have selected should be more intensive in colour.", SELECTED);
        assertLabel("adjust: auto_white_balance", "The whole picture has a violet tone, please make it neutral.", NOTHING_SELECTED);
        assertLabel("adjust: hue", "change all the colours around so its like different colours", NOTHING_SELECTED);
        assertLabel("adjust: posterize", "make it look posterrized", NOTHING_SELECTED);
        assertLabel("adjust: highlights+", "make the white parts even whiter", NOTHING_SELECTED);
        assertLabel("adjust: brightness+", "cave photo is basically pitch black on this side", SELECTED);
        assertLabel("adjust: tint+", "push the pinks a little more toward magenta", SELECTED);
        assertLabel("adjust: tint-", "tint everything a hair toward green so the leaves read fresher", NOTHING_SELECTED);
        assertLabel("adjust: curve-", "that curve is too dramatic, ease it off", NOTHING_SELECTED);
        assertLabel("adjust: curve+", "bump the mids with a curve, it's sitting too low", NOTHING_SELECTED);
        assertLabel("adjust: sharpen", "i want more focused, is desfocado", NOTHING_SELECTED);
        assertLabel("adjust: tint-", "the foto have a strange pink color, all pink", NOTHING_SELECTED);
        assertLabel("adjust: shadows-", "the shadows is too clear, I want more dramatic", NOTHING_SELECTED);
        assertLabel("adjust: saturation-", "wash out the colours like an old vhs tape", NOTHING_SELECTED);
        assertLabel("adjust: vibrance+", "vibrance max", NOTHING_SELECTED);
        // a file format named as a look is no file operation; saving one still is
        assertLabel("adjust: posterize", "posterize it so it looks like a cursed 2007 jpeg", NOTHING_SELECTED);
        assertLabel("refuse", "save it as a jpeg", NOTHING_SELECTED);
        assertLabel("undo", "desfaz", NOTHING_SELECTED);
    }

    @Test
    void anEarlierChangePutOnThePictureShownNow() {
        // #1 warmed, #2 made it night, #3 sharpened; then an earlier result was shown
        InstructionContext context = new InstructionContext(false, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.ADJUSTMENT), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(new InstructionContext.TurnChange(1, InstructionContext.ChangeKind.ADJUSTMENT,
                                List.of(new org.easel.server.engines.classical.Adjustment(
                                        org.easel.server.engines.classical.AdjustmentKind.WARMTH, 0.5)), "make it warmer"),
                        new InstructionContext.TurnChange(2, InstructionContext.ChangeKind.GENERATED, List.of(), "actually make it night"),
                        new InstructionContext.TurnChange(3, InstructionContext.ChangeKind.ADJUSTMENT,
                                List.of(new org.easel.server.engines.classical.Adjustment(
                                        org.easel.server.engines.classical.AdjustmentKind.SHARPEN, 0.5)), "now sharpen it")));
        assertLabel("reapply: #3", "ok put that sharpening on this one", context);
        assertLabel("reapply: #2", "ok now put the night thing from before on this", context);
        assertLabel("reapply: #3", "okay put the sharpening from number three on this one", context);
        assertLabel("show: #2", "nah go back to the one with just the night", context);
        assertLabel("show: #2", "the client preferred the night, please go back to that version", context);
    }

    @Test
    void beforeTheLastChangeIsAnUndoAndTooMuchWithItsReasonIsLess() {
        InstructionContext adjusted = after(InstructionContext.ChangeKind.ADJUSTMENT, Optional.empty()).withSelection(false);
        for (String back : List.of("back to before", "Please return to before", "no, was better before",
                "no, is too much, return to before")) {
            assertLabel("undo", back, adjusted);
        }
        assertLabel("show: previous", "go back to the one before", adjusted);
        assertLabel("less", "oops too much now, her dress is glowing lol", adjusted);
        assertLabel("adjust: brightness-", "too much, make it darker", adjusted);
    }

    @Test
    void anotherTakeInOtherWords() {
        InstructionContext generated = after(InstructionContext.ChangeKind.GENERATED, Optional.empty()).withSelection(false);
        assertLabel("variation", "roll again, another version of that portrait", generated);
        assertLabel("variation", "give me a whole different take on the temple", generated);
        assertLabel("variation", "Now do the boat one again, plain.", generated);
        assertLabel("variation; style: real photo", "another of the cangaceiro but like a real photo", generated);
    }

    @Test
    void aThingsColourChangedInMoreWords() {
        for (String recoloured : List.of("turn my red jacket blue so it matches the rest of the trip pics",
                "swap all the pink flowers to butter yellow", "background from white to a dusty blue pls",
                "Could her bright orange cardigan be a soft cream colour instead")) {
            assertLabel("edit", recoloured, NOTHING_SELECTED);
        }
    }

    @Test
    void moreCanvasInPapersWords() {
        assertLabel("extend: left=25%,top=25%,right=25%,bottom=25%", "make the picture bigger on all sides", NOTHING_SELECTED);
        assertLabel("extend: left=25%,top=25%,right=25%,bottom=25%",
                "Add an inch of bleed on every side. You know what bleed is?", NOTHING_SELECTED);
        assertLabel("extend: left=25%,top=25%,right=25%,bottom=25%", "add 3mm of bleed on every side", NOTHING_SELECTED);
        assertLabel("generate: an elderflower umbel", "And an elderflower umbel", EMPTY_LAYER);
        assertLabel("refuse", "lorem ipsum dolor", EMPTY_LAYER);
    }

    @Test
    void aStoryThenTheRequestPaintsWhatTheRequestNames() {
        assertLabel("paint: ballet shoes", "she's in socks in this one :( give her ballet shoes", SELECTED);
        assertLabel("paint: hair", "he looks bald, give him some hair", SELECTED);
        assertLabel("adjust: contrast+", "the sky is dull, give it more contrast", SELECTED);
        assertLabel("generate: a little girl in a pink tutu doing a pirouette on stage",
                "a little girl in a pink tutu doing a pirouette on stage, it's for the recital program cover", EMPTY_LAYER);
        assertLabel("remove", "Please repair the scratches across the bottom of the photo", SELECTED);
        assertLabel("adjust: hue", "change the tone of the flowers to more roxo, purple", SELECTED);
    }

    @Test
    void wordsInSingleQuotesAreLetteringButOneScareQuotedWordIsNot() {
        assertLabel("refuse", "put 'Kaelthas the Unbroken' on a banner at the bottom", NOTHING_SELECTED);
        assertLabel("paint: a 'lucky' horseshoe", "put a 'lucky' horseshoe here", SELECTED);
        assertLabel("paint: the dog's hat on the man's head", "put the dog's hat on the man's head", SELECTED);
    }

    @Test
    void moreNaturalIsAskedAbout() {
        for (String natural : List.of("I want it more natural", "make it look less fake")) {
            Understanding.Clarify clarify = assertInstanceOf(Understanding.Clarify.class, reader.read(natural, NOTHING_SELECTED));
            assertTrue(clarify.readings().contains("correct the white balance"), natural);
        }
        assertLabel("variation", "Do another one of those.",
                after(InstructionContext.ChangeKind.GENERATED, Optional.empty()).withSelection(false));
    }

    @Test
    void theDarkPartsLightenedAreTheShadowsLifted() {
        for (String lifted : List.of("the forest is so dark in the shadows, lighten them abit", "Increase the brightness of the "
                + "dark areas only.", "in the dark parts i dont see nothing, make visible", "lighten the dark side of her face",
                "shadows are crushed, i lost all my inks in the dark parts", "brighten the darks in the forest without making "
                + "the sky any lighter", "the goblin's face is lost in shadow")) {
            assertLabel("adjust: shadows+", lifted, NOTHING_SELECTED);
        }
        assertLabel("adjust: shadows-", "the shadows are too light, make them darker", NOTHING_SELECTED);
        assertLabel("adjust: shadows-", "crush the shadows", NOTHING_SELECTED);
        assertLabel("adjust: brightness+", "face is coming very dark, sun was behind him", NOTHING_SELECTED);
        assertLabel("adjust: brightness+", "the whole photo is too dark", NOTHING_SELECTED);
    }

    @Test
    void theBrightPartsChangedAreTheHighlights() {
        assertLabel("adjust: highlights+", "brighter highlights, make the snow glow", NOTHING_SELECTED);
        assertLabel("adjust: highlights+", "Can the highlights be a bit brighter?", NOTHING_SELECTED);
        assertLabel("adjust: highlights-", "please to reduce the bright spots on the window", SELECTED);
        assertLabel("adjust: highlights-", "the sky part is too white, I cant see the clouds anymore", SELECTED);
        // a photographer's "too hot" is too bright, not too warm
        assertLabel("adjust: highlights-", "the lights on the water are too hot", SELECTED);
        assertLabel("adjust: highlights-", "sun glare on the windows is way too hot", SELECTED);
        assertLabel("adjust: warmth-", "the lights are too warm", NOTHING_SELECTED);
        assertLabel("adjust: brightness-", "the photo is too bright", NOTHING_SELECTED);
    }

    @Test
    void theChangeNamedIsNotWidenedByTheMoodHopedFor() {
        assertLabel("adjust: shadows-", "deepen the shadows, i want it moodier", NOTHING_SELECTED);
        assertLabel("adjust: shadows-", "crush the blacks a little for a moodier grade", NOTHING_SELECTED);
        assertLabel("adjust: clarity-", "clarity down on her face, softer skin", SELECTED);
        assertLabel("adjust: clarity-", "ease off the local contrast, looks crunchy", NOTHING_SELECTED);
        assertLabel("adjust: clarity-", "knock back local contrast on the distant mountains for atmo perspective", SELECTED);
        assertLabel("adjust: hue", "shift the hair colour to something bluer", SELECTED);
        assertLabel("adjust: hue", "shift the hue of the gem from ruby to something bluish", SELECTED);
        assertLabel("adjust: vibrance+", "lawn looks dull, give the greens some vibrance", SELECTED);
        // the exposure named stays the exposure
        assertLabel("adjust: exposure- shadows+", "drop the exposure half a stop and open up the shadows", NOTHING_SELECTED);
        assertLabel("adjust: exposure-", "exposure down half a stop, sky's blown", NOTHING_SELECTED);
    }

    @Test
    void eachSideWithItsOwnAmount() {
        assertLabel("extend: left=100px,right=300px", "add 100px to the left and 300px on the right", NOTHING_SELECTED);
        assertLabel("extend: right=256px,bottom=256px", "outpaint 256 down and 256 right", NOTHING_SELECTED);
        assertLabel("extend: left=200px,top=10%", "extend left 200px and top 10%", NOTHING_SELECTED);
        // a small number without a unit is still asked about
        assertInstanceOf(Understanding.Clarify.class, reader.read("add 20 on the left and 30 on the right", NOTHING_SELECTED));
    }

    @Test
    void slidersAndShorthandInTheirOwnWords() {
        assertLabel("adjust: vibrance+ saturation-", "vib up sat down", NOTHING_SELECTED);
        assertLabel("adjust: exposure+", "exposure. it's under", NOTHING_SELECTED);
        assertLabel("adjust: curve+", "Apply a moderate S-shaped tone curve.", NOTHING_SELECTED);
        assertLabel("adjust: grayscale", "convert the flash sheet to black and white", NOTHING_SELECTED);
        assertLabel("adjust: saturation+", "can you make the coluors more stronger", NOTHING_SELECTED);
        assertLabel("adjust: highlights+", "a little more of highlights in the sky", SELECTED);
        assertLabel("adjust: hue", "shift the hew a little", NOTHING_SELECTED);
    }

    @Test
    void aChangeOfTheWholeSceneAskedAsAQuestionOrAPlace() {
        assertLabel("edit", "put it on a rainy city street at night", NOTHING_SELECTED);
        assertLabel("edit", "put this product shot on a beach instead", NOTHING_SELECTED);
        assertLabel("edit", "what if it was winter?", NOTHING_SELECTED);
        assertLabel("edit", "what if the kids were in outer space instead of the park", NOTHING_SELECTED);
    }

    @Test
    void moreOfAQualityBeforeAnyChangeAsksWhatToChange() {
        for (String vague : List.of("can you make it more... you know", "make it more soft", "more retro",
                "make it more accurate")) {
            assertInstanceOf(Understanding.Clarify.class, reader.read(vague, NOTHING_SELECTED), vague);
        }
        // a follow-up in so many words stays one (the daemon says there is nothing to follow up yet)
        assertLabel("more", "make it stronger", NOTHING_SELECTED);
        assertLabel("less", "gentler please", NOTHING_SELECTED);
        // after a change, more of it
        assertLabel("more", "heavier", after(InstructionContext.ChangeKind.ADJUSTMENT, Optional.empty()).withSelection(false));
    }

    @Test
    void aBrandNewPictureDescribedIsMadeAndSomeonesThingGivenIsPainted() {
        assertLabel("generate: a snowy mountain cabin", "start over with a brand new image: a snowy mountain cabin", NOTHING_SELECTED);
        assertLabel("original", "start over", NOTHING_SELECTED);
        assertLabel("paint: sunglasses", "give my cat sunglasses", SELECTED);
        assertLabel("adjust: contrast+", "give my cat more contrast", SELECTED);
    }

    @Test
    void whoOrWhatAPictureIsForIsLeftOutOfItsPrompt() {
        assertLabel("generate: the water cycle", "draw me a picture of the water cycle for my 4th graders", EMPTY_LAYER);
        assertLabel("generate: colorful donuts on a blue background",
                "colorful donuts on a blue background for national donut day", EMPTY_LAYER);
        assertLabel("generate: a table for two by the sea", "a table for two by the sea", EMPTY_LAYER);
    }

    @Test
    void aCropToANamedThingWithNothingSelectedAsksWhatToKeep() {
        for (String crop : List.of("crop it tighter on horse and rider", "can you crop it to just her head and shoulders")) {
            Understanding read = reader.read(crop, NOTHING_SELECTED);
            assertInstanceOf(Understanding.Clarify.class, read, crop);
            assertTrue(((Understanding.Clarify) read).question().contains("Select the part to keep"), crop);
        }
    }

    @Test
    void aThingGivenAColourInOtherWordsIsAModelsEdit() {
        assertLabel("edit", "let the car become red color", NOTHING_SELECTED);
        assertLabel("edit", "make the car colour become blue", NOTHING_SELECTED);
        assertLabel("edit", "Could the flowers in the photo be pink instead of yellow", NOTHING_SELECTED);
        assertLabel("edit", "can the bridesmaid dresses be dusty blue instead of pink??", NOTHING_SELECTED);
        assertLabel("edit", "change the season to autumn, the leaf become orange", NOTHING_SELECTED);
    }

    @Test
    void complaintsSaidWithoutTooReadTheRightWay() {
        assertLabel("adjust: brightness-", "frame 212 came out brighter than the rest of the sequence, drop it a little so it matches",
                NOTHING_SELECTED);
        assertLabel("adjust: warmth-", "the terracotta pot looks way more orange than it is in real life", SELECTED);
        assertLabel("adjust: brightness+", "the face of my brother is in dark, give light only to this", SELECTED);
        assertLabel("adjust: exposure-", "overall exposure is about half a stop too hot", NOTHING_SELECTED);
        assertLabel("adjust: exposure-", "the photo is over exposure, reduce it please", NOTHING_SELECTED);
        assertLabel("adjust: exposure+", "exposure is little bit low, add some", NOTHING_SELECTED);
        assertLabel("adjust: contrast+", "the contrast seems too weak, everything is greyish and dull", NOTHING_SELECTED);
        assertLabel("adjust: brightness+", "make my dress whiter!!! it looks kinda grey", SELECTED);
        assertLabel("adjust: brightness+", "The photo came out very dark. Can it be lightened?", NOTHING_SELECTED);
    }

    @Test
    void theDarkPartsNamedAreTheShadows() {
        assertLabel("adjust: shadows+", "and make the dark part more bright", NOTHING_SELECTED);
        assertLabel("adjust: shadows+", "brighter shadows pls, the crushed blacks were not on purpose", NOTHING_SELECTED);
        assertLabel("adjust: shadows+", "blacks are crushed in the stairwell, lift them a little", SELECTED);
        assertLabel("adjust: shadows+", "shadows under the pots are too harsh, soften them up", SELECTED);
        assertLabel("adjust: shadows+", "the dark place have no detail, make it can see more", NOTHING_SELECTED);
        // a cast in the shadows is no reason to brighten them
        assertLabel("adjust: tint-", "portra scan is way too magenta in the shadows", NOTHING_SELECTED);
    }

    @Test
    void effectsDescribedRatherThanNamed() {
        assertLabel("adjust: vignette", "I want the corner more dark, like old camera", NOTHING_SELECTED);
        assertLabel("adjust: vignette", "please give dark around the corner of the photo", NOTHING_SELECTED);
        assertLabel("adjust: vignette", "add a vignette!! saw it on pinterest and it looks sooo romantic", NOTHING_SELECTED);
        assertLabel("adjust: sepia", "make the photo like very old, brown colour", NOTHING_SELECTED);
        assertLabel("adjust: denoise", "picture have many noise, make it more smooth please", NOTHING_SELECTED);
        assertLabel("adjust: denoise", "lots of little coloured dots, i think it's called noise? can they be removed",
                NOTHING_SELECTED);
        assertLabel("adjust: tint+", "tint the whole map slightly toward magenta, I want a dusky sunset feel", NOTHING_SELECTED);
        assertLabel("adjust: warmth-", "tone down how orange my spray tan looks omg", SELECTED);
        assertLabel("adjust: highlights-", "reduce the highlight please, the white shirt lost detail", SELECTED);
        assertLabel("adjust: highlights-", "The sky is almost white. Could you bring it back a little", SELECTED);
        assertLabel("adjust: posterize", "posterise it down to like 4 colors, very warhol, very original", NOTHING_SELECTED);
        assertLabel("adjust: grayscale", "drain the colour completely", NOTHING_SELECTED);
    }

    @Test
    void redEyesAndAutomaticFixesInOtherWords() {
        assertLabel("adjust: red_eye", "The vicar has red eyes in this one, can you take the red out", SELECTED);
        assertLabel("adjust: red_eye", "There is red eye on my wife in this one, I have drawn a box around it", SELECTED);
        assertLabel("adjust: red_eye", "horse eye has that glowing flash thing going on", SELECTED);
        assertLabel("paint: a dragon with a red eye", "a dragon with a red eye", SELECTED);
        assertLabel("adjust: auto_levels", "Please just fix it automatically, I don't understand all these settings",
                NOTHING_SELECTED);
        assertLabel("adjust: auto_white_balance", "The white balance appears incorrect. Correct it automatically.",
                NOTHING_SELECTED);
        assertLabel("adjust: auto_white_balance", "white balance is strange, auto fix please", NOTHING_SELECTED);
    }

    @Test
    void contentWithToneWordsInItsDescriptionIsPainted() {
        assertLabel("paint: a cute golden retriever with a bow tie sitting",
                "a cute golden retriever with a bow tie sitting here omg we wanted our dog in the pics so bad", SELECTED);
        assertLabel("paint: a moon in the sky, full moon", "a moon in the sky pls full moon", SELECTED);
        assertLabel("paint: pixel art trophy", "pixel art trophy here", SELECTED);
        assertLabel("adjust: warmth+", "golden hour vibe pls", NOTHING_SELECTED);
        // a thing named first, then how it looks, is painted; a part named, then a change asked, is adjusted
        assertLabel("paint: swamp with dead trees, muted greens", "swamp w/ dead trees, muted greens", SELECTED);
        assertLabel("paint: brick wall texture, flat colours; without: gradients",
                "fill w/ brick wall texture, flat colours, no gradients", SELECTED);
        assertLabel("adjust: saturation+", "her dress, more saturated please", SELECTED);
    }

    @Test
    void promptsLoseStoriesAndKeepWhatToAvoid() {
        assertLabel("paint: a red balloon", "put a red balloon ther", SELECTED);
        assertLabel("paint: a cluster of tiny succulents", "fill the gap on the shelf w/ a cluster of tiny succulents", SELECTED);
        assertLabel("paint: sky", "There is a tear in the slide here. Please fill it in with sky like the rest.", SELECTED);
        assertLabel("paint: blue water", "fill this with blue water, my buddy's fin was in the way", SELECTED);
        assertLabel("paint: a few balloons; without: writing",
                "Can you put a few balloons here for the children's party poster, but none with writing on them", SELECTED);
        assertLabel("generate: a clean plate of a desert canyon; without: people, vehicles",
                "generate a clean plate of a desert canyon, no people, no vehicles", EMPTY_LAYER);
        assertLabel("generate: mountain range at dawn; without: creatures, people", "mountain range at dawn, no creatures no people",
                EMPTY_LAYER);
        assertLabel("generate: milky way over a desert arch; without: light pollution",
                "milky way over a desert arch, zero light pollution", EMPTY_LAYER);
        assertLabel("generate: A robin on a snowy branch; without: writing",
                "A robin on a snowy branch for a Christmas card. No writing on it, I'll do that by hand.", EMPTY_LAYER);
        assertLabel("generate: a villa with a pool in the jungle",
                "our honeymoon was in bali!!! make a villa with a pool in the jungle", EMPTY_LAYER);
        assertLabel("generate: beach in Lombok at sunset", "create image beach in Lombok at sunset", EMPTY_LAYER);
        assertLabel("generate: a happy family smiling", "can you make a picture of a happy family smiling for the homepage",
                EMPTY_LAYER);
    }

    @Test
    void promptsKeepNoAskingOrPointingWords() {
        // where the selection is, said last, in any tense; the place said first, then the wish
        assertLabel("paint: a small boat on the sea", "can you draw a small boat on the sea where I select", SELECTED);
        assertLabel("paint: moon, full moon, very big", "add moon in the sky area I choose, full moon, very big", SELECTED);
        assertLabel("paint: a red car", "In the marked area I want a red car", SELECTED);
        assertLabel("paint: a bicycle", "Here should stand a bicycle", SELECTED);
        assertLabel("paint: an old oil lamp on the windowsill", "here there should be an old oil lamp on the windowsill", SELECTED);
        // remarks after it: the artist's, a sigh, an aside, a reason, a mind changed
        assertLabel("generate: port town city map, cobbled streets, harbour; without: text or labels",
                "port town city map, cobbled streets, harbour — NO text or labels, I do those myself", EMPTY_LAYER);
        assertLabel("paint: a cracked skull on a pedestal", "a cracked skull on a pedestal. Hamlet, in case anyone was wondering",
                SELECTED);
        assertLabel("paint: a top hat", "give him a top hat, the villain needs one apparently", SELECTED);
        assertLabel("paint: a melting clock", "stick a melting clock in there, dalí would be so proud", SELECTED);
        assertLabel("paint: a cloud", "add a cloud there, sky looks empty", SELECTED);
        assertLabel("paint: normal white clouds",
                "could you add some puffy clouds in this bit of sky maybe with sunset color no actually just normal white clouds", SELECTED);
        assertLabel("generate: A fox reading in a library — a well-red fox", "A fox reading in a library — a well-red fox, if you like.",
                EMPTY_LAYER);
        // how it should be, said as a wish, is what it is like
        assertLabel("paint: a window with four panes; without: curtains",
                "Add a window to this wall. It should have four panes and no curtains.", SELECTED);
        assertLabel("generate: a plate of samosa with green chutney, tasty",
                "a plate of samosa with green chutney, it should look very tasty", EMPTY_LAYER);
        // a first sentence about the artist; "please" anywhere; "selected" before a thing; whose the thing asked for is
        assertLabel("generate: a bowl of fruit to start", "I'm trying to learn how this works. Maybe a bowl of fruit to start?",
                EMPTY_LAYER);
        assertLabel("paint: sakura petals drifting", "sakura petals drifting across here pls~", SELECTED);
        assertLabel("paint: young trees", "line the selected sidewalk with young trees", SELECTED);
        assertLabel("generate: a dog as a superhero", "our dog as a superhero", EMPTY_LAYER);
        assertLabel("generate: a cottage garden in full bloom, in the early morning mist",
                "I'd be most grateful for an image of a cottage garden in full bloom, in the early morning mist, please.", EMPTY_LAYER);
        assertLabel("generate: a drawing of a house in the mountain with snow", "do me a drawing of a house in the mountain with snow",
                EMPTY_LAYER);
        // a place or a body part stays whoever's it is; "I'd be curious to see" asks for a change, not a sentence about the artist
        assertLabel("paint: sparkles", "add sparkles around my face", SELECTED);
        assertLabel("edit", "I'd be curious to see him with a beard. A modest one, nothing Socratic.", NOTHING_SELECTED);
        // style names lose the asking
        assertLabel("style: cinematic film", "from now on give everything a cinematic film look", NOTHING_SELECTED);
        assertLabel("style: ukiyo-e", "Let us, provisionally, adopt a ukiyo-e idiom for all subsequent images.", EMPTY_LAYER);
        assertLabel("style: pencil sketch", "from now on use a pencil sketch style period", EMPTY_LAYER);
    }

    @Test
    void lastingStylesSaidOtherwise() {
        assertLabel("style: linocut print",
                "From now on could you do all the pictures like a linocut print, I think it would suit our posters", NOTHING_SELECTED);
        assertLabel("style: chinese ink painting", "after this all pictures use chinese ink painting style", NOTHING_SELECTED);
        assertLabel("style: bright clean photo", "can all the pictures we make be in the same bright clean photo style from here",
                NOTHING_SELECTED);
        assertLabel("style: ink and watercolor", "all the art for this set should be ink and watercolor, remember that", EMPTY_LAYER);
        assertLabel("style: soft pastel illustration", "set the style to soft pastel illustration for everything I make today",
                NOTHING_SELECTED);
        assertLabel("keepstyle", "I do like how this one looks, could the others all be done the same", NOTHING_SELECTED);
        assertLabel("keepstyle", "ok this look is the aesthetic now, save it", NOTHING_SELECTED);
        assertLabel("keepstyle", "Keep this sort of look for the others, it reminds me of the old railway posters", NOTHING_SELECTED);
        assertLabel("keepstyle", "lock in this inked parchment look as the default", NOTHING_SELECTED);
        assertLabel("clearstyle", "Lovely. Could we go back to normal pictures now", NOTHING_SELECTED);
        // "forever" said of a gloom, with a change asked after it, sets no style
        assertLabel("adjust: brightness+", "sure, let's keep it this gloomy forever. or brighten it, whatever", NOTHING_SELECTED);
    }

    @Test
    void theProgramsOwnThingsAndWordsAreRefused() {
        for (String notForEasel : List.of("explain postmodernism to me in three sentences",
                "make the brush shortcuts go back to default, gimp ate them", "write \"ART IS DEAD\" in blood red letters across it",
                "turn on dark mode")) {
            assertInstanceOf(Understanding.Refused.class, reader.read(notForEasel, NOTHING_SELECTED), notForEasel);
        }
        assertLabel("canvas: flip", "flip vertically. it's conceptual", NOTHING_SELECTED);
    }

    @Test
    void removalsFollowUpsAndExtensionsInOtherWords() {
        assertLabel("remove", "There's a car parked in front of the church, can it be removed", SELECTED);
        assertLabel("remove", "the boat too big, remove it", SELECTED);
        assertLabel("remove", "The orange date stamp from the camera, bottom right. I would like it gone.", SELECTED);
        assertLabel("extend: left=64px,right=64px", "make it landscape instead", NOTHING_SELECTED);
        assertLabel("extend: top=128px,bottom=128px", "can it be square", NOTHING_SELECTED);
        assertLabel("again", "do the same for Dr. Patel, I selected him now",
                after(InstructionContext.ChangeKind.GENERATED, Optional.empty()).withSelection(true));
        assertLabel("undo", "oops no put the bottle back lol", after(InstructionContext.ChangeKind.FILL, Optional.empty()));
        assertLabel("extend: left=25%", "I cut off the horse's tail, add some on the left", NOTHING_SELECTED);
        assertLabel("extend: top=10%", "the top of his head is cut off, can you add a bit on top", NOTHING_SELECTED);
        assertLabel("extend: left=25%,top=25%,right=25%,bottom=25%", "widen the map in every direction", NOTHING_SELECTED);
        assertInstanceOf(Understanding.Clarify.class, reader.read("make her look more like the character", NOTHING_SELECTED));
        assertInstanceOf(Understanding.Clarify.class, reader.read("match it to my layout", NOTHING_SELECTED));
    }

    @Test
    void theLastChangeOverdoneOrRepeatedInANewPlace() {
        assertLabel("less", "That's too sharp now, it looks harsh",
                afterAdjusting(org.easel.server.engines.classical.AdjustmentKind.SHARPEN, 0.5));
        assertLabel("again", "do that again in this one",
                after(InstructionContext.ChangeKind.GENERATED, Optional.empty()).withSelection(true));
        assertLabel("style: pixel art", "everything is pixel art now. forever. commit to the bit", NOTHING_SELECTED);
        InstructionContext afterGenerating = after(InstructionContext.ChangeKind.GENERATED, Optional.empty()).withSelection(false);
        assertLabel("variation; style: pencil drawing", "Can I have the same again but as a pencil drawing?", afterGenerating);
        assertLabel("generate: a lighthouse on the rocks", "now one of a lighthouse on the rocks", afterGenerating);
    }

    @Test
    void aChangeTakenOffByNameIsUndone() {
        assertLabel("undo", "no, cancel autumn", afterOneChange(InstructionContext.ChangeKind.GENERATED, "make it autumn"));
        assertLabel("undo", "Correction: I only wanted one. Please remove the second extension.",
                afterOneChange(InstructionContext.ChangeKind.EXTENSION, "extend the right side"));
        assertLabel("undo", "nah, leave it crooked, undo the straighten",
                afterOneChange(InstructionContext.ChangeKind.ADJUSTMENT, "straighten it"));
        assertLabel("undo", "take that off, it's gone crunchy",
                afterOneChange(InstructionContext.ChangeKind.ADJUSTMENT, "sharpen this").withSelection(true));
        // a thing the last change did not make is removed, as asked
        assertLabel("remove", "remove the lamp post", afterOneChange(InstructionContext.ChangeKind.GENERATED, "make it autumn")
                .withSelection(true));
        assertLabel("undo", "too much, ctrl-z that", NOTHING_SELECTED);
        assertLabel("undo", "As you were.", NOTHING_SELECTED);
    }

    @Test
    void thePictureAsItCameInIsTheOriginal() {
        for (String original : List.of("hmm go back to how it was when I sent it", "want to compare with what came off the phone",
                "go to the very beginning picture", "Let me see the unaltered image, please.",
                "go back to the plain daytime one I started from")) {
            assertLabel("original", original, afterAdjusting(org.easel.server.engines.classical.AdjustmentKind.WARMTH, 0.5));
        }
        // the first result is shown, not the picture before it
        assertLabel("show: first", "go back to the first one", AFTER_GENERATING);
    }

    @Test
    void lessAndMoreInMoreWords() {
        InstructionContext afterDarkening = afterAdjusting(org.easel.server.engines.classical.AdjustmentKind.BRIGHTNESS, -0.5);
        for (String less : List.of("back it off", "rein it in", "not that much darker, ease off", "make less of it",
                "too much smooth now, make less", "not so strong, please make smaller effect", "halve it")) {
            assertLabel("less", less, afterDarkening);
        }
        assertLabel("more", "harder, like it's been photocopied 40 times", afterDarkening);
        InstructionContext afterDusk = afterOneChange(InstructionContext.ChangeKind.GENERATED, "make it dusk");
        assertLabel("more", "push the dusk further, nearly full night", afterDusk);
        assertLabel("more", "more. I want \"well rested\", not \"witness protection\"", afterDusk);
        assertLabel("more", "more dusk. it has to feel late", afterDusk);
        // a comment that asks for a change of its own is read whole
        assertLabel("adjust: contrast+", "more. and more contrast too", afterDusk);
    }

    @Test
    void theLastChangeOnANewPartIsDoneAgain() {
        InstructionContext afterBlurring = afterOneChange(InstructionContext.ChangeKind.ADJUSTMENT, "blur the background")
                .withSelection(true);
        for (String again : List.of("do the blur on this other patch as well", "and on the return here", "do same on forehead",
                "again, but on this heckler", "once more on this bit of tracery", "try it once more on this slightly smaller area",
                "Can you do it one time more on this place?", "Do it one time more", "same treatment for the bottom strip",
                "and the other one on the far right")) {
            assertLabel("again", again, afterBlurring);
        }
        InstructionContext afterPainting = afterOneChange(InstructionContext.ChangeKind.GENERATED,
                "paint a cream pie flying at my face right here").withSelection(true);
        assertLabel("again", "another pie over here too, it's a pie ambush", afterPainting);
        assertLabel("again", "make this same house also here", afterPainting);
        assertTrue(List.of("again", "paint: a cream pie flying").contains(UnderstandingLabels.label(
                reader.read("try the pie again but here", afterPainting))));
        // something else to paint there is painted
        assertLabel("paint: a cat", "add a cat here too", afterPainting);
        assertLabel("paint: dragon on the tower", "now here draw dragon on the tower", afterPainting);
        assertLabel("variation", "a different pie. this one looks like a hat", afterPainting);
    }

    @Test
    void anotherTakeAndAnEarlierTurnInOtherWords() {
        assertLabel("variation", "give me another pass at it", AFTER_GENERATING);
        assertLabel("variation", "Could you produce an alternative version for comparison?", AFTER_GENERATING);
        assertLabel("variation; style: oil paint", "Could I see an alternative rendition in oil paint?", AFTER_GENERATING);
        assertLabel("reapply: #1", "right, now layer that dusk from turn one back on", new InstructionContext(false, false, 1024,
                768, Optional.of(InstructionContext.ChangeKind.ADJUSTMENT), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(new InstructionContext.TurnChange(1, InstructionContext.ChangeKind.GENERATED, List.of(), "make it dusk"),
                        adjusted(2, org.easel.server.engines.classical.AdjustmentKind.WARMTH))));
    }

    @Test
    void lastingStylesInMoreWords() {
        assertLabel("style: vintage airline poster art", "Henceforth, render everything as vintage airline poster art.",
                NOTHING_SELECTED);
        assertLabel("style: watercolor painting", "I want that every next image be like watercolor painting", EMPTY_LAYER);
        assertLabel("style: moody candlelit still life",
                "For the whole autumn window campaign let's go with moody candlelit still life, every single shot", EMPTY_LAYER);
        // "change the style to …" with nothing said of later pictures changes this one (as "change the style to art deco")
        assertLabel("edit", "for the Christmas window, change the style to deep red velvet and gold baubles", NOTHING_SELECTED);
        assertLabel("style: hand-painted 1930s scout handbook illustration",
                "new rule: every picture looks like a hand-painted 1930s Scout handbook illustration", EMPTY_LAYER);
        for (String keep : List.of("whatever look this has, give it to every picture after", "save current look as style",
                "Carry this look forward.", "make this the house style", "Good. That's the look. Every picture from now on.",
                "I love the mood of this one — can the rest of the collection have this same feel?",
                "Match all future badges to this one's colours and stitching", "keep the current style")) {
            assertLabel("keepstyle", keep, NOTHING_SELECTED);
        }
        for (String clear : List.of("Stand down the style order.", "Style order cancelled.",
                "I think we may now dispense with the oil painting style, thank you.",
                "no fixed style anymore, each picture can be different")) {
            assertLabel("clearstyle", clear, NOTHING_SELECTED);
        }
        // a thing in the picture kept, or a look for this picture, is no style
        assertLabel("edit", "Keep the man, lose the hat.", NOTHING_SELECTED);
        assertLabel("edit", "keep the layout, just make it snowing", NOTHING_SELECTED);
        assertLabel("edit", "make that the house look more old, abandoned", NOTHING_SELECTED);
        assertLabel("generate: a campfire badge in linocut style", "draw me a campfire badge in linocut style", EMPTY_LAYER);
        assertLabel("variation", "one more, no special style", AFTER_GENERATING);
    }

    @Test
    void wordsAndMovingPicturesInMoreWordsAreRefused() {
        assertRefused(NOTHING_SELECTED, "put a barcode and the ISBN on the back cover",
                "make the neon sign flicker in a loop", "make the clouds in the sky spell out HELP",
                "stick a price label on the corner that says £8.99", "please make the birds in the sky fly, like moving",
                "could you pop our opening hours under the picture?", "Make a slideshow out of these pictures.",
                "Make a 3D model of the medal.");
        assertRefused(SELECTED, "blood-red dripping letters that spell MURDER", "put each kid's initials on their patch",
                "Stencil \"PROPERTY OF US ARMY\" on the crate.");
        assertLabel("paint: a spell book on the table", "a spell book on the table", SELECTED);
    }

    @Test
    void aSettingOrTheLightNamedWithoutAWayIsAskedAbout() {
        Understanding.Clarify light = assertInstanceOf(Understanding.Clarify.class,
                reader.read("do something about the lighting", NOTHING_SELECTED));
        assertEquals(List.of("make it brighter", "make it darker", "increase the contrast"), light.readings());
        Understanding.Clarify warmth = assertInstanceOf(Understanding.Clarify.class,
                reader.read("change the temperature", NOTHING_SELECTED));
        assertEquals(List.of("make it warmer", "make it cooler"), warmth.readings());
        assertInstanceOf(Understanding.Clarify.class, reader.read("redo the lighting somehow", NOTHING_SELECTED));
    }

    @Test
    void aSentenceMostlyInAnotherLanguageSaysSo() {
        for (String tagalog : List.of("pababain mo ng konti yung brightness, nakakasilaw",
                "yung style na ito, gamitin mo na sa lahat ng susunod",
                // a language with no list here: most of its words neither English nor a slip Easel mends (Cebuano)
                "kuhaa ang motor diri", "ang ikaduha mas nindot", "himoa ug beach sa sunset, naay bangka")) {
            Understanding.Refused refused = assertInstanceOf(Understanding.Refused.class, reader.read(tagalog, NOTHING_SELECTED));
            assertTrue(refused.message().contains("English"), refused.message());
        }
        // names are not another language, nor are rare words, nor one word of Tagalog in English
        assertLabel("paint: a parol", "put a parol here po", SELECTED);
        assertLabel("generate: a portrait of Aleksandr Petrovich Volkonsky", "a portrait of Aleksandr Petrovich Volkonsky",
                EMPTY_LAYER);
        assertLabel("generate: an elderflower umbel", "And an elderflower umbel", EMPTY_LAYER);
        assertLabel("generate: winter forest with bisons, morning fog, like in Belovezhskaya Pushcha",
                "winter forest with bisons, morning fog, like in Belovezhskaya Pushcha", EMPTY_LAYER);
        // a greeting in another language said first is no part of the request
        assertLabel("paint: a vase with tulips", "moien, can you please put here a vase with tulips", SELECTED);
        assertLabel("style: watercolor", "Moien! From now on please all pictures in watercolour", NOTHING_SELECTED);
        assertLabel("style: cyanotype", "cyanotype, from now on", NOTHING_SELECTED);
    }

    @Test
    void everySignedAdjustmentsSummaryReadsBackAsThatAdjustment() {
        // The summary is what a question offers as a button; "soften the local contrast" used to offer one that asked again.
        for (org.easel.server.engines.classical.AdjustmentKind kind : org.easel.server.engines.classical.AdjustmentKind.values()) {
            if (!kind.isSigned()) {
                continue;
            }
            String up = PlanWording.describe(List.of(new Understood(kind, 1, Intensity.NORMAL))).summary();
            String down = PlanWording.describe(List.of(new Understood(kind, -1, Intensity.NORMAL))).summary();
            if (up.equals(down)) {
                continue;   // "shift the hue": one phrase for both ways round
            }
            for (int sign : new int[] {1, -1}) {
                String summary = sign > 0 ? up : down;
                Understanding read = reader.read(summary, NOTHING_SELECTED);
                Understanding.Planned planned = assertInstanceOf(Understanding.Planned.class, read, summary);
                assertEquals(kind, planned.plan().operations().get(0).kind(), summary);
                assertEquals(sign, (int) Math.signum(planned.plan().operations().get(0).amount()), summary);
            }
        }
    }

    @Test
    void thatOnANewPartAndAChangeFetchedFromEarlier() {
        InstructionContext afterBrightening = afterOneChange(InstructionContext.ChangeKind.ADJUSTMENT, "brighten this")
                .withSelection(true);
        for (String again : List.of("this little patch by the fence needs it too", "the reflection in the lake should get that too",
                "copy that edit onto the area I just selected", "give the selected part another dose of that", "also under the table")) {
            assertLabel("again", again, afterBrightening);
        }
        assertLabel("more", "stronger, i want it to really glow", afterBrightening);
        InstructionContext afterThree = new InstructionContext(false, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.GENERATED), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(adjusted(1, org.easel.server.engines.classical.AdjustmentKind.WARMTH,
                                org.easel.server.engines.classical.AdjustmentKind.BRIGHTNESS),
                        adjusted(2, org.easel.server.engines.classical.AdjustmentKind.SHADOWS),
                        new InstructionContext.TurnChange(3, InstructionContext.ChangeKind.GENERATED, List.of(), "add a moon")));
        assertLabel("reapply: #2", "darken the shadows like you did earlier", afterThree);
        assertLabel("reapply: #1", "the new bit looks dull, can you do the warm brighter thing from my first message to the whole "
                + "image again", afterThree);
    }

    /** After the turns asked with these words, in order, each an adjustment; nothing selected. */
    private static InstructionContext afterTurns(String... instructions) {
        return afterTurns(InstructionContext.ChangeKind.ADJUSTMENT, instructions);
    }

    /** After the turns asked with these words, in order, each a change of that kind; nothing selected. */
    private static InstructionContext afterTurns(InstructionContext.ChangeKind kind, String... instructions) {
        List<InstructionContext.TurnChange> changes = new java.util.ArrayList<>();
        for (int turn = 1; turn <= instructions.length; turn++) {
            changes.add(new InstructionContext.TurnChange(turn, kind, List.of(), instructions[turn - 1]));
        }
        return new InstructionContext(false, false, 1024, 768, Optional.of(kind), Optional.empty(), List.of(), List.of(),
                List.of(), changes);
    }

    @Test
    void dissatisfactionBeforeAnyChangeIsAskedAboutNotRefusedAsAFollowUpToNothing() {
        for (String verdict : List.of("different", "I don't like", "hmm, not like that. something else", "Do it other",
                "not good, again different", "hmm no", "nah", "That is not correct.", "this is not what I mean",
                "not quite there yet", "tweak it a little", "rework it", "make some changes", "try another approach")) {
            assertInstanceOf(Understanding.Clarify.class, reader.read(verdict, NOTHING_SELECTED), verdict);
        }
        // after a change, "no" takes it back
        assertLabel("undo", "hmm no", afterTurns("make it warmer"));
        // after a picture was made, "something different" is another take of it
        assertLabel("variation", "something different", afterTurns(InstructionContext.ChangeKind.GENERATED, "a fox in the snow"));
    }

    @Test
    void theLookOfThisPictureAskedForTheNextOnesKeepsTheStyle() {
        for (String keep : List.of("make all the upcoming ones match this one", "I should like all subsequent images to share "
                + "the appearance of this one.", "Could you remember how this one looks and do the others the same way?",
                "use style like this picture for next pictures too", "stick with this grade for the rest of the series",
                "I love this one - can all the flyer pictures match it?", "use this same style for every page after this one")) {
            assertLabel("keepstyle", keep, NOTHING_SELECTED);
        }
    }

    @Test
    void aColourCastTakenAwayIsAnAdjustmentNotARemoval() {
        assertLabel("adjust: tint+", "get rid of the green tint", NOTHING_SELECTED);
        assertLabel("adjust: tint+", "Everything has some green colour, please remove it", NOTHING_SELECTED);
        assertLabel("adjust: auto_white_balance", "take away the pink", NOTHING_SELECTED);
        assertLabel("adjust: auto_white_balance", "whole picture is pink color little bit. please remove pink", NOTHING_SELECTED);
        assertLabel("remove", "remove the green car", SELECTED);
    }

    @Test
    void aThingTakenOffOrLetGoWithItSelectedIsRemoved() {
        for (String removal : List.of("take the price sticker off the drawer", "nix the extra bird, one is plenty",
                "perhaps this bird could go, it's sort of distracting", "Can you take the fire extinguisher off the wall there",
                "clean off the graffiti on this wall")) {
            assertLabel("remove", removal, SELECTED);
        }
        // with nothing selected, the picture changes: her eyes are painted where the sunglasses were
        assertLabel("edit", "Take the sunglasses off her face.", NOTHING_SELECTED);
        assertLabel("adjust: red_eye", "eyes are looking red from the flash, please remove the red from eyes", SELECTED);
    }

    @Test
    void fixesAskedInOtherWordsAreThoseFixes() {
        assertLabel("adjust: auto_contrast", "let the computer sort out the contrast on its own, I trust it more than me",
                NOTHING_SELECTED);
        assertLabel("adjust: auto_levels", "Please just even out the tones automatically, it's a bit of a mess", NOTHING_SELECTED);
        assertLabel("adjust: highlights-", "the white lace on her collar is just a blob, can it be recovered?", SELECTED);
        assertLabel("adjust: highlights-", "white plaster got no detail. pull it down", SELECTED);
        assertLabel("adjust: blur", "fuzz out that plate number", SELECTED);
        assertLabel("adjust: blur", "make the faces of people cannot recognize, for privacy", SELECTED);
        assertLabel("adjust: shadows+", "open up the shady side of the building, it's all crushed", NOTHING_SELECTED);
        assertLabel("adjust: shadows+", "Is it possible to see more detail in the dark parts? Under the trees is just black.",
                NOTHING_SELECTED);
        assertLabel("adjust: sharpen", "its out of focus", NOTHING_SELECTED);
    }

    @Test
    void theWayAskedForAfterAComplaintIsTheWayItGoes() {
        assertLabel("adjust: exposure-", "The exposure appears too high to my eye; kindly reduce it.", NOTHING_SELECTED);
        assertLabel("adjust: brightness+", "This photo is coming very dark, please make it little bit bright", NOTHING_SELECTED);
        assertLabel("adjust: tint+", "Add little bit magenta to it", NOTHING_SELECTED);
        assertLabel("adjust: shadows+", "The darker areas lack detail. Could you open them up a little?", NOTHING_SELECTED);
        assertLabel("adjust: contrast-", "contrast's too harsh from the midday sun, soften it", NOTHING_SELECTED);
        assertLabel("adjust: curve-", "inverse s curve pls, faded film look", NOTHING_SELECTED);
        assertLabel("adjust: blur", "its too sharp, soften it", NOTHING_SELECTED);
    }

    @Test
    void hedgesAreNoPartOfWhatIsPainted() {
        assertLabel("generate: a cat reading a book, whimsical", "a cat reading a book I guess, kind of whimsical maybe",
                EMPTY_LAYER);
        assertLabel("generate: a fox in the snow, painterly", "perhaps a fox in the snow, sort of painterly, if that works",
                EMPTY_LAYER);
        assertLabel("paint: a window with light streaming in", "maybe a window with light sort of streaming in?", SELECTED);
        // a prompt's label and the canvas's shape said after the content are no part of it either
        assertLabel("generate: koi pond, top down, ukiyo-e", "gen: koi pond, top down, ukiyo-e", EMPTY_LAYER);
        assertLabel("generate: a 1960s control room with analogue dials", "Create an image of a 1960s control room with "
                + "analogue dials. Aspect 4:3.", EMPTY_LAYER);
    }

    @Test
    void theResultBeforeANamedChangeOrBeforeAnyOfThemIsShown() {
        InstructionContext afterThree = afterTurns("make it warmer", "add some wings to the bird", "sharpen it");
        assertLabel("show: #1", "show me before the wings", afterThree);
        assertLabel("original", "hmm, go back to how it was before the warmer one", afterThree);
        assertLabel("original", "show me the picture from before any of this", afterThree);
        assertLabel("original", "just put it back how it came", afterThree);
    }

    @Test
    void anEarlierChangeNamedByItsNounIsReappliedByNumber() {
        assertLabel("reapply: #1", "give this image the cooling you did at the very start",
                afterTurns("make it cooler", "sharpen it", "add a vignette"));
        assertLabel("reapply: #1", "On reflection, I should like the warmth from my first request applied once more.",
                afterTurns("make it warmer", "sharpen it", "add a vignette"));
    }

    @Test
    void vectorsAndLetteringInMoreWordsAreAnsweredWithWhatToUse() {
        for (String refused : List.of("please convert into vector, I need it for logo", "convert the label to vectors so the "
                + "die-cutter can use it", "Turn the drawing into a cutting file for the waterjet",
                "put the room numbers on each room", "Carve the name John Hughes into the stone in the picture")) {
            assertInstanceOf(Understanding.Refused.class, reader.read(refused, NOTHING_SELECTED), refused);
        }
        assertInstanceOf(Understanding.Refused.class, reader.read("put my shop name on the jar label", SELECTED));
        assertLabel("edit", "make it look like vector art", NOTHING_SELECTED);
        assertLabel("paint: date palms on the beach", "put some date palms on the beach", SELECTED);
    }

    @Test
    void backingUpAfterAComplaintIsNoZoomOutAndAStyleUntilToldToStopIsSet() {
        assertNotEquals("extend", UnderstandingLabels.kind(UnderstandingLabels.label(reader.read("oops, that's too soft, back up",
                afterTurns("make it warmer", "blur it")))));
        assertLabel("extend: left=10%,top=10%,right=10%,bottom=10%", "back up a bit so we see the street", NOTHING_SELECTED);
        assertLabel("style: impressionist", "Until I say stop, use impressionist style for everything.", EMPTY_LAYER);
        assertLabel("style: vintage 1920s poster", "house style for the Riesling range: vintage 1920s poster. use it on everything",
                EMPTY_LAYER);
    }

    @Test
    void aShapeAskedWithoutCuttingGrowsTheCanvas() {
        InstructionContext wide = new InstructionContext(false, false, 1200, 800, Optional.empty(), Optional.empty());
        assertLabel("extend: top=200px,bottom=200px", "I need it square for Instagram", wide);
        assertLabel("extend: top=200px,bottom=200px", "need it square for instagram but don't cut anything off", wide);
        assertLabel("canvas: crop", "crop it square", wide);
    }

    @Test
    void anotherTakeWithALookAfterACommaIsAVariationInThatLook() {
        InstructionContext afterAPicture = afterTurns(InstructionContext.ChangeKind.GENERATED, "a heron at dawn");
        assertLabel("variation; style: pencil sketch", "try another one, pencil sketch style this time", afterAPicture);
        assertLabel("variation; style: watercolor", "same idea but watercolor", afterAPicture);
        assertLabel("variation", "one more, no special style", afterAPicture);
        assertLabel("edit", "Please change the red door to a dark blue one.", NOTHING_SELECTED);
    }

    @Test
    void aThingNamedAloneWithASelectionIsAskedAboutButASurfaceIsPainted() {
        for (String thing : List.of("the face", "the dog", "the stars", "the windows")) {
            Understanding.Clarify asked = assertInstanceOf(Understanding.Clarify.class, reader.read(thing, SELECTED), thing);
            assertEquals("remove what is selected", asked.readings().get(0), thing);
        }
        // the interpreter corpus paints "the sky" there: a surface is what a selection is filled with
        assertLabel("paint: the sky", "the sky", SELECTED);
        assertLabel("paint: the grass", "the grass", SELECTED);
    }

    @Test
    void theLastExtensionOnAnotherSideGrowsThatSideTheSame() {
        InstructionContext.ChangeKind extended = InstructionContext.ChangeKind.EXTENSION;
        assertLabel("extend: left=300px", "now the same on the other side", afterTurns(extended, "extend the right side by 300px"));
        assertLabel("extend: right=256px", "is good. now also on the right the same", afterTurns(extended, "extend left 256px"));
        // followed through a turn that was itself "the same on the other side"
        assertLabel("extend: bottom=300px", "same amount on the bottom",
                afterTurns(extended, "extend the right side by 300px", "now the same on the other side"));
    }

    @Test
    void chatShorthandForAnEarlierResultIsRead() {
        InstructionContext afterTwo = afterTurns("make it snowy", "make it night");
        assertLabel("show: #1", "show me v1 again", afterTwo);
        assertLabel("show: previous", "nah prev one was better, show it", afterTwo);
        assertTrue(List.of("show: previous", "undo").contains(UnderstandingLabels.label(reader.read("go back to the one b4",
                afterTwo))));
    }

    @Test
    void aChangeNamedAsAThingDoneIsDoneOnceMore() {
        InstructionContext afterTwo = afterTurns("warm the whole thing up", "sharpen it");
        // an earlier turn's change, by what it did: re-applied by its number
        assertLabel("reapply: #1", "give this gauze section the warming from the top as well", afterTwo.withSelection(true));
        assertLabel("reapply: #1", "give this image the cooling you did at the very start",
                afterTurns("cool it down a bit", "add some grain"));
        assertLabel("reapply: #1", "do the brightening on the other eye now",
                afterTurns("brighten the left eye", "sharpen the eye").withSelection(true));
        // the last change so named is the last change again
        assertLabel("again", "and the sharpening on that eye as well", afterTwo.withSelection(true));
        // named, but taken back or looked at: no repeat
        assertLabel("undo", "undo the sharpening", afterTwo);
    }

    @Test
    void aStyleNotWantedAnyMoreOrLetGoOfIsCleared() {
        for (String cleared : List.of("Please not use anymore the style, I want normal.", "Now I want not the folk style anymore",
                "not need same style anymore", "actually let's go without the watercolour for a while",
                "ok that was the last panel, you can let go of that style now")) {
            assertLabel("clearstyle", cleared, NOTHING_SELECTED);
        }
        // "look" as a verb is no style
        assertNotEquals("clearstyle", UnderstandingLabels.label(reader.read("dont make it look old anymore", NOTHING_SELECTED)));
    }

    @Test
    void aLookLockedInOrSavedIsKeptNotALayerOrAFile() {
        for (String kept : List.of("lock this in as the look for the series", "lock this aesthetic in, obsessed",
                "save this vibe for all my next thumbnails", "lock this in")) {
            assertLabel("keepstyle", kept, NOTHING_SELECTED);
        }
        assertLabel("style: pastel isometric", "lock the style to pastel isometric for this whole campaign", NOTHING_SELECTED);
        // the program's own locks and files are still the program's
        assertRefused(NOTHING_SELECTED, "lock this layer", "lock the layer", "save the file");
    }

    @Test
    void aJudgementThatSaysNothingOfWhatToChangeIsAskedAbout() {
        for (String judged : List.of("the sea needs work", "give it some character", "can the dog look nicer",
                "make it more kid friendly", "Make the harp look, I don't know, lovelier?", "make the water look right")) {
            Understanding.Clarify asked = assertInstanceOf(Understanding.Clarify.class, reader.read(judged, NOTHING_SELECTED), judged);
            // the edit the words would make is one of the readings offered
            assertTrue(asked.readings().stream().anyMatch(r -> r.startsWith("change the whole picture:")), judged);
        }
        // a change named is made
        for (String named : List.of("make her smile", "make the sky look more dramatic", "make her look older",
                "make the character look more determined")) {
            assertLabel("edit", named, NOTHING_SELECTED);
        }
    }

    @Test
    void aPlaceThatCompletesAPoseStaysInThePrompt() {
        // a place named with "the" stays, one only pointed at ("this post") goes ...
        assertLabel("paint: a lighthouse on the cliff", "paint a lighthouse on the cliff", SELECTED);
        assertLabel("paint: a gull", "paint a gull on this post", SELECTED);
        // ... but after a pose even that one is what the pose is about: "a kite stuck" alone would be a different picture
        assertLabel("paint: a kite stuck in the tree", "a kite stuck in the tree", SELECTED);
        assertLabel("paint: a sleepy fox curled up under the tree", "a sleepy fox curled up under the tree", SELECTED);
        assertLabel("paint: a little fox peeking out from behind the tree",
                "I'd love a little fox peeking out from behind the tree", SELECTED);
        assertLabel("paint: a reed warbler sitting on the reed stem", "put a reed warbler sitting on this reed stem", SELECTED);
        // a noun in -ing is not a pose
        assertLabel("paint: green roof with sedum planting", "green roof with sedum planting on this slab", SELECTED);
    }

    @Test
    void whoAPictureIsForIsNotInIt() {
        assertLabel("generate: a grizzled dwarf blacksmith portrait", "generate a grizzled dwarf blacksmith portrait for my players",
                EMPTY_LAYER);
        assertLabel("generate: a map of an imaginary island", "a map of an imaginary island for our creative writing class",
                EMPTY_LAYER);
        // a thing made for its owner says what it shows
        assertLabel("generate: a logo for my bakery", "generate a logo for my bakery", EMPTY_LAYER);
    }

    @Test
    void whatToMakeWithoutTheRemarksAroundIt() {
        assertLabel("paint: an elven sword stuck in the ground", "i need an elven sword stuck in the ground, it's for the cover of my story",
                SELECTED);
        assertLabel("paint: a cute baby dragon; without: scary claws or teeth",
                "my kids asked for a cute baby dragon, no scary claws or teeth", SELECTED);
        assertLabel("paint: swirling purple mist; without: faces", "fill the selection with swirling purple mist but dont put any "
                + "faces in it", SELECTED);
        assertLabel("paint: cumulus clouds; without: birds or aircraft",
                "Please add cumulus clouds to the selected sky portion; avoid any birds or aircraft.", SELECTED);
        assertLabel("paint: a stack of folded towels", "could the empty corner have a stack of folded towels", SELECTED);
        assertLabel("paint: a waterfall pouring off the cliff", "can this be a waterfall pouring off the cliff?", SELECTED);
        assertLabel("generate: a marble countertop with gold veins",
                "Nothing's on the canvas yet - I'd like a marble countertop with gold veins", EMPTY_LAYER);
        assertLabel("generate: a portal opening in a wheat field", "on this empty layer, a portal opening in a wheat field",
                EMPTY_LAYER);
        assertLabel("generate: a ship sailing through the clouds",
                "start me off with a ship sailing through the clouds, reference for my D&D campaign", EMPTY_LAYER);
        assertLabel("generate: a cartoon jungle with friendly animals",
                "a cartoon jungle with friendly animals for my son's bedroom wall", EMPTY_LAYER);
        assertLabel("generate: a steam locomotive crossing a viaduct in the Yorkshire Dales", "I would very much like a picture "
                + "of a steam locomotive crossing a viaduct in the Yorkshire Dales, if that is within your powers.", EMPTY_LAYER);
        assertLabel("generate: temple in bangkok at night", "make picture temple in bangkok at night", EMPTY_LAYER);
        // a change of the picture asked with "make" keeps its words
        assertLabel("edit", "make everyone wear sunglasses haha", NOTHING_SELECTED);
        // a greeting leaves nothing to paint
        assertInstanceOf(Understanding.Refused.class, reader.read("good morning!", EMPTY_LAYER));
    }

    @Test
    void moreThingsOutsideOneStillPictureAreRefused() {
        assertRefused(NOTHING_SELECTED, "what time is golden hour in June in Edinburgh",
                "is it better to sharpen before or after upscaling?", "can you teach me how to paint clouds",
                "make me a link I can send the couple", "can you make the candles flicker",
                "a slideshow of the wedding photos with music", "I need this as an EPS vector for the signage",
                "number the panels 1 to 6", "add crop marks for the cover printer");
        assertRefused(SELECTED, "feather the selection by 10 pixels", "make the selection a perfect circle instead",
                "fill this box with the blurb from the back cover");
        assertLabel("generate: flat vector illustration of a fox", "flat vector illustration of a fox", EMPTY_LAYER);
        assertLabel("extend: left=170px,right=171px", "make it 16:9 for the slideshow", NOTHING_SELECTED);
    }

    @Test
    void lastingStylesNamedOrPointedAtInPlainWords() {
        assertLabel("style: manga screentone", "use manga screentone for all the panels I ask for after this", NOTHING_SELECTED);
        assertLabel("style: gothic oil painting, dark and candlelit",
                "gothic oil painting, dark and candlelit - use that for every cover from now", EMPTY_LAYER);
        assertLabel("style: cut-paper collage",
                "the newsletter's house style is cut-paper collage, please use it for all images from now on", EMPTY_LAYER);
        assertLabel("style: low-poly", "Change my saved style to low-poly.", NOTHING_SELECTED);
        assertLabel("style: victorian engraving", "whatever I ask for next, do it as a Victorian engraving", EMPTY_LAYER);
        for (String keep : List.of("keep the colours and feel of this picture for later images",
                "the next slides should have this same aesthetic", "can the rest of the newsletter illustrations copy the style "
                        + "of this picture", "ooh I like this, make everything after look like this",
                "I love this - use it for every cover")) {
            assertLabel("keepstyle", keep, NOTHING_SELECTED);
        }
        assertLabel("clearstyle", "From now on, no particular style.", EMPTY_LAYER);
        assertInstanceOf(Understanding.Clarify.class, reader.read("change the whole vibe", NOTHING_SELECTED));
    }

    @Test
    void aColourCastSaidAsHowPeopleLookIsAdjusted() {
        assertLabel("adjust: warmth-", "everyone looks orange", NOTHING_SELECTED);
        assertLabel("adjust: warmth-", "faces look yellow", NOTHING_SELECTED);
        assertLabel("adjust: tint+", "the skin looks a bit green", NOTHING_SELECTED);
        // asked for, not complained of
        assertInstanceOf(Understanding.Clarify.class, reader.read("make it look orange", SELECTED));
    }

    @Test
    void anotherTakeOfWhatWasJustPaintedAndLetteringInCapitals() {
        InstructionContext afterPainting = afterOneChange(InstructionContext.ChangeKind.GENERATED, "paint a lighthouse here")
                .withSelection(true);
        assertLabel("variation", "try a different lighthouse", afterPainting);
        assertLabel("variation; style: japanese woodblock print", "this one, but in the style of a japanese woodblock print",
                afterPainting);
        assertLabel("variation", "give me another pass at the diner", AFTER_GENERATING);
        assertLabel("variation", "one more of the bakery, plain this time", AFTER_GENERATING);
        assertRefused(SELECTED, "put IRON RIDERS MC 2024 on the banner");
        // capitals for emphasis, or a sentence typed in capitals, are no lettering
        assertLabel("paint: a BIG RED barn", "add a BIG RED barn", SELECTED);
        assertLabel("paint: a hat on the cat", "PUT A HAT ON THE CAT", SELECTED);
    }

    @Test
    void enlargingForPrintAndTurningForAnOrientation() {
        assertLabel("upscale", "need this bigger for print, 300 dpi on A5 cards", NOTHING_SELECTED);
        assertLabel("upscale", "upres this still, it's only 1080p", NOTHING_SELECTED);
        assertLabel("upscale", "I want to print this big for the hallway wall, can it be made larger without going fuzzy",
                NOTHING_SELECTED);
        // printing alone, or a question about the resolution, is still no upscale
        assertRefused(NOTHING_SELECTED, "Print it big so I can pin it up in the shed", "What is the resolution of this image in DPI?");
        assertLabel("canvas: rotate", "turn it sideways", NOTHING_SELECTED);
        assertLabel("canvas: rotate", "rotate it so it's portrait", NOTHING_SELECTED);
        assertEquals("Rotated the canvas 90° clockwise.", ((Understanding.Planned) reader.read("turn it sideways",
                NOTHING_SELECTED)).plan().doneMessage());
        // a picture lying on its side could go either way: asked
        assertInstanceOf(Understanding.Clarify.class, reader.read("it's sideways, turn it upright", NOTHING_SELECTED));
        assertLabel("canvas: flip", "Please reverse left and right", NOTHING_SELECTED);
    }

    @Test
    void extensionAmountsSaidRoughlyOrAfterTheRequest() {
        assertLabel("extend: top=300px", "Increase canvas on top side for sky, around 300 pixel", NOTHING_SELECTED);
        assertLabel("extend: left=500px", "Can you add more room at the left side? About 500 pixel", NOTHING_SELECTED);
        assertLabel("extend: right=25%", "widen it on the right, need room for the run-up", NOTHING_SELECTED);
        assertLabel("extend: left=25%,right=25%", "Make larger the picture on both sides, left and right", NOTHING_SELECTED);
    }

    @Test
    void adjustmentsSaidInLearnersAndSlidersWords() {
        assertLabel("adjust: vibrance+", "vib+", NOTHING_SELECTED);
        assertLabel("adjust: shadows-", "The dark parts should be more dark please.", NOTHING_SELECTED);
        assertLabel("adjust: highlights+", "Highlights are very less, please increase them", NOTHING_SELECTED);
        assertLabel("adjust: contrast-", "Contrast is too hard. Please make soft.", NOTHING_SELECTED);
        assertLabel("adjust: curve+", "Please make tone curve stronger, like film photo", NOTHING_SELECTED);
        assertLabel("adjust: curve-", "softer tone curve pls, too punchy for a finance slide", NOTHING_SELECTED);
        assertLabel("adjust: denoise", "The scan has come out all speckly, can you smooth that away?", NOTHING_SELECTED);
        assertLabel("adjust: denoise", "the dusk shot of the owl is full of speckles", NOTHING_SELECTED);
        assertLabel("adjust: denoise", "There is much noise in the dark areas, can you take it out?", NOTHING_SELECTED);
        assertLabel("adjust: denoise sharpen", "Take off the noise and after make it a bit sharp", NOTHING_SELECTED);
        assertLabel("adjust: posterize", "Please make colors in steps, like poster", NOTHING_SELECTED);
        assertLabel("adjust: vignette", "Please make the edges dark, like an old camera", NOTHING_SELECTED);
        assertLabel("adjust: vignette", "Add dark shade around the border of photo, focus should come on the bird", NOTHING_SELECTED);
        assertLabel("adjust: red_eye", "Please remove red in the eye", SELECTED);
        assertLabel("adjust: red_eye", "Eyes of my daughter are coming red in this photo, please correct", SELECTED);
        assertLabel("adjust: auto_white_balance", "colours are off, the white of the dress isn't white", NOTHING_SELECTED);
        assertLabel("adjust: tint+", "there's a green cast over the whole scan from the old film, can you take it out dear",
                NOTHING_SELECTED);
        assertLabel("adjust: tint+", "Skin looks green, like sick person. Please fix color", NOTHING_SELECTED);
        assertLabel("adjust: tint-", "tint the selected area slightly greener so the kelp reads better", SELECTED);
        assertLabel("adjust: blur", "make this part unsharp please", SELECTED);
        assertLabel("adjust: sharpen", "apply an unsharp mask", NOTHING_SELECTED);
        // the temperature said makes "toward blue" cooler; a thing's colour shifted is a hue
        assertLabel("adjust: warmth-", "the ice cavern card needs to feel colder, push it toward blue", NOTHING_SELECTED);
        assertLabel("adjust: hue", "pool water reads teal, shift it toward blue", SELECTED);
        assertLabel("adjust: warmth+", "Warm it up. I want candlelight, tavern-at-midnight vibes.", NOTHING_SELECTED);
        // burnt edges are a change of the picture, not a vignette
        assertLabel("edit", "burn the edges of the map like it survived a fire", NOTHING_SELECTED);
    }

    @Test
    void laterPicturesLikeThisOneAndStylesSaidLastingFirst() {
        assertLabel("keepstyle", "Could all the rest be done in the same gentle way as this one", NOTHING_SELECTED);
        assertLabel("keepstyle", "I love this, can the next ones look just like it", NOTHING_SELECTED);
        assertLabel("keepstyle", "Remember this colour and feel for further images also", NOTHING_SELECTED);
        assertLabel("style: loose wet-in-wet watercolor soft bleeding edges", "for everything after this, can you do a loose "
                + "wet-in-wet watercolour style, like mine, with soft bleeding edges", EMPTY_LAYER);
        assertLabel("style: charcoal sketch", "set the style to charcoal sketch for everything we do next", EMPTY_LAYER);
        assertLabel("style: loose pen-and-wash architectural sketch",
                "for all images going ahead: loose pen-and-wash architectural sketch", EMPTY_LAYER);
        assertLabel("clearstyle", "turn off the saved look", NOTHING_SELECTED);
    }

    @Test
    void contentWithoutItsStoryAndWeatherAloneOnAPicture() {
        assertLabel("paint: mountain with snow on top", "Here I want to put mountain with snow on top", SELECTED);
        assertLabel("paint: a sunflower", "Watch, class: I'm going to ask it for a sunflower in this vase", SELECTED);
        assertLabel("paint: a heron standing in the shallows; without: extra legs",
                "a heron standing in the shallows, and please no extra legs, last time it gave the poor thing three", SELECTED);
        assertLabel("paint: rattan pendant light hanging; without: cord", "rattan pendant light hanging here, don't show the cord",
                SELECTED);
        assertLabel("paint: sage green limewash wall", "make this wall sage green limewash", SELECTED);
        assertLabel("generate: a long hallway with arched windows",
                "To demonstrate one-point perspective, generate a long hallway with arched windows", EMPTY_LAYER);
        assertLabel("generate: elf ranger portrait; without: weapons",
                "elf ranger portrait for a character card, keep weapons out of frame", EMPTY_LAYER);
        assertLabel("generate: a lighthouse", "a lighthouse again, just normal this time", EMPTY_LAYER);
        assertLabel("generate: a country scene with sheep", "a nice country scene with sheep, to go behind the farm photos",
                EMPTY_LAYER);
        assertLabel("edit", "rain", NOTHING_SELECTED);
        assertLabel("edit", "sunset lighting", NOTHING_SELECTED);
        assertLabel("generate: rain", "rain", EMPTY_LAYER);
    }

    @Test
    void moreOrFewerOfWhatWasJustPainted() {
        InstructionContext afterPainting = afterOneChange(InstructionContext.ChangeKind.GENERATED, "put some birds on the wire")
                .withSelection(true);
        assertLabel("more", "Could there be a few more of them", afterPainting);
        assertLabel("less", "Oh that's much too many now", afterPainting);
    }

    @Test
    void colourShiftsCastsAndThingsAddedInSoManyWords() {
        assertLabel("adjust: hue", "shift the koi from orange toward a hot pink", SELECTED);
        assertLabel("adjust: hue", "shift the entire palette toward violet", NOTHING_SELECTED);
        // a car recoloured with no selection is the model's edit, not a hue shift of everything
        assertLabel("edit", "turn the mustang from red to grabber blue", NOTHING_SELECTED);
        assertLabel("adjust: contrast+", "the contrast, can you increase it?", NOTHING_SELECTED);
        assertLabel("adjust: clarity+", "The clarity, can you augment it? We don't see the details of the bricks.", NOTHING_SELECTED);
        assertLabel("adjust: posterize", "cut it down to like 4 colour levels, pop art vibe", NOTHING_SELECTED);
        assertLabel("adjust: grayscale", "remove all the colors from the picture", NOTHING_SELECTED);
        assertLabel("adjust: auto_white_balance", "remove the colour cast here", SELECTED);
        assertLabel("adjust: tint+", "there is a green haze over the photo, can you take that away", NOTHING_SELECTED);
        assertLabel("adjust: warmth-", "why is everyone orange. fix", NOTHING_SELECTED);
        assertLabel("adjust: denoise", "Render still has noise in the dark corners — denoise please", NOTHING_SELECTED);
        assertLabel("adjust: blur", "lose the edges here, soften them", SELECTED);
        assertLabel("adjust: warmth-", "too warm for my house style, cool it slightly", NOTHING_SELECTED);
        assertLabel("edit", "cyberpunk vibe on this one only, don't keep it", NOTHING_SELECTED);
        assertLabel("edit", "add a sprinkle of parmesan on the pasta", NOTHING_SELECTED);
        assertLabel("edit", "add some steam coming off the food so it looks hot", NOTHING_SELECTED);
        // words, layers and codes are no things a model paints in
        assertRefused(NOTHING_SELECTED, "add a QR code that links to our shop", "add a new transparent layer on top",
                "Can you make a vector from this, for the cutting plotter?", "change the brush smoothing settings");
        assertInstanceOf(Understanding.Clarify.class, reader.read("Can you do the thing to it, dear", NOTHING_SELECTED));
        assertLabel("paint: kelp swaying, greenish brown", "some kelp swaying, greenish brown", SELECTED);
        assertInstanceOf(Understanding.Clarify.class, reader.read("this part, blue", SELECTED));
    }

    @Test
    void theSameChangeSaidAgainRightAfterItRescalesIt() {
        // exposure and brightness are one change said two ways
        InstructionContext afterExposing = afterAdjusting(org.easel.server.engines.classical.AdjustmentKind.EXPOSURE, 0.25);
        assertLabel("less", "now slightly too bright, back off a little", afterExposing);
    }

    @Test
    void thePaintingProgramsOwnToolsAndQuestionsAboutThePictureAreRefused() {
        assertRefused(NOTHING_SELECTED, "Make the eraser bigger", "turn on the grid so I can line up my panels",
                "Describe what's in this picture.", "Transcribe the handwriting in this letter.",
                "give me the RGB values of the wine colour", "make this photo my desktop background");
        // the same words for things in the picture are no settings
        assertLabel("adjust: brightness+", "make the rulers on the desk brighter", SELECTED);
        assertLabel("remove", "remove the eraser on the desk", SELECTED);
    }

    @Test
    void aChangeAskedInAFewWordsThatSayNotWhatIsAskedAbout() {
        for (String vague : List.of("change him", "make it funnier", "Put it somewhere else.", "ok now do it", "make it more me")) {
            assertInstanceOf(Understanding.Clarify.class, reader.read(vague, NOTHING_SELECTED), vague);
        }
        // what Easel cannot do stays refused
        assertRefused(NOTHING_SELECTED, "make it spin", "make it a vector");
    }

    @Test
    void removalsSaidAsMakingAThingDisappearOrGettingItOut() {
        assertLabel("remove", "make this car disappear", SELECTED);
        assertLabel("remove", "the pacifier, get it out of the pic", SELECTED);
        assertLabel("remove", "Can you clean away the pencil guideline here?", SELECTED);
        assertLabel("remove", "clean out the stray brushstrokes in sel", SELECTED);
    }

    @Test
    void laterPicturesKeptLikeThisOneAndAStyleNamedAfterAColon() {
        for (String keep : List.of("I like how this one looks. Can the next ones look the same?",
                "use this same style for the others i will ask you", "match everything after this to this piece",
                "omg i love this, same vibe for the rest of the album")) {
            assertLabel("keepstyle", keep, NOTHING_SELECTED);
        }
        assertLabel("style: noir comic", "use this style for all next pictures: noir comic", EMPTY_LAYER);
        assertLabel("style: grainy 35mm, desaturated, cold", "every cover from now on: grainy 35mm, desaturated, cold", EMPTY_LAYER);
        assertLabel("style: flat design, bold outlines", "set the look for every frame after this: flat design, bold outlines",
                EMPTY_LAYER);
        // what follows the name is no part of it
        assertLabel("style: woodcut engraving", "default style: woodcut engraving, always", NOTHING_SELECTED);
        assertLabel("style: ink wash", "all future pics: ink wash style", NOTHING_SELECTED);
    }

    @Test
    void photoFixesInTheirOwnWords() {
        assertLabel("adjust: saturation+ brightness+", "more saturated colors and more luminous please", NOTHING_SELECTED);
        assertLabel("adjust: clarity+", "touch of clarity on the dust lanes", NOTHING_SELECTED);
        assertLabel("adjust: curve+", "a gentle tone curve for some depth, nothing dramatic", NOTHING_SELECTED);
        assertLabel("adjust: curve+", "give it a tone curve with more snap", NOTHING_SELECTED);
        assertLabel("adjust: curve-", "overstretched it, relax the curve", NOTHING_SELECTED);
        assertLabel("adjust: saturation+", "and juice the colors", NOTHING_SELECTED);
        assertLabel("adjust: denoise", "The picture has little specks all over it like sand", NOTHING_SELECTED);
        assertLabel("adjust: denoise", "there is many little color dots on the photo, can you clean it", NOTHING_SELECTED);
        assertLabel("adjust: highlights-", "the white onesie is just one big white blob, get the detail back", SELECTED);
        assertLabel("adjust: highlights-", "bright places are too much bright, please make them lower", NOTHING_SELECTED);
        assertLabel("adjust: sharpen", "the face is blurry, can you put more focus", SELECTED);
        assertLabel("adjust: sharpen", "photo is blurry, please make clear", NOTHING_SELECTED);
        // clearer after a complaint of darkness is brighter; "make it clear" alone is what most people meant by it, clarity
        assertLabel("adjust: brightness+", "The picture is too much dark I think, can you make it more clear?", NOTHING_SELECTED);
        assertLabel("adjust: clarity+", "please make it clear", NOTHING_SELECTED);
        assertLabel("adjust: auto_white_balance", "colors look weird, white hive is not white. can you correct the white",
                NOTHING_SELECTED);
        // a cast the scanner made is taken out; a tint asked for is added; a place in the dark is no vignette
        assertLabel("adjust: warmth-", "Shift the white balance cooler on the petals; the scanner made them orangey.", SELECTED);
        assertLabel("adjust: tint-", "add a little sickly green tint like old crime scene photos", NOTHING_SELECTED);
        assertLabel("adjust: tint+", "it has a sickly green tint", NOTHING_SELECTED);
        assertLabel("adjust: shadows+", "cant see anything in the dark corners, lift the shadows", NOTHING_SELECTED);
        assertLabel("adjust: vignette", "dark corners please", NOTHING_SELECTED);
        assertLabel("adjust: sepia", "sepia tone it for the 1970s cold case episode", NOTHING_SELECTED);
        assertLabel("adjust: invert", "invert just the logo, want it light on dark", SELECTED);
        assertLabel("adjust: vibrance+", "hit it with some vibrance, not full sat, keep the skin natural", NOTHING_SELECTED);
        assertLabel("adjust: tint-", "too much purple-pink color, please more green side", NOTHING_SELECTED);
        assertLabel("adjust: auto_levels", "Set the black point and the white point.", NOTHING_SELECTED);
        assertLabel("adjust: auto_levels", "Can you press the automatic button thing that fixes the picture?", NOTHING_SELECTED);
        assertLabel("adjust: highlights+", "the lights in the window are dull, make them shine more", SELECTED);
        assertLabel("adjust: highlights-", "the sky is too much bright, recover it", SELECTED);
        assertLabel("adjust: brightness+", "The folks sitting under the oak tree are all in the dark, could you bring them out a bit?",
                NOTHING_SELECTED);
        // glowing more golden is warmer, and a colour too much is a cast
        assertLabel("adjust: warmth+", "the honey should glow more golden, warm up the comb i selected", SELECTED);
        assertLabel("adjust: warmth-", "the colours are too much yellow, i don't like", NOTHING_SELECTED);
    }

    @Test
    void theCanvasGrownOrEnlargedAsTheStorySays() {
        assertLabel("extend: left=25%", "keep the beach going to the left", NOTHING_SELECTED);
        assertLabel("extend: right=25%", "keep the row of hives going to the right so all ten boxes fit", NOTHING_SELECTED);
        assertLabel("extend: top=25%", "The top of my grandson's head is cut off. Can you add the rest of him?", NOTHING_SELECTED);
        InstructionContext wide = new InstructionContext(false, false, 1920, 1080, Optional.empty(), Optional.empty());
        assertLabel("extend: left=330px,right=331px", "give me a 2.39:1 cinematic crop out of this, extend don't cut", wide);
        assertLabel("upscale", "scale it up", NOTHING_SELECTED);
        assertLabel("upscale", "it's 1500 square now, podcast apps want 3000x3000, scale it up", NOTHING_SELECTED);
        // a selected thing scaled up is the painting program's transform
        assertInstanceOf(Understanding.Refused.class, reader.read("scale it up", SELECTED));
    }

    @Test
    void followUpsWithTheirReasons() {
        InstructionContext afterExtending = afterOneChange(InstructionContext.ChangeKind.EXTENSION, "add more space on right side");
        assertLabel("undo", "undo it, too much", afterExtending);
        InstructionContext afterBrightening = afterAdjusting(org.easel.server.engines.classical.AdjustmentKind.BRIGHTNESS, 0.5);
        assertLabel("original", "ok just give me the raw stack back", afterBrightening);
        assertLabel("original", "Can you show me the picture from before I started", afterBrightening);
        InstructionContext afterTwoBirds = new InstructionContext(false, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.GENERATED), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(new InstructionContext.TurnChange(1, InstructionContext.ChangeKind.GENERATED, List.of(), "put a bluebird here"),
                        new InstructionContext.TurnChange(2, InstructionContext.ChangeKind.GENERATED, List.of(), "a smaller one")));
        assertLabel("show: first", "Actually the first bird was better. Can I see that one again", afterTwoBirds);
    }

    @Test
    void lettersAnimationAndPartsOfThePictureRepainted() {
        assertRefused(NOTHING_SELECTED, "put the date of the service at the bottom, sunday 10am", "keyframe a slow push-in on this");
        assertLabel("paint: brushed aluminium", "make this area look like brushed aluminium", SELECTED);
        assertLabel("paint: talavera tiles, blue and white", "the wall paint it with talavera tiles, blue and white", SELECTED);
        assertLabel("edit", "Can Pastor's tie be purple? It's for Lent", NOTHING_SELECTED);
        for (String vague : List.of("make it look nicer for the ad, ya know", "help me with this picture please i don't know what to do")) {
            assertInstanceOf(Understanding.Clarify.class, reader.read(vague, NOTHING_SELECTED), vague);
        }
    }

    @Test
    void whatAThingIsLikeSaidAfterItGoesBeforeItsName() {
        assertLabel("paint: puffy clouds; without: birds", "clouds here, puffy ones, no birds", SELECTED);
        assertLabel("paint: cat-eye sunglasses", "put sunglasses on her, cat-eye ones", SELECTED);
        assertLabel("paint: a japanese lantern", "hmm paint a lantern here, japanese one", SELECTED);
        assertLabel("paint: a red small boat", "here put one small boat, red color", SELECTED);
        assertLabel("paint: a grey fedora", "put a hat on him, a grey fedora", SELECTED);
        assertLabel("paint: a grey flat cap", "Please put a hat on grandad, a grey flat cap like he always wore", SELECTED);
        assertLabel("paint: a bluebird", "Could you put a nice bluebird on the branch I drew around please", SELECTED);
    }

    @Test
    void aWordThatOnlySaysWhyAddsNoEffectBesideOneAskedByName() {
        assertLabel("adjust: contrast+", "make the latte art pop, more contrast", NOTHING_SELECTED);
        assertLabel("adjust: clarity+", "sky is flat, give it some clarity", SELECTED);
        assertLabel("adjust: brightness-", "make it darker and moodier", NOTHING_SELECTED);
        assertLabel("adjust: curve+", "give it a gentle s-curve, needs pop", NOTHING_SELECTED);
        assertLabel("adjust: invert", "invert the glyph, need a dark mode version", SELECTED);
        // complaints alone keep each its own fix
        assertLabel("adjust: saturation+ contrast+", "mmm not appetizing at all, it's so dull and flat", NOTHING_SELECTED);
        // more colour held back is vibrance; the blur complained of or said as softness is no blur
        assertLabel("adjust: vibrance+", "more vibrant but not garish", NOTHING_SELECTED);
        assertLabel("adjust: sharpen", "make sharp pls, it blur", NOTHING_SELECTED);
        assertLabel("adjust: contrast-", "less contrast, want it softer", NOTHING_SELECTED);
        // darker edges are a vignette; edges complained of as too dark are brightened
        assertLabel("adjust: vignette", "edges little darker please, like old camera", NOTHING_SELECTED);
        assertLabel("adjust: vignette", "darker round the edges", NOTHING_SELECTED);
        assertLabel("adjust: brightness+", "the edges are too dark", NOTHING_SELECTED);
        assertLabel("adjust: grayscale vignette",
                "I should like to have this one in grey tones, please, and perhaps with the edges darkened a little as well.",
                NOTHING_SELECTED);
    }

    @Test
    void oneColourTurnedIntoItsNeighbourShiftsTheHue() {
        assertLabel("adjust: hue", "my tulips came out orange but they're red irl", SELECTED);
        assertLabel("adjust: hue", "My wife's cardigan came out too purple, could it be a bit more blue like it really is", SELECTED);
        assertLabel("adjust: hue", "make the purple more blue-ish", NOTHING_SELECTED);
        // orange to blue is the temperature, not the hue
        assertLabel("adjust: warmth-", "it looks too orange, make it more blue", NOTHING_SELECTED);
    }

    @Test
    void aSelectedPartMadeOfAThingNamedBareIsPaintedThere() {
        assertLabel("paint: brushed aluminum", "make this area brushed aluminum", SELECTED);
        assertLabel("paint: snowy ground; without: footprints", "make this patch snowy ground, no footprints", SELECTED);
        assertLabel("paint: grass with little daisies", "can you make this area grass with little daisies?", SELECTED);
        assertLabel("paint: sage green wall", "paint this wall sage green", SELECTED);
        assertLabel("paint: ivy", "paint this wall with ivy", SELECTED);
        // a colour or a quality is no thing: an edit or an adjustment, as before
        assertLabel("adjust: blur", "make this part blurry", SELECTED);
        assertLabel("adjust: grayscale", "make this part black and white", SELECTED);
        assertEquals(false, UnderstandingLabels.label(reader.read("make this area shiny gold", SELECTED)).startsWith("paint"));
    }

    @Test
    void whatAPictureIsForIsNoPartOfIt() {
        assertLabel("generate: tulips in a wooden crate", "I need a picture of tulips in a wooden crate for the mother's day sale",
                EMPTY_LAYER);
        assertLabel("generate: a field of daffodils", "Now a field of daffodils for March", EMPTY_LAYER);
        assertLabel("generate: a happy cartoon bee on a flower", "draw a happy cartoon bee on a flower for the front of her booklet",
                EMPTY_LAYER);
        assertLabel("paint: a chunky concrete ledge", "need a chunky concrete ledge right there for the trick shot", SELECTED);
        assertLabel("paint: a pair of beat-up sneakers on the curb", "chuck a pair of beat-up sneakers on the curb", SELECTED);
    }

    @Test
    void aStyleNamedThenDescribedKeepsTheDescription() {
        assertLabel("style: black metal, grainy black and white",
                "from now on everything in black metal style, grainy black and white", EMPTY_LAYER);
        assertLabel("style: gouache, painterly, muted palette", "all future card art in gouache, painterly, muted palette",
                NOTHING_SELECTED);
        // what follows that is no description stays out
        assertLabel("style: cyberpunk neon", "switch the style to cyberpunk neon for everything new", NOTHING_SELECTED);
        assertLabel("style: pencil sketch", "use a pencil sketch style for every image in this doc", NOTHING_SELECTED);
        assertLabel("style: ink and watercolor", "all the art for this set should be ink and watercolor, remember that", EMPTY_LAYER);
    }

    @Test
    void theLookThereNowKeptForThePicturesStillToCome() {
        assertLabel("keepstyle", "lock in this vibe for the rest of the drop", NOTHING_SELECTED);
        assertLabel("keepstyle", "Retain the visual style of the current image and apply it to all subsequently generated images.",
                NOTHING_SELECTED);
        assertLabel("keepstyle", "I like how this one came out, please do the rest of the months the same way", NOTHING_SELECTED);
        assertLabel("keepstyle", "Make this the house look for the whole show", NOTHING_SELECTED);
        // a style named after a colon is set, and ending a style stays an ending
        assertLabel("style: noir comic", "use this style for all next pictures: noir comic", EMPTY_LAYER);
        assertLabel("clearstyle", "stop using this style for the rest", NOTHING_SELECTED);
    }

    @Test
    void howThingsWereIsTheEvidenceNotTheRequest() {
        assertLabel("adjust: saturation+", "colours are washed out, the fishing boats were bright red and green in them days",
                NOTHING_SELECTED);
        assertLabel("adjust: brightness+", "it was way too dark, brighten it", NOTHING_SELECTED);
    }

    @Test
    void wordsOfTheCommandAloneAreNoContent() {
        for (String vague : List.of("Modify the selected region.", "edit the selected area")) {
            assertEquals(false, UnderstandingLabels.label(reader.read(vague, SELECTED)).startsWith("paint"), vague);
        }
        assertRefused(NOTHING_SELECTED, "convert to vector for the t-shirt print");
    }

    @Test
    void weatherComingOverThePictureChangesIt() {
        assertLabel("edit", "fog rolling in over the water", NOTHING_SELECTED);
        assertLabel("edit", "make it evening with warm candlelight glowing in the windows", NOTHING_SELECTED);
        assertLabel("generate: fog rolling in over the water", "fog rolling in over the water", EMPTY_LAYER);
    }

    @Test
    void aShapeByMoreSceneGrowsTheSideTheSceneIsOn() {
        InstructionContext landscape = new InstructionContext(false, false, 1500, 1000, Optional.empty(), Optional.empty());
        assertLabel("extend: top=500px", "cover has to be square, extend the sky", landscape);
        assertLabel("upscale", "enlarge it so the band number is readable when I zoom in", NOTHING_SELECTED);
    }

    @Test
    void aRequestVagueInEveryClauseIsAskedAbout() {
        for (String vague : List.of("can you improve this pic", "hmm not sure, do something", "idk somethings off, do something",
                "make it better lah", "make am better")) {
            assertInstanceOf(Understanding.Clarify.class, reader.read(vague, NOTHING_SELECTED), vague);
        }
        // a clause that says what keeps its reading
        assertLabel("adjust: brightness+", "not sure, make it brighter", NOTHING_SELECTED);
    }

    @Test
    void pleaseAndItInOtherEnglishes() {
        assertLabel("paint: a big mango tree", "abeg put one big mango tree for this place", SELECTED);
        assertLabel("adjust: sharpen", "make am sharp, e blur", NOTHING_SELECTED);
    }

    @Test
    void aThingInThePictureMadeOtherwiseIsTheModelsEdit() {
        assertLabel("edit", "make the walls old stone like a dungeon", NOTHING_SELECTED);
        assertLabel("edit", "make her fur look freshly groomed and fluffy", NOTHING_SELECTED);
        // words that only judge are still asked about
        assertInstanceOf(Understanding.Clarify.class, reader.read("make the dog look nicer", NOTHING_SELECTED));
        // a tone given is an adjustment, not a thing painted; school work is no picture
        assertLabel("adjust: warmth-", "give the sea an icier, colder tone", SELECTED);
        assertRefused(NOTHING_SELECTED, "por favor, can you do my homework for photography theory class");
    }

    @Test
    void aFewWordsOfAmountKeepTheWayAsked() {
        // "make little bit bright" asks for bright; "bump the contrast hard" says how far; "this bit" is a place
        assertLabel("adjust: brightness+", "please make little bit bright", NOTHING_SELECTED);
        assertLabel("adjust: contrast+", "bump the contrast hard", NOTHING_SELECTED);
        assertLabel("adjust: contrast-", "contrast harsh, soften it", NOTHING_SELECTED);
        assertLabel("adjust: brightness-", "this portion is looking very much bright, reduce little", SELECTED);
        assertLabel("adjust: blur", "soften this bit out of focus, like bokeh", SELECTED);
        assertLabel("adjust: saturation- shadows-", "little less saturation and shadow more dark", NOTHING_SELECTED);
        assertLabel("adjust: contrast-", "please lower the contrast by a small margin", NOTHING_SELECTED);
        assertLabel("adjust: saturation-", "The colours appear somewhat excessive. Please moderate the saturation accordingly.",
                NOTHING_SELECTED);
        assertLabel("adjust: brightness-", "the sky is excessively bright", NOTHING_SELECTED);
        assertLabel("adjust: grayscale vignette", "black n white with dark corners", NOTHING_SELECTED);
        assertLabel("adjust: posterize", "knock it down to 5 tones", NOTHING_SELECTED);
        assertLabel("adjust: hue", "shift the reds round to blue", NOTHING_SELECTED);
        assertLabel("adjust: clarity+", "more texture on the wood grain", SELECTED);
        assertLabel("adjust: saturation+", "more saturated on the flowers here", SELECTED);
        assertLabel("adjust: grayscale", "Would you be so good as to render the photograph in monochrome.", NOTHING_SELECTED);
        assertLabel("adjust: grayscale", "now black and white for the photocopy version", NOTHING_SELECTED);
    }

    @Test
    void apologiesAndPassivesAroundWhatToPaint() {
        assertLabel("paint: a kitten", "i would like a kitten here if thats not too much trouble, sorry", SELECTED);
        assertLabel("paint: soft fluffy clouds", "some soft fluffy clouds? sorry to bother", SELECTED);
        assertLabel("generate: a lighthouse on a cliff at dusk, oil painting",
                "a lighthouse on a cliff at dusk, oil painting? sorry if that is too specific", EMPTY_LAYER);
        assertLabel("paint: a small brown spaniel",
                "I should be grateful if a small brown spaniel could be painted in the area indicated.", SELECTED);
        assertLabel("paint: a small boat", "could a small boat be added here?", SELECTED);
        assertLabel("paint: a mountain with snow, like himalaya", "here should come one mountain with snow, like Himalaya", SELECTED);
        assertLabel("paint: grass", "change this area become grass la", SELECTED);
        assertLabel("remove", "abeg comot this thing", SELECTED);
    }

    @Test
    void howMuchAndWhichSideSaidAfterTheRequest() {
        assertLabel("extend: left=10%", "could the canvas be wider on the left? sorry, maybe 10 percent?", NOTHING_SELECTED);
        assertLabel("extend: left=10%,right=10%", "more room either side please, about 10% each", NOTHING_SELECTED);
        assertLabel("extend: bottom=25%", "show more of the table under the base", NOTHING_SELECTED);
        assertLabel("upscale", "enlarge it for the van wrap, needs to be massive", NOTHING_SELECTED);
        // the canvas made bigger is more canvas, as "bigger canvas" is; a side said is that side
        assertLabel("extend: left=25%,top=25%,right=25%,bottom=25%", "make the canvas bigger", NOTHING_SELECTED);
        assertLabel("extend: right=500px", "make the canvas bigger at the right side, 500 pixels", NOTHING_SELECTED);
    }

    @Test
    void aChangeLeftToEaselIsAskedAbout() {
        for (String vague : List.of("Kindly make the necessary adjustments.", "fix whatever needs fixing")) {
            assertInstanceOf(Understanding.Clarify.class, reader.read(vague, NOTHING_SELECTED), vague);
        }
        assertLabel("edit", "make the waves way bigger", NOTHING_SELECTED);
        assertRefused(NOTHING_SELECTED, "make my brush bigger");
    }

    @Test
    void anotherTakeSaidWithAgainOrInAPlace() {
        InstructionContext generatedNothingSelected = new InstructionContext(false, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.GENERATED), Optional.empty());
        assertLabel("variation; style: oil painting", "another one again but make am like oil painting", generatedNothingSelected);
        // "in this box" is where, not a look
        InstructionContext afterPainting = new InstructionContext(true, false, 1024, 768,
                Optional.of(InstructionContext.ChangeKind.GENERATED), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(new InstructionContext.TurnChange(1, InstructionContext.ChangeKind.GENERATED, List.of(),
                        "paint a red apple in here")));
        assertLabel("again", "and another in this box now", afterPainting);
    }

    @Test
    void aThingSaidAgainMoreExactlyIsWhatIsPainted() {
        assertLabel("paint: a wide brim straw hat", "put a hat on him, like a wide brim straw hat", SELECTED);
        assertLabel("paint: wildflowers; without: roses", "put flowers here, wildflowers, not roses", SELECTED);
        // said again no more exactly, or with something else after it: kept as said
        assertLabel("paint: dragon silhouette, just a silhouette", "dragon silhouette, just a silhouette", SELECTED);
        assertLabel("generate: a fox reading a book under a mushroom, childrens book",
                "a fox reading a book under a mushroom, childrens book look", EMPTY_LAYER);
        // how a part should be, with it selected: that part as it should be
        assertLabel("paint: blue and curly hair", "her hair should be blue and curly", SELECTED);
    }

    @Test
    void aQuestionAskedAsAWishIsNoRequest() {
        assertRefused(NOTHING_SELECTED, "I should like to know how many acres this field comprises.",
                "Kindly change the interface language to English (UK).");
        assertLabel("edit", "hmm I wonder what it would look like if the sky was pink, like a cotton candy sunset? lets try!",
                NOTHING_SELECTED);
    }

    @Test
    void notTooMuchOfSomethingSaysHowFarNotWhatToLeaveOutOrChange() {
        // "not too big" is a size, "not too dark" a limit: neither a negative prompt nor a complaint
        assertLabel("paint: a small boat on the lake", "draw a small boat on the lake, not too big", SELECTED);
        assertLabel("paint: a sunset", "a sunset, not too dark please", SELECTED);
        assertLabel("paint: a red kite; without: garish", "a red kite, but not too garish", SELECTED);
        assertLabel("adjust: brightness+", "make it brighter but not too bright", NOTHING_SELECTED);
    }

    @Test
    void notesJottedAsAListReadAsTheRequestsTheyAre() {
        // a bullet, "key: value" and an arrow are how notes are written, not words of the request
        assertLabel("edit", "- add snow", NOTHING_SELECTED);
        assertLabel("edit", "- season: autumn", NOTHING_SELECTED);
        assertLabel("remove", "- del: power line", SELECTED);
        assertLabel("adjust: tint+", "- tint → magenta", NOTHING_SELECTED);
        assertLabel("edit", "- car → blue", NOTHING_SELECTED);
        assertLabel("adjust: brightness+", "- brightness: +20", NOTHING_SELECTED);
        assertLabel("style: pencil sketch", "- style: pencil sketch (all future)", EMPTY_LAYER);
        assertLabel("adjust: contrast+", "+contrast", NOTHING_SELECTED);
        assertLabel("canvas: crop", "• canvas → crop to sel", SELECTED);
    }

    @Test
    void aWordAutocorrectPutWhereAnEffectGoesIsThatEffect() {
        assertLabel("adjust: contrast+", "more contract please", NOTHING_SELECTED);
        assertLabel("adjust: saturation-", "less situated please", NOTHING_SELECTED);
        assertLabel("adjust: exposure-", "bring the exposé down slightly", NOTHING_SELECTED);
        assertLabel("adjust: shadows+", "left the shadows a bit", NOTHING_SELECTED);
        assertLabel("adjust: clarity+", "more clarify on the spokes", SELECTED);
        assertLabel("adjust: warmth+", "warner please", NOTHING_SELECTED);
        assertLabel("adjust: vignette", "vinegar around the edges please", NOTHING_SELECTED);
        assertLabel("canvas: flip", "flop it horizontally", NOTHING_SELECTED);
        assertLabel("upscale", "upsell it please", NOTHING_SELECTED);
        // a word of its own in that place stays: "a bit contrasty" complains, "more shadowy" is no effect's name
        assertLabel("adjust: contrast-", "a bit contrasty", NOTHING_SELECTED);
    }

    @Test
    void whyAnEffectIsAskedForAddsNoEffectOfItsOwn() {
        assertLabel("adjust: clarity-", "knock the clarity back its looking crunchy", NOTHING_SELECTED);
        assertLabel("adjust: contrast+", "more contrast, it looks dull", NOTHING_SELECTED);
        assertLabel("adjust: vibrance+", "more vibrance, not full saturation", NOTHING_SELECTED);
        assertLabel("adjust: exposure+", "underexposed by about a stop, shot it on the dark shelf in the den", NOTHING_SELECTED);
        assertLabel("adjust: denoise", "Too many small dots in the picture because the room was dark. Clean please",
                NOTHING_SELECTED);
        assertLabel("adjust: contrast-", "too much difference between dark and light", NOTHING_SELECTED);
        assertLabel("adjust: clarity-", "too much detail, make it soft", SELECTED);
        assertLabel("adjust: saturation+", "the colours are so dull, please make them to be more strong", NOTHING_SELECTED);
    }

    @Test
    void aSuggestionOrAPersonSeenOtherwiseIsAChangeToThisPicture() {
        assertLabel("paint: a weathered oak door; without: obviously modern hardware", "Something like a weathered oak door "
                + "would suit this space, I think, though without any obviously modern hardware.", SELECTED);
        assertLabel("paint: a lantern", "a lantern would look nice here", SELECTED);
        assertLabel("edit", "I'd be curious to see him with a beard. A modest one, nothing Socratic.", NOTHING_SELECTED);
        assertLabel("edit", "turn all the jerseys blue instead of red", NOTHING_SELECTED);
        assertLabel("edit", "turn his jacket red so he stands out", NOTHING_SELECTED);
        assertLabel("extend: right=25%", "extend the canvas to the right, need room for the rest of the outcrop", NOTHING_SELECTED);
        assertLabel("keepstyle", "i like this one, keep it like this for all the pictures we make", NOTHING_SELECTED);
    }

    @Test
    void asidesAndFormalPolitenessAreNoPartOfWhatToPaint() {
        assertLabel("paint: a small owl perched on a stack of books",
                "In this region (and I recognise the request is odd) a small owl perched on a stack of books.", SELECTED);
        assertLabel("generate: an owl at twilight, rendered in the manner of an old engraving",
                "An owl (Minerva's, perhaps) at twilight, rendered in the manner of an old engraving.", EMPTY_LAYER);
        assertLabel("paint: a bowl of ripe figs", "I would, if at all possible, like the selected area to contain a bowl of ripe figs",
                SELECTED);
        assertLabel("paint: gilt carving", "Fill in the missing section of the frame with matching gilt carving", SELECTED);
        assertLabel("remove", "The selected object (a stray bin, I believe) is, frankly, superfluous. Could it be excised?", SELECTED);
        assertLabel("paint: a rock hammer lying on the ledge", "a rock hammer lying on the ledge for scale", SELECTED);
        // a bracket that only says more of the thing stays
        assertLabel("paint: a bird (a robin) on the branch", "a bird (a robin) on the branch", SELECTED);
        // a request put as a question, the place said first
        assertLabel("generate: a little boat on a lake", "Now may I have a little boat on a lake?", EMPTY_LAYER);
        assertLabel("paint: a rocket taking off", "in the bit I selected could there be a rocket taking off?", SELECTED);
        assertLabel("paint: a moon, a fat buttery moon with a sleepy face",
                "Where I've drawn the circle, I'd like a moon, a fat buttery moon with a sleepy face.", SELECTED);
    }

    @Test
    void aStyleIsNamedAsALookNotAsTheWordsAroundIt() {
        assertLabel("style: chalk drawing", "from now on do everything in chalk drawing style for my menu boards", EMPTY_LAYER);
        assertLabel("style: dark academia", "always do it in like a dark academia aesthetic from now", EMPTY_LAYER);
        assertLabel("style: children book illustration", "From now all pictures should be like a children book illustration",
                EMPTY_LAYER);
        assertLabel("style: watercolor", "from now on all the pictures is watercolor po", EMPTY_LAYER);
        assertLabel("variation; style: anime", "another version but in style anime", AFTER_GENERATING);
        assertLabel("variation; style: 90s anime", "another but make it look like 90s anime", AFTER_GENERATING);
        assertLabel("variation; style: watercolor", "another one but watercolor style naman", AFTER_GENERATING);
        // a photo fix named as a look is that fix, unless it is to last
        assertLabel("adjust: sepia", "sepia style please", NOTHING_SELECTED);
        assertLabel("adjust: grayscale", "i want photo black white style", NOTHING_SELECTED);
        assertLabel("style: black and white", "from now on black and white style", NOTHING_SELECTED);
        assertLabel("adjust: warmth+", "a bit of warmth on the streetlights", SELECTED);
    }

    @Test
    void theCanvasGrowsWhereTheStoryOrTheShapeSays() {
        assertLabel("extend: left=25%", "the scan cut off great-aunt May's shoulder on the left, can you extend it?", NOTHING_SELECTED);
        assertLabel("extend: left=25%", "the photo is cut right at grandpa's shoulder on the left, can you continue it on that side",
                NOTHING_SELECTED);
        assertLabel("extend: bottom=25%", "i want more ground below the feet, please extend under", NOTHING_SELECTED);
        assertLabel("extend: bottom=200px", "continue the floor down another 200", NOTHING_SELECTED);
        assertLabel("extend: left=50%,right=50%", "double the width", NOTHING_SELECTED);
        assertLabel("extend: left=170px,right=171px", "need this in widescreen proportions for a slide", NOTHING_SELECTED);
        assertLabel("canvas: rotate", "rotate the image for the left", NOTHING_SELECTED);
        // the complaint says what, the request only which way
        assertLabel("adjust: saturation-", "The colours are too strong, can you make them less?", NOTHING_SELECTED);
        assertLabel("adjust: saturation-", "color is too strong, please more soft color", NOTHING_SELECTED);
        assertLabel("upscale", "need this upscaled, client sent a tiny jpg again", NOTHING_SELECTED);
    }

    @Test
    void aVagueRequestAddressedToAFriendIsStillAskedAbout() {
        for (String vague : List.of("do something with it yaar", "Sort this one out, will you")) {
            assertInstanceOf(Understanding.Clarify.class, reader.read(vague, NOTHING_SELECTED), vague);
        }
    }

    @Test
    void thingsWithNothingWrittenOnThemAreShapesAndLooksAreKeptOrEndedInPlainWords() {
        // a thing that could carry words, asked for with none: a shape to paint, not lettering
        assertLabel("paint: an empty speech balloon; without: text", "put an empty speech balloon here, no text", SELECTED);
        assertLabel("paint: a speech bubble; without: words", "add a speech bubble with no words", SELECTED);
        assertLabel("refuse", "add a blank sign saying \"OPEN\"", SELECTED);
        assertLabel("refuse", "add empty text", SELECTED);
        // the look of the picture there is, for the pictures to come
        assertLabel("keepstyle", "use the look of this one for everything", NOTHING_SELECTED);
        assertLabel("keepstyle", "i like this, keep it like that for all the menu items", NOTHING_SELECTED);
        assertLabel("keepstyle", "this one is perfect. make everything look like this", NOTHING_SELECTED);
        assertLabel("style: watercolor", "make the rest of them watercolor style", NOTHING_SELECTED);
        assertLabel("style: children book illustration", "for whole session make it like children book illustration",
                NOTHING_SELECTED);
        assertLabel("clearstyle", "ok the noir thing is getting old, turn it off", NOTHING_SELECTED);
    }

    @Test
    void adjustmentsSaidTersely() {
        assertLabel("adjust: brightness- contrast+", "brightness down contrast up", NOTHING_SELECTED);
        assertLabel("adjust: grayscale", "take saturation out completely", NOTHING_SELECTED);
        assertLabel("adjust: saturation-", "take the saturation out", NOTHING_SELECTED);
        assertLabel("adjust: tint+", "tint everything pink", NOTHING_SELECTED);
        assertLabel("adjust: tint-", "tint it green please", NOTHING_SELECTED);
        assertLabel("adjust: sharpen", "add little sharpness to the lettering", SELECTED);
        assertLabel("adjust: highlights-", "tone down the brights on the window a bit", SELECTED);
        // where the picture came from is no request to make a video
        assertLabel("adjust: sharpen", "make it more sharp pls, it is little blurry because it is from video", NOTHING_SELECTED);
        assertLabel("refuse", "turn this into a video", NOTHING_SELECTED);
        assertLabel("adjust: warmth-", "still little orange", NOTHING_SELECTED);
    }

    @Test
    void aPlacePointedAtAfterAPoseIsNamedAndEveryoneInThePictureIsEditedThere() {
        assertLabel("paint: birch trees", "paint birch trees along this edge", SELECTED);
        assertLabel("paint: a surfer riding the wave", "put a surfer riding this wave", SELECTED);
        assertLabel("paint: a swarm of bats flying out of the window", "a swarm of bats flying out of this window", SELECTED);
        assertLabel("paint: skull with roses growing through it; without: gory", "skull with roses growing through it, not gory",
                SELECTED);
        assertLabel("edit", "sunglasses on everybody", NOTHING_SELECTED);
    }
}
