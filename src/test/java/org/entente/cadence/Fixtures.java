package org.entente.cadence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tiny named fixtures: two partners, "ours" (12, Amsterdam) and "theirs" (13, Austin). */
final class Fixtures {

    static final long OURS = 12;
    static final long THEIRS = 13;
    static final Office AMSTERDAM = new Office(OURS, 120, "NL", null, "Europe/Amsterdam",
            LocalTime.of(9, 0), LocalTime.of(17, 0));
    static final Office AUSTIN = new Office(THEIRS, 130, "US", "US-TX", "America/Chicago",
            LocalTime.of(9, 0), LocalTime.of(17, 0));
    static final Office BERLIN = new Office(14, 140, "DE", null, "Europe/Berlin",
            LocalTime.of(9, 0), LocalTime.of(17, 0));
    static final List<Office> TWO_PARTNERS = List.of(AMSTERDAM, AUSTIN);
    /** A Tuesday. */
    static final LocalDate FIRST = LocalDate.of(2027, 1, 12);

    private Fixtures() {
    }

    /** Every {@code weeks} weeks from {@link #FIRST} at 15:00 Amsterdam for 90 minutes. */
    static Cadence every(int weeks, int count) {
        return Cadence.everyWeeks(weeks, FIRST, count, LocalTime.of(15, 0), 90, "Europe/Amsterdam");
    }

    static Cadence monthly(DayOfWeek weekday, int weekOfMonth, int count) {
        return new Cadence(1, CadenceUnit.MONTHS, weekday, weekOfMonth, FIRST, count, null, LocalTime.of(15, 0),
                90, "Europe/Amsterdam");
    }

    /** The steering committee of the worked example: 50 % in person, launch at ours. */
    static ModePolicy halfInPerson() {
        return ModePolicy.share(0.5);
    }

    static ModePolicy withVideoLimit(ModePolicy p, Integer limit) {
        return new ModePolicy(p.inPersonShare(), p.laterShare(), p.hybridAllowed(), p.hostWeights(), limit,
                p.tripsPerPartnerPerYear(), p.dinnerEvery(), p.launchInPerson(), p.launchHostPartnerId(),
                p.launchDate());
    }

    static ModePolicy withTripCap(ModePolicy p, Integer cap, boolean hybrid) {
        return new ModePolicy(p.inPersonShare(), p.laterShare(), hybrid, p.hostWeights(), p.maxVideoInARow(),
                cap, p.dinnerEvery(), p.launchInPerson(), p.launchHostPartnerId(), p.launchDate());
    }

    static ModePolicy withDinnerEvery(ModePolicy p, Integer every) {
        return new ModePolicy(p.inPersonShare(), p.laterShare(), p.hybridAllowed(), p.hostWeights(),
                p.maxVideoInARow(), p.tripsPerPartnerPerYear(), every, p.launchInPerson(), p.launchHostPartnerId(),
                p.launchDate());
    }

    static ModePolicy withWeights(ModePolicy p, Map<Long, Integer> weights) {
        return new ModePolicy(p.inPersonShare(), p.laterShare(), p.hybridAllowed(), weights, p.maxVideoInARow(),
                p.tripsPerPartnerPerYear(), p.dinnerEvery(), p.launchInPerson(), p.launchHostPartnerId(),
                p.launchDate());
    }

    static ModePolicy withoutLaunch(ModePolicy p) {
        return new ModePolicy(p.inPersonShare(), p.laterShare(), p.hybridAllowed(), p.hostWeights(),
                p.maxVideoInARow(), p.tripsPerPartnerPerYear(), p.dinnerEvery(), false, null, p.launchDate());
    }

    static ModePolicy withLater(ModePolicy p, LaterShare later) {
        return new ModePolicy(p.inPersonShare(), later, p.hybridAllowed(), p.hostWeights(), p.maxVideoInARow(),
                p.tripsPerPartnerPerYear(), p.dinnerEvery(), p.launchInPerson(), p.launchHostPartnerId(),
                p.launchDate());
    }

    static PlanResult plan(Cadence cadence, ModePolicy policy) {
        return new RotationPlanner().plan(PlanRequest.of(cadence, TWO_PARTNERS, policy, new WeekendsOnly()));
    }

    static PlanResult replan(Cadence cadence, ModePolicy policy, List<Meeting> locked, List<Meeting> previous) {
        return new RotationPlanner().plan(new PlanRequest(cadence, TWO_PARTNERS, policy, locked, previous,
                new WeekendsOnly()));
    }

    /** The plan as letters: O = ours hosts, P = partner hosts, V = video, H = hybrid. */
    static String letters(PlanResult result) {
        StringBuilder sb = new StringBuilder();
        for (Meeting m : result.meetings()) {
            sb.append(switch (m.mode()) {
                case VIDEO -> 'V';
                case HYBRID -> 'H';
                case IN_PERSON -> m.hostPartnerId() == OURS ? 'O' : 'P';
            });
        }
        return sb.toString();
    }

    /** A copy of {@code m}, changed to {@code mode} at {@code host} and locked. */
    static Meeting lockedAs(Meeting m, Mode mode, Long host) {
        Long office = host == null ? null : host == OURS ? AMSTERDAM.officeId() : AUSTIN.officeId();
        return new Meeting(m.sequence(), m.start(), m.end(), mode, host, office, m.launch(), m.dinner(),
                mode == Mode.VIDEO, true, m.moved(), false);
    }

    static List<Meeting> without(List<Meeting> meetings, int sequence) {
        List<Meeting> rest = new ArrayList<>(meetings);
        rest.removeIf(m -> m.sequence() == sequence);
        return rest;
    }
}
