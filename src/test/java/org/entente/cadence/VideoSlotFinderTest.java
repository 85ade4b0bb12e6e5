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
    private static final Office SINGAPORE = new Office(16, 160, "SG", null, "Asia/Singapore", LocalTime.of(9, 0),
            LocalTime.of(17, 0));
    private static final Office AUCKLAND = new Office(17, 170, "NZ", null, "Pacific/Auckland", LocalTime.of(9, 0),
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
    void with_no_common_hour_the_worst_office_is_as_little_outside_as_possible() {
        VideoSlotFinder finder = new VideoSlotFinder(List.of(Fixtures.AUSTIN, TOKYO), 60, AMSTERDAM);

        VideoSlotFinder.Slot slot = finder.find(LocalDate.of(2027, 1, 12), LocalTime.of(15, 0));

        assertThat(slot.inconvenient()).isTrue();
        assertThat(local(slot, Fixtures.AUSTIN)).isEqualTo(LocalTime.of(17, 0));
        assertThat(local(slot, TOKYO)).isEqualTo(LocalTime.of(8, 0));
    }

    @Test
    void amsterdam_austin_and_singapore_split_the_early_and_late_hours() {
        VideoSlotFinder finder = new VideoSlotFinder(List.of(Fixtures.AMSTERDAM, Fixtures.AUSTIN, SINGAPORE), 60,
                AMSTERDAM, new WeekendsOnly());
        for (LocalDate day = LocalDate.of(2027, 1, 5); day.getYear() == 2027; day = day.plusWeeks(1)) {
            VideoSlotFinder.Slot slot = finder.find(day, LocalTime.of(15, 0));

            assertThat(local(slot, Fixtures.AUSTIN)).as("Austin on %s", day).isAfterOrEqualTo(LocalTime.of(5, 0));
            assertThat(local(slot, SINGAPORE)).as("Singapore on %s", day).isBeforeOrEqualTo(LocalTime.of(20, 0));
        }
    }

    @Test
    void a_friday_call_never_lands_on_the_new_zealand_saturday() {
        VideoSlotFinder finder = new VideoSlotFinder(List.of(Fixtures.AMSTERDAM, AUCKLAND), 60, AMSTERDAM,
                new WeekendsOnly());
        for (LocalDate friday = LocalDate.of(2027, 1, 8); friday.getYear() == 2027; friday = friday.plusWeeks(1)) {
            VideoSlotFinder.Slot slot = finder.find(friday, LocalTime.of(15, 0));

            assertThat(slot.start().withZoneSameInstant(ZoneId.of(AUCKLAND.timeZone())).getDayOfWeek())
                    .as("Auckland on %s", friday).isEqualTo(java.time.DayOfWeek.FRIDAY);
        }
    }

    @Test
    void when_no_slot_suits_everyone_the_office_that_gets_the_worse_hour_alternates() {
        Office morning = new Office(21, 210, "NL", null, "Europe/Amsterdam", LocalTime.of(9, 0), LocalTime.of(12, 0));
        Office afternoon = new Office(22, 220, "NL", null, "Europe/Amsterdam", LocalTime.of(12, 15),
                LocalTime.of(16, 0));
        VideoSlotFinder finder = new VideoSlotFinder(List.of(morning, afternoon), 60, AMSTERDAM);
        StringBuilder worseOff = new StringBuilder();

        for (int week = 0; week < 6; week++) {
            VideoSlotFinder.Slot slot = finder.find(Fixtures.FIRST.plusWeeks(week), LocalTime.of(15, 0));
            long morningLate = VideoSlotFinder.away(morning, slot.start(), java.time.Duration.ofMinutes(60));
            long afternoonEarly = VideoSlotFinder.away(afternoon, slot.start(), java.time.Duration.ofMinutes(60));
            assertThat(Math.max(morningLate, afternoonEarly)).as("the least worst overrun").isEqualTo(45);
            worseOff.append(morningLate > afternoonEarly ? 'M' : 'A');
        }

        assertThat(worseOff.toString()).isEqualTo("MAMAMA");
    }

    @Test
    void the_last_hour_of_the_twenty_five_hour_day_is_searched() {
        Office lateShift = new Office(20, 200, "IS", null, "Atlantic/Reykjavik", LocalTime.of(22, 0),
                LocalTime.of(23, 0));
        VideoSlotFinder finder = new VideoSlotFinder(List.of(lateShift), 60, AMSTERDAM);

        VideoSlotFinder.Slot slot = finder.find(LocalDate.of(2027, 10, 31), LocalTime.of(15, 0));

        assertThat(slot.inconvenient()).isFalse();
        assertThat(slot.start().toLocalTime()).isEqualTo(LocalTime.of(23, 0));
    }

    @Test
    void the_report_says_per_office_how_many_calls_are_outside_its_hours_and_the_worst() {
        PlanResult result = Fixtures.plan(Fixtures.every(6, 4), Fixtures.halfInPerson());

        assertThat(result.report().videoHours()).containsExactly(
                new OfficeHours(Fixtures.OURS, 120, 2, 2, LocalTime.of(15, 45), 15),
                new OfficeHours(Fixtures.THEIRS, 130, 2, 2, LocalTime.of(8, 45), 15));
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

    private static LocalTime local(VideoSlotFinder.Slot slot, Office office) {
        return slot.start().withZoneSameInstant(ZoneId.of(office.timeZone())).toLocalTime();
    }
}
