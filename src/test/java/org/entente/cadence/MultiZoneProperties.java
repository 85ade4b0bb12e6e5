package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.cadence.SeededProperty.Shrink;
import org.junit.jupiter.api.Test;

/** Launches, locks, per-partner caps and several time zones together: the promises that must hold for any mix. */
class MultiZoneProperties {

    private static final Office SINGAPORE = new Office(14, 140, "SG", null, "Asia/Singapore", LocalTime.of(9, 0),
            LocalTime.of(17, 0));
    private static final Office AUCKLAND = new Office(14, 141, "NZ", null, "Pacific/Auckland", LocalTime.of(9, 0),
            LocalTime.of(17, 0));

    record Mix(int weeks, int count, int percent, int limit, int defaultCap, List<Integer> caps, boolean hybrid,
               boolean auckland, int locks) {

        static Mix generate(SeededProperty.Gen g) {
            return new Mix(g.between(1, 4), g.between(1, 60), g.between(0, 100), g.between(-1, 3),
                    g.between(-1, 6), g.ints(3, 3, -1, 6), g.bool(), g.bool(), g.between(0, 2));
        }

        List<Mix> shrinks() {
            List<Mix> out = new ArrayList<>();
            Shrink.intPart(out, count, 1, x -> new Mix(weeks, x, percent, limit, defaultCap, caps, hybrid, auckland,
                    locks));
            Shrink.intPart(out, locks, 0, x -> new Mix(weeks, count, percent, limit, defaultCap, caps, hybrid,
                    auckland, x));
            Shrink.each(out, Shrink.list(caps, 3, -1), x -> new Mix(weeks, count, percent, limit, defaultCap, x,
                    hybrid, auckland, locks));
            Shrink.intPart(out, defaultCap, -1, x -> new Mix(weeks, count, percent, limit, x, caps, hybrid, auckland,
                    locks));
            Shrink.intPart(out, limit, -1, x -> new Mix(weeks, count, percent, x, defaultCap, caps, hybrid, auckland,
                    locks));
            Shrink.boolPart(out, hybrid, x -> new Mix(weeks, count, percent, limit, defaultCap, caps, x, auckland,
                    locks));
            Shrink.intPart(out, percent, 0, x -> new Mix(weeks, count, x, limit, defaultCap, caps, hybrid, auckland,
                    locks));
            return out;
        }

        List<Office> offices() {
            return List.of(Fixtures.AMSTERDAM, Fixtures.AUSTIN, auckland ? AUCKLAND : SINGAPORE);
        }

        ModePolicy policy() {
            Map<Long, Integer> perPartner = new HashMap<>();
            for (int p = 0; p < 3; p++) {
                if (caps.get(p) >= 0) {
                    perPartner.put(12L + p, caps.get(p));
                }
            }
            return new ModePolicy(percent / 100.0, null, hybrid, Map.of(12L, 1, 13L, 2, 14L, 3),
                    limit < 0 ? null : limit, defaultCap < 0 ? null : defaultCap, 2, true, null, null, perPartner);
        }
    }

    @Test
    void any_mix_of_launch_locks_caps_and_zones_keeps_its_promises() {
        SeededProperty.forAll("launch, locks, caps and three zones", 200, Mix::generate)
                .shrinkingWith(Mix::shrinks)
                .check(MultiZoneProperties::keepsPromises);
    }

    private static void keepsPromises(Mix in) {
        Cadence cadence = Fixtures.every(in.weeks(), in.count());
        ModePolicy policy = in.policy();
        PlanResult first = new RotationPlanner().plan(PlanRequest.of(cadence, in.offices(), policy, null));
        List<Meeting> locked = new ArrayList<>();
        for (int j = 0; j < in.locks() && j < in.count(); j++) {
            Meeting m = first.meetings().get((j * 5 + 2) % in.count());
            if (locked.stream().noneMatch(l -> l.sequence() == m.sequence())) {
                locked.add(Fixtures.lockedAs(m, j % 2 == 0 ? Mode.VIDEO : Mode.IN_PERSON,
                        j % 2 == 0 ? null : Fixtures.OURS));
            }
        }
        PlanRequest request = new PlanRequest(cadence, in.offices(), policy, locked, first.meetings(), null);

        PlanResult result = new RotationPlanner().plan(request);

        assertThat(new RotationPlanner().plan(request)).isEqualTo(result);
        assertThat(result.meetings()).hasSize(in.count()).extracting(Meeting::start).isSorted();
        locked.forEach(m -> assertThat(result.meetings().get(m.sequence() - 1)).isEqualTo(m));
        BalanceReport report = result.report();
        int[] caps = policy.capsFor(List.of(12L, 13L, 14L));
        if (caps != null && report.brokenRules().stream()
                .noneMatch(r -> r.rule().equals("policy.tripsPerPartnerPerYear"))) {
            assertThat(report.trips()).allSatisfy(t -> assertThat(t.trips())
                    .isLessThanOrEqualTo(caps[(int) (t.partnerId() - 12)]));
        }
        List<String> broken = report.brokenRules().stream().map(BrokenRule::rule).toList();
        if (report.travel().maxDeviation() > report.travel().optimum() + 1e-9) {
            assertThat(broken).as("a travel deviation above the optimum is reported").contains("policy.inPersonShare");
        }
        if (report.host().maxDeviation() > report.host().optimum() + 1e-9) {
            assertThat(broken).as("a host deviation above the optimum is reported").contains("policy.hostWeights");
        }
        result.meetings().stream().filter(m -> m.mode() == Mode.VIDEO && !m.locked()).forEach(m -> {
            for (Office office : in.offices()) {
                DayOfWeek local = m.start().withZoneSameInstant(ZoneId.of(office.timeZone())).getDayOfWeek();
                assertThat(local).as("meeting %d at %s", m.sequence(), office.timeZone())
                        .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
        });
    }
}
