package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    /**
     * Every hour of the 23-hour day (28 March 2027) and the 25-hour day (31 October 2027) in Amsterdam. The office
     * is open for exactly that hour of one date (UTC 22:00 starts and ends the 25-hour day, on different dates).
     */
    static Stream<Arguments> everyHourOfTheShortAndTheLongDay() {
        return Stream.of(LocalDate.of(2027, 3, 28), LocalDate.of(2027, 10, 31)).flatMap(day -> {
            ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
            long from = day.atStartOfDay(amsterdam).toEpochSecond();
            long to = day.plusDays(1).atStartOfDay(amsterdam).toEpochSecond();
            return Stream.iterate(from, s -> s < to, s -> s + 3_600)
                    .map(s -> Arguments.of(day, Instant.ofEpochSecond(s)));
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyHourOfTheShortAndTheLongDay")
    void a_video_call_can_take_every_hour_of_a_day_with_a_clock_change(LocalDate day, Instant hour) {
        int utcHour = hour.atZone(ZoneOffset.UTC).getHour();
        Office openThatHourOnly = new Office(30, 300, "NL", null, ZoneOffset.ofHours(12 - utcHour).getId(),
                LocalTime.NOON, LocalTime.of(13, 0));
        LocalDate open = hour.atZone(ZoneId.of(openThatHourOnly.timeZone())).toLocalDate();
        NonWorkingDays onlyThatDate = (date, offices) -> date.equals(open) ? java.util.Optional.empty()
                : java.util.Optional.of(new DayOff(DayOffKind.BLACKOUT, "closed", null));
        VideoSlotFinder finder = new VideoSlotFinder(List.of(openThatHourOnly), 60, ZoneId.of("Europe/Amsterdam"),
                onlyThatDate);

        VideoSlotFinder.Slot slot = finder.find(day, LocalTime.of(15, 0));

        assertThat(slot.start().toInstant()).isEqualTo(hour);
        assertThat(slot.inconvenient()).isFalse();
        assertThat(slot.start()).isEqualTo(ZonedDateTime.ofInstant(hour, ZoneId.of("Europe/Amsterdam")));
    }
}
