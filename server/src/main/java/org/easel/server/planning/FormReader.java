package org.easel.server.planning;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.easel.server.planning.semantic.Intent;

/**
 * Instructions whose form settles what they ask, whatever the sentence resembles: "remove …",
 * "undo the extra sky", "show me #2", "from now on …", "another one, in crayon", "zoom out",
 * "make it 16:9", "crop to 16:9", "rotate 90° clockwise", "flip it", "upscale 2x", "generate …", "add … / put …",
 * "replace … with …", other program operations (refused)
 * and questions that ask for nothing. Read before the sentence embedding, which decides the rest.
 */
final class FormReader {

    /** "save this vibe for the next ones", "lock the style: gouache", "lock this in": a look kept, not a file or a layer. */
    private static final String A_LOOK_KEPT = "(?! (?:this|that|the current|the|my|our) (?:style|look|vibe|aesthetic|feel)\\b)"
            + "(?! (?:this|that|it|the current)(?: [a-z]+){0,2} in\\b)"
            // "save this as the look going forward"
            + "(?! (?:this|that|it)(?: one)? as (?:the|my|our|a) (?:[a-z]+ )?(?:look|style|default)\\b)";
    /** "save the file", not "save this style", which keeps the style. */
    private static final String SAVING_A_FILE = "save" + A_LOOK_KEPT;
    /** Operations of the painting program itself, which Easel leaves to it. */
    private static final Pattern APP_OPERATION = Pattern.compile("(?!.*\\b(?:colou?rs?|hues?|tones?)\\b)"
            + "(?:(?:flip|rotate|mirror|turn) (?:it |this |the (?:image |picture |layer |canvas )?)?(?:horizontally|"
            + "vertically|upside down|left|right|90|180|clockwise|counter-?clockwise|sideways)|(?:flip|mirror) "
            + "(?:it|this|the (?:image|picture|layer|canvas|selection))$|(?:crop|resize|rescale|scale) (?:it|this|"
            + "the|to|image|layer|canvas|selection|down|\\d)|(?:" + SAVING_A_FILE + "|export|import|open(?! (?:the |those |these )?(?:dark|shadow|black))|close|quit(?! (?:a little|a bit|some|the red[- ]?eyes?) | (?:this|that|the|these|those) [a-z' -]+ (?:of|from) | (?:the |this |that )?style)|exit|print|rename|"
            + "duplicate|merge|flatten(?! (?:the |those |these )?(?:tone |tonal )?(?:curve|tones|contrast|colou?rs|values|look|lighting))"
            + "(?! (?:it|this) (?:a (?:bit|little|touch|tad)|slightly|some|out)\\b)"
            + "|group|ungroup|lock" + A_LOOK_KEPT + "|unlock|hide|select|deselect|send|email|share|upload|post) "
            + "(?:it|this|the|a|an|my|all|"
            + "image|layer|layers|file|document|canvas|selection|gimp|krita)(?! up\\b)(?!.*\\b(?:up|side)\\b))\\b|"
            + "(?:add|make|create|new|delete|remove|duplicate|merge) (?:a |an |the |this )?(?:new )?(?:empty |blank )?"
            + "(?:layer|document|file)\\b(?! of\\b)|(?:open|close) (?:a |the )?(?:new )?(?:tab|window)\\b|"   // "a layer of snow" is snow
            + "(?:change|edit|fix|update|make) (?:the )?(?:font|typeface|text|lettering)\\b");
    /** Lettering, which a painting program's text tool does well and a diffusion model badly. */
    private static final Pattern TYPOGRAPHY = Pattern.compile("^(?:write|type|letter|label|stencil|inscribe|engrave)\\b|^sign (?:it|this|my|the|in)\\b|"
            // "number the panels 1 to 6", "fill this box with the blurb from the back cover"
            + "^number (?:the|each|all|every)\\b|\\bblurb\\b|"
            // "letters that spell MURDER", "make the clouds spell out HELP", "a price label that says £8.99"
            + "\\b(?:letters|clouds|stars|lights|words|that|which|to) spell(?:s|ing)?(?: out)?\\b|\\bspell(?:s|ing|ed)? out\\b|"

            // (an empty one is only a shape: "an empty speech bubble in this spot")
            + "(?<!\\b(?:empty|blank|an empty|a blank) )\\b(?:speech|thought) bubble\\b(?! (?:with nothing|left empty|without (?:any )?(?:text|words)))|\\b(?:saying|that says|which says|reading) \"|"
            // "brand name in serif caps under the logo"
            + "\\b(?:in|with) (?:serif|sans[- ]serif|bold|block|capital|all) (?:caps|capitals|letters)\\b|"
            + "^(?:add|put|place|insert|stick|slap|pop|write)\\b[^\"]*\"[^\"]{2,}\"|"
            // "put 'Kaelthas the Unbroken' on a banner": words in single quotes (not "the dog's hat on the man's head",
            // nor one scare-quoted word: "a 'lucky' horseshoe")
            + "^(?:add|put|place|insert|stick|slap|pop|write)\\b.*(?<=\\s)'[a-z][^' ]* [^']+'(?=\\s|$|[,.!?])|\\b(?:as|in|with|using) (?:a |an |"
            + "some |nice |the )?(?:[a-z]+ ){0,2}(?:text|font|typeface|lettering|letters|caption|typography)\\b|"
            + "^(?:add|put|place|insert|include|stick|slap|pop)\\b.*\\b(?:caption|subtitle|headline|typography|text layer|"
            + "title text|logo text|watermark text)\\b|^(?:add|put|place|insert|pop|stick|slap|include) (?:the |my |our "
            + "|a |some )?(?:[a-z']+ ){0,2}(?:text|title|name|names|date(?! palms?)|words|slogan|tagline|address|phone number|quote|(?<!\\b(?:from|of|in|as in) )numbers?|verse|"
            + "initials|barcode|isbn|opening hours|price label|price tag|"
            + "poem|lyrics|motto|greeting|score|scores|price|prices|hashtag|handle|url|website|"
            + "logo|watermark|signature|copyright|"
            // ("a number of birds" is no lettering; "the date of the service" is)
            + "dialogue|dialog|speech)\\b(?:(?<=\\b(?:date|name|names|title|address))|(?! of (?:birds|trees|people|the [a-z]+)))"
            // "carve the name John Hughes into the stone"
            + "|^(?:carve|etch|chisel|paint|print) (?:the |my |our |a |his |her |their )?(?:[a-z']+ )?(?:name|names|initials|date|words|"
            + "text|letters)\\b");
    /** "colorize this black and white picture": the words name black and white, but ask for colour. */
    private static final Pattern COLOURISE = Pattern.compile("(?:colou?ri[sz]e|add (?:some |the )?colou?rs? to|put (?:some |the )?"
            + "colou?rs? (?:in|into|back into|back in)) (?:it|this|the|my)\\b");
    /** "add the tagline "save more" across the top", "a speech bubble saying "hi!"": the words themselves, quoted. */
    private static final Pattern QUOTED_WORDS = Pattern.compile("\"[^\"]{2,}\"");
    /** "put IRON RIDERS MC 2024 on the banner": three words or numbers in capitals in a sentence that has small letters. */
    private static final Pattern WORDS_IN_CAPITALS = Pattern.compile("(?=.*\\p{Ll})\\b[A-Z0-9][A-Z0-9&'.-]+(?: [A-Z0-9][A-Z0-9&'.-]+){2,}\\b");
    /** Words put somewhere: how lettering is asked for. */
    private static final Pattern CAPITALS_PUT_ON = Pattern.compile("(?:put|add|place|write|stick|slap|pop|paint|print)\\b");
    /** "add SALE 50% OFF in big red letters": lettering, whatever the percent sign suggests. */
    private static final Pattern LETTERS = Pattern.compile("\\b(?:letters|lettering|font|typeface)\\b");
    /** Asking for words in so many words: "write SALE 50% OFF across the top" names a side, but it is lettering. */
    private static final Pattern WRITING = Pattern.compile("(?:write|type|letter|label)\\b");
    /** Moving pictures and batches: outside what one edit of one image is. */
    private static final Pattern NOT_ONE_STILL_IMAGE = Pattern.compile("\\b(?:gif|animat(?:e|ion|ing)|"
            // "make it look like a still from an animated movie": a look, not an animation
            + "animated(?! (?:movies?|films?|cartoons?|features?|series|shows?|style|look)\\b)|"
            + "(?:turn|make|convert) (?:it|this|that) into an? (?:tiktok|reel|youtube short|short|clip|slideshow)|"
            // "I need it 16:9 for the read-along video", "like a pixar movie scene", "it is blurry because it is from video":
            // a purpose, a look or where the picture came from, still one image
            + "(?<!\\b(?:for|like|from) .{0,40})(?<!\\bfrom )(?:video(?! games?)|movie)(?! (?:scene|still|"
            + "poster|look|style|frame|shot|set))|"
            // "make the neon sign flicker in a loop", "make the birds in the sky fly, like moving", "a slideshow", "a 3D model"
            + "(?:in|on) a loop|like (?:it'?s |they'?re |they are |it is )?moving|(?:make|create|build|do|turn [a-z ]{1,30} into) (?:a |an )?slide ?show|"
            + "3d (?:model|print|mesh|object)|"
            // "keyframe a slow push-in on this", "a dolly zoom", "a ken burns pan": camera moves over time
            + "^keyframe (?:a|an|the|it|this|that|some)\\b|\\b(?:slow |quick )?(?:push-?in|dolly (?:zoom|in|out)|ken burns)\\b|"
            + "live photo|cinemagraph|make (?:it|them|this) move|make (?:her|him|it|them|the [a-z]+) (?:walk|move|dance|run|blink|talk|wave|flicker|twinkle|flash|spin|sway|flap)(?=\\?|$|,| like\\b)|slide ?show (?:of|from|out of|with)\\b|(?:render|make|create|do|give me|animate) (?:me |us )?(?:a |an |the )?"
            + "(?:short |quick )?(?:time-?lapse|camera (?:move|movement)|fly-?through)|"
            // "make the little boy wave his hand, like a short film": moving, as a film moves
            + "make (?:her|him|it|them|the [a-z ]{1,30}) (?:walk|move|dance|run|blink|talk|wave)\\b.{0,30}\\blike an? (?:short )?(?:film|"
            + "movie|video|clip|animation|cartoon)|"
            + "frame by frame|(?:appear|draw itself|paint itself|build up) one by one|stack (?:these|the|my|all)(?: \\d+)? (?:subs|frames|exposures|images|photos|shots|lights))\\b|^batch\\b|\\b(?:all|every|each) (?:\\d+ )?(?:of (?:the|my) )?"
            + "(?:photos|images|pictures|files|thumbs|thumbnails|shots) (?:from|in|of)\\b(?! (?:now|here|this point|then)\\b)"
            + "(?![^,.;]*\\b(?:style|manner|look|aesthetic)\\b)");
    /** "add a strip at the top for the title": room made for lettering, which is an extension. */
    private static final Pattern ROOM = Pattern.compile("\\b(?:room|space|margin|border|strip|bar|band|padding|area|headroom)\\b");
    /** "convert the inks to vector paths", "vectorise the logo": vector work, not a picture. */
    private static final Pattern VECTOR_WORK = Pattern.compile("\\bvectori[sz](?:e|ed|ing|ation)\\b|\\bvector paths?\\b|"
            // "convert to vector for the t-shirt print", "please convert into vector, I need it for logo" (not "as a vector-style
            // illustration", a look)
            + "\\bbezier\\b|\\b(?:convert|turn|trace|make|export|change|transform|save)\\b.*\\b(?:to|into|in|as) (?:an? )?vectors?\\b"
            + "(?![ -](?:illustration|style|styled|look|aesthetic|drawing|painting)\\b)|"
            + "\\btrace\\b.*\\binto (?:vector )?paths\\b|\\bcutting files?\\b|\\b(?:vector|cad) (?:dxf|dwg|svg|eps|files?|format|"
            + "version|drawing)\\b|\\b(?:dxf|dwg|eps)\\b|\\bas an? (?:svg |eps )?vector\\b"
            // "can you make a vector from this, for the cutting plotter?"
            + "|\\b(?:make|create|get|do) (?:me )?an? vectors? (?:from|of|out of|version of) (?:this|it|that|the [a-z]+)\\b"
            + "|^(?:make|turn) (?:it|this|the (?:logo|image|picture|drawing)) (?:into )?(?:an? )?vector(?: (?:file|graphic|image|version))?[.!]*$"
            + "|\\b(?:cutting plotter|vinyl cutter|cricut|plotter cutter)\\b");
    /** Files and sending them: "export as layered psd", "convert this to a pdf", "send it by email". */
    private static final Pattern FILE_OPERATION = Pattern.compile("\\b(?:pdf|psd|jpe?g|png|tiff?|webp|svg|xcf|kra|cmyk|icc|"
            + "dpi)s?\\b|"
            + "^(?:export|print|email|e-mail|upload|send|share|post|tweet|" + SAVING_A_FILE + ")\\b|\\bby (?:e-?mail|post|text message)\\b|"
            + "^open [a-z0-9_-]+\\.[a-z0-9]{2,4}\\b|\\.(?:cr2|cr3|nef|arw|dng|raw|heic|gif|bmp)\\b"
            // "whatsapp this to my brother", "airdrop it to my phone"
            + "|^(?:whatsapp|airdrop|dm|fax|forward|mail|message|text) (?:it|this|that|them|the (?:picture|image|photo|pic|file))\\b"
            + "|\\b(?:on|via|by|over) (?:whatsapp|airdrop|messenger|dm)\\b"
            // "add crop marks for the cover printer", "make me a link I can send the couple"
            + "|\\b(?:crop|print|registration|trim) marks\\b|\\bmake (?:me |us )?a (?:link|url|qr code)\\b");
    /** A file that came from someone, told of: "need this upscaled, client sent a tiny jpg again". */
    private static final Pattern A_FILE_TOLD_OF = Pattern.compile("\\b(?:sent|gave|got|received|emailed|came (?:as|in)|shot (?:it )?in)\\b"
            + "[^,.;]{0,30}?\\b(?:pdf|psd|jpe?g|png|tiff?|webp|heic)s?\\b");
    /** A file format named as a look: "so it looks like a cursed 2007 jpeg", "add jpeg artifacts". */
    private static final Pattern FORMAT_AS_A_LOOK = Pattern.compile("\\blike (?:a |an |the )?(?:[a-z0-9]+ ){0,3}(?:jpe?g|png|gif)s?\\b"
            + "|\\b(?:jpe?g|png) (?:artifacts?|artefacts?|compression|look|style|quality)\\b");
    /** "switch GIMP to the dark theme", "change the keyboard shortcuts": the painting program's own settings. */
    private static final Pattern PROGRAM_SETTINGS = Pattern.compile("\\b(?:(?:default |ruler |measurement )?units? to (?:mm|millimet(?:er|re)s?|"
            + "cm|centimet(?:er|re)s?|inch(?:es)?|pixels?|px|points?|picas?)\\b|(?:(?:turn|switch|toggle) (?:on|off)|enable|disable|switch to|change to|use) (?:the )?(?:dark|light|night) (?:mode|theme)\\b(?! "
            + "(?:look|style|version|variant|mockup|preview|vibe|feel|aesthetic|colou?rs?|palette|overlay)\\b)"
            + "|(?:dark|light|night) (?:mode|theme) (?:for|in|on) (?:the |my )?(?:app|gimp|krita|program|ui|interface|editor|easel)\\b|preferences|hotkeys?|(?:keyboard |brush |tool )?shortcuts?|toolbars?|tool options|"
            + "brush (?:presets?|settings|engines?|smoothing|stabili[sz]er|dynamics|size)|"
            // "make the eraser bigger", "make the colour picker remember this red", "turn on the grid", "reset my workspace, the
            // dockers are all over the place", "make this photo my desktop background", "embed the colour profile when you export"
            + "(?:make|set|change|resize|reset) (?:the |my )?(?:eraser|colou?r picker)\\b|\\b(?:dockers?|(?:reset|restore|save|load|switch|change) (?:the |my |this )?workspace)\\b|(?:turn on|show|enable|hide|turn off) (?:the )?(?:grid|guides|rulers)\\b|"
            + "(?:make|set) (?:it|this|the (?:photo|picture|image)|this (?:photo|picture|image))(?: as)? (?:my |the )?desktop "
            + "(?:background|wallpaper)|colou?r profile|"
            // "transcribe the handwriting", "describe what's in this picture", "plate solve this", "give me the RGB values"
            + "^(?:transcribe|describe|identify|plate[- ]solve|caption)\\b|\\b(?:rgb|hex|cmyk) (?:values?|codes?)|\\bpantone\\b|"
            // "make the GIMP brush behave more like a real watercolour brush": the program's tools
            + "(?:gimp|krita|photoshop)(?:'s)? (?:brush|brushes|tools?|pencil|eraser|smudge tool)\\b|"
            // "feather the selection by 10 pixels", "make the selection a perfect circle": the program's selection tools
            + "(?:feather|grow|shrink|expand|contract|invert|smooth) the selection\\b|make the selection (?:a |an )?(?:perfect )?"
            + "(?:circle|square|rectangle|ellipse|oval|bigger|smaller|larger)\\b|"
            + "(?:gimp|krita|the (?:app|program|editor))(?:'s)? (?:(?:dark|light) )?(?:settings|language|layout|workspace|window|theme|ui|"
            + "interface)|\\b(?:interface|ui|menu|menus|app|program|display) language\\b|"
            + "auto-?save|save (?:it )?every|"
            // "turn on dark mode in the plugin", "set the document colour profile to Display P3 in settings"
            + "in (?:the |my )?(?:settings|preferences|plug-?in|options)$|(?:turn on|enable|switch (?:on|to)|activate) (?:the )?"
            + "(?:dark|light) (?:mode|theme)|(?:document|working) colou?r (?:profile|space)|"
            + "(?:switch|set|change|put) (?:gimp|krita|the (?:app|program|editor)) (?:to|into|in)\\b)");
    /** Whether the words are about the painting program's own settings ("turn on dark mode"), whatever else they name. */
    static boolean aboutTheProgram(String core) {
        return PROGRAM_SETTINGS.matcher(core).find();
    }

