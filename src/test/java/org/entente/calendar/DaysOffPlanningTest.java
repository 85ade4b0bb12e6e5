package org.entente.calendar;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.entente.TestData;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Blackouts, office days off and public holidays as the planner sees them, and the holiday overview. */
@QuarkusTest
class DaysOffPlanningTest {

    /** A four-meeting body every six weeks from {@code firstDate}, planned and accepted; returns the plan JSON. */
    private static JsonPath plan(TestData.Alliance a, String firstDate) {
        Map<String, Object> json = new HashMap<>(TestData.bodyJson(a, TestData.unique("Steering committee")));
        json.put("cadence", Map.of("every", 6, "unit", "WEEKS", "firstDate", firstDate, "count", 4,
                "localTime", "15:00", "durationMinutes", 90, "timeZone", "Europe/Amsterdam"));
        long body = TestData.create("/api/alliances/" + a.id() + "/bodies", json);
        CalendarDownloadTest.acceptPlan(body);
        return given().get("/api/bodies/" + body + "/plan").then().statusCode(200).extract().jsonPath();
    }

    private static LocalDate firstMeetingDay(JsonPath plan) {
        return OffsetDateTime.parse(plan.getString("meetings[0].start")).toLocalDate();
    }

    @Test
    void aMeetingOnKingsDayMovesAndTheReportNamesTheHolidayAndCountry() {
        JsonPath plan = plan(TestData.twoPartnerAlliance(), "2027-04-27");

        assertThat(firstMeetingDay(plan)).isNotEqualTo(LocalDate.of(2027, 4, 27));
        assertThat(plan.getString("report.movedDates[0].from")).isEqualTo("2027-04-27");
        assertThat(plan.getString("report.movedDates[0].reason.kind")).isEqualTo("HOLIDAY");
        assertThat(plan.getString("report.movedDates[0].reason.name")).containsIgnoringCase("King");
        assertThat(plan.getString("report.movedDates[0].reason.country")).isEqualTo("NL");
    }

    @Test
    void aBlackoutMovesAMeetingOutOfIt() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        TestData.create("/api/alliances/" + a.id() + "/blackouts",
                Map.of("from", "2027-01-11", "to", "2027-01-13", "name", "Board retreat"));

        JsonPath plan = plan(a, "2027-01-12");

        LocalDate day = firstMeetingDay(plan);
        assertThat(day.isBefore(LocalDate.of(2027, 1, 11)) || day.isAfter(LocalDate.of(2027, 1, 13))).as("%s outside the blackout", day).isTrue();
        assertThat(plan.getString("report.movedDates[0].reason.kind")).isEqualTo("BLACKOUT");
        assertThat(plan.getString("report.movedDates[0].reason.name")).isEqualTo("Board retreat");
    }

    @Test
    void anOfficesExtraDayOffMovesAMeeting() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long austin = given().get("/api/partners/" + a.theirs() + "/offices").then().extract().jsonPath().getLong("[0].id");
        TestData.create("/api/alliances/" + a.id() + "/office-days-off",
                Map.of("officeId", austin, "date", "2027-01-12", "name", "Company day"));

        JsonPath plan = plan(a, "2027-01-12");

        assertThat(firstMeetingDay(plan)).isNotEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(plan.getString("report.movedDates[0].reason.name")).isEqualTo("Company day");
        assertThat(plan.getString("report.movedDates[0].reason.country")).isEqualTo("US");
    }

    @Test
    void theOverviewListsThanksgivingForAustinAndTheBlackoutForAll() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        TestData.create("/api/alliances/" + a.id() + "/blackouts",
                Map.of("from", "2027-12-20", "to", "2028-01-03", "name", "Year-end freeze"));
        Document alliancePage = new org.entente.web.Browser().get("/alliances/" + a.id());
        assertThat(alliancePage.getElementById("alliance-holidays").attr("href")).isEqualTo("/alliances/" + a.id() + "/holidays");

        Document page = new org.entente.web.Browser().get("/alliances/" + a.id() + "/holidays?from=2027-06-01");
        List<List<String>> rows = page.select("table[aria-label=Days off by date] tbody tr").stream()
                .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();

        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get(0)).contains("2027-11-25");
            assertThat(r.get(1)).contains("Austin");
            assertThat(r.get(2)).containsIgnoringCase("Thanksgiving");
            assertThat(r.get(3)).isEqualTo("Public holiday");
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get(0)).contains("2027-12-20").contains("2028-01-03");
            assertThat(r.get(1)).isEqualTo("All offices");
            assertThat(r.get(3)).isEqualTo("Blackout");
        });
        assertThat(rows).noneSatisfy(r -> assertThat(r.get(0)).contains("2028-06-01"));
        assertThat(rows).noneSatisfy(r -> assertThat(r.get(0)).contains("2027-05-"));
    }

    @Test
    void theApiRefusesAnInvertedRangeAndAnOfficeOfAnotherAlliance() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        TestData.Alliance other = TestData.twoPartnerAlliance();
        long foreignOffice = given().get("/api/partners/" + other.ours() + "/offices").then().extract().jsonPath()
                .getLong("[0].id");

        given().contentType(ContentType.JSON).body(Map.of("from", "2027-02-10", "to", "2027-02-01", "name", "Oops"))
                .post("/api/alliances/" + a.id() + "/blackouts").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("to"));
        given().contentType(ContentType.JSON).body(Map.of("officeId", foreignOffice, "date", "2027-02-01", "name", "X"))
                .post("/api/alliances/" + a.id() + "/office-days-off").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("officeId"));

        long id = TestData.create("/api/alliances/" + a.id() + "/blackouts",
                Map.of("from", "2027-02-01", "to", "2027-02-01", "name", "One day"));
        given().get("/api/alliances/" + a.id() + "/blackouts").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.contains("One day"));
        given().delete("/api/blackouts/" + id).then().statusCode(204);
        given().delete("/api/blackouts/" + id).then().statusCode(404);
        given().get("/api/alliances/999999999/blackouts").then().statusCode(404);
    }
}
