package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.cadence.Fixtures.every;
import static org.entente.cadence.Fixtures.halfInPerson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockValidationRuleTest {

    private static final Cadence TWELVE = every(6, 12);
    private static final List<Meeting> PLAN = Fixtures.plan(TWELVE, halfInPerson()).meetings();

    private static Meeting lockedOn(Meeting m, int plusDays) {
        Meeting moved = new Meeting(m.sequence(), m.start().plusDays(plusDays), m.end().plusDays(plusDays), m.mode(),
                m.hostPartnerId(), m.officeId(), m.launch(), m.dinner(), m.socialStart(), true, null, false);
        return moved;
    }

    @Test
    void a_lock_dated_years_outside_the_cadence_names_the_meeting() {
        Meeting fifth = lockedOn(PLAN.get(4), 3 * 365);

        assertThatThrownBy(() -> Fixtures.replan(TWELVE, halfInPerson(), List.of(fifth), List.of()))
                .isInstanceOfSatisfying(InvalidPlanInput.class, e -> {
                    assertThat(e.field()).isEqualTo("lockedMeetings[0].start");
                    assertThat(e.getMessage()).contains("meeting 5", "outside the cadence");
                });
    }

    @Test
    void a_lock_past_its_neighbour_is_out_of_range() {
        Meeting third = lockedOn(PLAN.get(2), 6 * 7);

        assertThatThrownBy(() -> Fixtures.replan(TWELVE, halfInPerson(), List.of(third), List.of()))
                .isInstanceOfSatisfying(InvalidPlanInput.class,
                        e -> assertThat(e.field()).isEqualTo("lockedMeetings[0].start"));
    }

    @Test
    void two_locks_on_one_date_clash() {
        Meeting third = lockedOn(PLAN.get(2), 20);
        Meeting fourth = lockedOn(PLAN.get(3), -22);

        assertThatThrownBy(() -> Fixtures.replan(TWELVE, halfInPerson(), List.of(third, fourth), List.of()))
                .isInstanceOfSatisfying(InvalidPlanInput.class, e -> {
                    assertThat(e.field()).isEqualTo("lockedMeetings[1].start");
                    assertThat(e.getMessage()).contains("the same day as locked meeting 3");
                });
    }

    @Test
    void a_lock_moved_within_its_neighbours_is_kept() {
        Meeting fifth = lockedOn(PLAN.get(4), 1);

        PlanResult result = Fixtures.replan(TWELVE, halfInPerson(), List.of(fifth), List.of());

        assertThat(result.meetings().get(4)).isEqualTo(fifth);
        assertThat(result.meetings()).extracting(Meeting::start).isSorted();
    }

    @Test
    void a_null_in_the_previous_plan_is_an_input_error() {
        List<Meeting> previous = new ArrayList<>(Arrays.asList(PLAN.get(0), null));

        assertThatThrownBy(() -> Fixtures.replan(TWELVE, halfInPerson(), List.of(), previous))
                .isInstanceOfSatisfying(InvalidPlanInput.class,
                        e -> assertThat(e.field()).isEqualTo("previousPlan[1]"));
    }

    @Test
    void a_previous_meeting_without_a_start_is_an_input_error() {
        Meeting m = PLAN.get(2);
        Meeting noStart = new Meeting(3, null, m.end(), m.mode(), m.hostPartnerId(), m.officeId(), false, false,
                false, false, null, false);

        assertThatThrownBy(() -> Fixtures.replan(TWELVE, halfInPerson(), List.of(), List.of(noStart)))
                .isInstanceOfSatisfying(InvalidPlanInput.class,
                        e -> assertThat(e.field()).isEqualTo("previousPlan[0]"));
    }
}
