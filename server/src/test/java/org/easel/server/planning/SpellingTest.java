package org.easel.server.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Slips mended towards the exemplar bank's words, and everything else left as written. */
class SpellingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
            "turn it blak and wite ~ turn it black and white",     // letters left out
            "its too yelow ~ its too yellow",
            "noyse reduktion ~ noise reduction",                     // letters that sound alike
            "sepya tone ~ sepia tone",                               // a word of the trade the model's vocabulary lacks
            "rmeove this ~ remove this",                             // two letters swapped
            "paitn a cat ~ paint a cat",
            "go bak to the orignal ~ go back to the original",
            "ovrexposed, bring it down ~ overexposed, bring it down",
            "fllip vertical ~ flip vertical",                        // a key held down
            "a blue backgroud for the window sill ~ a blue background for the window sill",   // a rare word spares the rest
    })
    void mendsSlips(String written, String meant) {
        assertEquals(meant, Spelling.mend(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '~', value = {
            "make the marker darker",                   // real words are no slips
            "dehaze the bokeh",                         // words the bank uses
            "couldn't you",                             // pieces of words with an apostrophe
            "a blue tit on a branch",                   // three letters: only towards a common word
            "a single tulip",                           // a singular is no slip of the plural the bank names
            "haz un gato negro en la ventana",          // another language: nothing mended, not even "gato"
            "lorem ipsum dolor sit amet",
            "draw a beaker",                            // a letter wrong is more than a slip in a short word
            "put a little red bandana on the dog",      // a letter too many that doubles none: no slip of "banana"
            "soften the greenery",
            "a cat on the window sill",                 // English words the sentence model's vocabulary lacks ("sill", "brie")
            "a cheese board with brie and walnuts",
            "wispy clouds over the loch",
    })
    void leavesWordsThatAreNoSlips(String written) {
        assertEquals(written, Spelling.mend(written));
    }

    @Test
    void weighsSlipsByHowPeopleMakeThem() {
        assertEquals(0.8, Spelling.distance("wite", "white", 2), 1e-9);   // a letter left out
        assertEquals(1.0, Spelling.distance("wite", "with", 2), 1e-9);    // a letter wrong
        assertEquals(0.6, Spelling.distance("noyse", "noise", 2), 1e-9);  // a letter that sounds alike
        assertEquals(0.8, Spelling.distance("frist", "first", 2), 1e-9);  // two swapped
        assertTrue(Spelling.distance("spacesuit", "spaceship", 1.6) > 1.6);
        assertEquals(0.8, Spelling.distance("fllip", "flip", 2), 1e-9);   // a letter doubled
        assertEquals(1.5, Spelling.distance("bandana", "banana", 2), 1e-9);   // a letter too many, doubling none
    }
}
