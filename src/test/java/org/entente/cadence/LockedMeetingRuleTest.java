package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.cadence.Fixtures.every;
import static org.entente.cadence.Fixtures.halfInPerson;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockedMeetingRuleTest {

    private static final Cadence TWELVE = every(6, 12);

    @Test
    void a_locked_meeting_comes_back_exactly_as_given() {
        Meeting fifth = Fixtures.plan(TWELVE, halfInPerson()).meetings().get(4);
        Meeting edited = new Meeting(5, fifth.start().with(LocalTime.of(8, 30)).plusDays(1),
                fifth.start().with(LocalTime.of(9, 0)).plusDays(1), Mode.VIDEO, null, null, false, false, false,
                true, null, false);

        PlanResult result = Fixtures.replan(TWELVE, halfInPerson(), List.of(edited), List.of());

        assertThat(result.meetings().get(4)).isEqualTo(edited);
    }

    @Test
    void the_rest_rebalances_around_a_locked_meeting_counting_it() {
        Meeting third = Fixtures.plan(TWELVE, halfInPerson()).meetings().get(2);
        Meeting video = Fixtures.lockedAs(third, Mode.VIDEO, null);

        PlanResult result = Fixtures.replan(TWELVE, halfInPerson(), List.of(video), List.of());

        assertThat(result.meetings().get(2).mode()).isEqualTo(Mode.VIDEO);
        assertThat(result.report().travel().counts()).extracting(CategoryCount::actual).containsExactly(6, 6);
        assertThat(result.report().travel().maxDeviation()).isEqualTo(0.5);
    }

    @Test
    void no_other_meeting_takes_a_locked_meeting_date() {
        List<Meeting> plan = Fixtures.plan(TWELVE, halfInPerson()).meetings();
        Meeting moved = plan.get(3);
        Meeting onFourthsNeighbour = new Meeting(4, plan.get(4).start().minusDays(7),
                plan.get(4).end().minusDays(7), Mode.IN_PERSON, Fixtures.OURS, Fixtures.AMSTERDAM.officeId(),
                false, false, false, true, null, false);

        PlanResult result = Fixtures.replan(TWELVE, halfInPerson(), List.of(onFourthsNeighbour), List.of());

        assertThat(result.meetings()).extracting(m -> m.start().toLocalDate()).doesNotHaveDuplicates();
        assertThat(result.meetings().get(3)).isEqualTo(onFourthsNeighbour);
        assertThat(moved.sequence()).isEqualTo(4);
    }

    @Test
    void a_locked_meeting_outside_the_plan_is_rejected() {
        Meeting first = Fixtures.plan(TWELVE, halfInPerson()).meetings().get(0);
        Meeting stray = new Meeting(13, first.start(), first.end(), Mode.VIDEO, null, null, false, false, true,
                true, null, false);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Fixtures.replan(TWELVE, halfInPerson(), List.of(stray), List.of()))
                .isInstanceOfSatisfying(InvalidPlanInput.class,
                        e -> assertThat(e.field()).isEqualTo("lockedMeetings[0]"));
    }
}
