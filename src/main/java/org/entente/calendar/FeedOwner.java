package org.entente.calendar;

/** Whose meetings a feed carries: one governance body's, or those of every body a person sits on. */
public enum FeedOwner {
    BODY("bodyId", "bodies"), PERSON("personId", "people");

    final String column;
    /** The first path segment of the owner's pages: /bodies/{id}, /people/{id}. */
    public final String path;

    FeedOwner(String column, String path) {
        this.column = column;
        this.path = path;
    }
}