    /** "make a pie chart out of these numbers": a graphic drawn from data, which a model would only invent. */
    private static final Pattern DATA_GRAPHIC = Pattern.compile("\\b(?:pie|bar|line|column|flow) ?(?:chart|graph|diagram)s?\\b|"
            + "\\b(?:chart|graph|plot|table|spreadsheet|infographic)s? (?:out of|from|of|with) (?:these|the|this|my|our) "
            + "(?:numbers|data|figures|values|stats|statistics|results)\\b");
    /** Requests for words, not pictures: "write me a poem", "tell me a joke". */
    private static final Pattern CHAT_REQUEST = Pattern.compile("how (?:do|would|can) (?:you|i|we) say\\b|"
            // "does this look good enough to sell??": an opinion asked for, which Easel cannot give
            + "(?:does|do|is|are|would|will) (?:this|it|that|these|the (?:picture|image|photo|pic|drawing|painting))(?: one)? "
            + "(?:look|looks|seem|seems|(?:look|seem) (?:good|ok|okay|fine|nice|right|ready|professional)|good|ok|okay|fine|"
            + "nice|ready|professional) (?:good|ok|okay|fine|nice|right|ready|professional|enough|alright)\\b"
            // "can you do my homework for photography theory class": school work, no picture
            + "|\\b(?:do|write|finish|answer) (?:my|our|the) (?:homework|assignment|essay|coursework|exam|quiz|test)\\b"
            // "come up with names for my kingdoms", "tell me which colour is lucky"
            + "|come up with (?:a |some )?(?:names?|titles?|captions?|slogans?|taglines?|ideas for (?:a )?(?:name|title))\\b"
            + "|tell me (?:which|what|who|why|how|where|when|if|whether)\\b|explain [a-z' ]+ to (?:me|us)\\b"
            // "When was this photo taken, roughly?", "who is the man on the left?": facts about the picture's world
            + "|(?:when|who|what year|how old)\\b[^.!]*\\?"
            // "what time is golden hour in June", "is it better to sharpen before or after upscaling?", "teach me to paint clouds"
            + "|what (?:time|year|day|date)\\b|is it (?:better|best|worth it|worth|normal|ok|okay|safe|bad) to\\b|(?:can you )?teach me\\b"
            + "|(?:good (?:morning|afternoon|evening|night)|hello|hi there|hey there)[!.]*$"
            + "|(?:write|sing|tell|say|explain|translate|calculate|"
            + "compute|summari[sz]e|read|spell|count) (?:me |us )?(?:a |an |the |what |how |about |something|this|"
            + "that|it|my|text|words)"
            // "book the theater for saturday 8pm", "Log this image in the collections database", "order me a new brush set":
            // errands in the world, no picture
            + "|(?:book|reserve|order|buy|purchase|schedule|log|register|catalogue|catalog|archive|call|phone|ring) (?:me |us )?"
            + "(?:a |an |the |this |it |my |our |that )(?:[a-z]+ )*?(?:table|tickets?|theat(?:er|re)|cinema|flight|hotel|room|taxi|cab|"
            + "appointment|meeting|image|picture|photo|database|records?|brush(?:es)?|set|paints?|supplies|brother|sister|mum|mom|"
            + "dad|friend|client|boss|patients?|customers?|sessions?|slots?|lessons?|consultations?|check-?ups?|visits?|shifts?)\\b"
            // "fastest route to the airport from here?", "directions to the gallery": a way through the world
            + "|\\b(?:fastest|quickest|shortest|best) (?:route|way|road) (?:to|from)\\b|\\bdirections (?:to|from)\\b"
            + "|\\bhow (?:do|can|should) (?:i|we) get (?:to|from)\\b"
            // "book the hall for Sunday class", "reserve a spot for me": whatever is booked, it is booked in the world
            + "|(?:book|reserve) (?:me |us )?(?:a |an |the |our |my )[a-z]+(?: [a-z]+)? (?:for|at|on)\\b"
            // "remind me to do vitals at 4", "play the rehearsal track from the top", "send the poster to the mailing list"
            + "|^remind (?:me|us)\\b|\\bset (?:a |an |the )?(?:reminder|alarm|timer)\\b|^play (?:the|a|some|my|our) (?:[a-z]+ )?(?:track|song|"
            + "music|playlist|video|album|tune|recording)\\b|\\bsend (?:the|this|it|that|a|my) (?:[a-z]+ )?(?:to (?:the|my|our|a) [a-z ]*"
            + "(?:list|group|client|boss|team|printer)|by (?:e-?mail|post|whatsapp|text))\\b"
            // "order 5 kg butter from the supplier", "order me more eva foam", "book me into the 7pm class"
            + "|^(?:order|buy|purchase) (?:me |us )?(?:more |some |a new |new |another |\\d+ ?(?:kg|g|lbs?|kilos?|boxes|packs?|rolls?|"
            + "bags?|litres?|liters?|m)?\\b)|^book (?:me|us|him|her|them|the [a-z]+) (?:in|into|on)\\b"
            // "measure the area of the lawn in m2": a measurement, no picture
            + "|(?:measure|weigh|calculate|work out) (?:the |how )?(?:area|size|length|height|width|distance|perimeter|volume|"
            + "weight|tall|long|wide|big|heavy)\\b"
            // "make me a coffee": a drink or a meal, made in the world
            + "|(?:make|get|bring|fetch|pour|brew|cook) (?:me|us) (?:a |an |some )?(?:cup of |mug of )?(?:coffee|tea|cuppa|latte|"
            + "espresso|cappuccino|drink|sandwich|toast|breakfast|lunch|dinner|snack|beer|cocktail)(?: please)?[.!]*$"
            // "order more argon gas for me", "buy some new brushes": supplies, bought in the world
            + "|(?:order|reorder|buy|purchase) (?:me |us )?(?:more|some|new|extra|another)\\b"
            // "add the sound of birds to it": sound, which a still picture has none of
            + "|(?:add|put|play|include) (?:the |some |a |an )?(?:sound|sounds|music|audio|soundtrack|song|voice-?over|narration)"
            + "(?: of| to| track| in)\\b");
    /** "undo the extra sky", "revert that last bit": the last change, however it is named. */
    private static final Pattern UNDOING = Pattern.compile("(?:undo|take back|roll back|scrap)\\b|(?:we |you )?"
            + "take (?:that|the|this) (?:last )?(?:step|change|edit|one) back\\b|(?:revert|go back|return|roll back) to "
            + "(?:the state |how it was |the way it was |the version |the image |the picture )?(?:prior to|before) the "
            + "(?:last|latest|most recent|previous) (?:operation|change|edit|step|adjustment)\\b");
    /** "forget all the changes", "clear all edits", "scrap all that": every change taken back, not only the last. */
    private static final Pattern EVERY_CHANGE_OFF = Pattern.compile("^(?:forget|clear|remove|scrap|ditch|drop|lose|delete|"
            + "get rid of|throw away|bin|undo|revert|reset) (?:(?:all|every)(?: of)? (?:the |my |your |those |these )?"
            + "(?:changes|edits|adjustments|steps)|all (?:of it|that))\\b|^start (?:again )?from scratch\\b|"
            + "^(?:i want |(?:just )?give me |(?:just )?bring )?(?:my|the) (?:original|raw|untouched|unedited)(?: [a-z]+)? back\\b");
    /** "as it was when we began, before any of our fiddling": the picture before every change. */
    private static final Pattern AS_IT_WAS = Pattern.compile("\\b(?:the way|how) it (?:started|began)\\b|"
            // "can you show me the picture from before I started"
            + "\\b(?:from )?before (?:i|we) (?:started|began|did anything|changed anything|touched it)\\b|"
            // "return the photo like it was at the start"
            + "\\b(?:like|as|how) (?:it|the (?:photo|photograph|picture|image|scan|drawing|painting)) (?:was|looked) (?:at|in) "
            + "(?:the )?(?:very )?(?:start|beginning)\\b|\\bback like (?:at|in) the (?:start|beginning)\\b|"
            + "^(?:return|reset|revert|bring|put|take) (?:all|everything|it all|it|the (?:picture|image|photo)) (?:back )?to (?:the )?"
            + "(?:start|beginning)\\b|\\bwhat (?:i|we) (?:started|began) with\\b|\\b(?:my |the )?(?:untouched|unmodified|unedited|unaltered) "
            + "(?:image|photo|picture|version|one|original)\\b|\\b(?:begin|start) "
            + "(?:afresh|over)\\b|^(?:revert|undo|reset|roll back)(?: it)? (?:all|everything|all of it|the lot|all (?:the )?"
            + "(?:changes|edits))\\b|\\b(?:back to|revert to|restore) (?:the )?raw\\b|\\b(?:as|how|the way) it (?:was|looked) (?:when (?:we|i) "
            + "(?:began|started|opened it|first opened it)|at (?:the )?(?:very )?(?:start|beginning)|before (?:any|all) (?:of )?"
            + "(?:the |our |these |my )?(?:changes|edits|fiddling|editing)|(?:in|at) first|originally)"
            + "|\\bbefore (?:any|all) (?:of )?(?:the |my |our |your |these )?(?:changes?|edits?|editing|adjustments)\\b"
            + "|\\b(?:how|the way) it (?:was|looked) before (?:you|we|i) (?:started|began|touched it|did anything|changed anything)\\b"
            + "|\\b(?:how|the way|what) it (?:first|originally) (?:was|looked)\\b|"
            // "as it was to begin with", "how it first was", "the scan as it came in", "back to the regional" (autocorrected)
            + "\\b(?:as|how|the way) it (?:was|looked) to (?:begin|start) with\\b|\\b(?:as|how|the way) it (?:first )?came "
            + "(?:in|(?:out of|off|from) the (?:camera|scanner))\\b|\\bback to the regional\\b|\\b(?:photo|picture|image|version) of origin\\b"
            + "|\\bstraight[- ]out[- ]of[- ](?:the[- ])?camera (?:file|version|image|one|shot|photo|original|jpe?g)\\b|\\bthe sooc\\b"
            // "whatever, just give me the original back", "i want to see the original photo again"
            + "|\\b(?:give me|bring|get|want|need|see|show me|have) (?:back )?(?:my|the) (?:very )?original(?: (?:photo|picture|image|"
            + "scan|shot|file|version|one|state))?(?: back| again)?(?=$|[ ,.!?;])(?! (?:colou?rs?|tones?|contrast|saturation|"
            + "brightness|size|shape|ratio|proportions|look|crop|framing|sky|background|and)\\b)");
    private static final Pattern TO_THE_ORIGINAL = Pattern.compile("\\b(?:back to|return to|restore) (?:the )?"
            + "(?:original|start|beginning|untouched)\\b(?! (?:colou?rs?|tones?|contrast|saturation|brightness|size|shape|"
            + "ratio|proportions|look of|[a-z]+'s))"
            // not "very warhol, very original": the word as praise
            + "|(?<!\\b(?:so|quite|really|more|less|too|not|super|pretty) )(?<!, very )\\boriginal(?: plate| photo| image| picture| version| one)?$"
            // "actually the original was fine", "I should prefer the original photograph", "go back to the starting photo only"
            + "|\\bthe (?:original|starting|untouched|unedited) (?:photo|photograph|picture|image|one|version|scan|shot)?\\s?(?:was|is|looked) "
            + "(?:fine|better|best|good|nicer|right|perfect)\\b|\\bprefer the (?:original|untouched|unedited)\\b"
            + "|\\bback to the (?:starting|initial|first) (?:photo|photograph|picture|image|scan|shot)\\b");
    /** "actually redo it": the last change again. */
    private static final Pattern REDOING = Pattern.compile("redo(?: it| that| this| the last one)?");
    /** "perfect, do the same contrast bump again", "repeat that last edit": the last change once more. */
    private static final Pattern AGAIN_FORM = Pattern.compile("(?:do|apply|repeat|run) (?:the same|that|it|this)\\b.*\\b"
            + "(?:again|once more|one more time)\\b");
    /** "and this guy too", "same here": the last change on what is selected now. */
    private static final Pattern THIS_TOO = Pattern.compile("(?:also here\\b.*|(?:do|apply) (?:that|it|the same)(?: to| on| for) "
            + "(?:the|his|her|their) [a-z' -]{1,25}(?: too| as well| also)|(?:also|and) (?:this|that|these|those)"
            + "(?: one| ones)?(?: [a-z]+){0,3}|there's another [a-z]+(?: here| there)?|same here(?:,? (?:another|one more|the other|this) "
            + "[a-z]+(?: too)?)?|(?:and )?the [a-z]+ "
            + "with the same|(?:and |now |also )*(?:this|that|these|those|here)"
            + "(?: [a-z]+)?(?: one| ones)? (?:too|as well|also)|same (?:here|for this|with this)(?: one)?|(?:do|apply) "
            + "(?:that|it|the same|that same|the exact same)(?: thing)?(?: to| on| for| with| in)? (?:this|here|these|that)(?: other| second| next)?(?: [a-z]+)?"
            + "(?: too| as well| also)?|"
            // "here also one", "and one more over by the wall", "try again on this smaller area"
            + "(?:and )?here (?:also|too)(?: one)?|(?:and )?one more (?:here|there|over (?:here|there|by [a-z ]{1,25}))|"
            + "try (?:it |that )?again (?:on|for|with) (?:this|that|these|here)\\b(?: [a-z]+){0,3}|"
            + "(?:and |also )+(?:him|her|them|this guy|that guy|this girl|that girl)(?: too| as well)?|"
            + "same [a-z]+ (?:on|in|for|here|to) (?:this|that|these|those) [a-z]+(?: too| as well)?|"
            // "same on this panel's cape", "now apply the identical operation to this second selected area"
            + "same(?: (?!(?:style|look|vibe|feel|aesthetic|treatment|mood|palette)\\b)[a-z]+)?(?: thing| again| treatment| fix| edit| trick| effect| deal| process| adjustment| infill| fill)? (?:on|for|to|with) "
            + "(?:this|that|these|those|here|the|his|her)\\b(?! (?:left|right|top|bottom)\\b)(?: [a-z']+){0,5}|(?:do|apply|repeat) "
            + "(?:the )?(?:same|identical|exact same) (?:operation|change|edit|thing|effect|adjustment|treatment|fix|infill|fill)"
            + "(?: (?:to|on|for) (?:this|that|these|here|the)\\b(?: [a-z']+){0,4})?(?: too| as well| also)?)");
    /** Right after a change, with something new selected: "and the trash can", "also the boy on the end". */
    private static final Pattern AND_THE_NEXT = Pattern.compile("(?:(?:ooh|oh|ok|okay|yes|great|nice|perfect)[,!]* )?"
            + "(?:(?:and|also|plus|now|then) )+(?:the|that|this|his|her|those|these) "
            + "(?!(?:left|right|top|bottom|same|one|other|first|second|last|previous)\\b)"
            + "[a-z' -]{1,40}(?:,? (?:too|as well|same thing|the same|same|please))?"
            // "now the dad, also selected", "and now the baby's eyes, circled those too"
            + "(?:,? (?:(?:i've |i )?(?:also |just )?(?:selected|circled|marked|outlined|highlighted)(?: (?:those|them|it|this|"
            + "that|him|her))?)(?: too| as well)?)?");
    /** "sky as well pls", "those cables on the right too", "the sign on the left, same deal": the same on what is selected now. */
    private static final Pattern THAT_TOO = Pattern.compile("(?:(?:and|also|plus|now|ooh|oh|ok|okay)[,!]* )*"
            + "(?!(?:a|an|some|more|make|add|put|paint|draw|turn|give|get|do|try|let|can|could|please|another|one)\\b)[a-z' -]{1,30}?"
            + "(?:[,.]? (?:too|as well|also|same deal|same thing|the same))+(?: (?:pls|please|thx|thanks))?[!.]*");
    /** "another one here", "one more over there": with a new selection, the content just made, there too. */
    private static final Pattern ANOTHER_HERE = Pattern.compile("(?:(?:and|now|ok|also) )*(?:another|one more|another one)"
            + "(?: one)? (?:here|there|over here|over there|in this (?:spot|bit|part|one)|on this (?:one|side|branch|bit))(?: too| as well)?[!.]*"
            // "put one on this leaf as well", "do another one in this corner"
            + "|(?:(?:and|now|ok|also) )*(?:put|do|add|paint|make) (?:another|one more|another one|one)(?: one)? (?:on|in|at) "
            + "(?:this|that|the other) [a-z]+(?: too| as well)?[!.]*");
    /** "other eye", "and the other side": the other of a pair, after the first one was changed. */
    private static final Pattern THE_OTHER = Pattern.compile("(?:(?:and|now|also) )?(?:the )?other (?:one|eye|side|cheek|hand|ear|"
            + "shoe|half|bit|corner|arm|leg)(?: too| as well)?(?: pls| please)?[!.]*");
    /** "and these!!", "and here, maybe a bit smaller": pointing at the new selection. */
    private static final Pattern AND_HERE = Pattern.compile("(?:and|also|plus|ooh|now) (?:here|there|these|this|that|those|this one)"
            + "(?:[,!.]+.*)?");
    /** "put the flowers from turn 1 onto this", "redo the darkening from #2 here": an earlier change applied again. */
    private static final Pattern REAPPLYING_AGAIN = Pattern.compile("\\b(?:redo|re-?apply|repeat|do|apply|use|put)\\b.*"
            + "\\b(?:on this|on it|here|to this|on the current|to the current|as well|too)\\b");
    private static final Pattern REAPPLYING = Pattern.compile("\\b(?:apply|re-?apply|redo|repeat|reuse|re-?use|copy|"
            + "put|do|same|use)\\b.*\\b(?:from|in|of|as in|like in|like) (?:#|turn|step|edit|image|result|number|no\\.?)"
            + "|\\b(?:from|in|of) (?:#|turn|step|edit|number) ?\\d+\\b.*\\b(?:here|this|current|now|again|too|onto|to)\\b");
    /** "show me …", "bring back …", "go back to …": an earlier result, when a reference follows. */
    private static final Pattern SHOWING = Pattern.compile("(?:show(?: me)?|bring back|bring up|go back to|back to|reset|flip back to|"
            + "take me back to|get me back to|"
            + "switch (?:back )?to|revert to|return to|use|take|i prefer|i liked?|let me see|can i see|display|restore|"
            + "give me back|give me)\\b");
    /** Asked as a removal in so many words: "remove the bird", "get rid of the wires", "as if the sign was never there". */
    /**
     * "take the price sticker off the drawer": with it selected, it goes; with nothing selected, "take the sunglasses off
     * her face" is a change of the picture (her eyes are painted), not a removal.
     */
    static final Pattern TAKEN_OFF = Pattern.compile("^take (?:the|that|this|those|these|it|them)\\b(?: [a-z'-]+){0,3} off "
            + "(?:the|his|her|their|my|its|of)\\b");
    /** "kill this speech balloon", "cancel the car": a removal, unless what is killed is an adjustment ("kill the vibrance"). */
    private static final Pattern DISMISSING = Pattern.compile("^(?:kill|cancel|axe|bin|scrap|strike) (?:this|that|these|those|the) ");
    private static final Pattern REMOVING = Pattern.compile("^(?:"
            // "get that logo off the t-shirt"
            + "get (?:the|that|this|those|these|it|them)\\b(?: [a-z'-]+){0,3} off (?:the|his|her|their|my|its|of)\\b|"
            // "wipe the old tattoo off this hand", "scrub that graffiti off the wall"
            + "(?:wipe|scrub|rub|clean|brush|erase|clear) (?:the|that|this|those|these|it|them|his|her|their)\\b(?: [a-z'-]+){0,3} off "
            + "(?:the|his|her|their|my|its|of|this|that)\\b|"
            + "remove|erase|efface|expunge|excise|obliterate|delete|get rid of|get shot of|take out|take away|retouch out|nix|clean off|scrub off|wipe off|"
            + "clean up|clean away|clean out|heal|zap|nuke|ditch|lose|eliminate|wipe out|paint out|edit out|cut out|yeet|spirit away|"
            + "mop up|scrub out|clone out|clone (?:it|this|that|them) out)\\b|\\b(?:outta here|out of here|be gone|begone|"
            + "mop (?:it|this|that) up|take (?:them|it|those|these|that|this) (?:off|out|away)|"
            // "the napkin, don't want it": a thing named, then not wanted
            + "^(?:the|that|this|those|these) [a-z' -]{2,30}[,.;!]+\\s*(?:i )?(?:don'?t|do not|dont) (?:want|need) (?:it|them|that|this)[.!]*$|"
            // "there's a car parked in front of the church, can it be removed"
            + "(?:can|could) (?:it|this|that|they|these|those|the [a-z]+) be (?:removed|erased|deleted|taken out)|"
            // "the orange date stamp from the camera, bottom right. I would like it gone."
            + "(?:i(?:'d| would) like|i want|i need|i'd love) (?:it|them|that|this|those) gone|^(?:it|them|that|this|those) gone$|"
            // "I would like the price tag removed from the object"
            + "^(?!.*\\b(?:red[- ]?eyes?|noise|grain|cast|tint)\\b)(?:(?:i(?:'d| would) like|i want|i need|i'd love|(?:can|could) "
            + "(?:i|we) have) )?(?:the|that|this|those|these|his|her|their|my) [a-z' -]{1,40}? (?:removed|erased|deleted|taken out|wiped (?:out|off)|gone)(?=$|[,.!?]| (?:from|out of|off|please|pls)\\b)|"
            // "take dad's hand out, he was holding the head"
            + "^take [a-z]+'s (?:[a-z'-]+ ){1,2}(?:out|away)(?=$|[,.]| please| of)|"
            // "the chair is ugly, quit it", "the dog hair on the couch, get it out"
            + "quit (?:it|this|that|them)$|get (?:it|this|that|them) out(?: of (?:here|there|the (?:shot|picture|photo|pic|image|frame)))?$|"
            + "patch(?:ed)? (?:it )?over "
            + "with|make (?:it|this|them|that|this part|this bit) (?:disappear|vanish|go away))\\b|"
            + "\\b(?:don't|do not|dont) (?:want|need|like) (?:the|that|this|those|these|any) .+ (?:in|there|here|in it)\\b|"
            + "\\b(?:was|were|is|are|had) never (?:there|here|in (?:it|the picture|the shot))\\b|"
            + "\\b(?:wasn't|weren't) (?:ever )?there\\b|"
            // "the water bottle shouldnt be there", "that chair doesn't belong in the shot"
            + "^(?:the|this|that|these|those) [a-z' -]{1,30}? " + SemanticReadings.NOT_MEANT_TO_BE_THERE + "|"
            // "perhaps this bird could go, it's distracting" (not "the sky could go darker")
            + "^(?:(?:maybe|perhaps|i think) )?(?:this|that|the|these|those) [a-z' -]{1,30}? (?:could|can|should|may|might) go"
            + "(?=$|[,.!?;]| (?:please|pls|now|too|as well|i think)\\b)|^yeet\\b|"
            // "no more chalk marks here pls": gone from there
            + SemanticReadings.NO_THING_THERE + "(?: please| pls)?(?:$|, (?:just|only) )|\\b(?:can|could|may) (?:it|this|that|they|these|those) (?:go|be gone)$|\\b(?:has|have|needs?|need) to go\\b(?! (?:further|farther|up|down|left|right|higher|lower|wider|taller|more|on|out)\\b)|\\bbye(?:[ -]bye)?\\b|"
            // "make this car disappear"
            + "\\b(?:make|let|have) (?:it|this|that|them|(?:the|this|that|these|those) [a-z' -]+?) (?:disappear|vanish|go away)\\b|"
            // (not "zoom out and fill in what's around it": the picture continued)
            + "(?<!\\b(?:zoom|pan) out\\b.{0,40})\\bwhat(?:ever)?'?s? (?:is )?(?:around|round|surrounding|next to) it\\b|\\bpatch(?:ed)? (?:it )?over\\b"
            // "get the dj's laptop out of the shot", "take the speech bubble out", "…, lose it", "out."
            + "|^(?:get|take) (?:the|that|this|those|these|his|her|their|my) (?!(?:colou?rs?|saturation|noise|grain|red|cast|"
            + "haze|blue|green|yellow|orange|pink|magenta|purple|teal|cyan|contrast|tint)\\b)[a-z' -]+ (?:out|off)(?: of (?:the |this |my )?(?:shot|"
            + "picture|photo|image|frame|way|scene|pic))?\\b|\\b(?:lose|ditch|kill|nuke|zap) (?:it|this|that|them)$|^out$"
            // VFX words: "clean plate this area", "wire removal on the selected region"
            + "|^clean[- ]plate\\b|^(?!.*\\b(?:red[- ]?eye|noise|grain|cast)\\b)(?:[a-z]+ ){1,2}removal\\b");
    /** "what would this look like at night?": a change asked as a question. */
    private static final Pattern WHAT_IF = Pattern.compile("what would (?:it|this|that|the (?:image|picture|scene|photo))"
            + " look like (?:at|in|as|with|during|if)\\b"
            // "what if it was winter?", "what if the kids were in outer space instead of the park"
            + "|what if (?:it|this|that|the [a-z]+(?: [a-z]+)?) (?:was|were|is|had)\\b");
    /** A reference on its own: "previous", "the first one", "last version". */
    private static final Pattern JUST_A_REFERENCE = Pattern.compile("(?:the )?(?:previous|prior|earlier|last|latest|"
            + "first|original|one before)(?: one| version| image| result| take| pic)?(?: again)?");
    /** "stained glass version of this": this picture in another look. */
    private static final Pattern VERSION_OF_THIS = Pattern.compile("(?:a |an )?([a-z](?:(?! for (?:the|a|an|my|our|his|her|their)\\b)"
            // ("black and white for the photocopy version": the version it is for, not a look)
            + "[a-z' -])+?) (?:version|take|"
            + "rendition|interpretation|remake)(?: of (?:this|it|that|the (?:image|picture|photo|painting))\\b.*|[,.!]?$|"
            + "(?: please)?,.*)");
    /** "now the same on the right", "and the top": another side, right after an extension. */
    private static final Pattern SAME_ON_A_SIDE = Pattern.compile("(?:(?:and|now|also|then|ok) )*(?:the same |same |"
            + "do the same |that )?(?:on |to |for |at )?(?:the )?(left|right|top|bottom)(?: side| edge)?(?: too| as well| also)?"
            // "and at the top also a little bit"
            + "(?: (?:a little bit|a little|a bit|a touch|slightly|some))?(?: too| as well| also)?"
            // "the left side, same amount"
            + "(?:,? (?:(?:the )?same (?:amount|size|width|again)|as much))?");
    /** "300px", "20 %": an extension's amount, as it was asked. */
    private static final Pattern AN_AMOUNT = Pattern.compile("\\b\\d{1,5} ?(?:px|pixels?|%|percent)(?!\\w)");
    /** "as an oil painting", "in the style of a woodcut": this picture in that look. */
    private static final Pattern AS_A_LOOK = Pattern.compile("(?:as|in the style of|in the manner of) (?:a |an )?(.+?)"
            + "(?: style| look| version)?(?: instead| please)?");
    /** An effect where the content would be: "a vignette …", "some saturation", "a bit of blur". */
    private static final Pattern EFFECT_FIRST = Pattern.compile("(?:(?:a|an|some|more|less|extra|the|a bit of|a touch of|a little|"
            + "smidge|smidgen|tad|touch|hair|notch|lot|bit more|bit less|"
            + "a slight|a strong|a subtle|a heavy|a soft|a gentle|slight|strong|subtle|heavy|soft|gentle|bit)\\s+)*"
            + "(?:vignette|blur|saturation|contrast|sepia|warmth|sharpness|sharpening|grain|punch|pop|colou?r|brightness|"
            + "clarity|vibrance|exposure|local contrast|shadows|highlights|s[- ]?curve|tone curve|noise reduction|"
            + "white balance|bokeh)\\b");
    /** Effects no one paints as content: "give the extended version a light vignette". */
    private static final Pattern ONLY_AN_EFFECT = Pattern.compile("\\b(?:vignette|sepia|saturation|contrast|"
            + "posteri[sz]e|posteri[sz]ation|s[- ]?curve|tone curve|clarity|vibrance|exposure|white balance|denoise|"
            + "noise reduction|hue shift|hues?|auto (?:levels|contrast|white balance)|(?:magenta|green) tint|shift the hue)\\b");
    /** "a tall ship under sail in sepia ink", "a sepia pen sketch of a fox": the medium a thing is drawn in, no effect. */
    private static final Pattern DRAWN_IN_SEPIA = Pattern.compile("^(?!(?:a |an |some |the )?(?:bit |touch |little |hint )?"
            + "(?:of )?sepia\\b).*\\b(?:(?:in|with) sepia (?:ink|pen)|(?:drawn|painted|sketched|inked|done) in sepia|sepia (?:ink|pen|"
            + "drawing|sketch|illustration|etching))\\b");
    /** The strip a selection covers after an extension: "fill the new strip with …", "in the new top area". */
    private static final Pattern NEW_AREA = Pattern.compile("\\b(?:new|empty|blank|added|extended) (?:[a-z]+ )?"
            + "(?:area|strip|part|space|bit|section|edge|region)\\b|^fill\\b");

