package org.entente.web.scope;

import java.util.Optional;
import java.util.Set;

/**
 * Finds the alliance of a record from its id, for the kinds of record one feature owns. Each feature implements it
 * as a CDI bean over its own tables; the access check asks it for the id a route's path names.
 */
public interface AllianceResolver {

    /** The kinds this feature owns; each kind has exactly one resolver. */
    Set<Kind> kinds();

    /** The alliance of the record of this kind and id; empty when there is no such record. */
    Optional<Long> allianceOf(Kind kind, long id);
}
