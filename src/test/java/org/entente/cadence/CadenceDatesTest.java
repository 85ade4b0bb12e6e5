package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CadenceDatesTest {

    private static final LocalDate JAN_12 = LocalDate.of(2027, 1, 12);

    @Test
    void every_six_weeks_from_the_first_date() {
        assertThat(CadenceDates.expand(Fixtures.every(6, 3)))
                .containsExactly(JAN_12, JAN_12.plusWeeks(6), JAN_12.plusWeeks(12));
    }

    @Test
    void monthly_on_the_second_tuesday_skips_a_first_month_already_past() {
        Cadence secondTuesday = new Cadence(1, CadenceUnit.MONTHS, DayOfWeek.TUESDAY, 2, LocalDate.of(2027, 1, 13),
                3, null, LocalTime.NOON, 60, "Europe/Amsterdam");

        assertThat(CadenceDates.expand(secondTuesday)).containsExactly(
                LocalDate.of(2027, 2, 9), LocalDate.of(2027, 3, 9), LocalDate.of(2027, 4, 13));
    }

    @Test
    void quarterly_on_the_last_friday() {
        Cadence lastFriday = new Cadence(3, CadenceUnit.MONTHS, DayOfWeek.FRIDAY, -1, JAN_12, 3, null,
                LocalTime.NOON, 60, "Europe/Amsterdam");

        assertThat(CadenceDates.expand(lastFriday)).containsExactly(
                LocalDate.of(2027, 1, 29), LocalDate.of(2027, 4, 30), LocalDate.of(2027, 7, 30));
    }

    @Test
    void until_an_end_date_includes_it() {
        Cadence untilMarch = new Cadence(2, CadenceUnit.WEEKS, null, null, JAN_12, null, JAN_12.plusWeeks(6),
                LocalTime.NOON, 60, "Europe/Amsterdam");

        assertThat(CadenceDates.expand(untilMarch)).hasSize(4).last().isEqualTo(JAN_12.plusWeeks(6));
    }

    @Test
    void count_and_until_stop_at_whichever_comes_first() {
        Cadence both = new Cadence(1, CadenceUnit.WEEKS, null, null, JAN_12, 10, JAN_12.plusWeeks(2),
                LocalTime.NOON, 60, "Europe/Amsterdam");

        assertThat(CadenceDates.expand(both)).hasSize(3);
    }

    @Test
    void a_window_without_any_occurrence_gives_an_empty_plan() {
        Cadence none = new Cadence(1, CadenceUnit.MONTHS, DayOfWeek.FRIDAY, -1, JAN_12, null, JAN_12.plusDays(3),
                LocalTime.NOON, 60, "Europe/Amsterdam");

        PlanResult result = new RotationPlanner().plan(PlanRequest.of(none, Fixtures.TWO_PARTNERS,
                ModePolicy.share(0.5), null));

        assertThat(result.meetings()).isEmpty();
        assertThat(result.report().brokenRules()).isEmpty();
    }
}
