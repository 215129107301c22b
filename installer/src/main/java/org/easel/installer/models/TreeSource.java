package org.easel.installer.models;

import org.easel.server.models.ModelException;

/** Gives a repository's file listing at a commit (from the network, or a stand-in in tests). */
@FunctionalInterface
public interface TreeSource {
    RepoTree fetch(String repository, String revision) throws ModelException, InterruptedException;
}
