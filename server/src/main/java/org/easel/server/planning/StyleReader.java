package org.easel.server.planning;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a style instruction for what it does to the conversation's style: set one ("from now on
 * do everything in ink style" → "ink"), keep the one in force ("stick with this look"), or clear it
 * ("quit using that style"). The style's name is what is left once the words about persistence
 * and asking are gone, so "keep a charcoal look for the rest" sets "charcoal".
 */
final class StyleReader {

    /**
     * "drop", the verb that ends a style: not "drop a crosshatched shadow behind him" (something put in), nor "the winter
     * drop", "painted-drop style" (a drop, the noun).
     */
    private static final String DROP_THE_STYLE = "(?<![a-z]-)(?<![a-z] - )(?<!\\b(?:winter|summer|spring|autumn|fall|new|next|latest|"
            + "merch|product|painted|scenic|theatre|theater|backcloth) )drop(?! (?:a|an|some|in|one|two|three)\\b)(?!-)";

    /** "no more", ending a style: not "no more chalk marks here" (things to take out of the picture). */
    private static final String NO_MORE = "no more(?! (?:[a-z-]+ ){1,3}(?<!\\b(?:from|on) )(?:here|there|on (?:the|her|his|their|this)|in (?:this|the) "
            + "(?:spot|area|selection|bit|corner|part))\\b)";
    /** "forget", ending a style: not the flower ("forget-me-nots close up, watercolour"). */
    private static final String FORGET = "forget(?! ?-)";

    private static final Pattern CLEAR = Pattern.compile("\\b(?:stop|quit|cease|discontinue|abandon|" + NO_MORE + "|no longer|don't use|kill|scrap|nix|"
            + "back to plain|back to ordinary|ordinary (?:pictures|images|ones) again|"
            + "do not use|dont use|(?<!\\bthe )" + DROP_THE_STYLE + "|" + FORGET + "|ditch|lose|clear|reset|remove|get rid of|turn off|switch off|"
            + "enough (?:of|with)|without (?:a|any|the) style|no style|plain again|normal again|back to normal|"
            + "back to no|back to (?:the )?default|(?:the )?(?:default|normal|plain) (?:style|look) (?:back|again)|done with|over with|undo the style|enough styles?|plain from (?:here|now)|"
            + "no more styles?|plain again|unstyled|no special style|plain (?:pictures|images|ones)|put the [a-z]+ away|"
            // "stand down the style order", "style order cancelled", "we may now dispense with the oil painting style"
            + "stand down|cancel(?:led)?|call off|dispense with|do away with|no fixed style|no particular style|no specific style)\\b");
    private static final Pattern KEEP = Pattern.compile("\\b(?:keep|retain|maintain|preserve|lock in (?:this|that|the current)|"
            + "lock (?:it|this|that)(?: aesthetic| vibe| look| style)? in|lock (?:this|that|the current) (?:look|style|vibe) in|stick (?:with|to)|stay (?:with|in)|continue|sticking (?:with|to)|staying (?:with|in)|"
            + "leave (?:it|this|that) on|keep (?:it|this|that) on|don'?t change (?:it|the style)|"
            + "carry on|same (?:style|look))\\b");
    /** "the style should stay like this", "very good, the style can stay": keeping it, said of the style itself. */
    private static final Pattern STYLE_STAYS = Pattern.compile("\\bstyle (?:should|can|must|may|will|is to) stay\\b|\\bstyle stays\\b"
            // "the way it looks now, that's the look I want for the rest of the job"
            + "|\\b(?:that'?s|this is|thats|it's|its) (?:the|my|our) (?:look|style|vibe|aesthetic|feel) (?:i|we)(?:'d| would)? "
            + "(?:want|need|like|love)\\b.{0,20}\\b(?:for the rest|from now on|going forward|for everything|for all|for the next)\\b"
            // "this one is perfect. make everything look like this": the pictures to come, like this one
            + "|\\bmake (?:everything|all of them|all the others|the rest|the others|all the rest) look like (?:this|that)(?: one)?$"
            // "could you remember it for the next ones"
            + "|\\bremember (?:it|this|that)(?: (?:look|style))? for (?:the next|later|future|all|every|the rest)"
            // "please use it for the next pictures also", "use this as the style for the whole campaign"
            + "|\\b(?:use|apply|reuse) (?:it|this|that)(?: (?:look|style))? (?:for|on|in) (?:the next|later|future|all|every|the rest)"
            + "|\\buse (?:it|this|that|the current (?:look|style)) as (?:the|my|our|a) (?:house )?(?:style|look|default)\\b"
            // "I like this style. Please use same for next pictures"
            + "|\\buse (?:the |this |that )?same(?: (?:style|look))? for (?:the )?(?:next|later|future|all|every|the rest)\\b"
            // "can all my pictures look like this from now on", "save this style"
            + "|\\b(?:look|be) like (?:this|that)(?: one)? (?:from now on|going forward|from here on|for the rest)\\b"
            + "|^save (?:this|that|the current) (?:style|look)\\b"
            // "save current look as style", "carry this look forward", "make this the house style", "match all future badges to
            // this one's colours", "can the rest of the collection have this same feel", "can we make all the window pictures
            // look like this?", "Good. That's the look. Every picture from now on."
            + "|^save (?:the )?current (?:style|look)(?: as (?:the |a |my )?style)?\\b"
            // "i like this, save as style", "save it as my style"
            + "|^save (?:(?:it|this|that) )?as (?:the |a |my |our )?(?:style|look|default style|house style)[.!]*$"
            + "|\\b(?:carry|take|bring) (?:this|that|the current) (?:look|style|feel|vibe) (?:forward|on|onward)\\b"
            + "|\\bmake (?:this|that|it) (?:the|our|my) (?:house|default|standard) (?:style|look)(?=$|[.!,]| for\\b)"
            + "|\\bmatch (?:all )?(?:the )?(?:future|next|later|other|coming) [a-z]+ to (?:this|that) (?:one|picture|image)\\b"
            + "|\\b(?:can|could|should|may) the rest of (?:the|this|my|our) [a-z]+ (?:have|get|share|take) (?:this|that|the) (?:same )?"
            + "(?:feel|look|style|vibe|mood)\\b"
            + "|\\bmake all (?:the |my |our )?(?:[a-z]+ )?(?:pictures|images|pics|ones|shots|posters) look like (?:this|that)\\b"
            + "|\\b(?:that'?s|this is|thats) the (?:look|style)[.!,]+ (?:every|all) (?:picture|image|one|pic)s? from now on\\b"
            // "the next slides should have this same aesthetic", "copy the style of this picture", "make everything after look like this"
            + "|\\bnext [a-z]+ (?:should|must|will|can) (?:have|get|use|share) (?:this|that|the) (?:same )?(?:aesthetic|look|style|feel|vibe)\\b"
            + "|\\bcopy the (?:style|look|feel) of (?:this|that)\\b"
            + "|\\b(?:make )?everything (?:after|else|from now on)(?: this)? look like (?:this|that)\\b"
            // "save this as the house style", "make the others match this look"
            + "|\\b(?:save|keep|store|set) (?:this|that|it) as (?:the |my |our |a )?(?:house |default |new |standard )?(?:style|look)\\b"
            + "|\\bmake (?:the |all the |all )?(?:others|other ones|rest|next ones|later ones|future ones|all of them|all the rest) "
            + "(?:match|look like) (?:this|that|it)(?: one| look| style)?\\b"
            // "could the others all be done the same", "ok this look is the aesthetic now, save it"
            + "|\\b(?:the )?(?:others|other ones|rest|next ones)(?: all)? (?:be )?(?:all )?(?:done|made) (?:the same|like (?:this|that))\\b"
            + "|\\b(?:this|that) (?:look|style|vibe) is the (?:aesthetic|style|look|vibe)(?: now)?\\b"
            // "make all the upcoming ones match this one", "can all the flyer pictures match it?"
            + "|\\b(?:upcoming|next|later|future|coming|other|subsequent|following) [a-z ]{0,30}?match (?:this|that|it)\\b"
            + "|\\ball (?:the |my |our )?(?:[a-z]+ )?(?:pictures|images|ones|photos|posts|pages|pics|shots|slides) (?:to )?match "
            + "(?:this|that|it)\\b"
            // "all subsequent images to share the appearance of this one", "use style like this picture for next pictures too"
            + "|^(?=.*\\b(?:all|every|subsequent|upcoming|next|later|future|following|rest|others)\\b).*\\b(?:(?:share|have|get|take "
            + "on|adopt) (?:the )?(?:same )?(?:appearance|look|style|feel|vibe|aesthetic|colou?rs|grade|light|mood) (?:of|as)|"
            + "(?:style|look) like) (?:this|that)(?: one| picture| image| photo)?\\b"
            // "could you remember how this one looks and do the others the same way?"
            + "|\\bremember how (?:this|that|it)(?: one| picture| image)? looks?\\b"
            // "I want that every next picture is like this one", "make the remaining panels look the same as this one",
            // "can you do them all like this", "keep doing them like this one", "lock this in as the style"
            + "|\\b(?:every|all|each) (?:next |later |future |following |remaining |other )?(?:[a-z]+ )?(?:pictures?|images?|ones|"
            + "panels?|pages?|covers?|pics?)\\b[^.]{0,20}?\\b(?:like|the same as) (?:this|that)\\b"
            + "|\\b(?:remaining|other|next|later|future|following) [a-z]+ (?:look|be) (?:the same as|like) (?:this|that)\\b"
            + "|\\b(?:do|make) (?:them|the rest|the others) all (?:like|the same as) (?:this|that)\\b"
            + "|\\bkeep doing (?:them|it|these|those) (?:like|the same as) (?:this|that)\\b"
            + "|\\block (?:it|this|that) in as (?:the|my|our|a) (?:house )?(?:style|look)\\b"
            + "|\\buse (?:the |this |that )?same(?: (?:style|look))? (?:for )?next time\\b");
    /** Words about persistence, asking, and the word "style" itself: none of them is the style. */
    private static final Pattern NOT_THE_NAME = Pattern.compile("\\b(?:from now on|from here on(?: out)?|"
            + "going forward|for the rest(?: of (?:the|this|my|our) [a-z]+)?|"
            + "from this point(?: on)?|like (?:mine|my own|i do)|for (?:everything|all|now on|all of (?:them|it)|the next (?:ones|images|few)|"
            + "future (?:ones|images|edits|stuff)|every(?:thing| image| edit| one))(?: (?:else|after this|that follows))?|"
            // "the posters for the station should all be flat vector": whom the pictures are for
            + "for (?:the|my|our|this) [a-z]+(?= (?:should|must|needs?|will|all|to)\\b)|"
            + "covers|pages|panels|illustrations|cards|posts|designs|thumbnails|shots|photos|prints|posters|maps|done|"
            + "always|everything|all|every(?: image| edit)?|future|later|next|subsequent|following|upcoming|moment|"
            + "do|make|render|paint(?! style| look)|draw(?! style| look)|create|generate|keep|stick (?:with|to)|stay (?:with|in)|continue|carry on|"
            + "use|using|apply|go|set|switch(?: to)?|change(?: to)?|want|like|please|let's|lets|i'd|i|we|you|it|"
            + "them|those|these|stuff|things|images|pictures|ones|edits|results|my|our|generations|pieces|renders|artworks|"
            + "generation|after this|look like|looks like|be|now|"
            + "in|as|with|to|on|a|an|the|this|that|of|for|be|is|are|should|would|could|can|will|"
            + "style|styled|styles|look|looks|looking|aesthetic|vibe|vibes|mode|manner|fashion|theme|feel|flavou?r|"
            + "treatment|approach|ok|okay|now|then|and|thanks|lock|campaign|whole|exactly|beautifully|working|ooh|oh|great|yes|yeah|nice|love|good|perfect|works|"
            + "working|going|lovely|cool|awesome|that's|thats|it's|its|me|my|our|default|session|conversation|"
            + "document|project|rest|every|time|until|say|otherwise|onwards|here|out|there|from|no|more|longer|"
            + "anything|generations|generated|generate|thing|bits|whatever|though|new|content|house|lock|remember|"
            + "doc|yep|yup|after|maybe|just|one|ones|create|created|creates|makes|made|stay|please|pls|"
            + "going forward|forward|onward|too|also|as well|whole|bits|yes|yeah|confirm|lasting|permanent|"
            + "persistent|swap|hmm|that|still|current|way|got|on|pics?|pictures?|images?|gens|hereafter|"
            + "sesh|lock|locked|from now|before|previous|earlier|as|very|much|same|doing|but|retain|maintain|preserve|"
            + "fun|leave|staying|sticking|tho|series|batch|collection|we're|you're|they're|i'm|haha|lol|"
            + "whole|entire|thing|stuff|please|pls|have|has|having|while|your|ur|at|q[1-4]|job|went|client|adopt|adopting|"
            + "consistent|consistently|uniform|really|obsessed|handling|rendering|finish|baseline|base|exact|"
            + "visual|texture|textures|else|mood|today|tonight|this week|standing order|order|new rule|rule|different|another|"
            // "maybe keep everything sort of pencil sketch going forward": hedges
            + "sort of|kind of|sort|kinda|sorta|perhaps|possibly|guess|if possible|"
            // "from now on give everything a cinematic film look", "whatever i ask for next", "let us adopt a ukiyo-e idiom"
            + "give|giving|ask|asks|asked|let us|let|provisionally|idiom)\\b");

