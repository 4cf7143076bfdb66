package org.aitrainer.api.write;

/** The roles a token's groups claim can grant. Reads need none. */
public final class Roles {

    /** May create and update policies, benefits, salary ranges and sources. */
    public static final String EDITOR = "editor";

    /** May do what an editor does, delete, and manage regions. */
    public static final String ADMIN = "admin";

    private Roles() {}
}