    /** "nope", "lol no", "ugh no": the last change was not it. */
    private static final Pattern NO = Pattern.compile("(?:(?:lol|ugh|hmm+|nah|no|nope|oh)[,!.]* )*(?:no+|nope|nah|"
            + "nuh uh|no no)[!.]*");
    /** "the blur from the second step", "like step 2", "from the first edit": a change made in an earlier turn. */
    private static final Pattern FROM_A_TURN = Pattern.compile("\\b(?:from|in|of|(?<!\\b(?:i|we|you|still|really|also|just) )like|as in) "
            + "(?:the )?(?:very )?(?:(?:first|second|"
            + "third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)?) (?:edit|step|turn|one|change|"
            + "pass)|(?:step|turn|edit|#|number) ?\\d+)\\b");
    /** "again but monet", "again in crayon": another take in that style. */
    private static final Pattern AGAIN_IN_A_STYLE = Pattern.compile("(?:(?:do|try|make|draw|paint|render) (?:it|that|this|one) )?"
            + "(?:again|once more|one more time),? (?:but |in |as |like )|"
            // "redo that but as a pencil sketch"
            + "(?:redo|remake|re-?render|re-?draw) (?:it|that|this|the (?:picture|image|one))(?: again)?,? (?:but )?(?:as|in|like) |"
            // "can I have the same again but as a pencil drawing?"
            + "(?:(?:(?:can|could|may) (?:i|we) )?(?:have|get|see) |give me )?(?:the )?same(?: thing| again| one)?,? but (?:as|in|like) ");
    /** "now one as a charcoal drawing", "nah try one in blackwork": right after generated content, another take in that look. */
    private static final Pattern ONE_IN_A_STYLE = Pattern.compile("(?:(?:now|nah|ok|okay|and|then|maybe|hmm),? )*"
            + "(?:(?:try|do|make|give me|let's see|show me|let's try) )?(?:one|a version) (?:as|in|like) (?:a |an )?[a-z]"
            // "try it as a comic illustration" right after a picture was made: another take of it in that look
            + "|(?:(?:now|nah|ok|okay|and|then|maybe|hmm),? )*(?:try|redo|do) (?:it|that|this) (?:as|in) (?:a |an )?[a-z]");
    /** "show me how it was in the first step": the result then, to look at, not its change done again. */
    static final Pattern HOW_IT_WAS = Pattern.compile("\\b(?:show|see|let me see)(?: me)? (?:how|what) it (?:was|looked|"
            + "used to look)\\b");
    /** "the picture from step 3": that result, not its change. */
    private static final Pattern RESULT_FROM_A_TURN = Pattern.compile("\\b(?:picture|image|result|version|one|pic) "
            + "(?:from|of|in) (?:the )?(?:step|turn|edit|#|number|first|second|third|fourth|fifth)");
    /** "different camels", "try another reflection", "a few more takes" right after generated content. */
    private static final Pattern DIFFERENT_TAKE = Pattern.compile("(?:(?:try|give me|show me|do|let's see) )?(?:a |some )?"
            + "(?:different|another|other) [a-z]+(?: style)?|(?:give me |show me )?(?:a few|some|a couple(?: of)?|more|two|"
            + "three)(?: more)? (?:takes|versions|variations|options|alternatives|variants)\\b.*");

