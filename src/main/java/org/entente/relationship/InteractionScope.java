package org.entente.relationship;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.entente.web.scope.Kind;
import org.entente.web.scope.QueryScope;

import java.util.Map;

/** Which alliance a logged interaction belongs to (through its person), for the access check of the routes naming it. */
@Singleton
public class InteractionScope extends QueryScope {

    public InteractionScope(EntityManager entities) {
        super(entities, Map.of(Kind.INTERACTION, "select x.partner.alliance.id from Interaction i, Person x"
                + " where x.id = i.personId and i.id = ?1"));
    }
}