    /** "for the rest" of the pictures, not "room for the rest of the outcrop" (what an extension should show). */
    private static final String FOR_THE_REST = "(?<!(?:room|space) )for the rest";
    /** Words that make a look last: "from now on", "for the rest", "stick with", "default". */
    /** "all next pictures", "for all subsequent generations", "from this moment", "all my future pics". */
    /** "all my next sprites should be …", "from now onwards", "could all the pictures after this be …". */
    /** "let's do the rest of the book in a loose ink style": every later page, said as the work still to do. */
    private static final String THE_REST_OF_THE_WORK = "(?:do|make|paint|draw|render) the rest of (?:the|this|my|our) (?:series|"
            + "set|project|campaign|book|collection|batch|comic|deck|pages|panels|covers|album|zine)";
    private static final String ALL_LATER_ONES = "all (?:my |our |the )?(?:next|subsequent|upcoming|following|future|further|later) [a-z]+s|"
            + "from (?:now|here) onwards?|(?:all )?the (?:pictures|images|pics|ones|generations|renders) after this(?: one)?|"
            + "all (?:the |my )?(?:pictures?|images?|pics?|ones|generations|renders) (?:after this(?: one)?|from now)|"
            // "after this all pictures use chinese ink painting style", "all the art for this set should be ink and watercolor"
            + "after this,? all (?:the |my |our )?(?:pictures|images|pics|ones|generations|renders)|"
            + "all (?:the )?(?:art|artwork|pictures|images|illustrations) for this (?:set|series|project|book|deck|campaign|collection)";
    private static final String LATER_ONES = "(?:all (?:my |our |the )?)?(?:next|subsequent|upcoming|following|future) (?:generations|"
            + "pictures|images|pics|ones|gens|renders|pieces|artworks)|from this moment(?: on)?|from now(?! on\\b)|"
            // "whatever u make next make it pixel art"
            + "(?:whatever|everything|anything) (?:(?:you|u|we) )?(?:make|do|generate|draw|paint|create|render) (?:next|after this|later)|"
            // "whatever I ask for next", "all the panels I ask for after this"
            + "(?:whatever|everything|anything|all the [a-z]+) (?:i|we) (?:ask for|request|want|order) (?:next|after this|later|from now on)|"
            // "henceforth", "for the remainder of this session", "every next image", "new rule:"
            + "henceforth|for the remainder(?: of (?:this|the|my|our) [a-z]+)?|every next (?:image|picture|pic|one|generation)s?|"
            + "^new rule\\s*:|"
            + "(?:can|could|should|will) every (?:image|picture|pic|one|shot) (?:carry|have|get|share|follow) (?:that|this|it)|"
            + "every (?:picture|image|pic|one) after(?: this)?$|"
            // "set the look for every frame after this", "every cover from now on"
            + "every (?:frame|panel|page|shot|cover|card|slide|post|poster|handout|image|picture|pic|photo) (?:after (?:this|that)|"
            + "from now on)|"
            // "all my clinic posters should be clean flat vector style": every one of the artist's pictures of a kind
            + "all (?:my|our) (?:[a-z]+ )?(?:posters|flyers|pictures|images|pics|photos|illustrations|covers|pages|panels|maps|cards|"
            + "posts|designs|thumbnails|banners|graphics|renders|prints|labels|icons|sprites|stickers)(?= (?:should|must|need to|have to|"
            + "will) (?:be|look|have|come out)\\b.*\\b(?:style|look|aesthetic|vibe|like|in)\\b)|"
            // "use this same style for the others i will ask you"
            + "for the (?:others|other ones|next ones) (?:i|we) (?:will |'ll )?(?:ask|request|make|want)|"
            + ALL_LATER_ONES;
    /**
     * After "keep": a thing in the picture, not a look ("keep the man, lose the hat", "keep the layout") — unless the words
     * name the look ("keep the current style") or keep it going ("keep the ink wash going").
     */
    private static final String A_THING_KEPT = "(?:the|his|her|their|my|our) (?!(?:[a-z]+ ){0,2}(?:style|look|vibe|same|aesthetic|"
            + "feel)\\b|(?:[a-z]+ ){1,2}going\\b(?! (?:to|on|towards?|at) (?:the )?(?:left|right|top|bottom)\\b))[a-z]+\\b";
    private static final Pattern PERSISTENCE = Pattern.compile("\\b(?:" + LATER_ONES + "|from now on|from here on|going forward|"
            + FOR_THE_REST + "(?! in peace)|for everything|for all|every (?:image|picture|one|edit|time)|all (?:future|the rest|of them)|"
            + "always|default|keep(?! " + A_THING_KEPT + ")|stick (?:with|to)|stay (?:with|in)|carry on|continue|from this point|"
            + "until i say|" + NO_MORE + "|stop|quit|" + DROP_THE_STYLE + "|" + FORGET + "|ditch|no longer|enough|(?<!\\b(?:was|were|is|be|been|being) )done with|set (?:the |a |my )?(?:default |house )?"
            + "style|house style|lock in|lock (?:this|that|the current) (?:look|style|vibe) in|lock (?:it|this|that)(?: [a-z]+)? in|"
            + "lock (?:the|my|our) (?:style|look)|remember to use|for this (?:whole )?(?:doc|document|session|project)|"
            + "all new (?:stuff|things|images|pictures|pics|content|ones|generations|renders|pieces)|anything new|anything you make|everything after|from here|sticking (?:with|to)|staying (?:with|in)|"
            + "leave (?:it|this|that) on|keep (?:it|this|that) on|remember\\b.*\\b(?:style|look)|"
            // "all the pages in gouache picture-book style, kindly remember that"
            + "(?:style|look)\\b.{0,30}\\bremember (?:that|this|it)$|"
            + "for the (?:whole|entire|rest of the) (?:[a-z]+ ){0,3}(?:series|set|project|campaign|book|collection|batch)|"
            + THE_REST_OF_THE_WORK + "|"
            + "(?:stuff|things|images|pictures|ones|everything) (?:i|we|you) (?:generate|make|do|create|paint)(?: later| next| after(?: this)?)?"
            + "(?: too)?$|later too|(?:for )?later (?:ones|images|pictures|pieces|pics))\\b");
    /**
     * "turn the noir thing off", "pause the style thing", "the noir thing is getting old, turn it off": the style in
     * force, ended.
     */
    private static final Pattern STYLE_OFF = Pattern.compile("\\b(?:the|that|this) (?:[a-z'-]+ ){1,2}(?:thing|look|style|vibe) "
            + "(?:is )?getting (?:old|boring|stale|tired)\\b(?=.*\\b(?:turn it off|stop|drop it|lose it|enough|get rid of it|kill it|"
            + "no more)\\b)|\\b(?:turn|switch|shut|toggle) (?:the |that |this )?(?:[a-z-]+ ){0,2}"
            + "(?:thing|style|look|filter|mode|vibe) off\\b|\\b(?:turn|switch|shut|toggle) off (?:the |that |this )?(?:[a-z-]+ ){0,2}"
            + "(?:thing|style|look|filter|mode|vibe)\\b|\\b(?<!-)(?:delete|cancel|erase|disable|deactivate|remove|get rid of|ditch|lose|" + DROP_THE_STYLE + "|"
            // "let's sunset the vintage style", "basta with the style", "clear out the noir style"
            + "clear(?: out)?|reset|scrap|kill|nix|sunset|retire|bin|nuke|abandon|(?:basta|enough|done) with|enough of|"
            + "take (?:out|off|away)|bye(?: bye)?|goodbye) "
            + "(?:the |that |this |my )?"
            + "(?:[a-z-]+ )?style(?: setting)?\\b|\\bpause (?:the |that )?(?:[a-z-]+ )?(?:style|look)\\b|"
            + "\\b(?:bored|tired|sick) of (?:the |that |this )?[a-z-]+(?: (?:style|look|thing))?(?:,| now|$)(?!.*\\b(?:switch|change|go) to\\b)"
            // "i dont want the oil painting look anymore for new ones"
            + "|\\b(?:don'?t|do not|dont) want (?:the |that |this )?(?:[a-z-]+ ){0,3}(?:style|look|vibe) (?:any ?more|no more)\\b"
            // "I'd rather not have the pastel style any longer"
            + "|\\b(?:rather not|don'?t|do not|dont|no longer) (?:want|have|use|keep)(?: to (?:have|use|keep))? (?:the |that |this )?"
            + "(?:[a-z-]+ ){0,3}(?:style|look|vibe)(?: (?:any ?more|any longer|no more|from now on|going forward))\\b"
            // "Please not use anymore the style", "Now I want not the folk style anymore", "not need same style anymore"
            + "|\\b(?:not|don'?t|do not|dont)(?: [a-z'-]+){0,3}? (?:the|that|this|my|our|same|any) (?:[a-z-]+ )?(?:style|look|vibe)\\b"
            + "(?: [a-z'-]+){0,3}? (?:any ?more|any longer)\\b"
            + "|\\bnot (?:use|want|need|have)(?: [a-z'-]+){0,1} (?:any ?more|any longer)(?: [a-z'-]+){0,3} (?:style|look|vibe)\\b"
            // "you can let go of that style now", "let's go without the watercolour for a while"
            + "|\\blet go of (?:the|that|this|my|our) (?:[a-z-]+ ){0,2}(?:style|look|vibe|thing)\\b"
            + "|\\bgo without (?:the|that|this|any) (?:[a-z-]+ ){0,2}(?:style|look|vibe|thing|[a-z-]+ (?:for a while|for now|now))\\b"
            // "enough watercolour, normal style now please", "return usual style": no style, in other words
            + "|(?<!\\bin )(?<!\\bas )\\b(?:normal|usual|regular|standard|ordinary|no) (?:style|look|mode)\\b(?! (?:of|for|like)\\b)"
            // "could we go back to normal pictures now"
            + "|\\bback to (?:normal|ordinary|plain|regular|usual) (?:pictures|images|ones|generations|pics)\\b");
    /** "keep that look for the rest of the campaign handouts": the style pointed at is kept, whatever follows. */
    private static final Pattern KEEP_THAT_STYLE = Pattern.compile("\\b(?:keep|retain|maintain|stick with|stick to|stay with|"
            + "continue with|carry on with|lock in)(?: using)? (?:that|this|the current|your|the|my|our)(?: same)? "
            + "(?:style|look|vibe|aesthetic|feel|treatment)\\b"
            // "i like this, keep it like that for all the menu items"
            + "|\\bkeep (?:it|them|everything|all of them) (?:looking )?like (?:that|this)\\b(?=.*\\b(?:for|on) (?:all|every|each|the rest|"
            + "everything|the others|the other)\\b)"
            // "lock this look in for the whole party's portraits"
            + "|\\block (?:this|that|the current) (?:style|look|vibe|aesthetic) in\\b"
            // "keep this cinestill look going": the look there is, named in passing
            + "|\\b(?:keep|stick with|stay with|carry on with|continue with|lock in) (?:this|that) (?:[a-z-]+ ){1,3}(?:style|look|vibe|"
            + "aesthetic|feel)(?: going)?\\b"
            // "keep this sort of look for the others"
            + "|\\b(?:keep|stick with|stay with|carry on with|continue with|lock in) (?:this|that) (?:sort|kind|type) of (?:style|look|"
            + "vibe|aesthetic|feel)\\b"
            // "stick with this grade for the rest of the series": a colourist's look
            + "|\\b(?:keep|stick with|stay with|carry on with|continue with|lock in) (?:this|that) (?:colou?r )?(?:grade|grading|"
            + "palette|treatment|processing|preset|filter)\\b");
    /** "the same style as before", "that same style": the one in force. */
    private static final Pattern SAME_STYLE = Pattern.compile("\\b(?:the |that |this )?same (?:[a-z]+ )?(?:style|look|feeling|feel|"
            + "manner|vibe|aesthetic)\\b");
    private static final Pattern STYLE_WORD = Pattern.compile("\\b(?:style|styles|styled|look|aesthetic|vibe|mode|"
            + "theme|treatment)\\b");
    /** "another one but in ukiyo-e style": a variation in that style, not a lasting one. */
    /** What a selected place is called ("spot", "box"): after "in this", a place, not a look. */
    static final String A_PLACE = "(?:spot|area|part|bit|place|corner|selection|region|zone|gap|box|square|circle|rectangle|shape|"
            + "outline|marquee)\\b";
    /** "in this spot", "in this box now": a place, not a look (for "another in this box", "the stars again in this spot"). */
    private static final String IN_A_PLACE = "[ ,]+in (?:this|that|the|another|a|my) (?:other |new )?" + A_PLACE;
    static final Pattern VARIATION_CUE = Pattern.compile("^(?:(?:give me|do|make|try|let's see|show me|let's have|"
            + "have|produce|generate|render|create|see|get|i want|i'd like) )?(?:(?:another|one more|a different|different(?= (?:one|take|version|option|variation)\\b)|a new|a fresh|other)(?: different)?(?: one| take| version| variant| variation| option|"
            + "go| try| (?:one )?of (?:those|these|that)| like that)?(?: different| else)?(?: again)?(?!" + IN_A_PLACE + ")(?=[ ,]+(?:but|as|in|like|maybe|with|this time|now)\\b|"
            // "try another one, pencil sketch style this time"
            + "[ ,]+(?:[a-z-]+ ){1,3}(?:style|look)\\b"
            // "another one, impressionist", "one more, more impressionist this time": a look in a word
            + "|,\\s*(?:more )?(?!(?:please|pls|thanks|again|now|quick|quickly|different|similar|ok|okay|same|too|also|then|here|"
            + "there|bigger|smaller)\\b)(?:[a-z-]{4,}(?: this time)?|[a-z-]{3,}(?: [a-z-]+){1,2} this time)[.!]*$|[ ,]*$)|(?:another|one more|a different|a new|an alternative|an alternate) (?:take|version|variant|variation|go|try|rendition)\\b|"
            // "ok make another castle one": another of the thing made
            + "(?:make|do|give me|draw|paint) (?:another|one more) [a-z]+ one[!.]*$|"
            // "another of the cangaceiro but like a real photo": another take of the thing made, in another look
            + "(?:another|one more)(?: one)? of (?:the|that|this|my) (?:[a-z]+ ){0,3}?[a-z]+,? but(?= (?:in|as|like|with)\\b)|"
            // "try one in a stained glass style": one more picture, in that style
            + "(?:try|do|make|give me|show me|let's see|let's try) one(?= (?:in|as|like|with|but)\\b)|"
            // "can i see one in charcoal", "same lighthouse but as an art nouveau poster", "give me the teapot again in crayon"
            + "(?:can i see|can we see|let me see|lemme see|i'd like to see|see) (?:one|another(?: one)?|a version|a take)"
            + "(?= (?:in|as|like|with)\\b)|(?:that |the |this )?same (?:[a-z]+ ){1,3}but(?= (?:in|as|like|with)\\b|(?: [a-z-]+){1,3} style)|"
            + "(?:redo|do|give me|make|show me|paint|draw) the (?:[a-z]+ ){1,4}again(?= (?:in|as|like)\\b)"
            // "do the stars again in this spot": a place, not a look
            + "(?!" + IN_A_PLACE + ")|"
            + "(?:can i get |can we get |give me |i need |need )?(?:a few|some|two|three|\\d) more (?:options|versions|takes|"
            + "variations|variants)\\b|another option\\b|"
            + "(?:a |an )?(?:variation|variant)|re-?roll|try again|new seed|different seed|(?:again|same(?: thing| again| one| prompt|"
            + " idea| concept| scene| composition| picture| image)?),? but"
            + "(?= (?:in|as|like) |(?: [a-z-]+){1,2} style| (?:make it |do it )?look like "
            // "same idea but watercolor": a medium alone, not "but bigger", "but with a hat"
            + "| (?!(?:more|less|with|without|bigger|smaller|brighter|darker|a|an|the|no|not|[a-z]+er)\\b)[a-z-]+(?: [a-z-]+)?[ .!]*$)"
            // "and one in linocut style"
            + "|(?:and |now |ok |okay )?one(?= (?:in|as) (?:an? )?[a-z -]{2,30} (?:style|look)$)"
            // "and this one in style of icon painting"
            + "|(?:and |now |ok |okay )?(?:this |that )?one(?=,? (?:but )?in (?:the )?style of ))");

