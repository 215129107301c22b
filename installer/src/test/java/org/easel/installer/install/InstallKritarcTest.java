package org.easel.installer.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The kritarc edit: one line switched on, everything else byte for byte, and undone exactly. */
class InstallKritarcTest {

    private static void roundTrip(String before, String expectedEnabled) {
        KritaSettings.Enabled enabled = KritaSettings.enable(before);
        assertEquals(expectedEnabled, enabled.text());
        assertTrue(KritaSettings.isEnabled(enabled.text()));
        assertEquals(before, KritaSettings.restore(enabled.text(), enabled.change()), "restore gives back the original");
    }

    @Test
    void aMissingOrEmptyFileGetsAPythonGroup() {
        roundTrip("", "[python]\nenable_easel=true\n");
    }

    @Test
    void aFileWithoutThePythonGroupGetsItAppendedAfterABlankLine() {
        roundTrip("[General]\nfoo=bar\n", "[General]\nfoo=bar\n\n[python]\nenable_easel=true\n");
        roundTrip("[General]\nfoo=bar", "[General]\nfoo=bar\n\n[python]\nenable_easel=true\n");
        roundTrip("[General]\nfoo=bar\n\n", "[General]\nfoo=bar\n\n[python]\nenable_easel=true\n");
    }

    @Test
    void theKeyGoesAtTheEndOfAnExistingPythonGroupBeforeTheNextGroup() {
        roundTrip("[python]\nenable_scripter=true\n\n[Other]\nx=1\n",
                "[python]\nenable_scripter=true\nenable_easel=true\n\n[Other]\nx=1\n");
    }

    @Test
    void anExistingSwitchIsTurnedOnAndItsOldLineRestored() {
        roundTrip("[python]\nenable_easel=false\nenable_scripter=true\n", "[python]\nenable_easel=true\nenable_scripter=true\n");
        roundTrip("[python]\nenable_easel = False\n", "[python]\nenable_easel=true\n");
    }

    @Test
    void windowsLineEndingsAreKept() {
        roundTrip("[General]\r\nfoo=bar\r\n", "[General]\r\nfoo=bar\r\n\r\n[python]\r\nenable_easel=true\r\n");
        roundTrip("[python]\r\nenable_scripter=true\r\n", "[python]\r\nenable_scripter=true\r\nenable_easel=true\r\n");
    }

    @Test
    void onlyTheKeyInThePythonGroupCounts() {
        assertFalse(KritaSettings.isEnabled("[other]\nenable_easel=true\n"));
        assertFalse(KritaSettings.isEnabled("[python]\n#enable_easel=true\n"));
        assertFalse(KritaSettings.isEnabled("[python]\nenable_easel=false\n"));
        assertTrue(KritaSettings.isEnabled("[python]\nenable_easel=TRUE\n"));
        roundTrip("[other]\nenable_easel=true\n", "[other]\nenable_easel=true\n\n[python]\nenable_easel=true\n");
    }

    @Test
    void restoringAfterKritaRewroteTheFileRemovesOurGroupAndKeepsTheRest() {
        KritaSettings.Enabled enabled = KritaSettings.enable("[General]\nfoo=bar\n");
        // Krita saved its settings in between: new groups after ours.
        String rewritten = "[General]\nfoo=bar\n\n[python]\nenable_easel=true\n\n[Zoom]\nlevel=2\n";
        assertEquals("[General]\nfoo=bar\n\n[Zoom]\nlevel=2\n", KritaSettings.restore(rewritten, enabled.change()));
        // A user enabled another plugin in our group: the group stays, only our line goes.
        String shared = "[General]\nfoo=bar\n\n[python]\nenable_easel=true\nenable_other=true\n";
        assertEquals("[General]\nfoo=bar\n\n[python]\nenable_other=true\n", KritaSettings.restore(shared, enabled.change()));
    }

    @Test
    void restoringWhenTheLineIsAlreadyGoneChangesNothing() {
        KritaSettings.Change change = new KritaSettings.Change(Optional.empty(), "");
        assertEquals("[python]\nenable_other=true\n", KritaSettings.restore("[python]\nenable_other=true\n", change));
    }
}
