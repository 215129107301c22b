package org.easel.server.session;

/**
 * One of several versions of generated content made by one job.
 *
 * @param index   which version, from 1, in the order they were asked for
 * @param seed    the noise seed that made it (each version has its own)
 * @param outcome its layers and message, as a single edit would have them
 */
public record Variant(int index, long seed, EditOutcome outcome) {
}
