package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RuleProperties {

    @Property(seed = "42", tries = 150)
    void the_video_limit_holds_whenever_the_share_allows_it(@ForAll @IntRange(min = 1, max = 120) int count,
                                                            @ForAll @IntRange(min = 0, max = 100) int percent,
                                                            @ForAll @IntRange(min = 0, max = 4) int limit) {
        double share = percent / 100.0;
        Assume.that(share >= 1.0 / (limit + 1));

        PlanResult result = Fixtures.plan(Fixtures.every(2, count),
                Fixtures.withVideoLimit(ModePolicy.share(share), limit));

        assertThat(result.report().longestVideoStreak()).isLessThanOrEqualTo(limit);
        assertThat(result.report().brokenRules()).extracting(BrokenRule::rule)
                .doesNotContain("policy.maxVideoInARow");
    }

    @Property(seed = "42", tries = 150)
    void trip_caps_hold_except_where_the_launch_breaks_them(@ForAll @IntRange(min = 1, max = 120) int count,
                                                            @ForAll @IntRange(min = 0, max = 100) int percent,
                                                            @ForAll @IntRange(min = 0, max = 6) int cap,
                                                            @ForAll boolean hybrid) {
        PlanResult result = Fixtures.plan(Fixtures.every(2, count),
                Fixtures.withTripCap(ModePolicy.share(percent / 100.0), cap, hybrid));

        boolean launchBreaksIt = result.report().brokenRules().stream()
                .anyMatch(r -> r.rule().equals("policy.tripsPerPartnerPerYear"));
        if (!launchBreaksIt) {
            assertThat(result.report().trips()).allSatisfy(t -> assertThat(t.trips()).isLessThanOrEqualTo(cap));
        } else {
            assertThat(cap).isZero();
        }
        assertThat(result.meetings().get(0).mode()).isEqualTo(Mode.IN_PERSON);
    }

    @Property(seed = "42", tries = 100)
    void dates_never_move_more_than_a_week_and_keep_their_order(@ForAll @IntRange(min = 1, max = 4) int weeks,
                                                                @ForAll @IntRange(min = 1, max = 60) int count,
                                                                @ForAll @IntRange(min = 2, max = 5) int every) {
        PlanResult result = new RotationPlanner().plan(new PlanRequest(Fixtures.every(weeks, count),
                Fixtures.TWO_PARTNERS, Fixtures.halfInPerson(), List.of(), List.of(),
                new PlannerProperties.EveryNthDay(every, 0)));

        assertThat(result.report().movedDates()).allSatisfy(m -> assertThat(
                Math.abs(m.to().toEpochDay() - m.from().toEpochDay())).isBetween(1L, (long) DateMover.MAX_SHIFT));
        assertThat(result.meetings()).extracting(Meeting::start).isSorted();
    }
}
