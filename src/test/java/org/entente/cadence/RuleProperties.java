package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.cadence.SeededProperty.Shrink;
import org.junit.jupiter.api.Test;

class RuleProperties {

    record Limit(int count, int percent, int limit) {
        List<Limit> shrinks() {
            List<Limit> out = new ArrayList<>();
            Shrink.intPart(out, count, 1, x -> new Limit(x, percent, limit));
            Shrink.intPart(out, limit, 0, x -> new Limit(count, percent, x));
            Shrink.intPart(out, percent, 0, x -> new Limit(count, x, limit));
            return out;
        }

        boolean shareAllowsIt() {
            return percent / 100.0 >= 1.0 / (limit + 1);
        }
    }

    @Test
    void the_video_limit_holds_whenever_the_share_allows_it() {
        SeededProperty.forAll("video limit", 150, g -> new Limit(g.between(1, 120), g.between(0, 100),
                        g.between(0, 4)))
                .assuming(Limit::shareAllowsIt).shrinkingWith(Limit::shrinks)
                .check(in -> {
                    PlanResult result = Fixtures.plan(Fixtures.every(2, in.count()),
                            Fixtures.withVideoLimit(ModePolicy.share(in.percent() / 100.0), in.limit()));

                    assertThat(result.report().longestVideoStreak()).isLessThanOrEqualTo(in.limit());
                    assertThat(result.report().brokenRules()).extracting(BrokenRule::rule)
                            .doesNotContain("policy.maxVideoInARow");
                });
    }

    record Cap(int count, int percent, int cap, boolean hybrid) {
        List<Cap> shrinks() {
            List<Cap> out = new ArrayList<>();
            Shrink.intPart(out, count, 1, x -> new Cap(x, percent, cap, hybrid));
            Shrink.intPart(out, cap, 0, x -> new Cap(count, percent, x, hybrid));
            Shrink.intPart(out, percent, 0, x -> new Cap(count, x, cap, hybrid));
            Shrink.boolPart(out, hybrid, x -> new Cap(count, percent, cap, x));
            return out;
        }
    }

    @Test
    void trip_caps_hold_except_where_the_launch_breaks_them() {
        SeededProperty.forAll("trip caps", 150, g -> new Cap(g.between(1, 120), g.between(0, 100),
                        g.between(0, 6), g.bool()))
                .shrinkingWith(Cap::shrinks)
                .check(in -> {
                    PlanResult result = Fixtures.plan(Fixtures.every(2, in.count()),
                            Fixtures.withTripCap(ModePolicy.share(in.percent() / 100.0), in.cap(), in.hybrid()));

                    boolean launchBreaksIt = result.report().brokenRules().stream()
                            .anyMatch(r -> r.rule().equals("policy.tripsPerPartnerPerYear"));
                    if (!launchBreaksIt) {
                        assertThat(result.report().trips())
                                .allSatisfy(t -> assertThat(t.trips()).isLessThanOrEqualTo(in.cap()));
                    } else {
                        assertThat(in.cap()).isZero();
                    }
                    assertThat(result.meetings().get(0).mode()).isEqualTo(Mode.IN_PERSON);
                });
    }

    record Moves(int weeks, int count, int every) {
        List<Moves> shrinks() {
            List<Moves> out = new ArrayList<>();
            Shrink.intPart(out, count, 1, x -> new Moves(weeks, x, every));
            Shrink.intPart(out, weeks, 1, x -> new Moves(x, count, every));
            Shrink.intPart(out, every, 2, x -> new Moves(weeks, count, x));
            return out;
        }
    }

    @Test
    void dates_never_move_more_than_a_week_and_keep_their_order() {
        SeededProperty.forAll("dates move at most a week", 100, g -> new Moves(g.between(1, 4), g.between(1, 60),
                        g.between(2, 5)))
                .shrinkingWith(Moves::shrinks)
                .check(in -> {
                    PlanResult result = new RotationPlanner().plan(new PlanRequest(Fixtures.every(in.weeks(),
                            in.count()), Fixtures.TWO_PARTNERS, Fixtures.halfInPerson(), List.of(), List.of(),
                            new PlannerProperties.EveryNthDay(in.every(), 0)));

                    assertThat(result.report().movedDates()).allSatisfy(m -> assertThat(
                            Math.abs(m.to().toEpochDay() - m.from().toEpochDay()))
                            .isBetween(1L, (long) DateMover.MAX_SHIFT));
                    assertThat(result.meetings()).extracting(Meeting::start).isSorted();
                });
    }
}