    private FormReader() {
    }

    /**
     * "turn it to fall", "switch it to spring", "make it night": the picture there shown at another season or time, an edit
     * of the whole picture by a model, whichever intent the sentence's meaning sits nearest ("turn it" is near a rotation).
     */
    private static Optional<Understanding> seasonChanged(String instruction, InstructionContext context) {
        return !context.blankLayer() && SemanticReadings.changesTheSeason(instruction)
                ? SemanticReadings.instructionEdit(instruction) : Optional.empty();
    }

    /**
     * "give me a red cape instead of the black jacket", "make me float above the ground": with nothing selected on a
     * picture, a thing in it swapped for another, or someone in it made to do something, an edit of the whole picture.
     */
    private static final Pattern CHANGED_IN_THE_PICTURE = Pattern.compile("\\b(?:instead of|in place of|rather than) (?:the|his|her|"
            + "their|my|its|that|this|those|these) [a-z]+"
            + "|^make (?:me|him|her|them|us|everyone|everybody) (?!(?:a|an|some|the|one|two|three|another|more|less|look|looks|seem|"
            + "appear|feel|pop|stand|[a-z]+er)\\b)[a-z]+ (?:[a-z]+ )?(?:above|over|under|into|in|on|at|with|through|across|around|up|down|away)\\b");

