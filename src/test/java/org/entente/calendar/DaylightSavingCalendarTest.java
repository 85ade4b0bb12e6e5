package org.entente.calendar;

import io.quarkus.test.junit.QuarkusTest;
import org.entente.TestClock;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Europe and the US change clocks on different dates (2027: US 14 March and 7 November, EU 28 March and 31 October):
 * meetings at the Amsterdam office stay at 15:00 there, and Austin's local time follows both changes.
 */
@QuarkusTest
class DaylightSavingCalendarTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @ParameterizedTest(name = "every {0} weeks from {1}, {2} meetings")
    @CsvSource({"6, 2027-03-02, 8", "1, 2027-03-09, 4", "1, 2027-10-26, 3"})
    void theReferenceTimeNeverShiftsAndTheOtherOfficesTimeIsRightOnBothSides(int every, String written, int count) {
        String first = TestClock.sameSeasonAhead(written).toString();
        TestData.Alliance a = TestData.twoPartnerAlliance();
        Map<String, Object> json = new HashMap<>(TestData.bodyJson(a, TestData.unique("Steering committee")));
        json.put("cadence", Map.of("every", every, "unit", "WEEKS", "firstDate", first, "count", count,
                "localTime", "15:00", "durationMinutes", 90, "timeZone", "Europe/Amsterdam"));
        json.put("policy", Map.of("inPersonShare", 1.0, "hostWeights", Map.of(String.valueOf(a.ours()), 1,
                String.valueOf(a.theirs()), 0), "launchInPerson", true, "launchHostPartnerId", a.ours()));
        long body = TestData.create("/api/alliances/" + a.id() + "/bodies", json);
        CalendarDownloadTest.acceptPlan(body);

        Document schedule = new Browser().get("/bodies/" + body + "/schedule");
        List<Element> rows = schedule.select("table[aria-label=Upcoming meetings] tbody tr");
        assertThat(rows).hasSize(count);
        for (Element row : rows) {
            LocalDate date = LocalDate.parse(row.selectFirst("td.date").ownText().trim().split("\\s+")[0]);
            List<String> times = row.select("span.time").eachText();
            String austin = ZonedDateTime.of(date, LocalTime.of(15, 0), AMSTERDAM).withZoneSameInstant(CHICAGO)
                    .toLocalTime() + " Austin";
            assertThat(times).as("local times on %s", date).containsExactly("15:00 Amsterdam", austin);
        }
        String ics = given().get("/bodies/" + body + "/calendar.ics").then().statusCode(200).extract().asString();
        assertThat(Ics.events(Ics.parse(ics))).allSatisfy(e -> {
            assertThat(Ics.tzid(e, "DTSTART")).isEqualTo("Europe/Amsterdam");
            assertThat(Ics.text(e, "DTSTART")).endsWith("T150000");
        });
    }

    @ParameterizedTest(name = "{0}: {1} in Austin")
    @CsvSource({"2027-03-09, 08:00", "2027-03-16, 09:00", "2027-03-30, 08:00", "2027-11-02, 09:00", "2027-11-09, 08:00"})
    void theExpectedAustinTimesThemselvesFollowBothClockChanges(LocalDate date, LocalTime austin) {
        assertThat(ZonedDateTime.of(date, LocalTime.of(15, 0), AMSTERDAM).withZoneSameInstant(CHICAGO).toLocalTime())
                .isEqualTo(austin);
    }
}
