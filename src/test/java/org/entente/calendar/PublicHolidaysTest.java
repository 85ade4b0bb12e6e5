package org.entente.calendar;

import org.entente.cadence.DayOff;
import org.entente.cadence.DayOffKind;
import org.entente.cadence.Office;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PublicHolidaysTest {

    private final PublicHolidays holidays = new PublicHolidays();

    private static Office office(String country, String subdivision, String zone) {
        return new Office(1, 1, country, subdivision, zone, LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    private static final Office AMSTERDAM = office("NL", null, "Europe/Amsterdam");
    private static final Office AUSTIN = office("US", "TX", "America/Chicago");
    private static final Office MUNICH = office("DE", "BY", "Europe/Berlin");
    private static final Office BERLIN = office("DE", "BE", "Europe/Berlin");

    @ParameterizedTest(name = "{0} is a holiday in {1}")
    @CsvSource({
            "2027-04-27, NL, King",
            "2027-11-25, US, Thanksgiving",
            "2027-05-06, NL, Ascension",
    })
    void nationalHolidaysAreDaysOff(LocalDate date, String country, String namePart) {
        Office office = country.equals("NL") ? AMSTERDAM : AUSTIN;
        Optional<DayOff> off = holidays.dayOff(date, List.of(office));
        if (date.getDayOfWeek().getValue() >= 6) {
            assertThat(off).get().extracting(DayOff::kind).isEqualTo(DayOffKind.WEEKEND);
            return;
        }
        assertThat(off).get().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DayOffKind.HOLIDAY);
            assertThat(d.name()).containsIgnoringCase(namePart);
            assertThat(d.country()).startsWith(country);
        });
    }

    @Test
    void germanUnityDayIsNamedForGermany() {
        // 2027-10-03 is a Sunday; 2028-10-03 a Tuesday shows the holiday itself.
        assertThat(holidays.holidays("DE", null, 2027)).containsKey(LocalDate.of(2027, 10, 3));
        assertThat(holidays.dayOff(LocalDate.of(2028, 10, 3), List.of(BERLIN))).get()
                .satisfies(d -> assertThat(d.name()).containsIgnoringCase("unity"));
    }

    @Test
    void aStateHolidayCountsOnlyInThatState() {
        LocalDate epiphany = LocalDate.of(2027, 1, 6);
        assertThat(holidays.dayOff(epiphany, List.of(MUNICH))).get()
                .satisfies(d -> assertThat(d.country()).isEqualTo("DE-BY"));
        assertThat(holidays.dayOff(epiphany, List.of(BERLIN))).isEmpty();
    }

    @Test
    void aDayIsOffWhenAnyAttendingOfficeIsOff() {
        LocalDate thanksgiving = LocalDate.of(2027, 11, 25);
        assertThat(holidays.dayOff(thanksgiving, List.of(AMSTERDAM))).isEmpty();
        assertThat(holidays.dayOff(thanksgiving, List.of(AMSTERDAM, AUSTIN))).isPresent();
    }

    @Test
    void countsOfNationalHolidaysIn2027MatchTheLibrary() {
        assertThat(holidays.holidays("NL", null, 2027)).hasSizeGreaterThanOrEqualTo(9);
        assertThat(holidays.holidays("US", null, 2027)).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void anUnknownCountryHasOnlyWeekends() {
        assertThat(holidays.holidays("XX", null, 2027)).isEmpty();
        assertThat(holidays.dayOff(LocalDate.of(2027, 1, 9), List.of(office("XX", null, "UTC")))).get()
                .extracting(DayOff::kind).isEqualTo(DayOffKind.WEEKEND);
    }
}
