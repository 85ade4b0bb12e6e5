package org.entente.account;

/** What a user may do in one alliance: a manager edits it, a member only reads it. */
public enum AccessRole {
    MANAGER("Alliance manager", "edits this alliance"),
    MEMBER("Member", "reads this alliance, its schedules and feeds");

    public final String label;
    public final String meaning;

    /** The role named by {@code name}, or null for anything else (the caller reports the field). */
    public static AccessRole parse(String name) {
        for (AccessRole role : values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }

    AccessRole(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }
}