    /**
     * Whether the words make a look last or end it ("from now on …", "stick with …", "no more …
     * style"): then it is about the conversation's style, whatever else the sentence resembles.
     */
    /** "underexposed by a stop": a photographer's stop, not stopping a style. */
    private static final Pattern EXPOSURE_STOP = Pattern.compile("\\b(?:by )?(?:like |about |around |roughly )?(?:a|one|"
            + "two|three|half a|a third of a|a couple of|\\d+(?:\\.\\d+)?) stops?\\b");

    private static String core(String instruction) {
        return EXPOSURE_STOP.matcher(Phrasing.core(instruction)).replaceAll(" ").strip();
    }

    /** "I like this style, please remember it for later": the style praised, then kept with a pronoun. */
    private static final Pattern PRAISED_THEN_KEPT = Pattern.compile("\\b(?:like|love|dig|adore)s? (?:this|that|the|your) "
            + "(?:style|look)\\b.{0,30}\\b(?:remember|keep|save|store|use|stick with|hold on to) (?:it|that)\\b(?! (?:picture|image|photo)\\b)");

    static boolean lasting(String instruction) {
        if (PRAISED_THEN_KEPT.matcher(Phrasing.normalise(instruction)).find()
                || THIS_LOOK_FOR_LATER.matcher(Phrasing.normalise(instruction)).find()) {
            return true;
        }
        String text = core(instruction);
        // "For everything we make from here on, please use the look of …": the lasting words before the request
        return STRONG_PERSISTENCE.matcher(text).find() || STRONG_PERSISTENCE.matcher(Phrasing.normalise(instruction)).find()
                && namedAfterCue(instruction).isPresent() || KEEPING.matcher(text).lookingAt()
                // "for everything after this, do a … style"
                || lastingSaidFirst(instruction) && STYLE_WORD.matcher(text).find() || STYLE_OFF.matcher(text).find()
                || NOT_KEEPING.matcher(text).find() || STYLE_STAYS.matcher(text).find()
                || (STYLE_WORD.matcher(text).find() && PERSISTENCE.matcher(text).find())
                // "we may now dispense with the oil painting style" (not "one more, no special style": this take only)
                || (text.matches(".*\\bstyles?\\b.*") && CLEAR.matcher(text).find() && !VARIATION_CUE.matcher(text).lookingAt()
                        && !text.matches("(?:one more|another|again)\\b.*"))
                || ENOUGH_OF.matcher(text).find();
    }

