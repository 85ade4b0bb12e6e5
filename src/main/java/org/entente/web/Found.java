package org.entente.web;

import jakarta.ws.rs.NotFoundException;

/** Turns a missing record into 404 Not Found, the same answer for "does not exist" and "you may not see it". */
public final class Found {

    private Found() {
    }

    /** {@code entity}, or a 404 naming what was looked for ("No person 12") when it is null. */
    public static <T> T orNotFound(T entity, String what, Object id) {
        if (entity == null) {
            throw new NotFoundException("No " + what + " " + id);
        }
        return entity;
    }
}
