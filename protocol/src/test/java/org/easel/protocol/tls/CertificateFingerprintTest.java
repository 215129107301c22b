package org.easel.protocol.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CertificateFingerprintTest {
    // sha256("abc"), a published test vector
    private static final String ABC = "SHA256:BA:78:16:BF:8F:01:CF:EA:41:41:40:DE:5D:AE:22:23:B0:03:61:A3:96:17:7A:9C:B4:10:FF:61:F2:00:15:AD";

    @Test
    void isTheSha256OfTheDerWrittenAsKeytoolPrintsIt() {
        assertEquals(ABC, CertificateFingerprint.ofDer("abc".getBytes(StandardCharsets.US_ASCII)).toString());
    }

    @Test
    void readsWhatPeoplePasteWithOrWithoutPrefixColonsOrCase() {
        CertificateFingerprint expected = CertificateFingerprint.parse(ABC);
        String bare = ABC.substring("SHA256:".length());
        for (String pasted : new String[] {bare, bare.toLowerCase(), bare.replace(":", ""), " sha256:" + bare.replace(":", " ") + "\n",
                "SHA-256:" + bare}) {
            assertTrue(expected.matches(CertificateFingerprint.parse(pasted)), pasted);
        }
        assertFalse(expected.matches(CertificateFingerprint.ofDer(new byte[] {0})));
    }

    @Test
    void refusesWhatIsNotAFingerprintSayingWhereToFindOne() {
        for (String bad : new String[] {"", "SHA256:AB:CD", ABC + ":00", ABC.replace("BA", "ZZ")}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CertificateFingerprint.parse(bad));
            assertTrue(e.getMessage().contains("easel status"), e.getMessage());
        }
    }
}
