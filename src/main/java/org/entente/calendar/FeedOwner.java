package org.entente.calendar;

/** Whose meetings a feed carries: one governance body's, or those of every body a person sits on. */
public enum FeedOwner {
    BODY("bodyId", "body_id", "bodies"), PERSON("personId", "person_id", "people");

    final String column;
    final String sqlColumn;
    /** The first path segment of the owner's pages: /bodies/{id}, /people/{id}. */
    public final String path;

    FeedOwner(String column, String sqlColumn, String path) {
        this.column = column;
        this.sqlColumn = sqlColumn;
        this.path = path;
    }
}
