package org.entente.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The working days an office has off, for the example's countries and ten countries alliances commonly span, checked
 * against a list reviewed by hand for 2027 and 2028 (official calendars of each country; observed dates, not the
 * calendar dates that fall on a weekend). Where the holiday library was wrong, holidays/corrections.csv fixes it;
 * the notes in docs/planner.md ("Days off") say what the list leaves out on purpose (US Columbus Day, provincial
 * and state holidays, lunar dates not yet announced).
 */
class ReviewedHolidaysTest {

    private final PublicHolidays holidays = new PublicHolidays();

    @ParameterizedTest(name = "{0}{1} {2}")
    @CsvSource(delimiter = '|', value = {
            // the observed dates: Juneteenth, Independence Day, Christmas and next New Year fall on weekends in 2027
            "US| |2027|01-01 01-18 02-15 05-31 06-18 07-05 09-06 11-11 11-25 12-24 12-31",
            "US| |2028|01-17 02-21 05-29 06-19 07-04 09-04 11-10 11-23 12-25",
            // Texas adds the day after Thanksgiving (Confederate Memorial Day and Indigenous Peoples' Day removed)
            "US|TX|2027|01-01 01-18 02-15 05-31 06-18 07-05 09-06 11-11 11-25 11-26 12-24 12-31",
            "US|TX|2028|01-17 02-21 05-29 06-19 07-04 09-04 11-10 11-23 11-24 12-25",
            // national holidays only; observed on the next working day when they fall on a weekend
            "CA| |2027|01-01 03-26 07-01 09-06 12-27",
            "CA| |2028|01-03 04-14 07-03 09-04 12-25",
            "GB|ENG|2027|01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
            "GB|ENG|2028|01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
            "DE| |2027|01-01 03-26 03-29 05-06 05-17",
            "DE| |2028|04-14 04-17 05-01 05-25 06-05 10-03 12-25 12-26",
            "FR| |2027|01-01 03-29 05-06 05-17 07-14 11-01 11-11",
            "FR| |2028|04-17 05-01 05-08 05-25 06-05 07-14 08-15 11-01 12-25",
            "NL| |2027|01-01 03-29 04-27 05-05 05-06 05-17",
            "NL| |2028|04-17 04-27 05-05 05-25 06-05 12-25 12-26",
            // Emperor's Birthday on 23 February; the equinox days; the Vernal Equinox's Sunday gives Monday 22 March
            "JP| |2027|01-01 01-11 02-11 02-23 03-22 04-29 05-03 05-04 05-05 07-19 08-11 09-20 09-23 10-11 11-03 11-23",
            "JP| |2028|01-10 02-11 02-23 03-20 05-03 05-04 05-05 07-17 08-11 09-18 09-22 10-09 11-03 11-23",
            // Eid al-Fitr as the library has it (lunar; the gazette fixes the day)
            "IN| |2027|01-26 03-10",
            "IN| |2028|01-26 08-15 10-02",
            // Chinese New Year added; its Sunday gives Monday 8 February 2027; Hari Raya dates as the library has them
            "SG| |2027|01-01 02-08 03-09 03-26 05-17 08-09",
            "SG| |2028|01-26 01-27 04-14 05-01 08-09 12-25",
            "AU| |2027|01-01 01-26 03-26 03-29 12-27 12-28",
            "AU| |2028|01-03 01-26 04-14 04-17 04-25 12-25 12-26",
    })
    void theWorkingDaysOffMatchTheReviewedList(String country, String subdivision, int year, String reviewed) {
        List<LocalDate> expected = Arrays.stream(reviewed.split(" "))
                .map(day -> LocalDate.parse(year + "-" + day)).sorted().toList();
        Map<LocalDate, String> all = holidays.holidays(country, subdivision, year);
        List<LocalDate> weekdays = all.keySet().stream().filter(d -> d.getYear() == year)
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .sorted().toList();
        assertThat(weekdays).as("working days off in %s%s %d: %s", country,
                subdivision == null ? "" : "-" + subdivision, year, all).containsExactlyElementsOf(expected);
    }

    @Test
    void theDaysOffAreNamedForWhatTheyAre() {
        assertThat(holidays.holidays("US", null, 2027).get(LocalDate.of(2027, 7, 5))).contains("Independence");
        assertThat(holidays.holidays("JP", null, 2027).get(LocalDate.of(2027, 2, 23))).isEqualTo("Emperor's Birthday");
        assertThat(holidays.holidays("JP", null, 2027).get(LocalDate.of(2027, 3, 22)))
                .isEqualTo("Substitute holiday (Vernal Equinox Day)");
        assertThat(holidays.holidays("JP", null, 2027)).doesNotContainKey(LocalDate.of(2027, 12, 23));
        assertThat(holidays.holidays("SG", null, 2027).get(LocalDate.of(2027, 2, 8)))
                .isEqualTo("Public holiday in lieu (Chinese New Year (second day))");
        assertThat(holidays.holidays("CA", null, 2027).get(LocalDate.of(2027, 12, 27))).startsWith("Observed (Christmas");
    }

    @Test
    void japansRulesGiveTheSubstituteAndCitizensHolidaysOfOtherYearsToo() {
        // 2026: Constitution Day on a Sunday gives Wednesday 6 May (4 and 5 May are holidays already), and
        // Tuesday 22 September lies between Respect-for-the-Aged Day and the Autumnal Equinox
        Map<LocalDate, String> japan2026 = holidays.holidays("JP", null, 2026);
        assertThat(japan2026).containsKeys(LocalDate.of(2026, 5, 6), LocalDate.of(2026, 9, 22));
        assertThat(japan2026.get(LocalDate.of(2026, 9, 22))).isEqualTo("Citizens' holiday");
        assertThat(japan2026).doesNotContainKey(LocalDate.of(2026, 5, 7));
    }

    @Test
    void aCorrectionFileLineThatCannotBeReadIsRefusedWithItsLineNumber() {
        assertThatThrownBy(() -> HolidayCorrections.parse(List.of("# comment", "JP,,2027-02-23,add")))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> HolidayCorrections.parse(List.of("JP,,2027-02-23,substitute-sunday,x,y")))
                .hasMessageContaining("line 1").hasMessageContaining("rule");
        assertThat(HolidayCorrections.parse(List.of("", "# only comments")).correct("JP", null,
                Map.of(LocalDate.of(2027, 1, 1), "New Year's Day"))).containsOnlyKeys(LocalDate.of(2027, 1, 1));
    }

    @Test
    void everyShippedAdditionAndRemovalStillChangesWhatTheLibrarySays() {
        // a correction the library has caught up with is dead weight and should leave the file
        PublicHolidays library = new PublicHolidays(HolidayCorrections.parse(List.of()));
        List<HolidayCorrections.Correction> dated = HolidayCorrections.shipped().dated();
        assertThat(dated).hasSizeGreaterThan(30);
        for (HolidayCorrections.Correction c : dated) {
            Map<LocalDate, String> raw = library.holidays(c.country(), c.subdivision(), c.date().getYear());
            if (c.change() == HolidayCorrections.Change.ADD) {
                // the library may have another holiday that day (Hari Raya Puasa and Chinese New Year in 2029)
                assertThat(raw.get(c.date())).as("the library still lacks %s", c)
                        .satisfiesAnyOf(name -> assertThat(name).isNull(),
                                name -> assertThat(c.name()).doesNotContainIgnoringCase(name));
            } else {
                assertThat(raw).as("the library still has %s", c).containsKey(c.date());
            }
        }
    }
}
