package org.easel.server.memory;

import java.time.Instant;
import java.util.List;

/**
 * Which of two copies of one conversation is newer: the daemon's, or one embedded in a document.
 * Turns are only ever appended, so a copy is newer when the other's turns are exactly its first
 * turns (same number, instruction, job and start time) and it has more. Copies that differ at
 * some turn went separate ways (the file was edited on two machines); neither is newer.
 */
public final class CopyComparison {

    /** How the document's copy relates to the daemon's. */
    public enum Verdict {
        /** The daemon has no turns of this conversation. */
        UNKNOWN_HERE,
        /** The document's copy continues the daemon's. */
        DOCUMENT_NEWER,
        /** Both have the same turns. */
        SAME,
        /** The daemon's copy continues the document's. */
        DAEMON_NEWER,
        /** The copies differ at some turn. */
        DIVERGED
    }

    /** What identifies a turn across copies. */
    record TurnKey(int number, String instruction, String job, Instant startedAt) {
        static TurnKey of(TurnRecord turn) {
            return new TurnKey(turn.number(), turn.instruction(), turn.jobId(), turn.startedAt());
        }
    }

    private CopyComparison() {
    }

    public static Verdict compare(List<TurnRecord> daemonCopy, List<TurnRecord> documentCopy) {
        if (daemonCopy.isEmpty()) {
            return Verdict.UNKNOWN_HERE;
        }
        int common = Math.min(daemonCopy.size(), documentCopy.size());
        for (int i = 0; i < common; i++) {
            if (!TurnKey.of(daemonCopy.get(i)).equals(TurnKey.of(documentCopy.get(i)))) {
                return Verdict.DIVERGED;
            }
        }
        if (documentCopy.size() > daemonCopy.size()) {
            return Verdict.DOCUMENT_NEWER;
        }
        return documentCopy.size() == daemonCopy.size() ? Verdict.SAME : Verdict.DAEMON_NEWER;
    }
}
