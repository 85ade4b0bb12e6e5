package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.cadence.Fixtures.FIRST;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NonWorkingDayRuleTest {

    /** A fixed test double: two Dutch holidays and one American one, on top of weekends. */
    static final NonWorkingDays HOLIDAYS = new NonWorkingDays() {
        private final Map<LocalDate, DayOff> days = Map.of(
                FIRST.plusWeeks(6), new DayOff(DayOffKind.HOLIDAY, "Test Day", "NL"),
                FIRST.plusWeeks(12), new DayOff(DayOffKind.HOLIDAY, "Founders Day", "US"),
                FIRST.plusWeeks(12).plusDays(1), new DayOff(DayOffKind.HOLIDAY, "Founders Day 2", "US"));
        private final WeekendsOnly weekends = new WeekendsOnly();

        @Override
        public Optional<DayOff> dayOff(LocalDate date, Collection<Office> offices) {
            return weekends.dayOff(date, offices).or(() -> Optional.ofNullable(days.get(date))
                    .filter(d -> offices.stream().anyMatch(o -> o.country().equals(d.country()))));
        }
    };

    private static PlanResult plan(NonWorkingDays calendar, int count) {
        return new RotationPlanner().plan(PlanRequest.of(Fixtures.every(6, count), Fixtures.TWO_PARTNERS,
                Fixtures.halfInPerson(), calendar));
    }

    @Test
    void a_holiday_moves_to_the_nearest_day_in_the_same_week_later_on_a_tie() {
        PlanResult result = plan(HOLIDAYS, 4);

        Meeting second = result.meetings().get(1);
        assertThat(second.start().toLocalDate()).isEqualTo(FIRST.plusWeeks(6).plusDays(1));
        assertThat(second.moved()).isEqualTo(new DateMove(2, FIRST.plusWeeks(6), FIRST.plusWeeks(6).plusDays(1),
                new DayOff(DayOffKind.HOLIDAY, "Test Day", "NL")));
        assertThat(result.report().movedDates()).containsExactly(second.moved(), result.meetings().get(2).moved());
    }

    @Test
    void a_holiday_of_any_attending_country_counts() {
        Meeting third = plan(HOLIDAYS, 4).meetings().get(2);

        assertThat(third.moved().reason().country()).isEqualTo("US");
        assertThat(third.start().toLocalDate()).isEqualTo(FIRST.plusWeeks(12).minusDays(1));
    }

    @Test
    void a_blackout_week_moves_the_meeting_to_the_nearest_working_day_of_another_week() {
        LocalDate monday = FIRST.plusWeeks(6).with(DayOfWeek.MONDAY);
        NonWorkingDays calendar = new WeekendsOnly().withBlackouts(
                List.of(new Blackout(monday, monday.plusDays(4), "Summer break")));

        Meeting second = plan(calendar, 3).meetings().get(1);

        assertThat(second.start().toLocalDate()).isEqualTo(monday.minusDays(3));
        assertThat(second.moved().reason()).isEqualTo(new DayOff(DayOffKind.BLACKOUT, "Summer break", null));
    }

    @Test
    void a_weekend_first_date_moves_to_a_weekday() {
        Cadence saturday = Cadence.everyWeeks(1, LocalDate.of(2027, 1, 16), 3, Fixtures.every(1, 1).localTime(), 60,
                "Europe/Amsterdam");

        PlanResult result = new RotationPlanner().plan(PlanRequest.of(saturday, Fixtures.TWO_PARTNERS,
                Fixtures.halfInPerson(), null));

        assertThat(result.meetings()).allSatisfy(m -> assertThat(m.start().getDayOfWeek())
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(result.meetings().get(0).moved().reason().kind()).isEqualTo(DayOffKind.WEEKEND);
    }

    @Test
    void a_body_with_no_allowed_day_nearby_keeps_the_date_and_reports_it() {
        NonWorkingDays closed = (date, offices) -> Optional.of(new DayOff(DayOffKind.BLACKOUT, "Closed", null));

        PlanResult result = plan(closed, 2);

        assertThat(result.meetings().get(0).start().toLocalDate()).isEqualTo(FIRST);
        assertThat(result.report().brokenRules()).extracting(BrokenRule::rule).contains("nonWorkingDays");
    }

    @Test
    void a_moved_meeting_never_lands_on_a_locked_meeting_date() {
        LocalDate wednesday = FIRST.plusWeeks(6).plusDays(1);
        Meeting third = new Meeting(3, wednesday.atTime(15, 0).atZone(java.time.ZoneId.of("Europe/Amsterdam")),
                wednesday.atTime(16, 30).atZone(java.time.ZoneId.of("Europe/Amsterdam")), Mode.VIDEO, null, null,
                false, false, true, true, null, false);

        PlanResult result = new RotationPlanner().plan(new PlanRequest(Fixtures.every(6, 4), Fixtures.TWO_PARTNERS,
                Fixtures.halfInPerson(), List.of(third), List.of(), HOLIDAYS));

        assertThat(result.meetings().get(1).start().toLocalDate()).isEqualTo(FIRST.plusWeeks(6).minusDays(1));
        assertThat(result.meetings().get(2)).isEqualTo(third);
    }
}