    /** "stop with the van gogh thing", "enough of the noir stuff": ending a look by naming it loosely. */
    private static final Pattern ENOUGH_OF = Pattern.compile("^(?:(?:we're|we are|i'm|i am) )?(?:done|finished) with "
            + "(?:the |that |this )?[a-z' -]+$|^(?:stop|quit|enough|no more|forget|drop|ditch|lose)"
            + "(?: with| of)? (?:the|that|this|"
            + "all the) [a-z' -]+ (?:thing|stuff|look|style|vibe|business)\\b");
    /** "yes stick with charcoal", "confirm, keep linocut", "keep that pop art style". */
    private static final Pattern KEEPING = Pattern.compile("(?:(?:yes|yep|yeah|ok|okay|confirm|good|great|nice|love it|"
            + "perfect)[,!.]* )*(?:keep|retain|maintain|preserve|stick with|stick to|stay with|stay in|carry on with|continue with|remember|"
            + "reuse) (?!going\\b|it\\b)(?!" + A_THING_KEPT + ")");
    private static final Pattern STRONG_PERSISTENCE = Pattern.compile("\\b(?:" + LATER_ONES + "|from now on|from here on|going forward|"
            + FOR_THE_REST + "(?! in peace)|for everything|for all (?:future|the next|of them)|all future|every (?:image|picture|edit) "
            + "from now|from this point|as (?:the|a) default|default style|set (?:the |a |my )?(?:default |house )?style|"
            + "house style|lock in|remember to use|all new (?:stuff|things|images|pictures|content|ones|generations)|"
            + "anything (?:new|you make|you paint|you generate)|everything (?:after|from) (?:this|here)|"
            + "for this (?:whole )?(?:doc|document|session|project)|for (?:the )?(?:whole|entire) (?:doc|document|session|project)|"
            // "make the rest of them all lofi y2k digicam style"
            + "(?:make|do|paint|render) the rest of them|all future|lasting|permanent(?:ly)?|persistent|"
            + "for (?:the|this|our|my) (?:whole|entire) (?:[a-z]+ ){0,3}(?:series|set|project|campaign|book|collection|batch)|"
            // "For this whole series, please use a consistent … style"
            // "everything is pixel art now. forever."
            + "^everything(?: is|'s) (?:in )?[a-z -]{3,30} now(?=[.!,]|$)|"
            + "(?:swap|switch|change) (?:the |my )?(?:lasting|default|house|saved|current) style to|set (?:the |my |our )?style to|all the next|the next (?:pictures|"
            + "images|ones|few)|next ones|from now$|every new (?:image|picture|one|thing|piece)|style lock(?:ed)?|"
            + "lock (?:the|my|our) style|carry on in (?:exactly )?the same|hereafter|from now(?! on\\b)|(?<!\\bso )(?<!\\bso that )(?:for )?the next one(?! (?:reads|looks|is|seems|feels|will|can|gets|stands)\\b)|"
            + "back to plain|put the [a-z]+ away|all (?:my |our |the )?(?:future |later |next )?(?:generations|pieces|"
            + "renders|images|pictures|artworks|pics|gens|ones) (?:should|will|must|need to)|every (?:generation|piece|render) after this|"
            // "always do it in pixel art", "remember: every picture in low-key lighting"
            + "always (?:do|make|draw|paint|render) (?:it|them|everything|things|my pictures) (?:in|as|like)|"
            + "every (?:image|picture|pic|render|generation|piece) (?:in|as|like|should be|(?:looks?|should look|will look|must look) like)(?= [a-z]))\\b"
            + "|^(?:house )?style(?: lock)?\\s*[:=]");

