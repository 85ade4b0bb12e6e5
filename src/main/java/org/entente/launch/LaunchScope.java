package org.entente.launch;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.entente.web.scope.Kind;
import org.entente.web.scope.QueryScope;

import java.util.Map;

/** Which alliance a launch checklist item belongs to, for the access check of the routes naming it. */
@Singleton
public class LaunchScope extends QueryScope {

    public LaunchScope(EntityManager entities) {
        super(entities, Map.of(Kind.LAUNCH_ITEM, "select i.allianceId from LaunchItem i where i.id = ?1"));
    }
}
