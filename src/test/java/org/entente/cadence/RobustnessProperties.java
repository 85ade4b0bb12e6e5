package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RobustnessProperties {

    /** Any valid mix of rules gives a complete plan that keeps the locks and the hard caps it reports as kept. */
    @Property(seed = "42", tries = 200)
    void every_valid_request_gives_a_complete_plan(@ForAll @IntRange(min = 1, max = 6) int weeks,
                                                   @ForAll @IntRange(min = 1, max = 90) int count,
                                                   @ForAll @IntRange(min = 0, max = 100) int percent,
                                                   @ForAll @IntRange(min = 0, max = 100) int laterPercent,
                                                   @ForAll @IntRange(min = -1, max = 3) int limit,
                                                   @ForAll @IntRange(min = -1, max = 5) int cap,
                                                   @ForAll boolean hybrid,
                                                   @ForAll boolean threePartners,
                                                   @ForAll @IntRange(min = 0, max = 3) int locks,
                                                   @ForAll @IntRange(min = 0, max = 3) int oursWeight) {
        List<Office> offices = threePartners
                ? List.of(Fixtures.AMSTERDAM, Fixtures.AUSTIN, Fixtures.BERLIN) : Fixtures.TWO_PARTNERS;
        Map<Long, Integer> weights = threePartners ? Map.of(12L, oursWeight, 13L, 1, 14L, 2)
                : Map.of(12L, oursWeight, 13L, 1);
        ModePolicy policy = new ModePolicy(percent / 100.0, new LaterShare(Fixtures.FIRST.plusYears(1),
                laterPercent / 100.0), hybrid, weights, limit < 0 ? null : limit, cap < 0 ? null : cap, 2, true, 13L,
                null);
        Cadence cadence = Fixtures.every(weeks, count);
        PlanResult first = new RotationPlanner().plan(PlanRequest.of(cadence, offices, policy, null));
        List<Meeting> locked = new ArrayList<>();
        for (int j = 0; j < locks && j < count; j++) {
            Meeting m = first.meetings().get((j * 7 + 3) % count);
            if (locked.stream().noneMatch(l -> l.sequence() == m.sequence())) {
                locked.add(Fixtures.lockedAs(m, j % 2 == 0 ? Mode.VIDEO : Mode.IN_PERSON,
                        j % 2 == 0 ? null : Fixtures.OURS));
            }
        }

        PlanResult result = new RotationPlanner().plan(new PlanRequest(cadence, offices, policy, locked,
                first.meetings(), null));

        assertThat(result.meetings()).hasSize(count);
        assertThat(result.meetings()).extracting(Meeting::sequence).isSorted().doesNotHaveDuplicates();
        locked.forEach(m -> assertThat(result.meetings().get(m.sequence() - 1)).isEqualTo(m));
        boolean capReported = result.report().brokenRules().stream()
                .anyMatch(r -> r.rule().equals("policy.tripsPerPartnerPerYear"));
        if (cap >= 0 && !capReported) {
            assertThat(result.report().trips()).allSatisfy(t -> assertThat(t.trips()).isLessThanOrEqualTo(cap));
        }
        boolean limitReported = result.report().brokenRules().stream()
                .anyMatch(r -> r.rule().equals("policy.maxVideoInARow"));
        if (limit >= 0 && !limitReported) {
            assertThat(result.report().longestVideoStreak()).isLessThanOrEqualTo(limit);
        }
        assertThat(result.meetings()).allSatisfy(m -> assertThat(m.start().toLocalDate().getDayOfWeek().getValue())
                .isLessThanOrEqualTo(5));
        assertThat(result.report().changedFromPrevious()).isNotNull();
    }
}
