package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DaylightSavingRuleTest {

    /** Weekly from early March to mid April 2027: the US changes clocks on 14 March, the EU on 28 March. */
    private static final Cadence ACROSS_THE_CHANGES = Cadence.everyWeeks(1, LocalDate.of(2027, 3, 2), 7,
            LocalTime.of(15, 0), 60, "Europe/Amsterdam");

    @Test
    void hosted_meetings_keep_the_cadence_time_at_their_venue_across_clock_changes() {
        PlanResult result = Fixtures.plan(ACROSS_THE_CHANGES, Fixtures.halfInPerson());

        assertThat(result.meetings()).filteredOn(m -> m.mode().hosted()).allSatisfy(m -> {
            assertThat(m.start().toLocalTime()).isEqualTo(LocalTime.of(15, 0));
            assertThat(m.start().getZone()).isEqualTo(ZoneId.of(m.hostPartnerId() == Fixtures.OURS
                    ? "Europe/Amsterdam" : "America/Chicago"));
        });
    }

    @Test
    void video_meetings_keep_their_amsterdam_time_when_it_fits_and_move_only_when_it_does_not() {
        PlanResult result = Fixtures.plan(ACROSS_THE_CHANGES, Fixtures.withoutLaunch(ModePolicy.share(0)));

        assertThat(result.meetings()).extracting(m -> m.start().toLocalTime()).containsExactly(
                LocalTime.of(16, 0), LocalTime.of(16, 0), LocalTime.of(15, 0), LocalTime.of(15, 0),
                LocalTime.of(16, 0), LocalTime.of(16, 0), LocalTime.of(16, 0));
        assertThat(result.meetings()).noneMatch(Meeting::inconvenientSlot);
        assertThat(result.meetings()).allSatisfy(m -> assertThat(
                m.start().withZoneSameInstant(ZoneId.of("America/Chicago")).toLocalTime())
                .isEqualTo(LocalTime.of(9, 0)));
    }
}
