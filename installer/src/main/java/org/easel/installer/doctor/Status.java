package org.easel.installer.doctor;

/** How a check came out. Only {@link #FIX} makes {@code easel doctor} exit with 1. */
public enum Status {
    /** as it should be */
    OK,
    /** worth knowing, nothing wrong (the daemon is not running, no models yet) */
    NOTE,
    /** works, but likely to bite (little disk space left) */
    WARN,
    /** Easel cannot work as meant until this is fixed; the finding says how */
    FIX
}