    /**
     * "turn this photo into a comic panel w/ inks and flat colours": the picture made another kind of picture, however many
     * of the words name an effect ("flat colours"); not "turn it into black and white", which one effect is.
     */
    private static final Pattern MADE_ANOTHER_KIND = Pattern.compile("^(?:turn|convert|transform|change|make) (?:it|this|that|"
            + "(?:the|this|my) (?:photo|picture|image|shot|pic|photograph)) (?:in)?to (?:a|an) (?!(?:black and white|b&w|bw|sepia|"
            + "negative|grayscale|greyscale|monochrome|silhouette|gr[ae]y ?scale)\\b)[a-z]+");

    /**
     * "what if all the flowers in the field were sunflowers", "what would the facade look like in red brick", "show the vase as
     * it might have appeared before the fire damage": the picture there imagined otherwise, asked as a question.
     */
    private static final Pattern IMAGINED_OTHERWISE = Pattern.compile("^what if (?:the|all the|his|her|their|this|that|it|everything|"
            + "everyone)\\b|^what would (?:the|this|his|her|their|it|that) (?:[a-z']+ ){0,4}?look like (?:in|with|as|if|without|at)\\b"
            + "|^show (?:the|this|my|our|his|her|their) (?:[a-z']+ ){1,4}?as (?:it|they|she|he) (?:might|would|could|may) have (?:appeared|"
            + "looked|been)\\b");

    private static Optional<Understanding> changedInThePicture(String core, String instruction, InstructionContext context) {
        if (context.blankLayer() || context.hasSelection()) {
            return Optional.empty();
        }
        if (IMAGINED_OTHERWISE.matcher(core).lookingAt()) {
            String asked = core.replaceFirst("[?.!]+$", "");
            return Optional.of(new Understanding.NeedsModel(SynthesisRequest.Capability.INSTRUCTION_EDIT, asked,
                    SynthesisRequest.negative(asked)));
        }
        return CHANGED_IN_THE_PICTURE.matcher(core).find() && !AdjustmentReader.namesAnEffect(instruction)
                || MADE_ANOTHER_KIND.matcher(core).lookingAt() ? SemanticReadings.instructionEdit(instruction) : Optional.empty();
    }

    /** A description that starts with no word pointing at something already there. */
    private static final Pattern A_NEW_THING = Pattern.compile("^(?!(?:the|this|that|these|those|his|her|their|its|it'?s|my|our|"
            + "your|it|there|here|what|why|how|no|not|too|so|very|more|less|much)\\b)[a-z]");

    /**
     * "smiling lady dentist holding the little mirror tool", "tube of toothpaste squeezing out a stripe": with a selection, a
     * new thing described in three words or more — none pointing at what is there, no complaint, no effect — whose painting
     * there the meaning offered first is painted there, not asked about.
     */
    static Optional<Understanding> describedForTheSelection(Understanding understood, String instruction, InstructionContext context) {
        String core = Phrasing.core(instruction);
        if (!(understood instanceof Understanding.Clarify asked) || asked.readings().isEmpty()
                || !asked.readings().get(0).startsWith("paint ") || !asked.readings().get(0).endsWith(" into the selection")
                || !context.hasSelection() || core.split(" ").length < 3 || !A_NEW_THING.matcher(core).lookingAt()
                || !SemanticReadings.isDescription(core) || REMOVING.matcher(core).find() || adjustmentSaysIt(instruction)
                || !SemanticReadings.describesContent(ContentReader.read(instruction).prompt())) {
            return Optional.empty();
        }
        return SemanticReadings.content(instruction, context);
    }

    /**
     * Whether an adjustment says what the words ask: read with at most one word to spare, or named or complained of
     * where none is read. "denim, dark wash, no rips", "soft warm candlelight glow, no people" leave too many things
     * unread for their colours and tones to be the request.
     */
    private static boolean adjustmentSaysIt(String instruction) {
        Optional<AdjustmentReader.Reading> read = AdjustmentReader.read(instruction);
        return read.isPresent() ? read.get().leftover().size() < 2
                : AdjustmentReader.namesAnEffect(instruction) || AdjustmentReader.complains(instruction);
    }

    /** The reading the instruction's form settles, or empty when the meaning has to decide. */
    static Optional<Understanding> read(String instruction, InstructionContext context) {
        String core = Phrasing.core(instruction);
        return CanvasOperationReader.read(core, instruction, context)
                .or(() -> BorderReader.read(instruction, context))
                .or(() -> UpscaleReader.read(core, context))
                // "i need it 1920 wide, fill the extra on the right": not an upscale once the rest names a side to grow
                .or(() -> ExtensionReader.growsOnASide(instruction) ? Optional.empty()
                        : UpscaleReader.read(CanvasOperationReader.withoutExplanation(core), context)
                                .or(() -> UpscaleReader.read(CanvasOperationReader.request(core), context)))
                .map(reading -> reading == UpscaleReader.BIGGER_HOW ? CanvasCues.biggerInPixels(instruction, context).orElse(reading)
                        : reading)
                .or(() -> enlargedForPrint(core, instruction, context))
                .or(() -> notForEasel(core, instruction))
                .or(() -> followUp(core, instruction, context))
                .or(() -> styleInForceEnded(instruction, context))
                .or(() -> styleSwitched(core, instruction, context))
                .or(() -> removal(core, instruction, context))
                .or(() -> recoloured(instruction, context))
                .or(() -> seasonChanged(instruction, context))
                .or(() -> changedInThePicture(core, instruction, context))
                .or(() -> look(core, instruction, context))
                .or(() -> extension(core, instruction, context))
                .or(() -> question(core, instruction))
                .or(() -> content(core, instruction, context));
    }

    /**
     * "need this bigger for print, 300 dpi on A5 cards", "I want to print this big, can it be made larger without going
     * fuzzy": the picture enlarged for printing, which the printing or the dpi alone would refuse as a file operation.
     */
    private static Optional<Understanding> enlargedForPrint(String core, String instruction, InstructionContext context) {
        if (!PRINTING.matcher(core).find() || !BIGGER_WORD.matcher(core).find() || SemanticReadings.QUESTION.matcher(core).lookingAt()
                || CANVAS_GROWN.matcher(core).find() || ExtensionReader.growsOnASide(instruction)) {
            return Optional.empty();
        }
        return CanvasCues.upscale(instruction, context).filter(Understanding.Planned.class::isInstance);
    }

    /** "no text", "no words inside", "blank", "nothing written on it": the thing is wanted without lettering. */
    private static final Pattern NOTHING_WRITTEN = Pattern.compile("\\b(?:no|without|without any|zero|not any) (?:text|words|"
            + "writing|letters|lettering)\\b|\\b(?:empty|blank)\\b(?! (?:text|caption|title|words|lettering|headline|subtitle)\\b)"
            + "|\\bnothing (?:written|inside|in it|on it)\\b");

    /**
     * "put an empty speech balloon here, no text", "a price tag hanging from the bouquet, blank": a thing that could carry
     * words, asked for with none, which is a shape to paint, not lettering (unless words are quoted or in capitals).
     */
    private static boolean nothingWrittenOnIt(String core, String instruction) {
        return NOTHING_WRITTEN.matcher(core).find() && !QUOTED_WORDS.matcher(core).find()
                && !WORDS_IN_CAPITALS.matcher(instruction).find();
    }