    /** What the instruction does to the style. */
    sealed interface Change {
    }

    record Set(String style) implements Change {
    }

    record Keep() implements Change {
    }

    record Clear() implements Change {
    }

    private StyleReader() {
    }

    private static final Pattern NAME_PAIR = Pattern.compile("\\b([a-z]+) and ([a-z]+)\\b");

    /** Words that make a look last, and what they apply to: "from now on", "for all new maps", "per brand guidelines". */
    private static final Pattern LASTING_PHRASE = Pattern.compile("\\b(?:" + ALL_LATER_ONES + "|(?:like )?permanently|from now on|"
            + "henceforth|for the remainder(?: of (?:this|the|my|our) [a-z]+)?|every single (?:shot|picture|image|pic|one)|"
            + "every next (?:image|picture|pic|one)s?|"
            + "from here on(?: out| in)?|going forward|going ahead|moving forward|"
            + "hereafter|from this point(?: on)?|from now|until i say (?:otherwise|so)|" + FOR_THE_REST + "(?: of (?:the|this|my|our) "
            + "[a-z]+| of (?:this|it))?|for (?:(?:all|every|each|any)(?: of)? (?:the |my |our )?(?:future |new |next |later |other "
            + "|upcoming )?|(?:the |my |our )?(?:future |new |next |later |other |upcoming ))(?:images?|pictures?|"
            + "pics|ones|gens|generations?|maps|pieces|renders|visuals|edits|illustrations|pages|panels|shots|posts|designs|"
            + "artworks|frames|cards|stuff|things)(?: (?:we|i|you) (?:make|do|create)(?: together)?)?|for everything(?: else| after this| that follows| from here| (?:i|we|you) (?:make|do|create|generate|draw|paint)"
            + "(?: today| tonight| from now| next| after this| later)?)?|"
            + "for anything(?: new| else| you make)?|for (?:this|the) (?:whole )?(?:doc|document|session|project|campaign|series|"
            + "book|comic|deck|set|collection|conversation)|for all of (?:them|it)|per [a-z ]+ guidelines|as (?:the|a|my|our) "
            + "default|after this(?: one)?|" + THE_REST_OF_THE_WORK + ")\\b");
    /** The words that introduce a style's name: "in the style of …", "look like …", "done in …", "as …", "use …". */
    private static final Pattern NAME_CUE = Pattern.compile("^.*\\b(?:in the (?:style|manner) of|looks? like|looking like|"
            + "done (?:in|as)|come out (?:in|as)|rendered (?:in|as)|(?:should|must|will|to) be(?: in| done in| done as)?|"
            + "set (?:the |my )?style to|(?:house|default|usual) style is|(?:change|swap) (?:my |the )?(?:saved|default|house|lasting) style to|switch (?:the style )?(?:over )?to|change (?:the |my |our )?style (?:over )?to|switch (?:the |my |our )?style (?:over )?to|(?:let'?s |we'?ll )?go with|use|using|give (?:it|everything|them|all of them) |in|as)"
            + "(?:\\s*:)?\\s+(?:an? |the |some )?(?=[a-z0-9])|^(?:(?:house )?style(?: lock)?|look)\\s*[:=]\\s*");
    /** What may end a name without being part of it: "… style", "… look", "… please". */
    private static final Pattern NAME_TAIL = Pattern.compile("(?:\\s+(?:style|styled|look|aesthetic|vibe|vibes|feel|treatment|"
            + "mode|please|pls|thanks|again|too|instead|only|for now|ok|okay|from|on|onto|across|over|to|with|in|at|of|like mine|"
            + "like this|kind of|sort of|kinda|ish))+$");
    /** The name said before its role: "set copperplate engraving as the style for all subsequent images". */
    private static final Pattern SET_AS_THE_STYLE = Pattern.compile("(?:please )?(?:set|make|use|have|take) "
            + "(?!(?:it|this|that|the same)\\b)([a-z][a-z' &-]{2,60}?) (?:as|be) (?:the|my|our|your|a) (?:new )?"
            + "(?:default |house |lasting |global |main )?(?:style|look)\\b");
    /** A style defined outright ("style lock: gouache, loose brushwork"): the whole rest is its name, commas and all. */
    private static final Pattern DEFINED = Pattern.compile("^(?:(?:house )?style(?: lock)?\\s*[:=]|set (?:the |my )?style to)\\s*");

    /**
     * The name that follows a cue in the clause that has one ("every image from now on in the style of a Dutch still
     * life" → "dutch still life"), empty when no clause has a cue or what follows is not a short name.
     */
    static Optional<String> namedAfterCue(String instruction) {
        Matcher setAs = SET_AS_THE_STYLE.matcher(Phrasing.core(instruction));
        if (setAs.lookingAt() && !NOT_THE_NAME.matcher(setAs.group(1)).matches()) {
            return Optional.of(spelled(setAs.group(1)));
        }
        String text = LASTING_PHRASE.matcher(Phrasing.core(instruction)).replaceAll(",");
        Matcher defined = DEFINED.matcher(text);
        if (defined.lookingAt()) {
            String named = text.substring(defined.end()).replaceAll("[,\\s]+$", "").replaceAll("\\s*,\\s*,+", ",").strip();
            if (!named.isEmpty() && named.split(" ").length <= 8) {
                return Optional.of(spelled(named));
            }
        }
        String[] clauses = text.split("\\s*(?:[,;.!?]|\\s[—–-])+\\s*");
        for (int i = 0; i < clauses.length; i++) {
            Matcher cue = NAME_CUE.matcher(clauses[i]);
            if (!cue.lookingAt()) {
                continue;
            }
            String named = NAME_TAIL.matcher(clauses[i].substring(cue.end()).strip()).replaceFirst("").strip()
                    .replace(" w/ ", " with ").replaceAll("\\s+", " ");
            int words = named.isEmpty() ? 0 : named.split(" ").length;
            if (words >= 1 && words <= 7 && !NOT_THE_NAME.matcher(named).matches()
                    && !named.matches("(?:(?:always|just|only|exactly|also) )?(?:it|this|that|them|these|those|everything|all|one|"
                            + "ones|mine)\\b.*")) {
                StringBuilder withDescribed = new StringBuilder(named);
                // "…in black metal style, grainy black and white": what the style is like, said after its name
                for (int j = i + 1; j < clauses.length && DESCRIBES_THE_STYLE.matcher(clauses[j]).matches(); j++) {
                    withDescribed.append(", ").append(NAME_TAIL.matcher(clauses[j]).replaceFirst(""));
                }
                return Optional.of(spelled(withDescribed.toString()));
            }
        }
        return Optional.empty();
    }

