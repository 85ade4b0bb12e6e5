package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.cadence.Fixtures.every;
import static org.entente.cadence.Fixtures.halfInPerson;

import java.util.List;
import org.junit.jupiter.api.Test;

class StabilityTest {

    private static final Cadence TWENTY_FOUR = every(6, 24);

    @Test
    void re_planning_an_unchanged_plan_changes_nothing() {
        List<Meeting> before = Fixtures.plan(TWENTY_FOUR, halfInPerson()).meetings();

        PlanResult again = Fixtures.replan(TWENTY_FOUR, halfInPerson(), List.of(), before);

        assertThat(again.meetings()).isEqualTo(before);
        assertThat(again.report().changedFromPrevious()).isZero();
    }

    @Test
    void changing_the_twelfth_meeting_changes_at_most_its_neighbours() {
        List<Meeting> before = Fixtures.plan(TWENTY_FOUR, halfInPerson()).meetings();
        Meeting twelfth = before.get(11);
        assertThat(twelfth.mode()).isEqualTo(Mode.VIDEO);
        Meeting edited = Fixtures.lockedAs(twelfth, Mode.IN_PERSON, Fixtures.THEIRS);

        PlanResult after = Fixtures.replan(TWENTY_FOUR, halfInPerson(), List.of(edited), before);

        assertThat(after.report().changedFromPrevious()).isEqualTo(1);
        assertThat(after.meetings().get(10).mode()).isEqualTo(Mode.VIDEO);
        assertThat(after.meetings().subList(12, 24)).isEqualTo(before.subList(12, 24));
        assertThat(after.report().travel().maxDeviation()).isEqualTo(0.5);
    }

    @Test
    void without_the_previous_plan_the_same_change_would_reshuffle_the_future() {
        List<Meeting> before = Fixtures.plan(TWENTY_FOUR, halfInPerson()).meetings();
        Meeting edited = Fixtures.lockedAs(before.get(11), Mode.IN_PERSON, Fixtures.THEIRS);

        List<Meeting> fresh = Fixtures.replan(TWENTY_FOUR, halfInPerson(), List.of(edited), List.of()).meetings();

        long differing = java.util.stream.IntStream.range(12, 24)
                .filter(i -> fresh.get(i).mode() != before.get(i).mode()).count();
        assertThat(differing).isGreaterThan(6);
    }

    @Test
    void without_the_previous_plan_the_count_of_changes_is_absent() {
        assertThat(Fixtures.plan(TWENTY_FOUR, halfInPerson()).report().changedFromPrevious()).isNull();
    }

    @Test
    void a_new_share_changes_fewer_meetings_than_a_fresh_plan_at_the_same_balance() {
        List<Meeting> before = Fixtures.plan(TWENTY_FOUR, halfInPerson()).meetings();
        ModePolicy third = ModePolicy.share(1.0 / 3);

        PlanResult kept = Fixtures.replan(TWENTY_FOUR, third, List.of(), before);
        PlanResult fresh = Fixtures.plan(TWENTY_FOUR, third);

        long freshChanges = java.util.stream.IntStream.range(0, 24).filter(i -> fresh.meetings().get(i).mode()
                != before.get(i).mode() || !java.util.Objects.equals(fresh.meetings().get(i).hostPartnerId(),
                before.get(i).hostPartnerId())).count();
        assertThat(kept.report().changedFromPrevious()).isLessThan((int) freshChanges);
        assertThat(kept.report().travel().maxDeviation()).isEqualTo(fresh.report().travel().maxDeviation());
        assertThat(kept.report().host().maxDeviation()).isEqualTo(fresh.report().host().maxDeviation());
    }

    @Test
    void locking_one_call_of_an_all_video_body_in_three_zones_keeps_the_later_call_times() {
        List<Office> threeZones = List.of(Fixtures.AMSTERDAM, Fixtures.AUSTIN, new Office(16, 160, "SG", null,
                "Asia/Singapore", java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0)));
        ModePolicy allVideo = Fixtures.withoutLaunch(ModePolicy.share(0));
        Cadence weekly = every(1, 40);
        List<Meeting> before = new RotationPlanner().plan(PlanRequest.of(weekly, threeZones, allVideo, null))
                .meetings();
        Meeting fifth = before.get(4);
        Meeting later = new Meeting(5, fifth.start().plusHours(1), fifth.end().plusHours(1), Mode.VIDEO, null, null,
                false, false, true, true, null, true);

        PlanResult after = new RotationPlanner().plan(new PlanRequest(weekly, threeZones, allVideo, List.of(later),
                before, null));

        assertThat(after.meetings().subList(5, 40)).isEqualTo(before.subList(5, 40));
        assertThat(after.report().changedFromPrevious()).isZero();
    }

    @Test
    void re_planning_an_unchanged_plan_with_per_partner_caps_changes_nothing() {
        List<Office> three = List.of(Fixtures.AMSTERDAM, Fixtures.AUSTIN, Fixtures.BERLIN);
        ModePolicy capped = new ModePolicy(0.5, null, false, java.util.Map.of(12L, 1, 13L, 2, 14L, 3), 2, 5, 2,
                true, null, null, java.util.Map.of(12L, 4, 13L, 6));
        Cadence fortnightly = every(2, 78);
        List<Meeting> before = new RotationPlanner().plan(PlanRequest.of(fortnightly, three, capped, null))
                .meetings();

        PlanResult again = new RotationPlanner().plan(new PlanRequest(fortnightly, three, capped, List.of(), before,
                null));

        assertThat(again.meetings()).isEqualTo(before);
        assertThat(again.report().changedFromPrevious()).isZero();
    }

    @Test
    void a_share_too_low_for_the_video_limit_is_still_applied_on_a_re_plan() {
        ModePolicy half = Fixtures.withVideoLimit(halfInPerson(), 2);
        ModePolicy lower = Fixtures.withVideoLimit(ModePolicy.share(0.3), 2);
        List<Meeting> before = Fixtures.plan(TWENTY_FOUR, half).meetings();

        PlanResult after = Fixtures.replan(TWENTY_FOUR, lower, List.of(), before);

        assertThat(after.report().travel().maxDeviation()).isEqualTo(Fixtures.plan(TWENTY_FOUR, lower).report()
                .travel().maxDeviation());
        assertThat(after.report().travel().maxDeviation()).isLessThan(1);
        assertThat(after.report().changedFromPrevious()).isPositive();
    }
}
