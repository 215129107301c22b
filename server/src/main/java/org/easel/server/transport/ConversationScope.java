package org.easel.server.transport;

import org.easel.protocol.ErrorCode;
import org.easel.protocol.ProtocolException;
import org.easel.server.users.UserName;

/**
 * Where one user's conversations live in the shared memory. Each user has a namespace of their
 * own: the conversation a client names is looked up in its user's namespace only, so no request
 * can reach another user's conversation, and the answer for another user's id is exactly the
 * answer for an id nobody ever used (nothing reveals that it exists).
 *
 * <p>Why namespaces rather than one id space with an owner per conversation: a conversation's id
 * travels inside the document (a Krita annotation, a GIMP parasite), so two artists who open the
 * same file send the same id; each must get a conversation of their own, not a refusal, and a
 * refusal would tell one that the other had used the file.
 *
 * <p>The owner's conversations keep the ids they always had, so everything stored before users
 * existed is the owner's, untouched. Other users' ids are stored as
 * {@code U+001F user U+001F id}; a client id may contain no control character, so no id the owner
 * (or anyone) sends can name a key of another namespace.
 */
final class ConversationScope {
    private static final char SEPARATOR = '\u001f';

    private final String user;

    ConversationScope(String user) {
        this.user = user;
    }

    String user() {
        return user;
    }

    /** The memory's key for this user's conversation {@code clientId}. */
    String stored(String clientId) throws ProtocolException {
        for (int i = 0; i < clientId.length(); i++) {
            if (Character.isISOControl(clientId.charAt(i))) {
                throw new ProtocolException(ErrorCode.BAD_REQUEST,
                        "A conversation id may not contain control characters.");
            }
        }
        return UserName.OWNER.equals(user) ? clientId : SEPARATOR + user + SEPARATOR + clientId;
    }

    /** The id the client knows for one of this user's stored keys. */
    String clientId(String stored) {
        String prefix = SEPARATOR + user + SEPARATOR;
        if (stored.startsWith(prefix)) {
            return stored.substring(prefix.length());
        }
        if (UserName.OWNER.equals(user) && !stored.isEmpty() && stored.charAt(0) != SEPARATOR) {
            return stored;
        }
        throw new IllegalStateException("a key of another user's namespace reached " + user);
    }
}