    /** A short clause after a style's name that says more of it: "grainy black and white", "muted palette", "like the old masters". */
    private static final Pattern DESCRIBES_THE_STYLE = Pattern.compile("(?!(?:i|we|you|it|its|it's|this|that|they|he|she|my|our|his|"
            + "her|please|pls|thanks|thank|thx|so|since|because|cause|cuz|as|for|and|but|or|make|do|keep|use|go|just|also|ok|okay|"
            + "lol|maybe|not|no|don'?t|until|till|from|going|every|each|all|everything|always|then|now|start|apply|set|thats|on|in|"
            + "at|of|to|into|by|without|if|new|remember|proper|real|like as|like (?:i|we|you|he|she|they|mine|this|that|before))\\b)"
            + "(?!.*\\b(?:i|we|you|your|me|my|is|are|was|be|would|'d|remember|make|do)\\b)"
            // two words or more ("muted palette", "kodak portra"), or one that only describes ("painterly", "grainy")
            + "(?:[a-z][a-z0-9'&-]*(?: [a-z0-9'&-]+){1,4}|[a-z-]+(?:ly|y|ish))");

    /** A style's name without the words that make it last: "charcoal for everything from now" → "charcoal". */
    static String withoutLastingWords(String name) {
        return LASTING_PHRASE.matcher(name).replaceAll(" ").strip().replaceAll("(?:\\s+(?:for|from|from here|style|look))+$", "")
                .replaceFirst("^(?:the )?same ", "").replaceAll("\\s+", " ").strip();
    }

    /** "…, I think it would suit our posters", "…, since we're being fancy": why, not the style's name. */
    private static final Pattern WHY_AFTER = Pattern.compile(",\\s*(?:i think|i feel|i reckon|it reminds|it would|it'd|that would|"
            + "since|because|as it|so it|so that|cause|cuz) .*$|[.!]+\\s*(?:forever|commit to the bit|trust me|seriously|no take ?backs)\\b.*$");

    /** Joins a hyphenated name's words into one while filler is taken out (letters, so that it stays one word). */
    private static final String JOINED = "qqhyphenqq";

    static String name(String instruction) {
        // "in style of Caravaggio": the name after "style of"
        Optional<String> named = namedAfterCue(instruction).map(name -> name.replaceFirst("^(?:sort of|kind of|kinda|sorta) (?:an? )?", "")
                .replaceFirst("^(?:(?:a|the) )?(?:(?:style|look|manner|feel|aesthetic) of (?:an? |the )?|style (?=[a-z]))", ""));
        if (named.isPresent()) {
            return tidied(withoutLastingWords(named.get()));   // "use korean ink painting style after this" → "korean ink painting"
        }
        String text = LASTING_PHRASE.matcher(WHY_AFTER.matcher(Phrasing.core(instruction)).replaceFirst("")).replaceAll(" ")
                .replaceAll("\\b(?:we|you|they|i|it|that)'(?:re|m|ve|ll|d|s)\\b", " ")
                .replaceAll("-(?:ish|y)\\b", "")
                // "wet-in-wet", "point-of-view": one word of the name, whose small words are no filler
                .replaceAll("\\b([a-z]+)-(in|on|of|the|and|to|a)-([a-z]+)\\b", "$1" + JOINED + "$2" + JOINED + "$3")
                .replace("-", " - ").replace(",", " ");
        // "ink and wash", "pen and ink": "and" between two words of the name is part of it.
        text = NAME_PAIR.matcher(text).replaceAll(m -> NOT_THE_NAME.matcher(m.group(1)).matches()
                || NOT_THE_NAME.matcher(m.group(2)).matches() ? m.group() : m.group(1) + "_and_" + m.group(2));
        return tidied(spelled(NOT_THE_NAME.matcher(text.replaceFirst("^(?:(?:set|use) )?(?:the |a |my |our )?(?:global |default |house |overall |project |document |main )?"
                + "style(?: lock)?(?: to| as)?\\s*[:=]", " ")).replaceAll(" ")
                .replace("_and_", " and ").replace(JOINED, "-").replaceAll("[^a-z0-9 '&-]", " ").replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", " ").strip()
                .replaceAll("^-|-$", "")));
    }

    /**
     * A style's name as a name: "like a children book illustration" → "children book illustration", "style anime" →
     * "anime", "watercolor po" → "watercolor", "chalk drawing style for my menu boards" → "chalk drawing".
     */
    static String tidied(String name) {
        String tidy = name.strip();
        for (String before = ""; !before.equals(tidy); ) {
            before = tidy;
            tidy = tidy.replaceFirst("^(?:(?:looks?|looking) like|like|as|an?|the|style(?= [a-z]))\\s+", "")
                    .replaceFirst("\\s+(?:po|naman|na|lah|la|pls|please|thanks|ok|style|instead|period|full stop)$", "")
                    // "chalk drawing style for my menu boards", "etching for all labels": what it is for
                    .replaceFirst("(?<=[a-z]) for (?:(?:all|every|each) (?:the |my |our |these |those )?|(?:the|my|our|this|these|those) )"
                            + "[a-z' ]{2,30}$", "")
                    // "bold comic style with bright colours": the style, and more of it
                    .replaceFirst("(?<=[a-z]) (?:style|look) with ", ", ").strip();
        }
        return tidy.isEmpty() ? name : tidy;
    }

    /** One spelling for the names said both ways: "watercolour", "water color" → "watercolor". */
    private static String spelled(String name) {
        return name.replace("colour", "color").replace("water color", "watercolor");
    }

    /** "turn the noir thing off", "pause the style": a style switched off in so many words. */
    static boolean turnsAStyleOff(String instruction) {
        return STYLE_OFF.matcher(core(instruction)).find();
    }

    /** "keep …", "stick with …", "we're staying with …": words of keeping, with no word of switching. */
    static boolean saysKeeping(String instruction) {
        String text = core(instruction);
        return KEEP.matcher(text).find() && !SWITCHING.matcher(text).find();
    }

    /** The look a change asked for: "as a pencil sketch", "make it look like a van gogh painting", "a fox, linocut style". */
    private static final Pattern LOOK_ASKED = Pattern.compile("(?:\\b(?:looks? like|looking like|in the (?:style|manner) of|"
            + "(?:turn|make|render|redo|convert|change|do) (?:it|this|that|the (?:picture|image|photo|scene|whole thing)) (?:into|as|to)"
            + "|^(?:now |ok |okay |try )?(?:as|like|in))\\s+(?:an? |the )?([a-z][a-z' &-]{2,40}?)|(?:^|, )([a-z][a-z' &-]{2,30}?) (?:style|look))"
            + "\\s*$");
    private static final Pattern NO_LOOK = Pattern.compile("(?:it|it's|its|this|that|he|she|they|there|we|you|i|a|an|the)\\b.*");

    /** The look an instruction asked for in so many words, to keep as the style; empty when it names none. */
    static Optional<String> lookAskedFor(String instruction) {
        Matcher m = LOOK_ASKED.matcher(Phrasing.core(instruction).replaceAll("[.!?]+$", "").strip());
        if (!m.find()) {
            return Optional.empty();
        }
        // "another one but oil painting style", "a garden, in persian miniature style": the name after the last cue
        String look = (m.group(1) != null ? m.group(1)
                : m.group(2).replaceFirst("^.*\\b(?:but|in|as|like|with|using)\\s+(?:an? |the )?(?=[a-z])", "")).strip();
        return NO_LOOK.matcher(look).matches() || NOT_THE_NAME.matcher(look).matches() ? Optional.empty()
                : Optional.of(tidied(spelled(look)));
    }

