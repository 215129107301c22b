package org.easel.server.planning;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what content an instruction asks for: the words a model should be given, without the
 * asking ("could you put … ", "I need a picture of …"), without the words that only point at the
 * selection ("right here", "in this spot") and with what to leave out split off ("…, without
 * people"). Also tells how it was asked: placing something in the picture ("add", "put") edits
 * the picture, while a bare description asks for a new one.
 */
final class ContentReader {

    /**
     * @param prompt   the content, e.g. "a blue kite"; empty when nothing is left
     * @param negative what to leave out, e.g. "people"; empty for nothing
     * @param placing  asked as placing something into the picture ("add …", "put … in the sky")
     * @param newImage asked for as a new picture ("generate …", "draw me …", "a picture of …")
     * @param drawing  asked with a drawing verb ("paint a fox"): a new picture, or into the selection
     * @param replacing asked as replacing or turning something into something else
     */
    record Content(String prompt, String negative, boolean placing, boolean newImage, boolean drawing,
                   boolean replacing) {
        /** Whether the words ask for content in a form only content requests take ("add …", "draw …", "replace …"). */
        boolean askedFor() {
            return placing || drawing || newImage || replacing;
        }
    }

    private static final Pattern NEW_IMAGE = Pattern.compile("^(?:(?:please )?(?:generate|create|render|imagine|"
            + "produce|design|illustrate|visuali[sz]e|paint|draw|sketch|make|give|show|get|do|start|begin|open)"
            + "(?: me| us| for me| for us)?(?: up)?(?: (?:a|an|one|some))? (?:(?:beautiful|nice|pretty|lovely|cool|cute|good|great) )?"
            + "(?:completely new |brand new |brand-new |whole new |new |fresh |quick |separate |"
            + "product |stock |reference |placeholder |simple |header |hero )?"
            + "(?:picture|image|pic|photo|photograph|render|rendering|illustration|artwork|art|scene|wallpaper|poster|"
            + "graphic|shot|snapshot|canvas|piece)s? ?(?:for (?:my |the |a |our )?(?:phone|desktop|laptop|computer|tablet|ipad|"
            // "make me wallpaper for phone with glowing jellyfish": where it goes, then what it shows
            + "lock ?screen|home ?screen|screen|stream|channel) (?:with|of|showing|featuring)|of|with|showing|depicting|for|about|where|that'?s like|thats like|like|:|-|–|—)\\s*"
            // "do me a drawing of a house": the asking before a medium, which the prompt keeps
            + "|(?:do|make|draw|paint) (?:me|us|for me|for us) (?=(?:a|an) (?:drawing|painting|sketch|doodle|watercolou?r)\\b)"
            // "What would a kraken attacking a lighthouse look like?": a picture asked for as a question
            + "|what would (?=(?:a|an|some|two|three)\\b(?!.*\\b(?:here|there)\\b).* look like\\??$)"
            // "let us begin with a fox sitting beneath a hawthorn hedge": the first picture of a conversation
            + "|(?:let'?s|let us|we'?ll|i'?ll) (?:begin|start)(?: off)? with\\s+(?=(?:a|an|some|the|two|three)\\b)"
            + "|make (?:me |us )?(?:something|anything) (?:with|of|showing|where|like|that shows)\\s+"
            + "|make (?:me |us )?one (?:with|of|showing|where|like|that shows)\\s+(?=(?:a|an|some|two|three)\\b)"
            // "now do one of a sailboat on a lake", "draw another one of a fox": one more picture, of that
            + "|(?:(?:now|next|and|ok|okay),? )?(?:(?:do|make|draw|paint|generate|create|give me) (?:me |us )?)?(?:one|another one|a new one|"
            + "one more) (?:of|with|showing)\\s+(?=(?:a|an|some|two|three)\\b)"
            // "generate something totally different: a desert with two moons"
            + "|(?:generate|create|make|draw|paint|give me|do) (?:me )?something (?:totally |completely |entirely )?(?:different|new|else)"
            + "\\s*[:,\\-–—]\\s*"
            + "|show (?:me|us) (?:what|how) (?=(?:a|an|some|the)\\b)|show (?:me|us) (?=(?:a|an|some)\\b)"
            + "|(?:(?:i )?(?:need|want) )?(?:like )?(?:a |an |one |some )?(?:(?:nice|beautiful|pretty|lovely|cool|cute|peaceful|calm|"
            + "simple|little|small) )?(?:new |fresh |reference |product |stock |stock-?ish |generic |quick |simple |placeholder |header )?(?:picture|image|pic|photo|"
            + "photograph|render|illustration|artwork|scene|wallpaper|shot)s? (?:of|with|showing|depicting|where|from)\\s+"
            + "|(?:mock ?up|mock-up)\\s+(?=(?:a|an|some|the)\\b)"
            + "|(?:idk |maybe )?something (?:cool|nice|pretty|fun|epic)?,? ?(?:with|like|of)\\s+"
            + "|(?:(?:next|new|another|first|second|third) )?(?:poster|prompt|idea|concept|scene|subject|image|picture|wallpaper|"
            // "first one: a red carpet", "quick ref — a superhero landing pose"
            + "(?<=(?:next|new|another|first|second|third) )one|(?:quick )?(?:ref|reference)|"
            // "gen: koi pond, top down, ukiyo-e", "img: a lighthouse"
            + "gen|img|pic|render|txt2img|t2i)(?: idea)?(?: please| pls)?"
            + "\\s*[:\\-–—]\\s*"
            // "create image beach in Lombok at sunset"
            + "|(?:generate|create|render|imagine|produce|design|illustrate|visuali[sz]e)(?: me| us)?(?: (?:an? )?(?:image|picture|pic))?\\s+"
            // ("render still has noise in the corners": the render, said of)
            + "(?!(?:still|is|has|had|looks?|was|seems?|came|comes|needs?|feels?)\\b)"
            // ("render the photograph in monochrome": this picture, shown another way)
            + "(?!(?:the|this|my|our|it)\\b(?: (?:photo|photograph|picture|image|pic|shot|scan|drawing|painting))? (?:in|as|into)\\b)"
            // ("render the whole somewhat warmer", "render the sunset more golden": the picture there, made otherwise)
            + "(?!(?:it|this|that|the [a-z]+)(?: [a-z]+)? (?:somewhat|a bit|a little|rather|more|less|much|slightly|a touch|far|way)\\b)"
            + "(?!(?:it|this|that|the [a-z]+) [a-z]+er\\b)"
            // (not "give me a hard S curve", "give me a warm grade": an adjustment given)
            + "|(?:find|fetch|give|bring) (?:me|us)(?= (?:a|an|some|one)\\b)(?! (?:a|an) (?:[a-z]+ )?(?:s[- ]?curve|curve|vignette|"
            + "boost|grade|grading|tint|cast|glow|contrast|look|feel|vibe)\\b)\\s+"
            // "make for me lotus pond", "Paint me, if you would, a lighthouse"
            + "|(?:paint|draw|sketch|make|whip up|cook up|conjure(?: up)?|dream up)(?: for)? (?:me|us),?\\s+(?!(?:look|seem|appear|more|less)\\b)"
            + "|(?:picture|imagine|envision|envisage)(?= (?:a|an|some)\\b)\\s+"
            // "what would a kraken attacking a lighthouse look like?"
            + "|what (?:would|might|does|could) (?=(?:a|an|some)\\b))");
    /** What clears the way before a new picture is asked for: "forget this photo,", "empty layer.", "start over:". */
    private static final Pattern FRESH_START = Pattern.compile("^(?:(?:forget|scrap|ditch|ignore|never ?mind)(?: (?:this|that|"
            + "it|the [a-z]+))?(?: (?:photo|picture|image|one))?|(?:(?:it's an? |this is an? )?(?:empty|blank|new|fresh) "
            + "(?:layer|canvas|page|doc|document)(?: here)?)|start (?:over|again|fresh))\\s*[,;.!:—–-]+\\s*(?=[a-z])");
    /** "our honeymoon was in bali, make a villa with a pool": what happened, then the picture asked for. */
    private static final Pattern STORY_THEN_NEW_IMAGE = Pattern.compile("^(?:our|my|the|we|i) [a-z' ]{1,40} (?:was|were|is|are|went|had) "
            + "[a-z' ]{1,40}[,;.!]+\\s+(?=(?:make|create|generate|draw|paint)(?: me| us)? (?:a|an|some)\\b)");
    /**
     * "I'm trying to learn how this works. Maybe a bowl of fruit", "I make pictures for my uncle's shop. First one: …": a
     * first sentence about the artist that asks for nothing, before the one that does.
     */
    private static final Pattern ABOUT_THE_ARTIST_FIRST = Pattern.compile("^(?:i|i'm|i am|i've|i have|i was|we|we're|we are)\\s"
            + "(?![^.!?]*\\b(?:want|need|like|love|adore|would|could|can|please|draw|paint|add|put|generate|create|show|give|"
            + "picture|image|drawing|painting|drew|drawn|select|selected|marked|circled|outlined|highlighted|lassoed|boxed)\\b)"
            + "[^.!?]{0,80}[.!?]+\\s+(?=\\S)");
    /** "… no wait, just a dog, a golden retriever", "… or rather a heron": the words before are taken back. */
    private static final Pattern MIND_CHANGED = Pattern.compile("^.*?\\b(?:no,? (?:actually|wait)|"
            // (not "…, painterly, actually no bees": "no" there leaves something out)
            + "(?:actually|wait),? no(?=[,.!]| just\\b| only\\b)|"
            + "or rather|scratch that|on second thoughts?)\\b[,.!]?\\s+(?:just |only )?(?=[a-z])");
    /** A later clause that asks for a new picture. */
    private static final Pattern LATER_NEW_IMAGE = Pattern.compile("[,;.!]\\s+((?:generate|create|render|make|draw|"
            + "paint|give) (?:me |us )?(?:a |an )?(?:completely |brand )?new (?:picture|image|one))"
            // "to demonstrate one-point perspective, generate a long hallway": what it is for, then the asking
            + "|^(?:to|so (?:i|we) can|for) [a-z' -]{3,50}[,;:]\\s+((?:generate|create|render|draw|paint|make) (?:me |us )?(?:a|an|some|two|three)\\b.*)$"
            + "|\\b(?:new|empty|blank|fresh|from scratch|start over)\\b[^:–—]*?(?::|\\s[\\-–—])\\s+(.+)$");
    /** What "give it …" can give that is an adjustment, not a thing: "give the greens some vibrance", "give it more punch". */
    private static final String AN_EFFECT_GIVEN = "(?:more|less|bit|little|touch|vibrance|saturation|contrast|clarity|punch|pop|"
            + "warmth|glow|boost|sharpness|exposure|brightness|colou?rs?|detail|depth|tone)\\b";
    /** "give the sea an icier, colder tone": a tone described in the words just after, still no thing. */
    private static final String A_TONE_GIVEN = "[a-z, ]{0,25}(?<!-)\\b(?:tone|tones|cast|tint|grade|grading|hue)\\b";
    /** "sky's blown, drop in some soft clouds": a later clause that asks for content, after one that only says why. */
    private static final Pattern LATER_PLACING = Pattern.compile("(?:[,;.!]|:\\(|:\\))\\s+((?:add|put|drop|pop|stick|throw|place|insert|"
            + "paint|draw)(?: in)? (?:a|an|some|a few|a couple of|two|three)\\b.*|fill (?:it|this|that|them)(?: in| up)? with .*"
            // "she's in socks in this one :( give her ballet shoes", "he looks bald, give him some hair"
            + "|give (?:her|him|them|it|the [a-z]+) (?!.*\\b" + AN_EFFECT_GIVEN + "|" + A_TONE_GIVEN + ")[a-z].*)$");
    /** "paint a fox in the snow": a drawing verb, which asks for a new picture unless something is selected. */
    /** "more saturated on the flowers here", "more texture on the crust": more of a look, which no painting adds. */
    private static final String MORE_OF_A_LOOK = "saturated|saturation|colou?rful|vivid|vibrant|contrast|contrasty|punch|punchy|texture|"
            + "textured|detail|detailed|clarity|defined|definition|crisp|crisper|sharp|sharper|sharpness|blur|blurry|blurred|bright|"
            + "brighter|brightness|dark|darker|light|lighter|warm|warmer|warmth|cool|cooler|exposure";
    private static final Pattern DRAWING = Pattern.compile("^(?:paint|draw|sketch|illustrate|doodle)(?: in)?\\s+");
    private static final Pattern PLACING = Pattern.compile("^(?:add(?: in)?|lay in|grow|put|insert|place|pop|stick|fill in(?= (?:a|an|some)\\b)|"
            // "just continue the flying geese pattern": more of a pattern the picture has
            + "continue(?= (?:the|this|that) (?:[a-z-]+ ){0,3}(?:pattern|texture|design|motif|print|stripes?|tiles?|brickwork|"
            + "planks?|fabric|weave)\\b)|throw"
            + "(?: in)?|plop|include|slap|(?:chuck|bung|plonk|whack)(?: in)?(?= (?:a|an|some|two|three|a couple|a pair)\\b)|drop in|get(?! rid)(?!.* (?:out of|off) (?:the |this |my |his |her |their |its )?(?:shot|picture|photo|image|frame|way|scene|pic|scan|"
            + "print|page|paper|photograph|[a-z-]+)\\b)|have|hang(?: up)?|mount|position|patch in(?= (?:a|an|some)\\b)|(?:try )?(?:putting|adding|placing|"
            + "inserting|painting|drawing)|drop(?= (?:a|an|some)\\b)|fake(?= (?:a|an|some)\\b)|make here(?= [a-z])|more(?! (?:" + MORE_OF_A_LOOK + ")\\b)(?=[^,]* (?:here|there)\\b)|"
            + "do(?= (?:a|an|some)\\b)|make(?= (?:a|an|one|some|two|three|a few|a couple of) | [a-z]+ (?:here|there)\\b"
            // "make clouds in selected part": things made where the selection is
            + "| [a-z]+s (?:in|on|over|across|inside) (?:the |this )?(?:selected|selection|here|there)\\b)|try(?= (?:a|an|some) )|plant|sneak|give (?:him|her|them|everyone|everybody|each of them|all of them|"
            + "(?:(?:the|my|his|her|their|our) \\w+"
            // "give this dude sunglasses": someone pointed at
            + "|(?:this|that) (?:guy|dude|man|woman|girl|boy|lady|person|kid|child|baby|dog|cat|bird|horse|statue|figure|character))"
            + "(?= (?:a |an |some )?(?!" + AN_EFFECT_GIVEN + "|" + A_TONE_GIVEN + ")[a-z]))|"
            + "let there be|make there be|(?:make|let) appear|i want to see|there should be|we need|needs?|could use|sprinkle|scatter|dust(?= (?:some|a little|a bit of|a few)\\b)|"
            + "make (?:him|her|them|it) (?:wear|hold|carry|have)|(?:have|let) (?:him|her|them) (?:wear|hold|carry)|"
            + "i (?:want|need)(?= (?:a|an|some|two|three)\\b)|"
            // "give me cat ears": content asked for ("give me 3 options", "give me more contrast" ask for other things)
            + "give (?:me|us)(?! (?:a bit|a little|a touch|more|less|another|other|options?|versions?|variations?|takes?|the|"
            + "\\d|two|three|four|five|a few|several|some (?:options|versions|variations))\\b))\\s+(?:in\\s+)?");
    /** "fill this spot with daisies", "cover the wall with ivy". */
    private static final Pattern FILLING = Pattern.compile("^(?:fill|cover|pack|populate|paint over|cover up|stage|furnish|dress|decorate|"
            // "line the sidewalk with young trees", "edge the path with lavender"
            + "line|edge|ring|dot|strew)"
            + "(?: in)?(?: (?:it|this|that|the|this|here|up))?(?: [a-z]+){0,6}?"
            + "(?: where (?:the |a |an )?[a-z' ]{1,30}? (?:was|were|used to be|stood))? with\\s+"
            // "the wall paint it with talavera tiles": what is painted said first
            + "|^(?:(?:the|this|that) [a-z]+ )?paint (?:it|this|that|them) with\\s+|^paint (?:this|that|the) [a-z]+ with\\s+");
    /** "replace this with a cat", "swap the lamp for a plant", "turn the cat into a tiger". */
    private static final Pattern REPLACING = Pattern.compile("^(?:replace|swap(?: out)?|exchange|switch(?: out)?|"
            + "substitute|turn|transform|change|convert|morph|make)(?: (?:it|this|that|this bit|this part|this area|"
            + "this spot|the selection|the selected (?:area|part|bit)|selected [a-z]+|what's (?:selected|here|there|in the selection)|"
            + "what is (?:selected|here|there|in the selection)|(?:the|this|that|these|those|his|her|my|our|your|its|"
            + "their) [a-z' ]{1,30}?))? (?:with|for|into|in to|to|to be|by)\\s+(?:a new |another )?"
            // "make this area look like brushed aluminium": the selected part, made of something else
            + "|^make (?:this|the selected|the marked) (?:area|bit|part|spot|region|patch|section|selection) look like\\s+");
    /** "replace the white plate with a dark slate board", "swap the carpet for oak": a thing for another, named. */
    private static final Pattern SWAP = Pattern.compile("(?:replace|swap(?: out)?|exchange|substitute|switch out) .* (?:with|for) ");

    /** Whether the request puts one named thing in the place of another ("swap the rug for a bare floor"). */
    static boolean swaps(String core) {
        return SWAP.matcher(core).lookingAt();
    }

    /** "turn it into a painting", "make the image a watercolour": the whole picture changes, nothing is replaced. */
    private static final Pattern WHOLE_PICTURE = Pattern.compile("^(?:turn|transform|change|convert|make|morph) "
            + "(?:it|everything|the whole (?:thing|image|picture|scene)|the (?:image|picture|photo|scene|painting|"
            + "artwork|drawing)|this (?:image|picture|photo|scene))\\b");
    /** "make this area a snowy mountain peak": the selected thing becomes something else. */
    private static final Pattern MAKE_SELECTED_INTO = Pattern.compile("^(?:make (?:this|that|the selection|(?:this|that) "
            + "[a-z]+|the selected (?:area|part|bit|region)|what's selected) (?:into )?"
            // "can this be a waterfall pouring off the cliff?"
            + "|(?:can|could) (?:this|that|the selection|(?:this|that) (?:bit|part|area|spot)) (?:be|become) )(?=(?:a|an|some)\\b)");
    /** "make this area brushed aluminum", "make this patch snowy ground, no footprints": the selected part made of a thing named bare. */
    private static final Pattern MADE_OF_A_BARE_THING = Pattern.compile("^make (?:this|that|the selected|the marked) "
            + "(?:area|bit|part|spot|region|patch|section|selection)(?: here| in here)? (?:be |into )?"
            + "((?:[a-z'-]+ ){0,3}([a-z'-]+))(?=$|[,.!]|\\s+(?:like|with|no|not|without|please|pls)\\b)");
    /** What a bare word after "make this area" says of how it looks, not what it is: "red", "blurry", "darker", "clean". */
    private static final Pattern NOT_A_THING = Pattern.compile("(?:" + FormReader.A_COLOUR + "|old|new|clean|dirty|smooth|rough|soft|"
            + "hard|dark|light|bright|wet|dry|empty|blank|plain|clear|transparent|invisible|sharp|warm|cool|cold|hot|lush|matte|"
            + "normal|natural|realistic|same|different|nice|pretty|beautiful|ugly|good|bad|flat|even|uniform|solid|opaque|visible|"
            + "neutral|pale|vivid|vibrant|dull|bold|subtle|gone|look|match|fit|blend|stand|pop|go|fade|disappear|vanish|less|more|"
            + "all|it|them|b&w|bw|monochrome|sepia|[a-z]+(?:ier|est|ish|ly|ed|ful|ous|ive|less|able|ible)|(?:dark|bright|light|bigg|small|"
            + "soft|clean|sharp|clear|warm|cool|old|new|smooth|rough|pale|deep|rich|thick|thin|wid|tall|short|long|high|low|"
            + "bett|wors|great|strong)er"
            + "|(?!(?:sky|ivy|city|valley|jelly|pottery|greenery|masonry|embroidery|tapestry|jewelry|jewellery|scenery|"
            + "shrubbery|foliage|canopy|galaxy|body|pastry|party)$)[a-z]*[^aeiou]y)");

    /** A first word after "make this area" that starts no thing: "look like …", "go away", "black and white". */
    private static final Pattern NOT_A_THING_FIRST = Pattern.compile("(?:look|match|fit|blend|stand|pop|go|fade|disappear|vanish|"
            + "less|more|all|it|them|a|an|the|black|white|b&w)\\b");

    /** "make her hair pink", "make the car red": an object given a new colour or material. */
    private static final Pattern MAKE_OBJECT = Pattern.compile("^(?!.*\\b(?:more|less|much|very|so|too|really|"
            + "bit|little)\\b)make (?:the|his|her|their|its|that|these|those) ([a-z]+(?: [a-z]+)?)"
            + " (?!vanish|disappear|go|leave|fade|move|smile|look|stand|sit|smaller|bigger|larger|invisible|greener|bluer|redder|"
            + "yellower|pinker|browner|whiter|greyer|grayer|more|less|"
            + "transparent|gone)((?:bright |dark |light |pale |deep |plain |pure )?[a-z]+)$"
            // "make this wall sage green limewash": a surface pointed at, given a colour and a material
            // "paint this wall a lite sage green", "colour that door teal"
            + "|^(?:make|paint|colou?r|turn|stain) (?:this|that) (wall|walls|floor|ground|roof|door|table|surface|road|path|fence|"
            + "ceiling|worktop|counter|countertop|panel|tiles?|shed|barn|gate|shutters|cabinets?|bench|deck|boat) (?:an? )?"
            + "((?!(?:go|look|more|less|disappear|vanish|darker|lighter|brighter|with|in|into|to)\\b)[a-z]+(?: [a-z]+){0,2})$");
    /** "turn the wall into exposed brick": a material without an article names the object it becomes. */
    private static final Pattern REPLACED_OBJECT = Pattern.compile("^(?:replace|swap(?: out)?|exchange|switch(?: out)?|"
            + "substitute|turn|transform|change|convert|morph|make) (?:the|his|her|their|this|that|these|those|my|our|your|its) (?:(?:[a-z]+ ){0,3}?([a-z]+)"
            + "(?: from [a-z]+| here| there| in (?:my|the) selection)? (?:with|for|into|in to|to|by)\\b|([a-z]+))");
    /** A time of day that names a sky only with the word: "replace the sky with a pink sunset" → "a pink sunset sky". */
    private static final Pattern SKY_OF_A_TIME = Pattern.compile("\\b(?:sunset|sunrise|dusk|dawn|twilight|golden hour)$");
    /** "in the little patch I've chosen, …": where, said before what. */
    private static final Pattern PLACE_FIRST = Pattern.compile("^(?:in|into|on|onto|at|inside) (?:the|this|that|my) [a-z' ]{0,30}?"
            + "(?:i(?:'ve| have)? (?:just )?(?:selected|chosen|marked|picked out|picked|outlined|circled|highlighted|marqueed|"
            + "lassoed)|selected|marked)(?:,\\s*|\\s+(?=(?:i (?:want|need|would like|'d like)|put|add|paint|draw|place|make|please|could|can|"
            + "would)\\b))|^(?:in|on|at) (?:this|that) (?:place|spot|area|part|bit|region|corner),?\\s+"
            + "(?=(?:paint|draw|put|add|place|make|i|please|pls|we|there|can|could)\\b)"
            + "|^(?:in|into|on|inside) (?:(?:the|this|my) )?(?:(?:selected|marked|chosen|highlighted) [a-z]+|selection),?\\s+(?=(?:paint|draw|put|add|"
            + "place|make|i|please|pls|we|there|can|could)\\b)");
    private static final Pattern VERB_THEN_PLACE = Pattern.compile("^(make|put|add|paint|draw|place|create|insert) "
            + "(?:in|into|on|inside|within|at) (?:the|this|my) (?:selection|selected (?:area|part|bit|spot|region)|"
            + "(?:marked |selected )?(?:area|spot|part|bit|region|place|corner|gap|space|zone))\\s+(?=(?:a|an|some|two|three)\\b)");
    /** "make flowers grow here", "let some mushrooms sprout": the things that come to be there. */
    private static final Pattern GROWING = Pattern.compile("^(?:make|let|have) ((?:some |a few |a |an )?[a-z' -]{2,40}?) "
            + "(?:grow|appear|sprout|pop up|show up|spring up|bloom)\\b");
    /** "could a small boat be added here", "a spaniel could be painted in": content asked for without saying who paints it. */
    private static final Pattern ASKED_IN_THE_PASSIVE = Pattern.compile("^(?:(?:could|can|would|might|may) ((?:a|an|some|one|two|"
            + "three|a few)\\b[a-z' -]{1,60}?)|((?:a|an|some|one|two|three|a few)\\b[a-z' -]{1,60}?) (?:could|can|would|might|may|"
            + "should)) be (?:painted|added|placed|put|drawn|inserted|included)\\b");
    /** "could a cat sit there", "could a family of hedgehogs be having a picnic here": content asked for as what it would do. */
    private static final Pattern ASKED_AS_WHAT_IT_DOES = Pattern.compile("^(?:could|can|might|may) ((?:a|an|some|one|two|three|"
            + "a few)\\b[a-z' ,-]{1,60}?) (?:be (?=[a-z]+ing\\b)|(sit|stand|lie|sleep|perch|float|fly|hang|swim|rest|sail|grow)\\b)");
    /** How each verb of {@link #ASKED_AS_WHAT_IT_DOES} describes the thing: "a cat sitting", "a bird perched". */
    private static final Map<String, String> ING = Map.ofEntries(Map.entry("sit", "sitting"), Map.entry("stand", "standing"),
            Map.entry("lie", "lying"), Map.entry("sleep", "sleeping"), Map.entry("perch", "perched"), Map.entry("float", "floating"),
            Map.entry("fly", "flying"), Map.entry("hang", "hanging"), Map.entry("swim", "swimming"), Map.entry("rest", "resting"),
            Map.entry("sail", "sailing"), Map.entry("grow", "growing"));
    /** "could there be a tiny mouse", "there should be a bench": content asked for as being there. */
    private static final Pattern THERE_BE = Pattern.compile("(?:(?:could|can|might|would|will) there be|there should be|"
            + "there ought to be|there must be|there needs to be|(?:here|there) (?:must|should|needs to|has to|ought to) be|"
            // "the selected empty wall needs a framed abstract print", "the selected cupboard wants a little ghost"
            + "(?:the |this |that )?(?:selected |marked |chosen )?[a-z ]{1,30}? (?:needs|wants|could use|should have)(?= (?:a|an)\\b)|"
            // "could the empty corner have a stack of folded towels"
            + "(?:could|can|might) (?:the|this|that) (?:[a-z]+ ){1,4}have(?= (?:a|an|some|two|three)\\b)|"
            + "i(?:'d| would) like there to be|(?:i (?:want|need|wish) )?there to be) ");
    /** Words that only point at where the selection is, anywhere in the prompt. */
    private static final Pattern POINTING = Pattern.compile("\\s*(?:"
            // "put in this place window with view on mountains": the place said first, its preposition already read
            + "^(?:this|that) (?:place|spot|area|part|bit|space)\\b,?|"
            // "into this patch of sky", "on the selected section of track": the place and what it is part of
            + "\\b(?:in|into|on|onto|at|inside|within|to|over|across|along) (?:this|that|the) (?:little |small |empty |selected )?"
            + "(?:patch|section|part|bit|area|piece|strip|corner|stretch) of (?:the )?[a-z]+\\b|"
            + "\\b(?:right |just |up |down |over |in |along |through |across "
            + "|around |by )?"
            // "put a red balloon ther" (mended to "their"): only a pointing word ends a sentence so
            + "(?:here|there)\\b|\\btheir$|\\b(?:in|into|on|onto|at|inside|within|to|over|through|across|along|around|for) (?:(?:this|that|my) (?:new |empty |"
            + "blank |selected |marked |little |small )?|the (?:new |empty |blank |selected |marked )(?:[a-z]+ )?)"
            + "(?:spot|area|selection|region|part|bit|space|place|gap|hole|patch|corner|box|wall|water|strip|zone|square|"
            + "rectangle|section|slot)\\b|"
            + "\\b(?:in|on|into|inside|within|to|over|at) the (?:[a-z]+ )?selection\\b|\\bwhere the dotted line is\\b|"
            // "on the door which is selected"
            + "\\b(?:which|that) (?:is|are) (?:now )?selected\\b|"
            + "\\b(?:in|on|into|at) selected (?:area|portion|place|part|region|spot)\\b|"
            + "\\b(?:in|into|on|onto|at|inside|within|to|over) the selected [a-z]+(?: (?!(?:with|and|of|in|on|but|so|for|to)\\b)[a-z]+)?\\b|"
            + "\\b(?:(?:in|on|into) )?(?:the |this )?(?:empty |bare |little )?(?:[a-z]+ )?(?:area|spot|part|gap|corner|place|"
            + "space|box|region|bit|strip|zone|section)? ?(?:that |which )?i(?:'ve| have)? (?:just )?(?:selected|select|marked|mark|drawn(?: the box)?|"
            // "in the sky area I select", "the spot i boxed": pointing said in any tense
            + "choose|chose|circle|highlight|outline|boxed|lasso|"
            + "drew (?:(?:a|the) box )?(?:a?round|about)|"
            + "circled|outlined|highlighted|drawn around|chosen|picked out|picked|marqueed|lassoed)\\b(?: it| them)?|"
            + "\\bwhere (?:i|i've|i have) (?:selected|marked|circled|outlined|highlighted|marqueed|lassoed)(?: it| them)?\\b|"
            // "a red tractor in the field where i boxed it", "stars where I cut the satellite trail out": where, said last
            + "\\s+where (?:i|i've|i have|i'd|i just)\\b[a-z' ]*$|"
            // "where I have made the selection", "in the box I drew", "(selected)", "across the selected portion of the sky"
            + "\\bwhere (?:i|i've|i have) (?:made|drawn|drew|put) (?:the|my|a) (?:selection|box|circle|marquee)\\b|"
            + "\\b(?:in|inside|within) the (?:box|circle|shape|outline|frame|rectangle|square) (?:that )?(?:i|i've|i have) "
            + "(?:drawn|drew|made|marked)\\b|\\((?:selected|selection|marked|see selection)\\)|"
            + "\\b(?:in|on|into|onto|at|inside|within|to|over|across|through|along) the selected (?:portion|part|area|bit|region|"
            + "section|patch|stretch|piece) of (?:the )?[a-z]+\\b|"
            // "into this patch of sky", "on the selected section of track", "at here", "in the marking"
            + "\\bat (?:here|there)\\b|"
            + "\\b(?:in|inside|within) the (?:marking|marked bit|outline|lasso)\\b|"
            // ", selected area", ", selected", "(selected his face)", "in selected place", ". I drew around the empty spot"
            + ",\\s*(?:the )?(?:selected|selection)(?: (?:area|place|part|bit|spot|region|one))?$|"
            // "… painted in the area indicated"
            + "\\b(?:in|into|on|onto|at|over) the (?:area|spot|place|part|region|bit|section|zone|space) (?:indicated|shown|marked|selected|"
            + "highlighted|outlined)\\b|\\((?:i )?(?:selected|marked|circled)[^)]*\\)|"
            + "[.,;]\\s*i(?:'ve| have)? (?:drew|drawn|outlined|circled|marked|selected|lassoed) (?:around |round )?[a-z' ]*$|"
            + ",\\s*(?:the )?selection is (?:where|the) [a-z' ]*$|"
            + ",\\s*(?:i've |i have |i )?(?:selected|marked|circled|picked) (?:the|that|this) (?:spot|area|place|bit|part)\\b|"
            + "\\b(?:where|in) the selection(?: is)?\\b|\\bthe selected (?:area|part|bit|region)\\b|\\bfor me\\b|"
            + "\\bif you can\\b|\\bif possible\\b|\\bwhere (?:the|my|his|her|that|this) [a-z' ]{1,25} (?:was|is|were|are|used to be|"
            + "stood|sat)\\b|\\b(?:next to|beside|near|on top of|behind|in front of) "
            + "(?:it|this|that|them)$)");
    /** "into the portion of sky I have selected": the thing the selection is part of, which still says where. */
    private static final Pattern PART_OF_A_THING_SELECTED = Pattern.compile("\\b(?:in|into|on|onto|at|inside|within|to|over|across|"
            + "through|along) (?:the|this|that) (?:portion|part|bit|patch|section|piece|stretch|area) of (?:the )?([a-z]+) (?:that |which )?"
            + "i(?:'ve| have)? (?:just )?(?:selected|marked|chosen|circled|outlined|highlighted)\\b");
    /** The words that say a thing again more exactly: "like", "maybe", "say". */
    private static final String RESTATING = "like |maybe |say |probably |ideally |preferably |perhaps |something like |specifically |namely ";
    /** A word before a thing's name that is no article, preposition, joint or doing ("a wide brim straw hat", not "a fox reading a"). */
    private static final String A_MODIFIER = "(?!(?:a|an|the|of|with|and|or|in|on|at|for|to|from|by|like)\\b)(?![a-z]+ing\\b)[a-z'-]+";
    /** "not too big", "not too many": how much of it, which no negative prompt says. */
    private static final String NOT_TOO_MUCH = "(?:too|overly|so|very) (?:big|large|huge|small|tiny|many|much|high|low|tall|short|"
            + "wide|long|close|far|busy|detailed|dark|bright|light|heavy|strong|intense|saturated)(?: please| pls)?";
    /** "a hat on him, like a wide brim straw hat": a thing, then after a comma the same thing said more exactly. */
    private static final Pattern SAID_AGAIN_EXACTLY = Pattern.compile("^(?:(?:a|an|some|the) )?(?:" + A_MODIFIER + " ){0,3}?"
            + "([a-z'-]{3,})(?:,\\s+|(?: (?:on|in|for|at|over|under|behind|around|by|near|into|onto) [a-z' ]{1,30}),\\s+(?=" + RESTATING
            + "))(?:" + RESTATING + ")?((?:a |an |some )?(?:[a-z'-]+ ){0,5}([a-z'-]+))");
    private static final Pattern NOBODY = Pattern.compile("[,;.]?\\s+(?:and |with )?(?:nobody|no one|no-one|noone)(?: (?:in|around|on|at) "
            + "(?:it|there|the [a-z]+))?$");
    private static final Pattern NEGATIVE = Pattern.compile("^(.+?)(?:[,;]?\\s+(?:without|but without|but no|"
            + "and no|with no|but not|minus|no|zero|(?:but )?none (?:with|having))|[,;]\\s*(?:(?:though|tho|but|just) )?(?:not|nothing)"
            // "a mountain lake. There should be no buildings.", "…, leave out any lettering"
            + "|[,;.]?\\s+(?:there (?:should|must) be no|leave out|leaving out)"
            // "; avoid any birds or aircraft", "but dont put any faces in it"
            + "|[,;]\\s*(?:but )?(?:avoid|avoiding)|,?\\s+but (?:don'?t|do not) (?:put|include|add|show))\\s+(?:any\\s+)?(.+)$");   // "a balcony with flowers, not modern"
    private static final Pattern TRAILING = Pattern.compile("(?:[\\s,;:.!?\\-—–]+|\\s+(?:instead|too|as well|also|"
            + "again|then|now|next|this time|(?:just )?(?:normal|plain|regular) this time|lol|haha|lmao|lmfao|pls|plz|please|thanks|thx|ty|thank you(?: so much)?|like|ok|okay|sorry|"
            // "… on the table fr", "… ngl": the slang that only insists
            + "fr|frfr|ngl|tbh|no cap|rn|fam|bro|bruh|"
            // "change this area become grass la": the Singlish and Malaysian particles
            + "la|lah|leh|lor|sia|though|tho|for scale|for size|for reference|"
            // "a weathered oak door would suit this space", "a lantern would look nice here": the wish said as a suggestion
            + "(?:would|will|might|could) (?:look (?:nice|good|great|lovely|perfect|right|better)|be (?:nice|perfect|great|good|"
            + "lovely|ideal|better)|suit (?:this|that|the) (?:space|spot|place|area|corner|gap)|fit(?: in)?(?: nicely| well)?|"
            // "I was thinking a vintage lamp could go here"
            + "go|sit|stand|hang|live)|"
            // "peacock with open feathers i want here"
            + "(?<!\\bwhat )i (?:want|need|would like|'d like)(?: (?:it|them|one))?(?: (?:here|there|in here|right here))?)\\b)+$");
    private static final Pattern CANVAS_SHAPE_SAID = Pattern.compile("[,.;]?\\s*(?:(?:in |at )?(?:aspect(?: ratio)?|ratio|format|"
            + "size)\\s*:?\\s*\\d{1,2}\\s*[:x×]\\s*\\d{1,2}|\\d{3,4}\\s*[x×]\\s*\\d{3,4}(?:\\s*px)?)[.!]*$");
    /** Words that only hedge: "sort of misty", "maybe brass?", "… if that works". */
    private static final Pattern HEDGES = Pattern.compile("\\s*\\b(?:i guess|i suppose|i think|sort of|kind of|kinda|sorta|maybe|"
            + "perhaps|possibly|if that works|if (?:that's|that is) (?:ok|okay|alright|fine)|if possible|or something|"
            // "a well-red fox, if you like" (whose "like" may already be gone as a trailing word)
            + "if you(?: (?:like|want|wish|please|would|can|could))?(?=\\s*[,.!]|\\s*$))\\b(?=\\s|,|$)");
    /** "… for my grandkids' birthday card": what a picture is for. */
    private static final String FOR_WHAT = "(?:\\s+(?:for|to go on) (?:[a-z0-9'-]+ ){0,4}?[a-z0-9'-]+)?";
    /**
     * Words that say only where a picture goes, never what it shows: "square post for insta", "con backdrop", "main menu bg".
     */
    private static final String A_USE = "square|vertical|horizontal|insta|instagram|ig|tiktok|youtube|yt|twitch|stream|facebook|fb|"
            + "pinterest|linkedin|twitter|phone|desktop|laptop|mobile|lock ?screen|home ?screen|giveaway|promo|sale|event|con|"
            + "convention|deck|board|menu|main menu|website|web|site|blog|shop|store|etsy|channel|album|zine|podcast|newsletter|"
            + "email|hero|title|skill tree|loading|splash|panel|comic|listing|social|social media|story|post|reel|open house";
    /** "hero banner background: abstract waves", "virtual staging: mid-century sofa": a label before the content. */
    private static final Pattern LEAD_LABEL = Pattern.compile("^(?:[a-z'-]+ ){0,2}(?:area|selection|staging|background|bg|placeholder|visual|"
            + "backdrop|plate|layer|here|spot|box|part|bit|region|inside|fill|content|portrait|shot|page|panel|sheet|pic|"
            + "picture|image|card|poster|cover|template|concept|idea|prompt|scene|art|icon|illustration|sketch|drawing|header|"
            + "banner|wallpaper|thumbnail)"
            + "(?: for (?:[a-z0-9'-]+ ){0,3}?[a-z0-9'-]+)?"
            + "(?: please)?\\s*(?::|->|→)\\s+(?=[a-z])"
            // "a background for my grandkids' birthday card, balloons and confetti", "xmas card pic, snowy cabin …"
            + "|^(?:(?:a|an|the|my|some|new)\\s+)?(?:[a-z'-]+\\s+){0,3}?(?:pic|card|poster|cover|template|fanart(?: of [a-z' ]+?)?)"
            + FOR_WHAT + "(?: please)?,\\s+(?=[a-z]+ [a-z])"
            + "|^(?:(?:a|an|the|my|some|new)\\s+)?(?:empty |blank )?(?:panel|stream|xmas card|christmas card|splash|app|zoom|desktop|"
            + "phone|website|slide|presentation|podcast|youtube|twitch|" + A_USE + ")(?: [a-z'-]+){0,2}? (?:background|bg|backdrop|plate)"
            + FOR_WHAT
            + "(?: please)?,\\s+(?=[a-z]+ [a-z])"
            + "|^(?:(?:a|an|the|my|some|new)\\s+)?(?:background|bg|backdrop|plate)" + FOR_WHAT.replace(")?", ")")
            + "(?: please)?,\\s+(?=[a-z]+ [a-z])|^something [a-z]+ for [a-z' ]+,\\s+(?=[a-z]+ [a-z])|^(?:a )?meme template of\\s+"
            // "square post for insta, pastel macarons", "deck graphic: octopus …", "phone wallpaper, bees and flowers": a format
            // that only says where the picture goes, named with nothing but where it goes
            + "|^(?:(?:a|an|the|my|our|some|new)\\s+)?(?:(?:" + A_USE + ")\\s+){0,3}(?:post|story|reel|wallpaper|banner|graphic|header|"
            + "thumbnail|flyer|cover)(?:\\s+(?:art|image|img|pic|picture|graphic|design|idea))?" + FOR_WHAT + "(?: please)?"
            + "\\s*(?:,|:|—|–| - )\\s+(?=[a-z]+ [a-z])"
            // "wallpaper for my phone with glowing jellyfish", "a background with stars": what the picture shows, after its use
            + "|^(?:(?:a|an|my|our|some|new)\\s+)?(?:(?:" + A_USE + ")\\s+){0,2}(?:wallpaper|background|bg|backdrop)"
            + "(?: for (?:my |the |a |our )?(?:" + A_USE + ")(?: (?:" + A_USE + ")){0,2})? (?:with|showing|featuring) (?=[a-z])"
            // "env thumbnail, floating islands …": what the picture is for, then what it shows ("potion icon, …" names the thing)
            + "|^(?:[a-z'-]+ ){0,2}(?:thumbnail|thumb|thumbnails|ref|reference|pfp|mockup)(?: please)?,\\s+(?=[a-z]+ [a-z])"
            // "fx pass: magic sparkle trail", "char design exploration: fox courier", "creature design, armored salamander"
            + "|^(?:[a-z'-]+ ){0,2}(?:design|concept|exploration|thumbs|pass|art|study|brief|request|keyframe)(?: exploration)?"
            + "\\s*:\\s+(?=[a-z])"
            + "|^(?:creature|character|char|weapon|prop|environment|env|vehicle|costume) (?:design|concept),\\s+(?=[a-z]+ [a-z])");
    /** "give me 3 options for a log cabin", "three choices of a lighthouse": how many, which the options say. */
    private static final Pattern HOW_MANY = Pattern.compile("^(?:(?:give|show|make|get|do|generate|create|render|draw|paint) "
            + "(?:me |us )?|i (?:want|need) )?"
            + "(?:\\d+|two|three|four|five|six|a few|(?:a )?couple(?: of)?|several|some) (?:different )?(?:options|choices|versions|"
            + "variations|variants|takes|ideas|alternatives|thumbnails|thumbs|sketches) (?:of|for|with|on)\\s+"
            // "show me 3 kitchen options, navy cabinets with brass hardware": the thing, then what it has
            + "|^(?:(?:give|show|make|get|do|generate) (?:me |us )?)?(?:\\d+|two|three|four|five|a few|several) "
            + "(?=[a-z]+ (?:options|ideas|versions|variations|concepts),?\\s)"
            // "draw a dragon, give me 3 options", "a rabbit baking a carrot cake, plain this time"
            + "|,?\\s+(?:(?:give|show) me |i (?:want|need) )?(?:\\d+|two|three|four|five|six|a few|a couple|several)(?: different)? "
            + "(?:options|choices|versions|variations|takes|alternatives)$|,\\s+give me (?:\\d|two|three|four)$|,?\\s+(?:plain|normal|no style|unstyled) this time$");
    /** "… for the checkout page", "—for onboarding screen": what the picture is for, not what it shows. */
    /**
     * Who or what it is for, said before or inside the description: "For my granddaughter's birthday: a unicorn …",
     * "hands holding a loaf of bread (for our food drive)", "one cartoon elephant for my daughter, blue colour".
     */
    private static final Pattern ASIDE_FOR = Pattern.compile("^for (?:my|our|a|an|the|his|her) [a-z'-]+(?: [a-z'-]+){0,3}:\\s+"
            + "|\\s*\\((?:for|it'?s for|its for|as|to be used|used) [^)]{1,60}\\)"
            + "|\\s+for (?:my|our|his|her|their) (?:little |baby |youngest |eldest )?(?:daughter|son|kids?|children|grand(?:son|daughter|"
            + "kids?|children)|nephew|niece|wife|husband|mum|mom|dad|family|friend|girlfriend|boyfriend)(?=,)");
    /**
     * "… for my players", "…, for our reading corner": whoever or whatever it is for, at the end. Kept after a thing
     * made for its owner ("a logo for my bakery", "a mascot for our cafe"), where it says what the thing shows.
     */
    private static final Pattern FOR_MY = Pattern.compile("(?<!\\b(?:logo|logos|mascot|icon|emblem|sign|signs|label|badge|crest|"
            + "sticker|stickers|banner|menu|card|cards|cover|flag|poster|uniform|jersey|shirt|t-shirt|cake|collar|bed|house|toy|coat))"
            + ",?\\s*[—–-]?\\s+for (?:my|our) (?!(?:[a-z0-9'-]+ ){1,2}(?:with|showing|featuring) )(?:[a-z0-9'-]+ ){0,4}[a-z0-9'-]+$");
    private static final Pattern PURPOSE = Pattern.compile(",?\\s*[—–-]?\\s+for (?:the |my |our |a |an |his |her |their )?(?:same |next |other )?"
            + "(?:[a-z0-9'-]+ ){0,4}(?:mock-?up|album|client|website|site|blog|card|campaign|presentation|pitch|deck|"
            + "portfolio|thumbnail|thumb|banner|post|story|project|brief|moodboard|page|screen|slide|invite|invitation|"
            + "illustration|app|flyer|poster|menu|listing|reel|feed|cover|header|newsletter|ads?|shop|store|party|promo|promotion|"
            + "wedding|birthday|class|lesson|course|video|channel|stream|game|level|jam|flatlay|overlay|handout|worksheet|"
            + "(?:panel|page|slide|chapter) \\d+|print|wallpaper|alert|bulletin|section|hour|planning|shoot|"
            + "session|printing|wife|husband|mom|mum|mother|dad|father|son|daughter|kid|grandkid|friend|girlfriend|"
            + "boyfriend|sister|brother|grandma|grandpa|family|easter|christmas|xmas|halloween|thanksgiving|diwali|eid|ep|episode|issue|"
            + "edition|state|graders?|students?|pupils|fair|day|board|show|exhibition|production|play|performance|concert|event|"
            + "wall|bedroom|nursery|booklet|slideshow|divider|display|exhibit|panel|sale|calendar|grandchildren|grandkids|token|"
            + "one ?shot|trick shot|circle time|january|february|march|april|may|june|july|august|september|october|november|"
            + "december)s?$"
            + "|\\s+for (?:my|our|the|a) (?:desktop|phone|laptop|computer|screen|lock ?screen|zoom|stream|twitch|website) "
            + "(?:background|backdrop|wallpaper)s?$|,?\\s+for the (?:[a-z0-9'-]+ ){0,3}(?:background|backdrop)s?$"
            // "clean sunny suburban street for a flyer background": what the background is for, not a background asked for
            + "|,?\\s+for (?:a|an|my|our) (?:[a-z0-9'-]+ )?(?:flyer|poster|website|story|post|card|slide|banner|menu|zoom|desktop|"
            + "phone|stream|thumbnail|video) (?:background|backdrop)s?$"
            // "…, backdrop for my paladin shoot", "… for printing as a layout backdrop"
            + "|,\\s+(?:as )?(?:an? )?(?:backdrop|background|bg|reference|ref|wallpaper) for [a-z0-9' ]+$"
            + "|\\s+for (?:printing|print|exhibition|reference|practice)(?: as [a-z0-9' ]+)?$"
            // "…, since the photo is sooo boring", "…, because apparently that's my life now": the story behind it
            + "|(?<![0-9]),?\\s+(?:since|because|cause|cuz|coz|bc) [a-z0-9' ]+$"
            // "…, I do those myself", "…. You know the kind": a later clause whose subject is the artist or Easel, no more to paint
            // (but "…, I want it red" still says what to paint)
            + "|[,.;]\\s+(?:and |but |though |tho )?(?:i|i'm|im|i've|ive|i'll|we|we're|we've|we'll|you|you're|you'll|u|ur)\\b"
            + "(?! (?:want|need|would|wanna|prefer|wish|like|mean)\\b)[a-z0-9' ]*$"
            // "…, the villain needs one apparently", "…. Hamlet, in case anyone was wondering", "…, dalí would be so proud"
            + "|(?:[.;!]\\s+[^.;!]*|,\\s+[^,.;]*)\\b(?:apparently|in case (?:anyone|anybody|you|u)\\b|just saying|fyi|btw)\\b[^,.;]*$"
            // "…, sky looks empty", "…, if that's not too ambitious", "…. why is this so hard": why, or a sigh, after it
            + "|,\\s+(?:the )?[a-z]+ (?:looks|is|seems|feels) (?:so |too |very |a bit |kinda |kind of |rather )?(?:empty|bare|boring|dull|"
            + "plain|sad|lonely|weird|off|wrong|odd|unfinished)$"
            + "|,\\s+if (?:that'?s|it'?s|this is|that is|it is) [a-z' ]+$"
            // "…, it's empty in the render", "…, with only the dirt it looks very poor", "…, make it happen": why, or a push
            + "|,\\s+(?:[a-z0-9' ]{0,30}\\s)?it(?:'s| is| looks| seems| feels) (?:so |too |very |really |kinda |kind of |a bit |"
            + "quite |totally |just |all |still )?(?:empty|bare|boring|dull|plain|sad|poor|ugly|missing|blank|weird|off|wrong|odd|"
            + "unfinished|lonely|bland|flat|dead|white|black|grey|gray|blown out|washed out)\\b[a-z0-9' ]*$|,\\s+make it (?:happen|so|work)$"
            + "|[,.;]\\s+\\p{L}+ would be (?:so |very |really )?(?:proud|happy|pleased|impressed|jealous|thrilled|amused)\\b.*$"
            // "… that students can copy", "…, like my dream house": who it is for, what it recalls
            + "|\\s+that (?:students|kids|children|people|you|i|we|they) can [a-z ]+$"
            + "|,\\s+like (?:my|our|the ones?|those|in my|the one) [a-z' ]+$"
            // "…, its for a rainforest poster", "…, he's 6 so it can be cartoony": the story behind it
            + "|[,;]\\s*(?:it'?s|its|this is|that'?s|it is) for [a-z0-9' ]+$"
            // "… background I can composite old portraits into", "…, for a display board", "… for photographing minis"
            + "|\\s+(?:that |which )?(?:i|we) (?:can|could|will|'ll) [a-z0-9' ]+$|,\\s+for (?:a|an|the|my|our|his|her|their) [a-z0-9' ]+$"
            + "|,?\\s+for (?:photographing|shooting|printing|displaying|framing|showing|using|testing|practi[sc]ing|mocking up|"
            + "mocking|modell?ing|selling|advertising) [a-z0-9' ]+$"
            // "… for compositing", "… for a background plate", "…, for product shots", "… for my jewelry"
            + "|\\s+for (?:compositing|comping|keying)$|\\s+for (?:a|the|my) (?:background|backdrop|bg) plates?$"
            + "|,?\\s+for (?:my |our |the )?(?:product|products|jewelry|jewellery|merch|listing|catalogue|catalog) ?(?:shots|photos|"
            + "photography|pictures|images)?$"
            // "… (my daughters idea lol)": an aside in brackets
            + "|\\s*\\([^()]{0,40}\\b(?:lol|lmao|haha|idea|joke|cursed|don'?t ask|my [a-z]+)\\b[^()]{0,40}\\)$"
            // "…, my daughter wants one for her wall", "…, something I can slap a headline on later"
            + "|,\\s+(?:my|our) [a-z]+ (?:wants?|needs?|likes?|loves?) [a-z0-9' ]+$|,\\s+something (?:i|we) can [a-z0-9' ]+$"
            // "… sitting here omg we wanted our dog in the pics so bad": an exclamation and the story after it
            + "|\\s+(?:omg|omfg|lol|lmao|haha|tbh|ngl)\\s+[a-z].*$"
            // "blue water, my buddy's fin was in the way": what was there, not what to paint
            + "|,\\s+(?:my|our|his|her|their|the|a|an) [a-z' ]{1,40} (?:was|were|is|are|got)(?: in the way)?$"
            // "fill it in with sky like the rest"
            + "|\\s+(?:like|to match|matching|same as) the rest(?: of (?:it|the [a-z]+))?$"
            // "… for the homepage"
            + "|\\s+for (?:the|our|my) (?:homepage|home page|landing page|web ?page)$"
            // "… for autumn vibes", "… for the styling": the mood or the arrangement it serves
            + "|\\s+for (?:the |some |a |an )?(?:[a-z]+ ){0,2}(?:vibes?|feels?|mood|aesthetic)$|\\s+for (?:the )?styling$");
    private static final Pattern LEADING = Pattern.compile("^(?:of|with|some more of|more of|some more|more|just|also|another|in|"
            // "make me a picture for my daughter, a unicorn on a rainbow": who it is for, then what it shows
            + "(?:my|our|his|her|their) [a-z'-]+(?: [a-z'-]+)?,(?= (?:a|an|some|the|two|three) )|"
            // "can u put like sparkles n stars here"
            + "like(?= [a-z]+ (?:and|n|&) )|like(?= (?:a|an|some|two|three) [a-z])|"
            // "next: a human paladin", "next page, the bear eating honey", "and one of a house with a red door"
            + "next(?: page| one)?\\s*[:,]|(?:and )?one of)\\s+");

    /** A later sentence that only comments: "boring. perfect", "every office photo needs one, apparently". */
    private static final Pattern ASIDE_AFTER = Pattern.compile("\\s*[.!]\\s+(?:every|boring|perfect|sorry|apparently|lol|haha|"
            + "ok|okay|it'?s|that'?s|this is|idk|hope|thanks|thank you|cheers)\\b.*$");
    /**
     * "a balloon, a blue one", "clouds, puffy ones", "leaves, red and yellow ones", "a ship in the sea, small one, white color": what the thing is like,
     * said after it; the words go before its name ("a small white ship in the sea").
     */
    private static final Pattern ONE_SAID_AFTER = Pattern.compile("^((?:a few |a |an |some |one |two |three )?)"
            + "((?!(?:make|put|add|paint|draw|place|give)\\b)(?:[a-z'-]+ ){0,2}?[a-z'-]+)"
            + "((?: (?:on|in|at|by|over|under|near|behind|beside|out|sitting|standing|hanging|floating|flying|perched|"
            + "lying)\\b[^,]*)?),\\s*(?:maybe |like |probably |perhaps )?(?:a |an )?"
            + "((?!(?:same|the|this|that|those|these|matching|different|other|another|more|less|right|left|both|all|any|no)\\b)"
            + "(?:[a-z'-]+ )?(?:[a-z'-]+ (?:and|&|or) )?[a-z'-]+) (?:ones?|colou?r)((?:,.*)?)$");
    /** "a hat, a sombrero of straw", "a dog at this place, a dachshund, brown": a kind of thing named, then which one. */
    private static final Pattern WHICH_ONE_AFTER = Pattern.compile("^(?:a |an |some )?(?:[a-z'-]+ )?(hat|cap|dog|cat|bird|"
            + "flowers?|trees?|car|boat|animal|plant|plants|thing|something|smth|sth|pet|fish|building|house|lamp|chair|vehicle|bike|"
            + "snake|insect|bug|toy|drink|food|fruit|dress|shirt|shoes|jacket|coat|instrument)\\b[^,.;—]*[,.;—]\\s*(?:maybe |like |"
            + "probably |perhaps |specifically |namely )?((?:a|an) (?!.*\\b(?:ones?|\\1)\\b)[a-z].*)$");
    private static final Pattern OF_COLOUR = Pattern.compile("^((?:a|an|some|the) (?:[a-z]+ )?)([a-z]+) of colou?r ([a-z]+)$");

    /** A picture's use, which says nothing of what it shows: "a banner image of …". */
    private static final String PICTURES_USE = "banner|header|hero|cover|thumbnail|poster|profile|background";
    /** "a dreamy pic of …": a word that says how the picture should feel, said of the picture (not "an old photo of"). */
    private static final Pattern A_PICTURE_OF = Pattern.compile("(?:(?:make|create|draw|paint|do) (?:me |us )?)?(a|an) "
            + "(dreamy|cute|pretty|lovely|beautiful|simple|cool|fun|moody|epic|colou?rful|magical|whimsical|cozy|cosy|"
            + PICTURES_USE + ") (?:pic|picture|image|photo|drawing|illustration|render|rendering) of (?:(a|an|the) )?(?=[a-z])");
    private static final java.util.Set<String> NOT_AN_OBJECT = java.util.Set.of("selected", "marked", "selection", "area", "part", "bit",
            "spot", "region", "it", "this", "that", "image", "picture", "photo", "whole", "thing", "stuff");

    /**
     * A place named at the end of an inpainting prompt ("a rainbow in the sky", "a cup on the table"):
     * the selection already says where, so the model is told only what.
     */
    private static final Pattern TRAILING_PLACE = Pattern.compile("\\s+(?:(?:from )?(?:on|in|onto|into|over|across|at|by|"
            + "near|to|around|round|above|below|under|underneath|behind|beside|inside|next to|instead of|in front of|on top of|"
            // (not "roses growing through it": through what is there, it is part of the picture)
            + "(?:within|along|through|thru|down|up|upon|against)(?! (?:him|her|them|it|me|us)$)) "
            + "(?:(?:this|that|these|those|his|her|their|my|our|its) (?:[a-z']+ )?[a-z]+|him|her|them|it|me|us)|here|there|"
            + "right here|right there|over there|in there)$|,?\\s+instead of .+$");
    /**
     * "a steaming cup of coffee on the table", "a rainbow in the sky": where a thing goes, which the selection
     * says; kept after a pose ("a cat sitting on the windowsill", "an owl perched on the branch", "a sword stuck in
     * the ground", "a fox peeking out from behind the tree"), which it completes.
     */
    private static final Pattern TRAILING_THE_PLACE = Pattern.compile("(?<!\\b(?:[a-z]{2,20}(?:ing|ed)|stuck|up|out|down|off|"
            + "from))\\s+(?:on|in|onto|into|over|across|at|near|around|above|below|under|underneath|behind|beside|along|"
            + "next to|in front of|on top of|against|up in|out of) the (?:[a-z'-]+ ){0,2}[a-z'-]+$");
    /**
     * "a lens flare in the top corner", "a crowd in the background", "a dragon in the sky part": a place that only says
     * where in the frame, which the selection says; "on the table", "in the sky" say what the thing is with, and stay.
     */
    private static final Pattern TRAILING_FRAME_PLACE = Pattern.compile("\\s+(?:on|in|onto|into|at|around|along|near) the "
            + "(?:[a-z'-]+ ){0,2}(?:corner|background|bg|back|foreground|fg|midground|box|area|spot|gap|space|selection|frame|edge|"
            + "top|bottom|middle|centre|center|part|bit|patch|region|zone|outline|rectangle|circle|square|margin)$");
    /**
     * "a coffee cup next to the keyboard", "a giant moon behind the castle", "a bouquet in her hands, white peonies": where
     * the thing goes beside, behind or under something already there, or on someone, which the selection says (most
     * writers of the development sets' labels leave these out, while "on the table" or "on top of the cake" they keep);
     * after a pose ("a fox hiding behind the tree", "a moon up behind the tower") it stays.
     */
    private static final Pattern RELATIVE_PLACE = Pattern.compile("(?<!\\b(?:[a-z]{2,20}(?:ing|ed)|from|up|down|out|over))\\s+"
            + "(?:(?:behind|under|underneath|beneath|next to|in front of|near|beside) (?:the|her|his|its|their|this|that|my|our)|"
            + "(?:on|in|at|over|around|round|by) (?:her|his|their)) (?:(?!like\\b)[a-z'-]+ ){0,3}(?!like\\b)[a-z'-]+(?=\\s*[,;]|$)");
    /** "an owl perched on this branch": after a pose the place completes it, and "this" is the thing there. */
    private static final Pattern POSED_ON_THIS = Pattern.compile("\\b((?!(?:railing|planting|building|ceiling|clothing|painting|"
            + "lighting|landscaping|siding|flooring|bedding|string|thing|wing|ring|king|spring|morning|evening)\\b)"
            + "[a-z]{2,20}(?:ing|ed)|stuck|up|out) ((?:from )?(?:on|in|onto|into|over|across|at|under|behind|against|along|from|"
            + "around|round|through|thru|down|up|upon|out of) )?(?:this|that|these|those) (?=(?:[a-z'-]+ ){0,2}[a-z'-]+$)");
    /** "grass to match the lawn": the surroundings, which the selection's context already shows. */
    private static final Pattern TRAILING_POSE = Pattern.compile("\\s+(?:to match|matching|that matches|which matches) "
            + "(?:the|its|their|his|her) [a-z ]+$");

    /**
     * "gimme a grayscale pass to check values", "give me a mono version of the elevation": this picture with an
     * effect, asked for as if it were a new picture.
     */
    private static final Pattern EFFECT_VERSION = Pattern.compile("(?:a |an )?(?:quick )?(?:sepia|black and white|b&w|bw|"
            + "mono|monochrome|gr[ae]yscale|gr[ae]y|posteri[sz]ed|inverted|blurred|sharper|sharpened|desaturated|"
            + "brighter|darker|warmer|cooler) (?:version|pass|copy|take|edit|print)\\b");

    /** Whether the content asked for is this picture with an effect ("a grayscale pass", "a mono version of it"). */
    static boolean anEffectVersion(String prompt) {
        return EFFECT_VERSION.matcher(prompt.toLowerCase(java.util.Locale.ROOT)).lookingAt();
    }

    /**
     * The prompt for painting into the selection: the content without the words that only point at where it goes
     * ("a dragon on that rock right there" → "a dragon"); a place named with "the" ("a cup on the table") stays, it
     * tells the model what the thing sits in or on.
     */
    static String withoutPlace(String prompt) {
        String placed = withoutPlace(prompt, TRAILING_FRAME_PLACE);
        String unplaced = RELATIVE_PLACE.matcher(placed).replaceAll("");
        return unplaced.matches("(?s).*[a-z]{3,}.*") ? unplaced : placed;
    }

    /** Whether the words point at a place in the picture: "on the cliff", "within the selection", "right here". */
    static boolean pointsAtAPlace(String core) {
        return !withoutPlace(core, TRAILING_THE_PLACE).equals(core) || POINTING.matcher(core).find()
                || THE_PLACE_SELECTED.matcher(core).find();
    }

    private static String withoutPlace(String prompt, Pattern placeWithThe) {
        String without = POSED_ON_THIS.matcher(prompt).replaceAll(m -> m.group(1) + " " + (m.group(2) == null ? "" : m.group(2))
                + "the ");
        for (String shorter = without; ; without = shorter) {
            shorter = placeWithThe.matcher(TRAILING_PLACE.matcher(without).replaceFirst("")).replaceFirst("");
            if (shorter.equals(without)) {
                break;
            }
        }
        without = TRAILING_POSE.matcher(without).replaceFirst("");
        without = without.replaceFirst("^matching ", "").replaceAll("[\\s,;:]+$", "");
        return without.matches("(?s).*[a-z]{3,}.*") ? without : prompt;
    }

    /** "her hair should be blue and curly" → "blue and curly hair"; "the mountains need snow caps" → "snow caps". */
    private static final Pattern SHOULD_BE = Pattern.compile("^(?:the |his |her |their |its |this |that )?([a-z][a-z ]{0,30}?)"
            + " (?:should be|should look|should have|needs?|could use|wants?) (?:to be |more |some |a |an )?(.+)$");
    /** "make the sky a sunset, pinks and oranges" → "a sunset, pinks and oranges". */
    private static final Pattern MAKE_IT_A = Pattern.compile("^(?:make|turn) (?:the|his|her|their|its) [a-z][a-z ]{0,30}? "
            + "(?:into )?((?:a|an|some) .+)$");

    /** Whether {@code said} names {@code thing} more exactly: a longer name ("wildflowers") or words before it ("straw hat"). */
    private static boolean moreExactly(String said, String thing) {
        String[] words = said.replaceAll("\\b(?:a|an|some|the|just|only|one|really|actually)\\b", " ").strip().split("\\s+");
        return words.length > 1 || !words[words.length - 1].equals(thing);
    }

    /** "her hair should be blue and curly": a part of the picture and how it should be, said of it. */
    private static final Pattern AS_IT_SHOULD_BE = Pattern.compile("^(?:the |his |her |their |its )[a-z][a-z ]{0,30}? (?:should be|"
            + "should look|needs to be|ought to be) (?!(?:a|an|some|more|less|in|on|at|like|removed|gone|bigger|smaller)\\b)"
            + "(?![a-z]+ing\\b)[a-z]");

    /** The selected part as it should be ("blue and curly hair"), when the words say only that of it. */
    static Optional<String> asItShouldBe(String instruction) {
        return AS_IT_SHOULD_BE.matcher(Phrasing.core(instruction)).lookingAt() ? wantedInSelection(instruction) : Optional.empty();
    }

    /** What a sentence about a part of the picture wants painted there, when it says so. */
    static Optional<String> wantedInSelection(String instruction) {
        String text = Phrasing.core(instruction);
        Matcher m = MAKE_IT_A.matcher(text);
        if (m.matches()) {
            return Optional.of(asTyped(tidy(m.group(1)), instruction));
        }
        m = SHOULD_BE.matcher(text);
        if (m.matches() && m.group(2).matches("(?s).*[a-z]{3,}.*")) {
            String wanted = tidy(m.group(2)).startsWith(m.group(1)) ? tidy(m.group(2)) : tidy(m.group(2)) + " " + m.group(1);
            return Optional.of(wanted);
        }
        return Optional.empty();
    }

    /** A picture of its own named: "a new image of …", "a picture of …", "from scratch" (not "render …", "give me …"). */
    private static final Pattern A_NEW_PICTURE = Pattern.compile("\\b(?:new|fresh|brand[- ]new|separate|another|whole|next) "
            + "(?:picture|image|pic|photo|one|canvas|scene|piece|illustration)\\b|\\b(?:picture|image|pic|photo|photograph|"
            + "illustration|artwork|wallpaper|poster|render|rendering|scene|shot)s? (?:of|with|showing|depicting)\\b|"
            + "\\bfrom scratch\\b");

    private ContentReader() {
    }

    private static boolean asksAtTheStart(String text) {
        return NEW_IMAGE.matcher(text).lookingAt() || FILLING.matcher(text).lookingAt() || REPLACING.matcher(text).lookingAt()
                || DRAWING.matcher(text).lookingAt() || PLACING.matcher(text).lookingAt() || THERE_BE.matcher(text).lookingAt();
    }

    /** "a weathered oak door would suit this space": the selected place, named anywhere in the sentence. */
    private static final Pattern THE_PLACE_SELECTED = Pattern.compile("\\b(?:this|that|the selected) (?:space|spot|gap|"
            + "place|area|corner|patch)\\b");

    /** Words that only ask for a picture, in whatever order they come: "i would very much like a picture of". */
    private static final Pattern ASKING_WORDS = Pattern.compile("^(?:(?:i|i'd|we|we'd|would|very|much|really|so|like|love|adore|want|"
            + "need|please|pls|could|can|you|u|make|me|us|create|generate|draw|render|do|give|get|show|now|next|then|a|an|one|"
            + "picture|image|pic|photo|illustration|of|showing|depicting|just|quick|new)\\b[ ,:]+)+");
    /**
     * Among them, a picture asked for or wanted: without one the words may be the content ("a quick one"), or a change
     * of the picture ("make everyone wear sunglasses").
     */
    private static final Pattern ASKING = Pattern.compile("\\b(?:picture|image|pic|photo|illustration|like|love|adore|want|need)\\b");

    /** The article the asking words end with: "… a picture of a " keeps "a". */
    private static final Pattern ARTICLE_LAST = Pattern.compile("\\b(a|an|one)[ ,:]+$");

    /**
     * "i would very much like a picture of a steam locomotive" → "a steam locomotive", "make picture temple in bangkok"
     * → "temple in bangkok", "now make dog play in garden" → "dog play in garden": the asking words that no form above
     * reads, however they run, taken off what to make (an article before it stays).
     */
    private static String withoutTheAsking(String text) {
        Matcher asking = ASKING_WORDS.matcher(text);
        if (!asking.lookingAt() || asking.end() >= text.length() || !ASKING.matcher(asking.group()).find()) {
            return text;
        }
        Matcher article = ARTICLE_LAST.matcher(asking.group());
        return (article.find() ? (article.group(1).equals("one") ? "a" : article.group(1)) + " " : "") + text.substring(asking.end());
    }

    /** Whether the words name a picture of its own, rather than only asking to render or give something. */
    static boolean namesANewPicture(String instruction) {
        return A_NEW_PICTURE.matcher(Phrasing.core(instruction)).find();
    }

    /** "my kids asked for", "Nothing's on the canvas yet - I'd like", "on this empty layer,", "hoping you can squeeze": before what. */
    private static final Pattern LEAD_IN = Pattern.compile("^(?:(?:my|our) [a-z' ]{1,25} (?:asked for|wants?|wanted|would (?:like|love))"
            + "|[a-z' ]{3,40}\\s+[-–—]\\s+(?=(?:i'?d like|i want|i need|please|could you|can you|i would like)\\b)"
            // "I'd be most grateful for an image of …", "we would be delighted to see …"
            + "|(?:i'?d|i would|we'?d|we would|i'?ll|i will) be (?:most |very |so |really |ever so )?(?:grateful|thankful|obliged|"
            + "delighted|happy|glad|thrilled) (?:for|to (?:see|have|get))"
            + "|on (?:this|the|an?) (?:empty|blank|new|clean) (?:layer|canvas),?|(?:i'?m )?hoping (?:you can|to) (?:squeeze|fit|get|put|add|have)"
            + "|(?:start (?:me|us) off|let us (?:begin|start)) with|let(?:'s| us) try|(?:i would like )?the selected (?:area|part|bit) filled with"
            // "I would like the selected area to contain a bowl of ripe figs"
            + "|(?:i would like |i'?d like |i want )?(?:the selected (?:area|part|bit|region|space)|this (?:area|spot|part|region|space)) "
            + "to (?:contain|have|hold|show|feature|become|be)"
            // "What I'm after in this section is an apple tree in blossom."
            + "|what (?:i'?m|i am|we'?re) (?:after|looking for|thinking of)(?: (?:in|for) (?:this|that|the) [a-z]+)? is"
            // "watch, class: I'm going to ask it for a sunflower", "… and I'd love a reference of a little harbour"
            + "|.{0,40}?\\bi'?m (?:going to|gonna) ask (?:it|you|easel|the (?:ai|computer|program)) (?:for|to (?:make|paint|draw|add|put))"
            + "|.{0,120}?\\b(?:i'?d|i would) (?:love|like) (?:a |an |some )?(?:reference|picture|image|pic|photo|painting|illustration)s? "
            + "(?:of|from|showing))\\s*");
    /** "…, it's for the cover of my story", "…, my son is 5", "…, reference for my D&D campaign": a remark after what to make. */
    private static final Pattern REMARK_AFTER = Pattern.compile(",\\s*(?:it'?s (?:for|going (?:on|behind|in|into|to))|it is for|"
            + "it will be|it'?ll be|this is for|(?:my|our) [a-z]+ (?:is|are|was|asked|wants|loves|likes)|(?:a )?reference for|"
            + "as (?:our|my) [a-z ]+ used to|to go (?:behind|with|on|in|under|over|next to|beside|above|below)"
            // "…, dear", "…, class": whom it is said to
            + "|(?:dear|love|darling|hun|honey|mate|buddy|pal|class|folks|guys)(?=\\s*[.!?]*$))\\b.*$");

    /** Words of praise for how the thing will look, which say nothing a model can paint. */
    private static final String PRAISE = "(?:peng|nice|cool|lovely|great|good|sick|ace|amazing|awesome|sweet|neat|fab|perfect|lit|fire|"
            + "banging|class|epic)";

    static Content read(String instruction) {
        // "forget this photo, generate a sunset", "empty layer, paint a forest": the asking starts after.
        // "Could you add a hat? A baseball cap would be fine.": a request said in several sentences, as one
        String asked = Phrasing.core(RequestInSentences.asOneSentence(Phrasing.normalise(instruction)));
        String text = STORY_THEN_NEW_IMAGE.matcher(FRESH_START.matcher(ABOUT_THE_ARTIST_FIRST.matcher(asked)
                .replaceFirst("")).replaceFirst("")).replaceFirst("");
        String afterLeadIn = LEAD_IN.matcher(text).replaceFirst("");
        // (what follows a lead-in may ask again: "… — could you paint in a natural eye")
        text = REMARK_AFTER.matcher(afterLeadIn.equals(text) ? text : Phrasing.core(afterLeadIn)).replaceFirst("");
        // "forget this one, generate a new picture of a haunted house": the clause that asks for the picture.
        Matcher clause = LATER_NEW_IMAGE.matcher(text);
        if (clause.find()) {
            text = clause.group(1) != null ? text.substring(clause.start(1)) : clause.group(2) != null ? clause.group(2)
                    : "a picture of " + clause.group(3);
        }
        // "in the little patch I've chosen, could there be a tiny mouse …": the place first, then the asking
        String afterPlace = PLACE_FIRST.matcher(text).replaceFirst("");
        // "in the selected area I want a mountain range", "… please add one rangoli design": asked again after the place
        text = afterPlace.equals(text) ? text : Phrasing.core(afterPlace);
        // "make in the selection a balcony with flowers": the asking verb, the place, then what to paint
        text = VERB_THEN_PLACE.matcher(text).replaceFirst("$1 ");
        // "make flowers grow in this selected place": what grows there is added
        text = GROWING.matcher(text).replaceFirst("add $1");
        // "could a small boat be added here", "a small brown spaniel could be painted in the area indicated"
        text = ASKED_IN_THE_PASSIVE.matcher(text).replaceFirst("add $1$2");
        Matcher doing = ASKED_AS_WHAT_IT_DOES.matcher(text);
        if (doing.lookingAt()) {
            text = "add " + doing.group(1) + " " + (doing.group(2) == null ? "" : ING.getOrDefault(doing.group(2), doing.group(2)))
                    + text.substring(doing.end());
        }
        Matcher later = LATER_PLACING.matcher(text);
        if (later.find() && !asksAtTheStart(text)) {
            text = later.group(1);
        }
        // "… to add a bird", "(would you) be able to create a picture of …": the asking verb after its infinitive's "to"
        text = text.replaceFirst("^(?:be able )?to (?=(?:add|put|paint|draw|create|generate|make|place|insert)\\b)", "");
        text = text.replaceFirst("^here[,:]? (?:please |pls |(?:there )?(?:must |should |can |could |will |shall )?(?:come|be|stand|sit|go|"
                + "hang|lie|grow|live|appear|float|fly)s? |there'?s |there is |can you |could you )?"
                + "(?=(?:i|we|put|add|place|paint|draw|a|an|some|one|two|three)\\b)", "")   // "Here put one small dog", "here please put…"
                .replaceFirst("^(i want|i need|i'd like|put|add|place|draw|paint) here (?=(?:a|an|some|one|two|three)\\b)",
                        "$1 ")   // "i want here a little cat"
                // "here I want to put mountain with snow on top": the verb the wish names
                .replaceFirst("^(?:i|we) (?:want|need|would like|'d like|wanna) to (put|add|place|paint|draw|insert|have)\\b", "$1")
                // "…, keep weapons out of frame", "…, don't show the cord": what to leave out, said as an order
                .replaceFirst("[,;]\\s*(?:and |but )?keep (?:the |any |all )?([a-z' ]+?) out of (?:the )?(?:frame|shot|picture|image|it)"
                        + "\\s*[.!]*$", ", without $1")
                .replaceFirst("[,;]\\s*(?:and |but )?(?:please )?(?:don'?t|do not) (?:show|include|want) (?:the |any )?(?=[a-z])", ", without ")
                // "Add a window. It should have four panes", "…, it should look very tasty": how it is, said as a wish
                .replaceFirst("[,.;]?\\s+(?:it|they|he|she) (?:should|must|needs to|has to|ought to) (?:have|has) ", " with ")
                .replaceFirst("[,.;]?\\s+(?:it|they|he|she) (?:should|must|needs to|has to|ought to) (?:look|be|seem)"
                        + "(?: (?:very|really|so|quite))? (?=[a-z])", ", ");
        boolean newImage = false;
        boolean placing = false;
        boolean replacing = false;
        boolean drawing = false;
        Matcher m;
        if ((m = NEW_IMAGE.matcher(text)).lookingAt()) {
            newImage = true;
            // "what would a swan latte look like in a glass mug": the question's own words go
            text = m.group().startsWith("what would") ? text.substring(m.end()).replaceFirst("\\s+look like\\b", "")
                    : text.substring(m.end());
        } else if ((m = FILLING.matcher(text)).lookingAt()) {
            placing = true;
            text = text.substring(m.end());
        } else if ((m = MAKE_SELECTED_INTO.matcher(text)).lookingAt()) {
            replacing = true;
            text = text.substring(m.end());
        } else if ((m = MADE_OF_A_BARE_THING.matcher(text)).lookingAt() && !NOT_A_THING.matcher(m.group(2)).matches()
                && !NOT_A_THING_FIRST.matcher(m.group(1)).lookingAt()) {
            replacing = true;
            text = text.substring(m.start(1));
        } else if ((m = MAKE_OBJECT.matcher(text)).matches() && !WHOLE_PICTURE.matcher(text).lookingAt()) {
            replacing = true;
            text = m.group(1) != null ? m.group(2) + " " + m.group(1) : m.group(4) + " " + m.group(3);
        } else if ((m = REPLACING.matcher(text)).lookingAt() && !WHOLE_PICTURE.matcher(text).lookingAt()) {
            replacing = true;
            Matcher object = REPLACED_OBJECT.matcher(text);
            // the noun before "with"/"for"/"into" ("the bland wall"), else the first word after "the"
            String replaced = !object.lookingAt() ? "" : object.group(1) != null ? object.group(1) : object.group(2);
            text = text.substring(m.end());
            // "replace the sign with a wooden one" → "a wooden sign"; "turn this wall into exposed brick" → "exposed brick wall"
            if (!replaced.isEmpty() && !NOT_AN_OBJECT.contains(replaced)) {
                if (text.matches("(?:a|an) .*\\bone\\b.*") || text.matches(".*\\bones\\b.*") && replaced.endsWith("s")) {
                    text = text.replaceFirst("\\bones?\\b", replaced);   // "swap her earrings for pearl ones"
                } else if (replaced.equals("sky") && SKY_OF_A_TIME.matcher(text).find()) {
                    text = text + " " + replaced;   // "swap the sky for a dramatic sunset" → "a dramatic sunset sky"
                } else if (!text.matches("(?:a|an|some|the|one|two|three|many|lots|\\d+)\\b.*")
                        && text.split(" ").length <= 3 && !text.contains(replaced) && !text.endsWith("s")) {
                    text = text + " " + replaced;
                }
            }
        } else if ((m = DRAWING.matcher(text)).lookingAt()) {
            drawing = true;
            text = text.substring(m.end());
        } else if ((m = PLACING.matcher(text)).lookingAt() || (m = THERE_BE.matcher(text)).lookingAt()) {
            placing = true;
            text = text.substring(m.end());
        } else {
            text = withoutTheAsking(text);
        }
        String negative = "";
        // "some clouds with sunset colour no actually just normal white clouds": what was said last is what is meant
        text = MIND_CHANGED.matcher(text).replaceFirst("")
                .replaceFirst("[.!?]\\s+(?:why|how come|how hard|is (?:it|this|that) (?:so|that|really) hard)\\b[a-z' ]*[?!.]*$", "");   // "…. why is this so hard", "HOW HARD IS IT": a sigh, nothing to leave out
        text = NOBODY.matcher(text).replaceFirst(", no people")   // "a moody forest clearing, nobody in it"
                // "a heron in the shallows, and please no extra legs": the politeness before what to leave out
                .replaceFirst("[,;]\\s*(?:and |but )?(?:please|pls)\\s+(?=(?:no|not|nothing|without|avoid)\\b)", ", ");
        if ((m = NEGATIVE.matcher(text)).matches() && !m.group(2).isBlank()) {
            text = m.group(1).replaceFirst("[,;]?\\s+(?:actually|and|also|but|plus)$", "");   // "…, painterly, actually no bees"
            // "no people in it, please": the people, wherever they would be
            negative = tidy(m.group(2)
                    // "No writing on it, I'll do that by hand": why, not more to leave out
                    .replaceFirst(",\\s*(?:(?:i|we)(?:'ll|'m|'d|'ve| will| am| can| do)?|as i|as we|since|because) .*$", "")
                    // "nothing too detailed because the rest is loose", "not too dark please because I'll paint from it"
                    .replaceFirst("\\s+(?:please |pls )?(?:because|since|cause|cos|as (?:i|we)(?:'ll| will)?) .*$", "")
                    .replaceFirst("\\s+(?:please|pls)$", "")
                    // "no extra legs, last time it gave the poor thing three": what happened before, no more to leave out
                    .replaceFirst(",\\s*(?:last time|the last one|it always|they always|it keeps|you always|it usually)\\b.*$", "")
                    // "no roses, the bride hates roses": whose taste, not more to leave out
                    .replaceFirst(",\\s*(?:the |my |our |his |her )?[a-z]+ (?:hates?|dislikes?|can'?t stand|doesn'?t like|don'?t like)\\b.*$", ""))
                    .replaceFirst("\\s+(?:(?:in|on) (?:it|them|there|the (?:shot|picture|image|scene|frame|photo))|anywhere|at all|"
                    + "visible)$", "")
                    .replaceAll(",?\\s+(?:no|nor|or no) (?=[a-z])", ", ");   // "no creatures no people"
            // "castle on a hill, no style this time": the conversation's style left out, not a thing in the picture
            negative = negative.matches("(?:a |any |the |special )?style(?: this time| for (?:this|that) one| just this once)?")
                    ? "" : negative.matches(NOT_TOO_MUCH) ? ""   // "not too big": a size, not a thing to leave out
                    : negative.replaceFirst("^(?:too|overly|so|very) (?=[a-z])", "");   // "not too garish": garish is left out
        }
        text = PART_OF_A_THING_SELECTED.matcher(text).replaceAll(" in the $1 ");
        text = POINTING.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").replace(" ,", ",")
                .replaceAll(",\\s*(?:please|pls|plz|if you would|if you can|kindly|sorry|dear|love|darling|class|folks|guys)\\s*,", ",")   // "a lighthouse, please, done in oils"
                .replaceAll("\\s+(?:please|pls|plz)(?=,)", "")   // "a vase with flowers please, something elegant"
                .replaceAll("\\s+po(?=\\s*$|[,.!?])", "")   // "put a parol here po": Tagalog's polite word
                .replaceAll("\\s+(?:please|pls|plz)\\s+(?=[a-z])", ", ");   // "a moon in the sky pls full moon"
        text = tidy(text).replaceFirst("\\s+(?:would|might|could|will) look(?: like)?$", "").replaceFirst("\\s+looks?(?: like)?$", "");
        // "…, so the park looks more welcoming", "… for the mockup": why it is asked, not what to paint.
        text = ASIDE_FOR.matcher(text).replaceAll("");
        text = PURPOSE.matcher(text.replaceFirst(",? so (?:that )?(?:the|it|they|he|she|we|i|people) .*$", "")
                        // "…, as there is an ugly patch of mud there at present": why, not what
                        .replaceFirst(",\\s*(?:as|because|since|cause|cos) (?:there|it|the|this|that|i|we|they|he|she)\\b.*$", ""))
                .replaceFirst("").strip();
        text = FOR_MY.matcher(text).replaceFirst("");
        // "… with analogue dials. Aspect 4:3.", "…, isometric, 1920x1080": the canvas's shape, which the canvas already has
        text = CANVAS_SHAPE_SAID.matcher(text).replaceFirst("").replaceAll("\\bphoto[- ]realistic\\b", "photorealistic");
        text = HOW_MANY.matcher(HOW_MANY.matcher(LEAD_LABEL.matcher(text).replaceFirst("")).replaceFirst("")).replaceFirst("")
                .replaceFirst("^([a-z]+) (?:options|ideas|versions|variations|concepts),?\\s+", "$1 ");
        // "a dragon but make it chubby and cute", "clouds but pink n fluffy": what it should be like, said after.
        text = text.replaceFirst("\\s+but (?:make (?:it|them|him|her) |(?:it's|its|they're) )?(?=[a-z])", ", ");
        text = text.replaceAll("\\b(?:who|that|which) (?:is|are) (?=[a-z]+ing\\b)", "");
        // "a cat reading a book i guess, kind of whimsical maybe": the hedges say nothing a model can paint
        text = HEDGES.matcher(text).replaceAll("").replaceAll("\\s+,", ",").replaceAll(",(?:\\s*,)+", ",")
                .replaceAll("\\s{2,}", " ").strip();
        text = LEADING.matcher(text).replaceFirst("");
        // "a white coffee mug. boring. perfect", "a potted plant. every office photo needs one": asides after it
        text = ASIDE_AFTER.matcher(text).replaceFirst("")
                // "a grey flat cap like he always wore", "a golden retriever like our buddy": whose it was, nothing to paint
                .replaceFirst(",?\\s+like (?:(?:he|she|they|we|i|you) (?:always |usually |once |used to )?(?:wore|wears|wear|had|has|"
                        + "have|used|owned|drove|did)\\b.*|(?:our|my|his|her|their) [a-z]+)$", "");
        // "fairy lights strung across here would be well peng", "graffiti on that wall, make it look sick": praise in advance
        text = text.replaceFirst(",?\\s+(?:would|will|should|'d|'ll) (?:be|look) (?:well |really |so |very |super |proper |dead )?"
                        + PRAISE + "$", "")
                .replaceFirst(",\\s*make (?:it|them|him|her) look " + PRAISE + "$", "")
                // "a cat, just a cat", "the sun back, just a sun": the thing said again, only it
                .replaceFirst("^(?:(?:a|an|the) )?([a-z]+)(?: back)?, just (?:a |an |the )?\\1$", "a $1");
        // "a balloon, a blue one" → "a blue balloon"; "a little dog of color brown" → "a little brown dog"
        text = WHICH_ONE_AFTER.matcher(text).replaceFirst("$2");
        // "a hat on him, like a wide brim straw hat", "flowers here, wildflowers": the thing said again, more exactly
        Matcher again = SAID_AGAIN_EXACTLY.matcher(text);
        if (again.matches() && again.group(3).endsWith(again.group(1)) && moreExactly(again.group(2), again.group(1))) {
            text = again.group(2);
        }
        for (int said = 0; said < 2 && ONE_SAID_AFTER.matcher(text).matches(); said++) {
            text = ONE_SAID_AFTER.matcher(text).replaceFirst("$1$4 $2$3$5");
        }
        text = OF_COLOUR.matcher(text).replaceFirst("$1$3 $2").replaceAll("(?<=[a-z]) n (?=[a-z])", " and ");   // "sparkles n stars"
        // "put one small dog", "a nice plant": one is a; "nice" says nothing a model can paint
        text = text.replaceFirst("^one (?!(?:on|in|at|of|more|here|there|by|for|to|over|under|with)\\b)(?=[a-z]+ [a-z])", "a ")
                .replaceFirst("^(a |an |some )?nice ", "$1")
                // "some tire smoke", "some kind of lantern": "some" says no more than "a" does, which a prompt leaves out
                .replaceFirst("^some (?:kind|sort|type) of ", "").replaceFirst("^some (?=[a-z]{3,})", "");
        if (placing) {
            // "add a cute hat to the cat" (not "a window with a view to the mountains": where the view goes)
            text = text.replaceFirst("(?<!\\b(?:next|close|up|on|view|views|way|path|road|door|gate|stairs|steps|bridge|route))"
                    + "\\s+to (?:the|her|his|my|their|its) [a-z]+$", "");
        }
        // "make a dreamy pic of a castle at sunset", "a banner image of a chestnut horse": the picture's look, then what it shows
        Matcher framed = A_PICTURE_OF.matcher(text);
        if (framed.lookingAt()) {
            String look = framed.group(2).matches(PICTURES_USE) ? "" : framed.group(2) + " ";
            text = (framed.group(3) != null ? framed.group(3) + " " : "") + look + text.substring(framed.end());
        }
        return new Content(asTyped(tidy(withoutTalk(text)), instruction), asTyped(negative, instruction), placing, newImage, drawing,
                replacing);
    }

    /**
     * "our dog as a superhero", "my cottage garden, foxgloves": whose the thing asked for is, which no model knows; a plural
     * loses the word, one thing gets "a". (Whose a place or a body part is, later in the words, stays: "around my face".)
     */
    private static final Pattern WHOSE = Pattern.compile("^(?:my|our)\\s+(?!own\\b)([a-z][a-z'-]*)");

    /**
     * Words no model paints, wherever they are left: "please" ("sakura petals drifting pls~"), "selected" before what it
     * points at ("line the selected sidewalk"), and whose the thing is ("our dog as a superhero" → "a dog as a superhero").
     */
    private static String withoutTalk(String text) {
        String said = text.replaceAll("[,;]?\\s*\\b(?:please|pls|plz)\\b[~!]*", "")
                .replaceAll(",\\s*(?:the )?selected (?:one|strip|bit|area|part|spot)$", "")
                .replaceAll("\\bselected (?=[a-z])", "");
        return WHOSE.matcher(said).replaceAll(m -> {
            String word = m.group(1);
            boolean plural = word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("'s");
            return plural ? word : ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
        });
    }

    /** The words as the artist typed them, capitals included ("a neon sign that says OPEN"), where they can be found. */
    private static String asTyped(String words, String instruction) {
        if (!instruction.matches("(?s).*\\p{Ll}.*")) {
            return words;   // "PUT A BIRTHDAY HAT ON THE CAT": typed in capitals throughout, the case says nothing
        }
        int at = instruction.toLowerCase(java.util.Locale.ROOT).indexOf(words);
        return words.isEmpty() || at < 0 ? words : instruction.substring(at, at + words.length());
    }

    private static String tidy(String text) {
        // "some clouds? fluffy ones": a question mark inside the description only separates its parts
        String tidied = TRAILING.matcher(text.strip().replaceAll("\\s*[?!]+\\s+(?=[a-z])", ", ")).replaceAll("");
        return tidied.replaceAll("^[\\s,;:]+", "").strip();
    }
}
