package org.easel.server.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestInSentencesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '~', value = {
            // one sentence: as said
            "could you add a hat here ~ could you add a hat here",
            // what describes the thing joins it; the remark after its name goes
            "could you add a hat to my grandson? a baseball cap would be fine. ~ could you add a hat to my grandson, a baseball cap",
            "might a vase of roses be put upon the windowsill here? red ones, if you please. ~ "
                    + "might a vase of roses be put upon the windowsill here, red ones",
            "could you create an illustration of a classroom? wooden desks, a blackboard. ~ "
                    + "could you create an illustration of a classroom, wooden desks, a blackboard",
            // a clause that says something of its own ends what describes
            "would it be possible to add a hat? a flat cap, like he always used to wear. ~ would it be possible to add a hat, a flat cap",
            // the story and the remarks are left out, before and after
            "i've selected the empty chair. could a cat sit there? ~ could a cat sit there",
            "paint a pigeon here. the pigeon is a metaphor ~ paint a pigeon here",
            "could you paint a robin on the fence post? i'd love that. ~ could you paint a robin on the fence post",
            "just a cat. sitting. two ears. is that too much to ask ~ just a cat, sitting, two ears",
            // the last sentence that asks is the request
            "fine, forget the photo. just make me a dog on a beach. any dog. surprise me ~ just make me a dog on a beach",
            // what to leave out, however it is said
            "fill it with a clear blue sky. do not include any birds or aircraft. ~ fill it with a clear blue sky, no birds or aircraft",
            "draw a bird on the wire. not crow. ~ draw a bird on the wire, not crow",
            "white lilies on a dark background. elegant, and no text please ~ white lilies on a dark background, elegant, no text",
            // no sentence asks: the thing described is the request
            "so my studio is doing a halloween special. black cake, drippy red ganache. our customers are brides. ~ "
                    + "black cake, drippy red ganache",
            // a request that points back names what the sentence before suggested
            "a framed landscape print would make it feel lived in. could you add one? ~ could you add a framed landscape print",
            "so i was thinking a small shelf with some jars might fill it. can you put that there? ~ "
                    + "can you put a small shelf with some jars there",
            // an abbreviation's stop ends no sentence
            "paint a sea serpent like the ones on 16th c. charts ~ paint a sea serpent like the ones on 16th c. charts",
    })
    void aRequestSaidInSeveralSentencesIsReadAsOne(String normalised, String expected) {
        assertEquals(expected, RequestInSentences.asOneSentence(normalised));
    }
}
