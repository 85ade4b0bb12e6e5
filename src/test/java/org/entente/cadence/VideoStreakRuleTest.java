package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.entente.cadence.Fixtures.every;
import static org.entente.cadence.Fixtures.withVideoLimit;

import java.util.List;
import org.junit.jupiter.api.Test;

class VideoStreakRuleTest {

    @Test
    void a_balanced_third_never_has_more_than_two_videos_in_a_row() {
        PlanResult result = Fixtures.plan(every(4, 30), withVideoLimit(ModePolicy.share(1.0 / 3), 2));

        assertThat(result.report().longestVideoStreak()).isEqualTo(2);
        assertThat(result.report().brokenRules()).extracting(BrokenRule::rule, BrokenRule::sequence)
                .as("only the in-person launch's cost to balance is reported").containsExactly(
                        tuple("policy.inPersonShare", 1));
    }

    @Test
    void the_limit_holds_when_a_locked_meeting_pushes_the_balance_towards_video() {
        ModePolicy policy = withVideoLimit(Fixtures.halfInPerson(), 1);
        PlanResult first = Fixtures.plan(every(6, 12), policy);
        Meeting second = Fixtures.lockedAs(first.meetings().get(1), Mode.IN_PERSON, Fixtures.THEIRS);

        PlanResult result = Fixtures.replan(every(6, 12), policy, List.of(second), List.of());

        assertThat(Fixtures.letters(result)).startsWith("OP").doesNotContain("VV");
        assertThat(result.report().brokenRules()).extracting(BrokenRule::rule)
                .doesNotContain("policy.maxVideoInARow");
    }

    @Test
    void a_share_too_low_for_the_limit_keeps_the_share_and_reports_the_limit() {
        PlanResult result = Fixtures.plan(every(4, 20), withVideoLimit(Fixtures.withoutLaunch(ModePolicy.share(0.2)), 1));

        assertThat(result.report().travel().maxDeviation()).isEqualTo(result.report().travel().optimum());
        assertThat(result.report().brokenRules()).extracting(BrokenRule::rule).contains("policy.maxVideoInARow");
    }

    @Test
    void locked_videos_longer_than_the_limit_are_reported() {
        ModePolicy policy = withVideoLimit(Fixtures.halfInPerson(), 1);
        List<Meeting> meetings = Fixtures.plan(every(6, 10), policy).meetings();
        List<Meeting> locked = List.of(Fixtures.lockedAs(meetings.get(3), Mode.VIDEO, null),
                Fixtures.lockedAs(meetings.get(4), Mode.VIDEO, null));

        PlanResult result = Fixtures.replan(every(6, 10), policy, locked, List.of());

        assertThat(result.report().longestVideoStreak()).isGreaterThanOrEqualTo(2);
        assertThat(result.report().brokenRules()).extracting(BrokenRule::rule).contains("policy.maxVideoInARow");
    }
}