    /** "make the text easier to read, sharpen it maybe?": an adjustment asked in a clause of its own, after the wish. */
    private static boolean anAdjustmentAskedAfter(String core) {
        String[] clauses = core.split("\\s*[,;]\\s*");
        for (int i = 1; i < clauses.length; i++) {
            String clause = clauses[i].replaceAll("[?!.]+$", "");
            if (SemanticReadings.startsWithVerb(clause) && AdjustmentReader.read(clause).filter(r -> r.leftover().isEmpty()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Program operations ("flip it horizontally", "save the file") and requests for words ("write me a poem"). */
    private static Optional<Understanding> notForEasel(String core, String instruction) {
        if (APP_OPERATION.matcher(core).lookingAt() && !anAdjustmentAskedAfter(core)) {
            return refused(instruction, "that is one for your painting program's own tools");
        }
        String withoutTheStory = A_FILE_TOLD_OF.matcher(core).replaceAll(" ");   // "client sent a tiny jpg again"
        if (FILE_OPERATION.matcher(withoutTheStory).find() && !REMOVING.matcher(core).find() && !FORMAT_AS_A_LOOK.matcher(core).find()) {
            return refused(instruction, "files, printing and sending are for your painting program");
        }
        if (VECTOR_WORK.matcher(core).find()) {
            return refused(instruction, "Easel paints pixels; tracing into vector paths is for a vector program such as "
                    + "Inkscape");
        }
        // "letter the balloons: "we have to go, now!"": what the quoted words say is no request
        String unquoted = QUOTED_WORDS.matcher(core).replaceAll("\"\"");
        // "too contrasty here, it's fighting with where the text will go": a complaint, with the lettering only its reason
        if ((TYPOGRAPHY.matcher(core).find() || CAPITALS_PUT_ON.matcher(core).lookingAt() && WORDS_IN_CAPITALS.matcher(instruction).find())
                && !REMOVING.matcher(unquoted).find() && !nothingWrittenOnIt(core, instruction)
                // (the quoted words no complaint either: "write "ART IS DEAD" in blood red letters")
                && !(AdjustmentReader.complains(unquoted) && AdjustmentReader.read(unquoted).isPresent())
                && (WRITING.matcher(core).lookingAt() || LETTERS.matcher(core).find() || QUOTED_WORDS.matcher(core).find()
                        || !ExtensionReader.namesGrowing(instruction) || !ROOM.matcher(core).find())) {
            return refused(instruction, "Easel paints pictures, not lettering: your painting program's text tool sets "
                    + "text exactly");
        }
        // (not "from now on please all pictures in watercolour": every later picture in a style)
        if (NOT_ONE_STILL_IMAGE.matcher(core).find() && !StyleReader.lasting(instruction)) {
            return refused(instruction, "Easel edits one still image at a time");
        }
        if (PROGRAM_SETTINGS.matcher(core).find()) {
            return refused(instruction, "the painting program's settings are changed in its own preferences");
        }
        if (DATA_GRAPHIC.matcher(core).find()) {
            return refused(instruction, "charts and diagrams from data are for a spreadsheet or a drawing program's "
                    + "own tools");
        }
        if (CHAT_REQUEST.matcher(core).lookingAt()) {
            return Optional.of(Understanding.Refused.cannotDo(instruction));
        }
        return Optional.empty();
    }

    private static Optional<Understanding> refused(String instruction, String why) {
        return Optional.of(new Understanding.Refused(new UnsupportedInstructionException(instruction, why).getMessage()));
    }

    /** "undo the extra sky", "actually redo it", "and this guy too", "redo step 1 on this", "show me #2", "previous". */
    private static Optional<Understanding> followUp(String core, String instruction, InstructionContext context) {
        if (asksForANewPicture(instruction)) {
            return Optional.empty();   // "start over with a brand new image: a snowy mountain cabin": that picture, made
        }
        Optional<Integer> turn = ReferenceReader.turnNumber(instruction);
        if (context.hasSelection() && context.lastChange().filter(kind -> kind == InstructionContext.ChangeKind.GENERATED)
                .isPresent() && ANOTHER_HERE.matcher(core).matches()) {
            return Optional.of(SemanticReadings.again(context));   // "another one here": the same content, in the new place
        }
        if (context.lastChange().filter(kind -> kind == InstructionContext.ChangeKind.GENERATED).isPresent()
                && (StyleReader.VARIATION_CUE.matcher(core).lookingAt() || AGAIN_IN_A_STYLE.matcher(core).lookingAt())
                && turn.isEmpty()) {
            // "can i see one in charcoal", "same lighthouse but as an art nouveau poster", "do it again but in watercolour":
            // another take of what was made
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Variation(SemanticReadings.variationStyle(instruction))));
        }
        if (NO.matcher(Phrasing.normalise(instruction)).matches()) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Undo()));   // "nope", "lol no"
        }
        if (STILL_TOO_MUCH.matcher(core).matches() && !context.lastAdjustments().isEmpty()
                && context.lastAdjustments().stream().allMatch(adjustment -> adjustment.amount() < 0)) {
            // "too saturated" → less saturation, then "still too much": the reduction was not enough, so more of it
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Rescale(EVEN_MORE)));
        }
        if (moreOfWhatWasAsked(core, context)) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Rescale(EVEN_MORE)));   // "even mistier"
        }
        if ((AS_IT_WAS.matcher(core).find() || TO_THE_ORIGINAL.matcher(core).find() || EVERY_CHANGE_OFF.matcher(core).find())
                && turn.isEmpty()) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Original()));
        }
        if (TOO_MUCH_AND_WHY.matcher(core).matches() && turn.isEmpty() && context.lastChange().isPresent()) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Rescale(0.5)));   // "too much now, her dress is glowing"
        }
        if (BACK_TO_BEFORE.matcher(core).find() && turn.isEmpty() && context.lastChange().isPresent()) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Undo()));   // "no, was better before"
        }
        if (UNDOING.matcher(core).lookingAt() && turn.isEmpty()) {
            // "scrap all that, back to the original": everything, not only the last change.
            return Optional.of(new Understanding.FollowingUp(TO_THE_ORIGINAL.matcher(core).find()
                    ? new FollowUp.Original() : new FollowUp.Undo()));
        }
        if (context.hasSelection() && context.lastChange().isPresent() && turn.isEmpty() && sameOnTheNewSelection(instruction, context)) {
            return Optional.of(SemanticReadings.again(context));   // "and the trash can", "and the little boy on the end"
        }
        if (REDOING.matcher(core).matches() || AGAIN_FORM.matcher(core).find() && turn.isEmpty()
                || THIS_TOO.matcher(core).matches() || THIS_TOO.matcher(Phrasing.normalise(instruction)).matches()) {
            return Optional.of(SemanticReadings.again(context));
        }
        if (turn.isPresent() && (REAPPLYING.matcher(core).find() || REAPPLYING_AGAIN.matcher(core).find()
                || FROM_A_TURN.matcher(core).find()) && !RESULT_FROM_A_TURN.matcher(core).find()
                && !HOW_IT_WAS.matcher(core).find()) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Reapply(turn.get())));
        }
        if (SHOWING.matcher(core).lookingAt() || SHOWING.matcher(Phrasing.normalise(instruction)).lookingAt()
                || JUST_A_REFERENCE.matcher(core).matches() || RESULT_FROM_A_TURN.matcher(core).find()
                || HOW_IT_WAS.matcher(core).find()) {
            if (StyleReader.read(instruction).orElse(null) instanceof StyleReader.Keep) {
                return Optional.empty();   // "use the current look as the house style": kept for later, not shown
            }
            return ReferenceReader.read(instruction).map(Understanding.FollowingUp::new);
        }
        return Optional.empty();
    }

    /** "oops too much now, her dress is glowing lol": the last change overdone, and what shows it. */
    private static final Pattern TOO_MUCH_AND_WHY = Pattern.compile("(?:(?:oops|whoa|woah|ok|okay|hmm|oh|ah|eh|ugh|yikes|no) )?"
            + "(?:(?:that's|that is|it's|its|thats|it is|way|much|far|a bit|a little|now) )*too (?:much|strong|far)(?: now)?[,.;!]+ "
            + "(?!.*\\b(?:undo|go back|instead|revert|remove|but|add|make it|more)\\b).+");

    /**
     * "back to before", "please return to before", "no, was better before": the picture as it was before the last change,
     * which undoing it gives ("the one before" names a picture instead, and is shown).
     */
    private static final Pattern BACK_TO_BEFORE = Pattern.compile("(?:^|[,.;!] )(?:(?:please|pls|just|ok|okay|no|nah) )*(?:"
            + "(?:(?:go|get|take (?:me|it)|bring it|put it) )?back to (?:how it was )?before|return(?: it)? to (?:how it was )?before|"
            + "(?:it )?was (?:much |way |a lot |so )?better before)(?: (?:please|pls|thanks))?[.!]*$");

    /** "even mistier", "still foggier", "even more dreamy": a quality the last request named, asked for further. */
    private static final Pattern EVEN_MORE_OF_A_QUALITY = Pattern.compile("(?:even|still|yet) (?:more )?([a-z]{4,})[!.]*"
            // "SCARIER" after "make a scary haunted house": the quality asked for, further
            + "|(?:(?:make it|a bit|a little|much|way|even) )*([a-z]{3,}(?:ier|er))[!.]*");
    private static final double EVEN_MORE = 1.5;
    /** "still too much", "it's still too strong": said of what the last change took away. */
    private static final Pattern STILL_TOO_MUCH = Pattern.compile("(?:(?:it'?s|its|it is|that'?s|thats|that is) )?still (?:way |far |a bit |"
            + "a little |slightly )?(?:too much|too strong|too intense|too heavy|overdone)[!.]*");

    /** Whether "even {quality}" asks further of what the last change's own words asked ("… in heavy morning mist"). */
    private static boolean moreOfWhatWasAsked(String core, InstructionContext context) {
        Matcher quality = EVEN_MORE_OF_A_QUALITY.matcher(core);
        if (!quality.matches() || context.changes().isEmpty()
                || quality.group(1) == null && AdjustmentReader.namesAnEffect(core)) {
            return false;   // "darker" after "a dark forest" is an adjustment
        }
        String stem = (quality.group(1) != null ? quality.group(1) : quality.group(2)).replaceFirst("(?:ier|er|y)$", "").replaceFirst("([b-df-hj-np-tv-z])\\1$", "$1");
        String asked = Phrasing.normalise(context.changes().get(context.changes().size() - 1).instruction());
        return stem.length() >= 3 && Pattern.compile("\\b" + Pattern.quote(stem)).matcher(asked).find();
    }

    /** "ok bye claymation, normal again": the style in force named on its way out. */
    private static final Pattern FAREWELL = Pattern.compile("\\b(?:bye(?: bye)?|goodbye|farewell|so long|adios|ciao|basta|"
            + "enough)\\b");

    /** "ok stop with the vaporwave", "ditch the watercolor thing": ending the style in force, named. */
    private static Optional<Understanding> styleInForceEnded(String instruction, InstructionContext context) {
        Optional<String> style = context.style();
        if (style.isEmpty() || !(StyleReader.read(instruction).orElse(null) instanceof StyleReader.Clear)
                && !FAREWELL.matcher(Phrasing.core(instruction)).find()) {
            return Optional.empty();
        }
        if (StyleReader.turnsAStyleOff(instruction)) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.ClearStyle()));   // "turn the noir thing off"
        }
        String words = Phrasing.core(instruction).replace("colour", "color");
        String named = style.get().toLowerCase(java.util.Locale.ROOT).replace("colour", "color");
        return words.contains(named) || java.util.Arrays.stream(named.split("[ -]+")).anyMatch(w -> w.length() >= 4
                && words.matches("(?s).*\\b" + Pattern.quote(w) + "\\b.*"))
                ? Optional.of(new Understanding.FollowingUp(new FollowUp.ClearStyle())) : Optional.empty();
    }

    /** "switch it to ink and wash", "ok im bored of watercolor, switch to crayon drawing": another style for the one in force. */
    private static final Pattern SWITCH_TO = Pattern.compile("(?:^|.*[,.;] ?)(?:switch|change|swap|move|go)(?: it| the style| everything| over| "
            + "us)*(?: over)? to (?:a |an |the )?([a-z][a-z' -]{2,40}?)(?: (?:style|look|instead|now|then|please|pls))*[.!]*$");

    /**
     * Right after a change, with something new selected: "and the trash can", "sky as well pls", "other eye", "and these!!",
     * "now same on the right side" (after an extension, that side is extended instead).
     */
    private static boolean sameOnTheNewSelection(String instruction, InstructionContext context) {
        String said = Phrasing.normalise(instruction).replaceAll("[.!?]+$", "");
        return AND_THE_NEXT.matcher(said).matches() || THE_OTHER.matcher(said).matches() || AND_HERE.matcher(said).matches()
                || THAT_TOO.matcher(said).matches() && AdjustmentReader.read(instruction).isEmpty()
                || SAME_ON_A_SIDE.matcher(said).matches() && context.lastChange().get() != InstructionContext.ChangeKind.EXTENSION;
    }

    /** "switch"/"swap", or the style named as one: "change it to night" is a change of the picture, not of the style. */
    private static final Pattern SWITCHING_STYLE = Pattern.compile("\\b(?:switch|swap|style|look)\\b");

    private static Optional<Understanding> styleSwitched(String core, String instruction, InstructionContext context) {
        Matcher m = SWITCH_TO.matcher(core);
        if (context.style().isEmpty() || !m.matches() || !SWITCHING_STYLE.matcher(core).find()
                || AdjustmentReader.read(instruction).isPresent() || ExtensionReader.namesGrowing(instruction)
                || ReferenceReader.turnNumber(instruction).isPresent()) {
            return Optional.empty();   // "switch to black and white" adjusts; "change it to night" is a model's edit
        }
        String name = StyleReader.withoutLastingWords(m.group(1));
        return name.isEmpty() || name.matches("(?:the )?(?:original|previous|last|first|before|normal|plain|default|no style|square|"
                + "portrait|landscape|widescreen|panorama|panoramic|left|right|top|bottom|middle|centre|center|\\d)\\b.*")
                ? Optional.empty()
                : Optional.of(new Understanding.FollowingUp(SemanticReadings.styleFollowUp(new StyleReader.Set(name), context)));
    }

    /** "ditch this and give me a brand new picture of a lighthouse in a storm": a new picture, described. */
    private static boolean asksForANewPicture(String instruction) {
        if (!BRAND_NEW.matcher(Phrasing.normalise(instruction)).find()) {
            return false;   // the cheap test first: reading the content is the costly part
        }
        ContentReader.Content content = ContentReader.read(instruction);
        return content.newImage() && SemanticReadings.describesContent(content.prompt());
    }

    private static final Pattern BRAND_NEW = Pattern.compile("\\b(?:brand new|new (?:picture|image|one|pic)|from scratch|start over|"
            + "start again|fresh (?:picture|image|start))\\b");

    /** "remove the bird", "get rid of the wires", "as if the sign was never there". */
    private static Optional<Understanding> removal(String core, String instruction, InstructionContext context) {
        if (asksForANewPicture(instruction)) {
            return Optional.empty();
        }
        if (RED_EYE_SAID.matcher(Phrasing.normalise(instruction)).find() && PRONOUN_REMOVED.matcher(core).matches()
                || RED_OUT_OF_THE_EYES.matcher(core).find()) {
            return SemanticReadings.adjust("remove the red eye", context);   // "the face have red eye, please remove it"
        }
        if (REMOVING_A_FLAW.matcher(core).find() || AdjustmentReader.grainIsWhatGoes(instruction)
                || CAST_THEN_TAKEN_OUT.matcher(core).find()
                // "is too much yellow in the skin, can you take out?": the complaint says what goes
                || TAKEN_OUT_WITHOUT_A_THING.matcher(core).matches() && AdjustmentReader.read(instruction).isPresent()) {
            return Optional.empty();
        }
        if (context.hasSelection() && (BLEMISH_THERE.matcher(core).find() || FLAW_REPAIRED.matcher(core).lookingAt())
                && !ContentReader.read(instruction).placing()) {
            return Optional.of(new Understanding.Planned(SynthesisReader.REMOVAL));   // the blemish said, not the removal
        }
        // "remove the style, I don't want more the watercolour": the style ends, nothing is removed from the picture
        boolean removing = REMOVING.matcher(core).find() || context.hasSelection() && TAKEN_OFF.matcher(core).find()
                || DISMISSING.matcher(core).lookingAt()
                && !AdjustmentReader.namesAnEffect(core) && !FollowUpParser.namesAChange(core)
                || THING_SAID_THEN_REMOVED.matcher(core).find() && !AdjustmentReader.namesAnEffect(core)
                // "the red is too strong, remove it" takes the change back; "the boat too big, remove it" removes the boat
                && !core.matches(".*\\btoo (?!(?:big|large|huge|small|tall|close|distracting|busy|ugly|messy)\\b).*")
                && AdjustmentReader.read(instruction).isEmpty() && !FollowUpParser.namesAChange(core);
        return removing && !StyleReader.turnsAStyleOff(instruction)
                ? SemanticReadings.remove(instruction, context) : Optional.empty();
    }

    /**
     * "there's a weird floating blob next to her ear, get rid of it": the thing said first, the removal after; and a
     * Spanish or Portuguese speaker's "quit this person of the photo", "tira this wire from the sky" (quitar, tirar).
     * Not when what was said first is an effect or a flaw: "there is noise in the sky, remove it" is a denoise.
     */
    private static final Pattern THING_SAID_THEN_REMOVED = Pattern.compile("[,.;!] (?:(?:please|pls|can you|could you|just) )?"
            + "(?:(?:get rid of|get shot of|remove|erase|delete) (?:it|this|that|them)|clean (?:it|this|that|them) (?:out|off))(?: please| pls)?$"
            + "|^(?!.*\\bstyle\\b)(?:quit|quita|tira) (?:this|that|the|these|those) [a-z' -]+ (?:of|from) (?:the |this |my )?[a-z]+\\b");

    /** "there's a green cast over the whole scan, can you take it out": the cast goes, which an adjustment does. */
    private static final Pattern CAST_THEN_TAKEN_OUT = Pattern.compile("\\b(?:(?:colou?r )?(?:cast|tint|tinge)|(?:green|blue|yellow|orange|"
            + "pink|magenta|purple|red)(?:ish)? haze)\\b.*\\b(?:take|get|"
            + "remove|clean|kill|lose|fix|correct|neutrali[sz]e) (?:it|that|this)\\b");
    /** "red eye", "eyes of my friend are red from the flash". */
    private static final Pattern RED_EYE_SAID = Pattern.compile("\\bred[- ]?eyes?\\b|\\beyes?\\b[^.;]{0,40}\\b(?:are|is|look|looks|"
            + "came out|went|turned|coming|glow(?:ing)?) (?:all |so |very |bright )?red\\b");
    /** "please remove the red from eyes", "take the red out of their eyes": red eye, said as the red that goes. */
    private static final Pattern RED_OUT_OF_THE_EYES = Pattern.compile("\\b(?:remove|take|get|fix|correct|kill)(?: out| away)? "
            + "(?:the |that |this )?red (?:out )?(?:from|out of|in|of) (?:the |his |her |their |my |its |our )?(?:[a-z]+'s )?eyes?\\b");
    private static final Pattern PRONOUN_REMOVED = Pattern.compile("(?:remove|fix|correct|get rid of|take out|take away) "
            + "(?:it|them|that|this|those|the red|that red|the redness)(?: please| pls)?[.!]*");

    /** "take out", "can you take it away": a removal that names nothing. */
    private static final Pattern TAKEN_OUT_WITHOUT_A_THING = Pattern.compile("(?:.*[,;.] )?(?:(?:can|could) you |please )?(?:take|get|pull) (?:it |that |this )?"
            + "(?:out|off|away)[?.!]*");
    /** "theres a tea stain on the sky part, I selected it", "there's a crew member in frame": what is selected should go. */
    private static final Pattern BLEMISH_THERE = Pattern.compile("\\b(?:there'?s|there is|there are|theres|it has|it's got|"
            + "has|have) (?:a |an |some |this |these |two |three |a few |little |tiny )?(?:[a-z]+ )?(?:stains?|spots?|specks?|"
            + "dust|scratch(?:es)?|smudges?|fingerprints?|thumbprints?|blemish(?:es)?|pimples?|zits?|creases?|rips?|blotch(?:es)?|"
            + "lint|stray hairs?|crew members?|boom(?: mic)?|photobombers?|wires?|cables?|cords?|power lines?)\\b");

    /** "please repair the scratches across the bottom of the photo": with them selected, the damage goes. */
    private static final Pattern FLAW_REPAIRED = Pattern.compile("(?:repair|fix|mend|retouch|heal) (?:the |this |that |these |"
            + "those |all the |some )?(?:[a-z]+ )?(?:scratch(?:es)?|stains?|specks?|dust|smudges?|tears?|rips?|creases?|cracks?|"
            + "blemish(?:es)?|fold lines?|water damage)\\b");

    /** What is removed is a flaw an adjustment fixes, not a thing: "get rid of the noise in the sky". */
    private static final Pattern REMOVING_A_FLAW = Pattern.compile("^lose the (?:hard |sharp )?edges?\\b|^(?:remove|get rid of|clean up|take out|take away|lose|kill|"
            + "eliminate) (?:the |all the |that |this |those |these |some |any )?(?:(?:scanner|sensor|digital|film|paper|iso) )?(?:noise|grains?|graininess|speckles?|speckling|red[ -]?eyes?|colou?r cast|colou?rs?|"
            + "(?:[a-z]+ ){0,3}(?:cast|tint|tinge)|haze)\\b"
            // "take away the pink", "get rid of the green from the fluorescent lights": a colour over everything, a cast
            + "|^(?:remove|get rid of|take out|take away|lose|kill|eliminate) (?:the |that |this |all the |some )?(?:yellow|orange|blue|"
            + "green|magenta|pink|purple)(?:ish)?(?: (?:colou?r|tone|hue))?(?=$|[.,!?]| (?:from|out|everywhere|all over|on everything"
            + "|please|pls)\\b)");

    /**
     * Looks: "what would this look like at night?", "stained glass version of this" (this picture),
     * "another one, in crayon" (the next take), "from now on in ink" (every later one).
     */
    private static Optional<Understanding> look(String core, String instruction, InstructionContext context) {
        if (COLOURISE.matcher(core).lookingAt()) {
            return SemanticReadings.instructionEdit(core);   // colour a model has to invent, not an adjustment
        }
        if (WHAT_IF.matcher(core).lookingAt()) {
            return SemanticReadings.instructionEdit(core.replaceFirst("^what if (.+?) (?:was|were|is) ", "make $1 ")
                    .replaceFirst("^what if (.+?) had ", "give $1 ").replaceFirst("^what (?:would|if|about)", "make"));
        }
        if (StyleReader.VARIATION_CUE.matcher(core).lookingAt() || (DIFFERENT_TAKE.matcher(core).matches()
                || AGAIN_IN_A_STYLE.matcher(core).lookingAt() || ONE_IN_A_STYLE.matcher(core).lookingAt())
                && context.lastChange().filter(kind -> kind == InstructionContext.ChangeKind.GENERATED).isPresent()) {
            return Optional.of(new Understanding.FollowingUp(new FollowUp.Variation(SemanticReadings.variationStyle(instruction))));
        }
        if (VERSION_OF_THIS.matcher(core).lookingAt() && !SemanticReadings.startsWithVerb(core)
                && AdjustmentReader.read(VERSION_OF_THIS.matcher(core).replaceFirst("$1")).filter(r -> r.leftover().isEmpty()).isPresent()) {
            return SemanticReadings.adjust(instruction, context);   // "black and grey version", "a sepia version of this"
        }
        if (VERSION_OF_THIS.matcher(core).lookingAt() && !SemanticReadings.startsWithVerb(core)) {
            return SemanticReadings.instructionEdit("make it look like " + VERSION_OF_THIS.matcher(core).replaceFirst("$1"));
        }
        if (StyleReader.lasting(instruction)) {
            return SemanticReadings.read(Intent.STYLE, instruction, context);
        }
        return Optional.empty();
    }

    /** The picture itself made bigger, which the rest of the sentence may say is in pixels. */
    private static final String ENLARGING_WORDS = "enlarg\\w*|bigger|larger|upscal\\w*|upres\\w*|up-res\\w*|blow \\w+ up|"
            + "scale \\w+ up";
    private static final Pattern MADE_BIGGER = Pattern.compile("\\b(?:" + ENLARGING_WORDS + "|upsiz\\w*|resolution|res|"
            + "big enough)\\b");
    private static final Pattern PRINTING = Pattern.compile("\\b(?:print\\w*|dpi|ppi)\\b");
    /** The picture asked bigger ("print it big" alone asks a printer; "the resolution in DPI?" asks a question). */
    private static final Pattern BIGGER_WORD = Pattern.compile("\\b(?:" + ENLARGING_WORDS + "|(?:higher|more|hi|high)[- ]?"
            + "res(?:olution)?)\\b");
    /** Words that only ever grow the canvas, never the picture's pixels. */
    private static final Pattern CANVAS_GROWN = Pattern.compile("\\b(?:extend\\w*|outpaint\\w*|widen|wider|taller|pad|padding|"
            + "canvas(?! prints?)|zoom\\w*|bleed)\\b");

    private static final Pattern PAINTED_INTO_THE_SELECTION = Pattern.compile("^(?:paint|draw|sketch|put|add|place|insert) (?:in )?"
            + "(?:a|an|some|one|two|three)\\b.*\\b(?:into|in|on|onto|inside) (?:the|this|my) (?:selected|marked|chosen|highlighted)\\b");

    /** "zoom out", "make it 16:9", "more headroom" — and "now the same on the right" right after an extension. */
    private static Optional<Understanding> extension(String core, String instruction, InstructionContext context) {
        // "abstract canvas art in neutral tones above the fireplace" with a selection: a thing to paint there, not a side
        boolean describesAThingThere = context.hasSelection() && !SemanticReadings.startsWithVerb(core)
                && SemanticReadings.describesContent(ContentReader.withoutPlace(ContentReader.read(instruction).prompt()))
                && !core.matches("(?:more|extra|some) (?:room|space|canvas|headroom|sky|floor|ground)\\b.*");
        // "Paint a centimetre scale bar into the selected margin": a thing painted into the selected part, which no side grows
        boolean paintedIntoTheSelection = context.hasSelection() && PAINTED_INTO_THE_SELECTION.matcher(core).find();
        if (ExtensionReader.namesGrowing(instruction) && !(context.hasSelection() && NEW_AREA.matcher(core).find())
                && !describesAThingThere && !paintedIntoTheSelection) {
            // "my scan is tiny — can you enlarge it without it going blurry?": more pixels, not more canvas
            Optional<Understanding> pixels = ExtensionReader.growsOnASide(instruction) || CANVAS_GROWN.matcher(core).find()
                    || !MADE_BIGGER.matcher(core).find() ? Optional.empty() : CanvasCues.biggerInPixels(instruction, context);
            return pixels.isPresent() ? pixels : SemanticReadings.extend(instruction, context);
        }
        if (context.lastChange().filter(kind -> kind == InstructionContext.ChangeKind.EXTENSION).isPresent()
                && SAME_ON_A_SIDE.matcher(core).matches()) {
            // "now the same on the right", "the left side, same amount": the last extension's amount, on that side
            String lastAsked = context.changes().isEmpty() ? ""
                    : Phrasing.normalise(context.changes().get(context.changes().size() - 1).instruction());
            Matcher amount = AN_AMOUNT.matcher(lastAsked);
            return SemanticReadings.extend("extend the canvas on the " + SAME_ON_A_SIDE.matcher(core).replaceFirst("$1")
                    + (amount.find() ? " by " + amount.group() : ""), context);
        }
        return Optional.empty();
    }

    static final String A_COLOUR = "(?:red|orange|yellow|green|blue|purple|pink|violet|black|white|gold|silver|brown|teal|"
            + "turquoise|magenta|cyan|grey|gray|beige|navy|maroon|crimson|lilac|lavender|emerald|terracotta|greige|mustard|olive|"
            + "burgundy|coral|mint|ochre|cream|ivory|tan|rust|khaki|indigo|scarlet|peach|salmon|amber|bronze|copper|"
            + "plum|mauve|taupe|aqua|blush|cobalt|sage)(?: (?:velvet|leather|linen|wood|marble|paint|finish|tones?))?";
    /** "make the car red instead of grey", "turn the tulips purple": a thing in the picture given another colour. */
    /** "dark green", "sage green", "our brand green": a colour with the word that shades it. */
    private static final String SHADED = "(?:(?:bright|dark|light|deep|pale|hot|neon|matte|soft|pastel|baby|royal|sage|cobalt|mid|medium|"
            + "blood|candy|copper|emerald|lime|forest|sky|butter|dusty|powder|dusky|muted|warm|cool|ice|icy|burnt|rich|vivid|"
            + "electric|creamy|(?:our |the |my )?(?:brand|company|house)) )?";
    private static final Pattern RECOLOURED = Pattern.compile("^(?!.*\\b(?:old[- ]timey|old[- ]fashioned|vintage|antique) brown\\b)"
            // "make the menu black and white for the print flyer": its colour taken out
            + "(?!.*(?<!\\b(?:instead of|from|not|rather than) )\\bblack and white\\b)"
            + "(?:make|turn|paint|colou?r|change|recolou?r) (?:(?:all|both) )?(?:the|his|her|"
            + "their|its|my|our) (?:(?!(?:picture|photo|image|pic|page|shot|scene|one|whole|new|colou?rs?|tones?|shadows|highlights|"
            + "skin|lighting|light|mood|everything|background|bg|more|less|much|even|slightly)\\b)[a-z'-]+ ){1,4}(?:from (?:a |an )?" + A_COLOUR + " )?(?:to |into |all )?"
            + "(?:colou?r )?"
            // "make the pool water look clean and blue"
            + "(?:(?:look|be|appear) (?:[a-z]+ (?:and|&) )?)?(?:a |an )?" + SHADED
            // "change the red door to a dark blue one", "… to teal so I can see how it would look"
            + A_COLOUR + "(?: colou?r(?:ed)?| ones?)?(?:\\s*$|,| again\\b| instead\\b| rather\\b| like\\b| with\\b| for\\b|"
            + " and (?!white\\b)| so (?:it|they|that|i|we|he|she|the)\\b| to match\\b)"
            // "make him purple": the person in the picture, not every colour of it
            + "|^(?:make|turn|paint|colou?r) (?:him|her|them) (?:(?:look|be) )?(?:all )?(?:a |an )?" + SHADED + A_COLOUR
            + "(?:\\s*$|[,.!]| (?:please|pls|instead)\\b)"
            // "swap the guy's shirt to our brand green", "swap all the pink flowers to butter yellow"
            + "|^(?:swap|switch) (?:the |his |her |their |my |our |all the )?(?:[a-z'-]+ ){1,3}(?:to|into|for) (?:a |an )?" + SHADED
            + A_COLOUR + "\\b"
            // "background from white to a dusty blue pls": the colour it is and the one it should be
            + "|^(?:(?:change|make|turn|switch|recolou?r) )?(?:the |his |her |their |my |our )?(?:[a-z'-]+ ){0,2}[a-z'-]+ from (?:a |an )?"
            + SHADED + A_COLOUR + " to (?:a |an )?" + SHADED + A_COLOUR + "\\b"
            // "could her bright orange cardigan be a soft cream colour instead"
            // "can the bridesmaid dresses be dusty blue instead of pink??", "could the flowers in the photo be pink"
            + "|^(?:could|can|may) (?:the|his|her|their|my|our) (?:[a-z'-]+ ){1,4}(?:in (?:the|this) (?:photo|picture|pic|image) )?"
            + "be (?:a |an )?" + SHADED + A_COLOUR + "(?: colou?r(?:ed)?)?(?: instead(?: of (?:a |an |the )?" + SHADED + A_COLOUR
            + ")?| please)?[?.!]*$"
            // "let the car become red color", "make the car colour become blue"
            + "|^(?:let|make|have) (?:the|his|her|their|my|our) (?:[a-z'-]+ ){1,3}(?:colou?r )?become (?:a |an )?" + SHADED
            + A_COLOUR + "\\b");
    /** "car blue", "bridesmaids dresses sage green instead of blue pls": the thing and its new colour, nothing more. */
    private static final String NOT_A_THING_NAMED = "(?!(?:more|less|too|to|bit|little|very|slightly|much|way|kinda|so|all|a|an|"
            + "make|go|turn|shadows|highlights|whites|blacks|midtones|mids|picture|photo|image|pic|whole|everything|colou?rs?|"
            + "tones?|tint|cast|it|it's|its|this|that|ew|eww|ugh|not|now|good|great|ok|okay|yes|no|black|blak|blck|b|and|n|"
            + "super|really|quite|pretty|still|just|lol|bit|abit|kind|sort|rather|overly|somewhat|grey|gray|stick|keep|use|try|"
            + "with|like|as|the|correct|fix|balance|neutrali[sz]e|adjust)\\b)";
    private static final Pattern THING_THEN_COLOUR = Pattern.compile("^(?:the |his |her |their |my |our )?" + NOT_A_THING_NAMED
            + "[a-z'-]{3,}(?: " + NOT_A_THING_NAMED + "[a-z'-]{3,})? " + SHADED
            + A_COLOUR + "(?: instead of (?:a |the )?" + SHADED + A_COLOUR + ")?(?: (?:pls|please|instead|now))?[.!]*$");
    private static final String NOT_A_THING = "(?!(?:picture|photo|image|pic|page|shot|scene|whole|colou?rs?|tones?|skin|it|"
            + "everything|this|that)\\b)";
    /** "change saree colour to green, rest same", "the cape should be red not blue": a thing's colour, said otherwise. */
    private static final Pattern THING_IN_A_COLOUR = Pattern.compile("^(?:(?:change|make|turn|set|switch) (?:the |his |her |"
            + "their |its |my |our )?(?:" + NOT_A_THING + "[a-z'-]+ ){1,3}colou?r (?:to|into|from [a-z]+ to) (?:a )?" + SHADED + A_COLOUR
            + "|(?:the |his |her |their |its |my |our )?(?:" + NOT_A_THING + "(?!(?:whites|blacks|shadows|highlights|midtones|"
            + "greys|grays|lights|darks)\\b)[a-z'-]+ ){1,3}(?:should|needs to|has to|must) be (?:a )?(?:(?:bright|dark|light|deep|pale) )?" + A_COLOUR + "(?:\\s*$|[,.;]| not\\b| instead\\b| rather\\b)"
            // "Can Pastor's tie be purple? It's for Lent"
            + "|(?:can|could) (?:the |his |her |their |its |my |our |[a-z]+'s )(?:" + NOT_A_THING + "[a-z'-]+ ){1,2}be (?:a )?"
            + "(?:(?:bright|dark|light|deep|pale) )?" + A_COLOUR + "(?:\\s*$|[,.;?!]| not\\b| instead\\b| rather\\b))");
    /** "change the colour of my car to white": a colour change that names the thing, which no hue shift makes. */
    private static final Pattern COLOUR_OF_A_THING = Pattern.compile("(?:change|make|turn|set|switch) (?:the )?colou?r of "
            + "(?:(?:the|my|his|her|their|its|our) )?" + NOT_A_THING + "(?:[a-z'-]+ ){0,2}[a-z'-]+"
            // "… of the car in the driveway to red"
            + "(?: (?:in|on|at|by|near) (?:the|my|his|her|their|our) [a-z'-]+(?: [a-z'-]+)?)? (?:to|into|in) (?:a )?" + SHADED
            + A_COLOUR + "\\b");
    /** "give her a bold red lip", "give him blue hair": someone's thing in a colour. */
    private static final Pattern GIVEN_A_COLOURED_THING = Pattern.compile("^give (?:her|him|them|everyone|the [a-z]+) (?:a |an |some )?"
            + "(?:(?:bold|bright|dark|light|deep|pale|hot|neon|soft|pastel|glossy|matte) )?" + A_COLOUR + " [a-z]+");
    /** "lawn is brown, make it green": the thing named in the story, given the colour the request asks. */
    private static final Pattern RECOLOURED_AFTER_STORY = Pattern.compile("^(?:the |my |our |his |her |their )?" + NOT_A_THING
            + "[a-z]+(?: [a-z]+){0,2} (?:is|are|was|were|looks?|went|turned|has gone) (?:all |so |too |kinda |a bit |completely )?(?:"
            + A_COLOUR + "|dead|patchy|dry)(?: (?:patches|spots|bits|areas|and [a-z]+))?(?: in (?:this|the) (?:pic|picture|photo|image|shot))?"
            + "[,.;]? (?:so )?(?:please |pls |can you |could you )?"
            + "(?:make|turn|paint|colou?r) (?:it|them) (?:(?:look|be) )?(?:(?:nice|lush|healthy|bright|really|all|fresh) (?:and )?)*"
            + "(?:more )?" + A_COLOUR + "(?:er)?\\b");

    /**
     * A thing's colour changed with nothing selected is a model's edit of the picture: a hue shift or a tint would
     * change every colour of it ("make the sky purple" would turn the grass purple too).
     */
    private static Optional<Understanding> recoloured(String instruction, InstructionContext context) {
        return recolours(instruction, context) ? SemanticReadings.instructionEdit(Phrasing.normalise(instruction))
                : Optional.empty();
    }

    /** Whether the words give a thing in the picture another colour, with nothing selected. */
    static boolean recolours(String instruction, InstructionContext context) {
        if (context.hasSelection() || context.blankLayer()) {
            return false;
        }
        String core = Phrasing.core(instruction);
        // "please remove pink": a colour taken out of everything is a cast, not a thing recoloured
        return !REMOVING_A_FLAW.matcher(core).find()
                && (RECOLOURED.matcher(core).lookingAt() || COLOUR_OF_A_THING.matcher(core).lookingAt()
                || THING_IN_A_COLOUR.matcher(core).lookingAt() && !AdjustmentReader.namesAnEffect(instruction)
                || RECOLOURED_AFTER_STORY.matcher(Phrasing.normalise(instruction)).lookingAt()
                || THING_THEN_COLOUR.matcher(core).matches() || GIVEN_A_COLOURED_THING.matcher(core).lookingAt());
    }

    /** A question that asks for nothing Easel does ("how did you do that?"), as opposed to "why is it so dark?". */
    private static Optional<Understanding> question(String core, String instruction) {
        if (SemanticReadings.QUESTION.matcher(core).lookingAt() && !WHAT_IF.matcher(core).lookingAt()
                && !SemanticReadings.ASKING_FOR_A_CHANGE.matcher(core).lookingAt()
                // "what would a kraken attacking a lighthouse look like?", "what I'm after here is an apple tree in blossom"
                && !ContentReader.read(instruction).newImage() && !core.matches("what (?:i'?m|i am|we'?re) (?:after|looking for)\\b.*")
                && AdjustmentReader.read(instruction).isEmpty() && ReferenceReader.read(instruction).isEmpty()) {
            return Optional.of(Understanding.Refused.cannotDo(instruction));
        }
        return Optional.empty();
    }

    /**
     * Asked in a form only content requests take: "generate …", "a picture of …" (a new picture),
     * "add a red barn", "put a lantern here" (something placed), "replace the lamp with a plant",
     * "change the shirt to blue" (something else in its place), "as an oil painting" (this picture in
     * that look) — unless the words are an adjustment ("add more contrast", "add a vignette to pull
     * the eye in", "turn it to black and white").
     */
    /** Words that only point at what is selected. */
    private static final java.util.Set<String> POINTED_AT = java.util.Set.of("him", "her", "them", "it", "this", "that", "these",
            "those");

    /** "a different one, more like a painting", "another one, in watercolour": the picture again, in another look. */
    private static final Pattern ANOTHER_ONE_IN_A_LOOK = Pattern.compile("(?:a |an )?(?:different|another|other) (?:one|version|"
            + "take)[,;:]");

    private static Optional<Understanding> content(String core, String instruction, InstructionContext context) {
        if (AS_A_LOOK.matcher(core).matches() && !context.blankLayer()) {
            return SemanticReadings.instructionEdit("make it look like " + AS_A_LOOK.matcher(core).replaceFirst("$1"));
        }
        ContentReader.Content content = ContentReader.read(instruction);
        if (!content.newImage() && !content.replacing() && !content.placing()
                || !SemanticReadings.describesContent(content.prompt())) {
            return Optional.empty();
        }
        if (content.newImage() && ContentReader.anEffectVersion(content.prompt()) && !context.blankLayer()) {
            return SemanticReadings.adjust(instruction, context);   // "gimme a grayscale pass to check values"
        }
        if (content.newImage() && ANOTHER_ONE_IN_A_LOOK.matcher(content.prompt()).lookingAt() && !context.blankLayer()) {
            return Optional.empty();   // "give me a different one, more like a painting": another take, in that look
        }
        // "add a vignette to pull the eye in", "add a little magenta to counter the green": the effect is what is added;
        // "gimme some exposure back on the left winger": asked for as if it were a thing
        if ((content.placing() || content.newImage()) && EFFECT_FIRST.matcher(content.prompt()).lookingAt()
                && AdjustmentReader.read(instruction).isPresent()
                || content.placing() && !DRAWN_IN_SEPIA.matcher(content.prompt()).find() && (AdjustmentReader.namesAnEffect(content.prompt())
                && (EFFECT_FIRST.matcher(content.prompt()).lookingAt()
                        || ONLY_AN_EFFECT.matcher(AdjustmentReader.rewrite(content.prompt())).find())
                || ONLY_AN_EFFECT.matcher(AdjustmentReader.rewrite(core)).find() && AdjustmentReader.read(instruction).isPresent())) {
            return SemanticReadings.adjust(instruction, context);
        }
        Optional<AdjustmentReader.Reading> adjustment = AdjustmentReader.read(instruction);
        // "can you put more light on him": the person pointed at is the selection, nothing more to paint
        if (adjustment.isPresent() && adjustment.get().leftover().stream().allMatch(word -> POINTED_AT.contains(word))) {
            return Optional.empty();
        }
        return content.replacing() ? SemanticReadings.change(instruction, context)
                : SemanticReadings.content(instruction, context);
    }
}
