package org.easel.server.transport;

import jakarta.json.JsonArrayBuilder;
import org.easel.protocol.ErrorCode;
import org.easel.protocol.Frame;
import org.easel.protocol.Jsons;
import org.easel.protocol.Messages;
import org.easel.server.session.EditService;

/** The replies that concern users: who a connection is, the queue per user, a revoked token. */
final class UserReplies {
    private UserReplies() {
    }

    /** {@code welcome}, saying which user the token belongs to. */
    static Frame welcome(Frame welcome, String user) {
        return Frame.of(Jsons.createObjectBuilder(welcome.header()).add("user", user).build());
    }

    /**
     * The queue as every user may see it: per user, whether one of their edits runs and how many
     * wait, never what they are or which conversations they belong to.
     */
    static Frame status(String id, String user, EditService edits, int capacity) {
        JsonArrayBuilder users = Jsons.createArrayBuilder();
        for (EditService.UserQueue queue : edits.queueByUser()) {
            users.add(Jsons.createObjectBuilder().add("user", queue.user()).add("running", queue.running())
                    .add("waiting", queue.waiting()));
        }
        return Frame.of(Jsons.createObjectBuilder().add(Messages.TYPE, Messages.STATUS).add(Messages.ID, id)
                .add("user", user)
                .add("queue", Jsons.createObjectBuilder().add("capacity", capacity)
                        .add("waitingPerUser", edits.waitingPerUser()).add("users", users))
                .build());
    }

    /** Fatal: the connection closes once it is written, and the request it answers is not served. */
    static Frame revoked(java.util.Optional<String> id, String user) {
        return Replies.error(id, ErrorCode.UNAUTHORIZED, "The token of user \"" + user + "\" has been revoked; "
                + "this connection is closed. Ask the daemon's owner for a new token (easel users add " + user + ").");
    }
}
