package org.entente.plan;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.entente.web.scope.Kind;
import org.entente.web.scope.QueryScope;

import java.util.Map;

/** Which alliance a meeting belongs to (through its body), for the access check of the routes naming it. */
@Singleton
public class MeetingScope extends QueryScope {

    public MeetingScope(EntityManager entities) {
        super(entities, Map.of(Kind.MEETING, "select b.allianceId from Meeting m, GovernanceBody b where b.id = m.bodyId"
                + " and m.id = ?1"));
    }
}
