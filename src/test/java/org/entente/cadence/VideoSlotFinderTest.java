package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class VideoSlotFinderTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Office TOKYO = new Office(15, 150, "JP", null, "Asia/Tokyo", LocalTime.of(9, 0),
            LocalTime.of(17, 0));

    private static VideoSlotFinder amsterdamAndAustin() {
        return new VideoSlotFinder(List.of(Fixtures.AMSTERDAM, Fixtures.AUSTIN), 60, AMSTERDAM);
    }

    @Test
    void amsterdam_and_austin_meet_at_four_in_the_afternoon_amsterdam_time() {
        VideoSlotFinder.Slot slot = amsterdamAndAustin().find(LocalDate.of(2027, 1, 12), LocalTime.of(15, 0));

        assertThat(slot.start().toLocalTime()).isEqualTo(LocalTime.of(16, 0));
        assertThat(slot.start().withZoneSameInstant(ZoneId.of("America/Chicago")).toLocalTime())
                .isEqualTo(LocalTime.of(9, 0));
        assertThat(slot.inconvenient()).isFalse();
    }

    @Test
    void when_only_the_us_has_switched_to_summer_time_the_preferred_three_oclock_fits() {
        VideoSlotFinder.Slot slot = amsterdamAndAustin().find(LocalDate.of(2027, 3, 16), LocalTime.of(15, 0));

        assertThat(slot.start().toLocalTime()).isEqualTo(LocalTime.of(15, 0));
        assertThat(slot.inconvenient()).isFalse();
    }

    @Test
    void a_slot_inside_both_working_days_exists_every_week_of_the_year() {
        VideoSlotFinder finder = amsterdamAndAustin();
        for (LocalDate day = LocalDate.of(2027, 1, 5); day.getYear() == 2027; day = day.plusWeeks(1)) {
            VideoSlotFinder.Slot slot = finder.find(day, LocalTime.of(10, 0));
            LocalTime austin = slot.start().withZoneSameInstant(ZoneId.of("America/Chicago")).toLocalTime();
            LocalTime amsterdam = slot.start().toLocalTime();
            assertThat(slot.inconvenient()).isFalse();
            assertThat(austin).isBetween(LocalTime.of(9, 0), LocalTime.of(16, 0));
            assertThat(amsterdam).isBetween(LocalTime.of(9, 0), LocalTime.of(16, 0));
        }
    }

    @Test
    void with_no_common_hour_the_inconvenient_slot_rotates_between_offices() {
        VideoSlotFinder finder = new VideoSlotFinder(List.of(Fixtures.AUSTIN, TOKYO), 60, AMSTERDAM);

        VideoSlotFinder.Slot first = finder.find(LocalDate.of(2027, 1, 12), LocalTime.of(15, 0));
        VideoSlotFinder.Slot second = finder.find(LocalDate.of(2027, 1, 19), LocalTime.of(15, 0));

        assertThat(first.inconvenient()).isTrue();
        assertThat(second.inconvenient()).isTrue();
        assertThat(insideHours(TOKYO, first)).isNotEqualTo(insideHours(TOKYO, second));
    }

    @Test
    void a_ninety_minute_call_that_fits_nowhere_splits_the_overrun_and_is_flagged() {
        PlanResult result = Fixtures.plan(Fixtures.every(6, 4), Fixtures.halfInPerson());

        assertThat(result.meetings().get(1).start().toLocalTime()).isEqualTo(LocalTime.of(15, 45));
        assertThat(result.meetings().get(1).inconvenientSlot()).isTrue();
    }

    @Test
    void in_person_meetings_start_at_the_cadence_time_at_the_venue() {
        PlanResult result = Fixtures.plan(Fixtures.every(6, 4), Fixtures.halfInPerson());

        assertThat(result.meetings().get(2).start().getZone()).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(result.meetings().get(2).start().toLocalTime()).isEqualTo(LocalTime.of(15, 0));
    }

    private static boolean insideHours(Office office, VideoSlotFinder.Slot slot) {
        LocalTime local = slot.start().withZoneSameInstant(ZoneId.of(office.timeZone())).toLocalTime();
        return !local.isBefore(office.workdayStart()) && !local.plusMinutes(60).isAfter(office.workdayEnd());
    }
}
