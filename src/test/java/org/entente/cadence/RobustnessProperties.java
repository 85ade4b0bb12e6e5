package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.cadence.SeededProperty.Shrink;
import org.junit.jupiter.api.Test;

class RobustnessProperties {

    record Mix(int weeks, int count, int percent, int laterPercent, int limit, int cap, boolean hybrid,
               boolean threePartners, int locks, int oursWeight) {

        static Mix generate(SeededProperty.Gen g) {
            return new Mix(g.between(1, 6), g.between(1, 90), g.between(0, 100), g.between(0, 100),
                    g.between(-1, 3), g.between(-1, 5), g.bool(), g.bool(), g.between(0, 3), g.between(0, 3));
        }

        List<Mix> shrinks() {
            List<Mix> out = new ArrayList<>();
            Shrink.intPart(out, count, 1, x -> new Mix(weeks, x, percent, laterPercent, limit, cap, hybrid,
                    threePartners, locks, oursWeight));
            Shrink.intPart(out, locks, 0, x -> new Mix(weeks, count, percent, laterPercent, limit, cap, hybrid,
                    threePartners, x, oursWeight));
            Shrink.boolPart(out, threePartners, x -> new Mix(weeks, count, percent, laterPercent, limit, cap,
                    hybrid, x, locks, oursWeight));
            Shrink.boolPart(out, hybrid, x -> new Mix(weeks, count, percent, laterPercent, limit, cap, x,
                    threePartners, locks, oursWeight));
            Shrink.intPart(out, limit, -1, x -> new Mix(weeks, count, percent, laterPercent, x, cap, hybrid,
                    threePartners, locks, oursWeight));
            Shrink.intPart(out, cap, -1, x -> new Mix(weeks, count, percent, laterPercent, limit, x, hybrid,
                    threePartners, locks, oursWeight));
            Shrink.intPart(out, weeks, 1, x -> new Mix(x, count, percent, laterPercent, limit, cap, hybrid,
                    threePartners, locks, oursWeight));
            Shrink.intPart(out, percent, 0, x -> new Mix(weeks, count, x, laterPercent, limit, cap, hybrid,
                    threePartners, locks, oursWeight));
            Shrink.intPart(out, laterPercent, 0, x -> new Mix(weeks, count, percent, x, limit, cap, hybrid,
                    threePartners, locks, oursWeight));
            Shrink.intPart(out, oursWeight, 0, x -> new Mix(weeks, count, percent, laterPercent, limit, cap, hybrid,
                    threePartners, locks, x));
            return out;
        }
    }

    /** Any valid mix of rules gives a complete plan that keeps the locks and the hard caps it reports as kept. */
    @Test
    void every_valid_request_gives_a_complete_plan() {
        SeededProperty.forAll("complete plan for any mix of rules", 200, Mix::generate)
                .shrinkingWith(Mix::shrinks)
                .check(RobustnessProperties::completePlan);
    }

    private static void completePlan(Mix in) {
        List<Office> offices = in.threePartners()
                ? List.of(Fixtures.AMSTERDAM, Fixtures.AUSTIN, Fixtures.BERLIN) : Fixtures.TWO_PARTNERS;
        Map<Long, Integer> weights = in.threePartners() ? Map.of(12L, in.oursWeight(), 13L, 1, 14L, 2)
                : Map.of(12L, in.oursWeight(), 13L, 1);
        ModePolicy policy = new ModePolicy(in.percent() / 100.0, new LaterShare(Fixtures.FIRST.plusYears(1),
                in.laterPercent() / 100.0), in.hybrid(), weights, in.limit() < 0 ? null : in.limit(),
                in.cap() < 0 ? null : in.cap(), 2, true, 13L, null);
        Cadence cadence = Fixtures.every(in.weeks(), in.count());
        PlanResult first = new RotationPlanner().plan(PlanRequest.of(cadence, offices, policy, null));
        List<Meeting> locked = new ArrayList<>();
        for (int j = 0; j < in.locks() && j < in.count(); j++) {
            Meeting m = first.meetings().get((j * 7 + 3) % in.count());
            if (locked.stream().noneMatch(l -> l.sequence() == m.sequence())) {
                locked.add(Fixtures.lockedAs(m, j % 2 == 0 ? Mode.VIDEO : Mode.IN_PERSON,
                        j % 2 == 0 ? null : Fixtures.OURS));
            }
        }

        PlanResult result = new RotationPlanner().plan(new PlanRequest(cadence, offices, policy, locked,
                first.meetings(), null));

        assertThat(result.meetings()).hasSize(in.count());
        assertThat(result.meetings()).extracting(Meeting::sequence).isSorted().doesNotHaveDuplicates();
        locked.forEach(m -> assertThat(result.meetings().get(m.sequence() - 1)).isEqualTo(m));
        boolean capReported = result.report().brokenRules().stream()
                .anyMatch(r -> r.rule().equals("policy.tripsPerPartnerPerYear"));
        if (in.cap() >= 0 && !capReported) {
            assertThat(result.report().trips()).allSatisfy(t -> assertThat(t.trips()).isLessThanOrEqualTo(in.cap()));
        }
        boolean limitReported = result.report().brokenRules().stream()
                .anyMatch(r -> r.rule().equals("policy.maxVideoInARow"));
        if (in.limit() >= 0 && !limitReported) {
            assertThat(result.report().longestVideoStreak()).isLessThanOrEqualTo(in.limit());
        }
        assertThat(result.meetings()).allSatisfy(m -> assertThat(m.start().toLocalDate().getDayOfWeek().getValue())
                .isLessThanOrEqualTo(5));
        assertThat(result.report().changedFromPrevious()).isNotNull();
    }
}
