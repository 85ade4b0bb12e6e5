package org.entente.alliance;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.entente.web.scope.Kind;
import org.entente.web.scope.QueryScope;

import java.util.Map;

/** Which alliance an alliance, partner, office or person belongs to, for the access check of the routes naming them. */
@Singleton
public class AllianceScope extends QueryScope {

    public AllianceScope(EntityManager entities) {
        super(entities, Map.of(
                Kind.ALLIANCE, "select a.id from Alliance a where a.id = ?1",
                Kind.PARTNER, "select p.alliance.id from Partner p where p.id = ?1",
                Kind.OFFICE, "select o.partner.alliance.id from Office o where o.id = ?1",
                Kind.PERSON, "select x.partner.alliance.id from Person x where x.id = ?1"));
    }
}