    /** "this look", "whatever style this is": the style of the picture now, pointed at rather than named. */
    private static final Pattern POINTED_STYLE = Pattern.compile("\\b(?:this|that|the current|current|the present)"
            // "this exact look", "the current visual style", "this palette and texture"
            + "(?: (?:exact|same|visual|overall|whole|particular|very))? (?:style|look|aesthetic|vibe|feel|palette|treatment|"
            + "rendering|handling|mood)\\b|\\b(?:this|that) [a-z]+'s (?:style|look|feel|palette)\\b"   // "this plate's look"
            + "|\\bwhatever (?:style|look|this|that) (?:this|that|it) is\\b|\\bwhatever (?:style|look) (?:this|that|it)(?: one)? (?:has|had)\\b"
            // "the colours and feel of this picture", "the style of this picture"
            + "|\\bthe (?:[a-z]+ and )?(?:feel|look|style|colou?rs|palette|mood) of (?:this|that) (?:picture|image|one|pic|photo)\\b"
            // "this one is the vibe. use for everything"
            + "|\\b(?:this|that)(?: one)? (?:is|'s) (?:the|my|our) (?:vibe|look|style|aesthetic)\\b");
    /** A style "named" only by pointing at a picture: "this one", "that", "this picture". */
    private static final Pattern POINTER = Pattern.compile("(?:this|that|it|these|those)(?: (?:one|picture|image|pic|photo|result|"
            + "version))?");
    private static final Pattern SWITCHING = Pattern.compile("\\b(?:switch|swap|change|instead|rather|now use|new style)\\b");

    /** Keeping a style, denied: "don't keep the style anymore", "no need to stick with the ink". */
    private static final Pattern NOT_KEEPING = Pattern.compile("\\b(?:no need to|(?:you )?(?:don'?t|do not|dont) (?:have|need) to|"
            + "(?:please )?(?:don'?t|do not|dont)|no longer|stop) (?:keep(?:ing)?|stick(?:ing)? (?:with|to)|stay(?:ing)? (?:with|in)|"
            + "continu(?:e|ing) with|carry(?:ing)? on with)\\b");

    /** "cyberpunk vibe on this one only, don't keep it": a look for this picture, not the end of a style. */
    private static final Pattern MEASURED_BY_THE_STYLE = Pattern.compile("\\btoo [a-z]+ for (?:my|our|the|this) (?:house |usual )?"
            + "(?:style|look)\\b");
    private static final Pattern JUST_THIS_ONE = Pattern.compile("\\b(?:(?:this|that) one only|only (?:this|that) one|"
            + "just (?:this|that) once|just for (?:this|that)(?: one)?|only for (?:this|that)(?: one)?)\\b");

    /** "…, no style this time", "without the style just this once": one picture without the style in force. */
    private static final Pattern STYLE_THIS_TIME = Pattern.compile(".{3,}[,;] (?:but )?(?:no|without(?: the| a| any)?) style "
            + "(?:this time|just this once|for this one)\\b");

    static boolean leavesTheStyleOut(String instruction) {
        return STYLE_THIS_TIME.matcher(core(instruction)).find();
    }

    /** "For the rest of this session, please render everything as watercolour": every picture, in that look. */
    private static final Pattern EVERYTHING_IN_A_LOOK = Pattern.compile("\\b(?:do|make|render|paint|draw|generate|create) "
            + "(?:everything|all of (?:them|it)|every (?:picture|image|one)) (?:in|as)\\b");

    /** "our house style is cut-paper collage, please use it for all images": the style named, then kept for every picture. */
    private static final Pattern STYLE_IS = Pattern.compile("\\b(?:house|default|usual) style is (?:an? )?([a-z][a-z ,&'-]{2,40}?)"
            + "\\s*[,.;:!]"
            // "house style for the Riesling range: vintage 1920s poster. use it on everything"
            + "|\\b(?:house|default) style for (?:the |my |our |this )?[a-z0-9' -]{1,40}?\\s*[:=]\\s*(?:an? )?([a-z0-9][a-z0-9 ,&'-]{2,40}?)"
            + "\\s*[.;!]");
    /** "gothic oil painting, dark and candlelit - use that for every cover from now": a look described, then made lasting. */
    private static final Pattern DESCRIBED_THEN_USED = Pattern.compile("^([a-z][a-z ,&'-]{2,60}?)\\s*(?:[-–—:.;]|,)\\s*(?:please |and )?"
            + "(?:use|keep|apply|do) (?:that|it|this)(?: look| style)? (?:for|on|in) (?:every|all|everything|each|the rest)\\b");
    /** Words that make the text before "use that" a remark about the picture, not a look described. */
    private static final Pattern A_REMARK = Pattern.compile("\\b(?:this|that|it|i|i'm|we|love|like|looks?|nice|great|perfect|good|"
            + "gorgeous|beautiful|lovely|wow|ooh|yes|ok|okay)\\b");

    /**
     * "can the next ones look just like it", "could all the rest be done in the same gentle way as this one", "remember this
     * colour and feel for further images": the later pictures asked to look like this one.
     */
    private static final Pattern LATER_ONES_LIKE_THIS = Pattern.compile("\\b(?:(?:all )?the (?:rest|others|other ones|next ones|"
            + "next few|ones after(?: this)?)|(?:the )?(?:next|later|future|further|following) (?:ones|images|pictures|pics|pages|shots))"
            + "\\b.{0,40}?\\b(?:(?:look|be|come out|turn out)(?: done)? (?:just |exactly )?like (?:it|this|this one|that one)\\b|"
            // "I like how this one looks. Can the next ones look the same?"
            + "look (?:just |exactly )?the same[?.!]*$|"
            + "(?:be )?(?:done |made )?in the same (?:[a-z]+ )?(?:way|style|manner|look) as (?:this|that|it)\\b)"
            + "|\\bremember (?:this|that|the) (?:colou?rs?|look|feel|mood|palette|style|vibe)(?: and (?:the )?(?:colou?rs?|look|feel|mood|"
            + "palette|style|vibe))? for (?:the )?(?:further|future|later|next|other|all(?: the)?|coming) (?:images|pictures|ones|pics)\\b"
            // "match everything after this to this piece"
            + "|\\bmatch (?:everything|all|anything|the rest|all the rest|the others) (?:after this |from now on |i make )?"
            + "(?:to|with) (?:this|it)\\b"
            // "omg i love this, same vibe for the rest of the album"
            + "|\\bsame (?:style|look|vibe|feel|aesthetic) for (?:the rest|all the rest|the others|the next ones|everything after)\\b");
    /** The look of the picture there now, pointed at: "this vibe", "the style of the current image", "how this one came out". */
    private static final String THIS_LOOK = "(?:(?:this|that|the current|current|this same|that same)(?: visual)? (?:look|style|"
            + "vibe|feel|aesthetic|mood|grade|treatment|palette|rendering|finish|colou?ring)|these (?:colou?rs|tones)(?: and (?:the )?"
            + "(?:feel|look|vibe|mood|light))?|(?:style|look|feel) of (?:the current|this|that) (?:image|picture|"
            + "one|photo)|(?:style|look|feel) of the present (?:image|picture|one|photo)|the same way|"
            // "let us keep this manner of painting for all subsequent pictures"
            + "(?:this|that|the current|the same) (?:manner|way|kind|sort|type|method) of (?:painting|drawing|rendering|colou?ring|"
            + "illustration|illustrating)|how (?:this|that) one (?:came out|turned out|looks)|(?:this|that|it) (?:the|our|my) [a-z]+ "
            + "(?:look|style)|(?:the )?(?:present|current) (?:appearance|look|style)|(?:it )?like this(?: one)?|this is the (?:look|style|vibe))";
    /** The pictures still to come: "the rest of the months", "all subsequently generated images", "the whole show". */
    private static final String STILL_TO_COME = "(?:the rest|rest of (?:the |my |our )?[a-z]+|everything else|all (?:the )?(?:other|next|future|subsequent|following|remaining) "
            + "[a-z]+|subsequent(?:ly)?|upcoming|from now on|going forward|from here on|the whole (?:show|series|set|campaign|"
            + "collection|book|project|drop|calendar|deck|run|season|album|range|line|story|comic)|every (?:next|future|other|later)|"
            + "all future|the others|the next ones|all of them|the other (?:photos|pictures|images|ones|pics|pages|shots)|"
            // "this is the look, make it default", "can it always look like this one"
            + "(?:the )?default|always|(?:the |a |our |my )?(?:house|standing) style)";
    /** That look kept for the pictures still to come, whichever is said first: "lock in this vibe for the rest of the drop". */
    private static final Pattern THIS_LOOK_FOR_LATER = Pattern.compile("\\b" + THIS_LOOK + "\\b.{0,60}?\\b" + STILL_TO_COME + "\\b|\\b"
            + STILL_TO_COME + "\\b.{0,60}?\\b" + THIS_LOOK + "\\b"
            // "Adopt the current rendering as the house style for the catalogue"
            + "|\\b" + THIS_LOOK + "\\b.{0,30}?\\bas (?:the|our|my|a) (?:house |default |standard |standing |usual )?(?:style|look)\\b"
            // "save this as the look going forward", "I like this, remember the style"
            + "|\\b(?:save|remember|store|set|keep|use) (?:this|it|that)(?: one)? as (?:the|my|our|a) (?:[a-z]+ )?(?:look|style|default)\\b"
            + "|\\bremember (?:the|this|that) (?:style|look|vibe)[\\s.!]*$");
    /** After a style's name: "… style", "…, always", "… for all new maps". */
    private static final Pattern SAID_AFTER_THE_NAME = Pattern.compile("(?:,? (?:always|please|pls|thanks|from now on|going forward)"
            + "|,? for (?:all|every|the rest|everything)\\b.*| (?:style|look|aesthetic|vibe))$");
    /** "use this style for all next pictures: noir comic", "every cover from now on: grainy 35mm, cold": named after a colon. */
    private static final Pattern NAMED_AFTER_A_COLON = Pattern.compile("^[^:]{6,}?:\\s*([a-z0-9][a-z0-9 ,&'-]{2,80}?)[.!]*$");

