package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keeps the worked example of docs/planner.md true. */
class WorkedExampleTest {

    private static final Cadence STEERING = new Cadence(6, CadenceUnit.WEEKS, null, null, LocalDate.of(2027, 1, 12),
            12, null, LocalTime.of(15, 0), 60, "Europe/Amsterdam");
    private static final ModePolicy POLICY = new ModePolicy(0.5, null, false, Map.of(12L, 1, 13L, 1), 2, null, 2,
            true, 12L, null);
    private static final NonWorkingDays SUMMER_BREAK = new WeekendsOnly().withBlackouts(List.of(
            new Blackout(LocalDate.of(2027, 7, 26), LocalDate.of(2027, 8, 13), "Summer break")));

    @Test
    void the_steering_committee_plan_and_report_are_as_documented() {
        PlanResult result = new RotationPlanner().plan(PlanRequest.of(STEERING, Fixtures.TWO_PARTNERS, POLICY,
                SUMMER_BREAK));

        assertThat(Fixtures.letters(result)).isEqualTo("OVPVOVPVOVPV");
        assertThat(result.meetings()).filteredOn(Meeting::dinner).extracting(Meeting::sequence)
                .containsExactly(1, 5, 9);
        assertThat(result.meetings().get(5).start().toLocalDate()).isEqualTo(LocalDate.of(2027, 8, 16));
        assertThat(result.meetings().get(7).start().toLocalTime()).isEqualTo(LocalTime.of(15, 0));
        assertThat(result.meetings().get(9).start().toLocalTime()).isEqualTo(LocalTime.of(16, 0));
        BalanceReport report = result.report();
        assertThat(List.of(report.travel(), report.host(), report.flat())).extracting(LevelReport::maxDeviation)
                .containsExactly(0.5, 0.5, 0.75);
        assertThat(report.trips()).containsExactly(new TripCount(12, 2027, 2), new TripCount(13, 2027, 3),
                new TripCount(12, 2028, 1), new TripCount(13, 2028, 0));
        assertThat(report.longestVideoStreak()).isEqualTo(1);
        assertThat(report.brokenRules()).isEmpty();
    }
}
