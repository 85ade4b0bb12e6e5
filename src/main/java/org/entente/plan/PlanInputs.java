package org.entente.plan;

import org.entente.alliance.Alliance;
import org.entente.alliance.Partner;
import org.entente.body.BodyKind;
import org.entente.body.GovernanceBody;
import org.entente.cadence.Cadence;
import org.entente.cadence.CadenceUnit;
import org.entente.cadence.ModePolicy;
import org.entente.cadence.NonWorkingDays;
import org.entente.cadence.Office;
import org.entente.cadence.PlanRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Translates a body, its alliance and its current plan into the planner's input: the one bridge to {@code cadence}. */
final class PlanInputs {

    private PlanInputs() {
    }

    static PlanRequest request(Alliance alliance, GovernanceBody body, List<Meeting> current, NonWorkingDays days) {
        List<org.entente.cadence.Meeting> previous = current.stream().map(PlanInputs::toPlanner).toList();
        List<org.entente.cadence.Meeting> locked = current.stream().filter(Meeting::fixed)
                .map(PlanInputs::toPlanner).toList();
        return new PlanRequest(cadence(body), offices(alliance), policy(alliance, body), locked, previous, days);
    }

    static Cadence cadence(GovernanceBody body) {
        var c = body.cadence;
        return new Cadence(c.every, CadenceUnit.valueOf(c.unit.name()), c.weekday, c.weekOfMonth, c.firstDate,
                c.count, c.until, c.localTime, c.durationMinutes, c.timeZone);
    }

    /** Every partner's offices, its default venue first, partners with no office left out. */
    static List<Office> offices(Alliance alliance) {
        List<Office> offices = new ArrayList<>();
        for (Partner p : alliance.partners) {
            p.defaultOffice().ifPresent(d -> offices.add(office(p, d)));
            p.offices.stream().filter(o -> !o.equals(p.defaultOffice().orElse(null)))
                    .forEach(o -> offices.add(office(p, o)));
        }
        return offices;
    }

    private static Office office(Partner p, org.entente.alliance.Office o) {
        return new Office(p.id, o.id, o.country, o.subdivision, o.timeZone, o.workdayStart, o.workdayEnd);
    }

    /**
     * Host weights default to 1 for every partner that has an office and was given none; per-partner trip caps are
     * passed for those partners only (the others take no part in the plan). The steering committee's
     * launch is the alliance's launch: its first meeting on or after the alliance's launch date.
     */
    static ModePolicy policy(Alliance alliance, GovernanceBody body) {
        Map<Long, Integer> weights = new HashMap<>();
        alliance.partners.stream().filter(p -> !p.offices.isEmpty())
                .forEach(p -> weights.put(p.id, body.hostWeights.getOrDefault(p.id, 1)));
        Map<Long, Integer> caps = new HashMap<>();
        body.tripCaps.forEach((partner, cap) -> {
            if (weights.containsKey(partner)) {
                caps.put(partner, cap);
            }
        });
        var p = body.policy;
        LocalDate launchDate = body.kind == BodyKind.STEERING_COMMITTEE ? alliance.launchDate : null;
        return new ModePolicy(p.inPersonShare.doubleValue(), null, p.hybridAllowed, weights, p.maxVideoInARow,
                p.tripsPerPartnerPerYear, p.dinnerEvery, p.launchInPerson, p.launchHostPartnerId, launchDate, caps);
    }

    static org.entente.cadence.Meeting toPlanner(Meeting m) {
        return new org.entente.cadence.Meeting(m.sequence, m.start(), m.end(), m.mode, m.hostPartnerId, m.officeId,
                m.launch, m.dinner, m.socialStart, m.fixed(), null, m.inconvenientSlot);
    }
}