    /** "for everything after this, can you do a loose watercolour style": how long, said before anything else. */
    static boolean lastingSaidFirst(String instruction) {
        return LASTING_FIRST.matcher(Phrasing.normalise(instruction)).lookingAt();
    }

    private static final Pattern LASTING_FIRST = Pattern.compile("(?:(?:ok|okay|so|and|now|right),? )?(?:" + STRONG_PERSISTENCE.pattern()
            + ")");

    static Optional<Change> read(String instruction) {
        String said = Phrasing.normalise(instruction);
        if (JUST_THIS_ONE.matcher(said).find() && said.matches(".*\\b(?:don'?t|do not|no need to|not) keep\\b.*")
                || MEASURED_BY_THE_STYLE.matcher(said).find() && AdjustmentReader.read(instruction).isPresent()) {
            // "cyberpunk vibe on this one only, don't keep it": this picture's look; "too warm for my house style, cool it":
            // an adjustment, measured against the style
            return Optional.empty();
        }
        Matcher styleIs = STYLE_IS.matcher(said);
        if (styleIs.find()) {
            return Optional.of(new Set(spelled((styleIs.group(1) != null ? styleIs.group(1) : styleIs.group(2)).strip())));
        }
        Matcher described = DESCRIBED_THEN_USED.matcher(Phrasing.core(instruction));
        if (described.lookingAt() && !A_REMARK.matcher(described.group(1)).find()) {
            return Optional.of(new Set(spelled(described.group(1).replaceAll("[,\\s]+$", "").strip())));
        }
        if (PRAISED_THEN_KEPT.matcher(said).find() || LATER_ONES_LIKE_THIS.matcher(said).find()
                || THIS_LOOK_FOR_LATER.matcher(said).find() && !CLEAR.matcher(said).find() && !SWITCHING.matcher(said).find()
                        && !said.contains(":")) {   // "use this style for all next pictures: noir comic" names it
            return Optional.of(new Keep());
        }
        Matcher afterColon = NAMED_AFTER_A_COLON.matcher(instruction.strip().toLowerCase(java.util.Locale.ROOT));
        if (afterColon.matches() && STRONG_PERSISTENCE.matcher(Phrasing.normalise(
                instruction.substring(0, instruction.indexOf(':')))).find()) {
            return Optional.of(new Set(spelled(SAID_AFTER_THE_NAME.matcher(afterColon.group(1).strip()).replaceFirst("")
                    .replaceAll("\\bb ?(?:&|/|n) ?w\\b", "black and white"))));
        }
        // "drop clarity on her face for a softer look": the look hoped for, no style; "until I say stop" ends nothing now, it
        // says for how long
        String text = core(instruction).replaceAll("\\buntil (?:i|we) (?:say|tell you)(?: to)? stop\\b", "from now on").replaceFirst("\\s+for (?:a|an|that|the) (?:[a-z-]+ ){0,3}(?:look|feel|vibe)$", "")
                .replace("-", " - ").replace(",", " ");
        if (EVERYTHING_IN_A_LOOK.matcher(text).find() && STRONG_PERSISTENCE.matcher(said).find()) {
            String look = name(instruction);
            if (!look.isEmpty()) {
                return Optional.of(new Set(look));   // the look named, whatever its words ("cold-press")
            }
        }
        boolean namesAnAdjustment = AdjustmentReader.namesAnEffect(instruction) && !STYLE_WORD.matcher(text).find();
        if (namesAnAdjustment && !STRONG_PERSISTENCE.matcher(text).find()) {
            return Optional.empty();   // "drop clarity on her face": less of an adjustment, not the end of a style
        }
        if (leavesTheStyleOut(instruction)) {
            return Optional.empty();   // "castle on a hill, no style this time": this picture only, the style stays
        }
        if (NOT_KEEPING.matcher(text).find() && !JUST_THIS_ONE.matcher(text).find()) {
            return Optional.of(new Clear());   // "no need to keep the style", "you don't have to stick with the watercolour"
        }
        if (STYLE_STAYS.matcher(text).find() && !SWITCHING.matcher(text).find()) {
            return Optional.of(new Keep());
        }
        if (STYLE_OFF.matcher(text).find()
                || CLEAR.matcher(text).find() && (STYLE_WORD.matcher(text).find() || PERSISTENCE.matcher(text).find())) {
            return Optional.of(new Clear());   // "ok clear the style", "go back to no style"
        }
        if (!PERSISTENCE.matcher(text).find() && !ENOUGH_OF.matcher(text).find() && !STRONG_PERSISTENCE.matcher(text).find()
                && !KEEPING.matcher(text).lookingAt()) {
            // "For all subsequent generations, please use a 19th-century engraving style": the lasting words said before
            // the request, which names the style. Otherwise a look without a word of keeping it ("make it look like a
            // woodcut") is for this picture only; and "who painted the mona lisa" says nothing of a style at all.
            if (!STRONG_PERSISTENCE.matcher(said).find() || !STYLE_WORD.matcher(text).find()) {
                return Optional.empty();
            }
            String named = name(instruction);
            return named.isEmpty() ? Optional.empty() : Optional.of(new Set(named));
        }
        if (CLEAR.matcher(text).find()) {
            return Optional.of(new Clear());
        }
        String name = name(instruction);
        if (SAME_STYLE.matcher(text).find() && KEEP.matcher(text).find() || SAME_STYLE.matcher(text).lookingAt()
                || KEEP_THAT_STYLE.matcher(text).find()) {
            return Optional.of(new Keep());   // "same style as before, continue with it"
        }
        if (POINTED_STYLE.matcher(text).find() && !SWITCHING.matcher(text).find() && namedAfterCue(instruction).isEmpty()) {
            return Optional.of(new Keep());   // "remember this style", "obsessed with this look, use it for everything"
        }
        if (!name.isEmpty()) {
            // "use the look of this one for everything": the name only points at the picture there is
            return Optional.of(POINTER.matcher(name).matches() ? new Keep() : new Set(name));
        }
        return KEEP.matcher(text).find() ? Optional.of(new Keep()) : Optional.empty();
    }
}
