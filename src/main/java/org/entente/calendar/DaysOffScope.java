package org.entente.calendar;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.entente.web.scope.Kind;
import org.entente.web.scope.QueryScope;

import java.util.Map;

/** Which alliance a blackout or an office day off belongs to, for the access check of the routes naming them. */
@Singleton
public class DaysOffScope extends QueryScope {

    public DaysOffScope(EntityManager entities) {
        super(entities, Map.of(
                Kind.BLACKOUT, "select b.allianceId from BlackoutPeriod b where b.id = ?1",
                Kind.OFFICE_DAY_OFF, "select o.partner.alliance.id from OfficeDayOff d, Office o where o.id = d.officeId"
                        + " and d.id = ?1"));
    }
}
