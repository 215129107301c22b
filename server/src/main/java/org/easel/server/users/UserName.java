package org.easel.server.users;

import java.util.regex.Pattern;

/** The names users are added under: short, lower case, safe in logs, status lines and file names. */
public final class UserName {
    /** The local owner: whoever holds the daemon's own token (the state directory's {@code token} file). */
    public static final String OWNER = "owner";
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

    private UserName() {
    }

    /** The name, or an IllegalArgumentException that says what a name may be. */
    public static String check(String name) {
        if (name == null || !VALID.matcher(name).matches()) {
            throw new IllegalArgumentException("A user name is 1 to 32 characters: lower-case letters, digits, "
                    + "'.', '_' or '-', starting with a letter or digit; \"" + name + "\" is not.");
        }
        if (OWNER.equals(name)) {
            throw new IllegalArgumentException("\"" + OWNER + "\" is the local owner, who uses the daemon's own token "
                    + "(the file \"token\" in the state directory); choose another name.");
        }
        return name;
    }
}
