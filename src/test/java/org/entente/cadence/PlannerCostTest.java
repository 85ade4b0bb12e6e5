package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Algorithmic cost of the three-zone, capped benchmark plan, counted (never timed). */
class PlannerCostTest {

    /** Counts how often the planner asks the calendar, per office and date. */
    private static final class CountingCalendar implements NonWorkingDays {
        private final NonWorkingDays inner = new WeekendsOnly();
        int asked;

        @Override
        public Optional<DayOff> dayOff(LocalDate date, Collection<Office> offices) {
            asked++;
            return inner.dayOff(date, offices);
        }
    }

    private static int calendarQuestions(int n) {
        PlanRequest benchmark = PlannerBenchmark.threeZoneRequest(n);
        CountingCalendar calendar = new CountingCalendar();
        new RotationPlanner().plan(new PlanRequest(benchmark.cadence(), benchmark.offices(), benchmark.policy(),
                benchmark.lockedMeetings(), benchmark.previousPlan(), calendar));
        return calendar.asked;
    }

    @Test
    void the_calendar_is_asked_a_bounded_number_of_times_per_meeting_and_office() {
        int small = calendarQuestions(520);
        int large = calendarQuestions(2_080);

        assertThat(small).isLessThanOrEqualTo(520 * 3 * 6);
        assertThat((double) large / small).isLessThanOrEqualTo(4.4);
    }

    @Test
    void the_band_searches_need_logarithmically_many_checks() {
        PlanRequest request = PlannerBenchmark.threeZoneRequest(520);
        Targets targets = TravelLevel.targets(request.policy(), CadenceDates.expand(request.cadence()));

        Sequence travel = StreakSequencer.solve(targets, ModeAssignment.free(520), ModeAssignment.free(520), null,
                null);

        assertThat(travel.bandChecks()).isLessThanOrEqualTo(2 + 64 - Long.numberOfLeadingZeros(520L * 2));
    }
}
