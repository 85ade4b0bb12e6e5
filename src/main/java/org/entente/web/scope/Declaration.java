package org.entente.web.scope;

/**
 * What one route declares about alliances: that it reads or writes the record its path parameter names, that it
 * belongs to no alliance, that it changes a shared library, or that it creates an alliance.
 */
public record Declaration(Rule rule, Kind kind, String param, String reason) {

    /** Which access rule decides a request to the route. */
    public enum Rule { READ, WRITE, UNSCOPED, CHANGES_LIBRARY, CREATES_ALLIANCE }

    static Declaration of(Reads reads) {
        return new Declaration(Rule.READ, reads.value(), reads.param(), null);
    }

    static Declaration of(Writes writes) {
        return new Declaration(Rule.WRITE, writes.value(), writes.param(), null);
    }

    static Declaration of(Unscoped unscoped) {
        return new Declaration(Rule.UNSCOPED, null, null, unscoped.value());
    }

    static Declaration of(ChangesLibrary library) {
        return new Declaration(Rule.CHANGES_LIBRARY, null, null, library.value());
    }

    static Declaration createsAlliance() {
        return new Declaration(Rule.CREATES_ALLIANCE, null, null, "creates an alliance");
    }

    /** Whether the route's path names a record of an alliance. */
    public boolean scoped() {
        return rule == Rule.READ || rule == Rule.WRITE;
    }

    public boolean writes() {
        return rule == Rule.WRITE;
    }
}
