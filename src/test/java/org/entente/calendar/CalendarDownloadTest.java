package org.entente.calendar;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.entente.TestData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class CalendarDownloadTest {

    static long plannedBody(TestData.Alliance a, String name) {
        long body = TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, TestData.unique(name)));
        acceptPlan(body);
        return body;
    }

    static void acceptPlan(long body) {
        given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + body + "/plan").then().statusCode(201);
    }

    static List<Map<String, Object>> meetings(long body) {
        return given().get("/api/bodies/" + body + "/plan").then().statusCode(200).extract().jsonPath()
                .getList("meetings");
    }

    static Calendar ics(String path) {
        Response r = given().get(path);
        assertThat(r.statusCode()).as("GET %s", path).isEqualTo(200);
        assertThat(r.contentType()).isEqualToIgnoringCase("text/calendar; charset=utf-8");
        return Ics.parse(r.asString());
    }

    /** When the event opens: the meeting's start, ten minutes earlier for a video meeting's social start. */
    static Instant opens(Map<String, Object> m) {
        Instant start = OffsetDateTime.parse((String) m.get("start")).toInstant();
        return "VIDEO".equals(m.get("mode")) ? start.minusSeconds(600) : start;
    }

    @Test
    void aBodyCalendarHasEveryMeetingOnceAtThePlannedInstantInItsZone() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long body = plannedBody(a, "Steering committee");
        List<Map<String, Object>> planned = meetings(body);

        Response r = given().get("/bodies/" + body + "/calendar.ics");
        assertThat(r.header("Content-Disposition")).startsWith("attachment;").contains(".ics");
        Calendar calendar = ics("/bodies/" + body + "/calendar.ics");
        List<VEvent> events = Ics.events(calendar);
        Map<String, VEvent> byUid = events.stream().collect(Collectors.toMap(e -> Ics.text(e, "UID"), Function.identity()));

        assertThat(events).hasSize(planned.size()).hasSize(24);
        String alliance = given().get("/api/alliances/" + a.id()).then().statusCode(200).extract().path("name");
        assertThat(events).allSatisfy(e -> assertThat(Ics.text(e, "SUMMARY"))
                .as("the alliance and the body name the event").startsWith(alliance + " · Steering committee").contains(" — "));
        for (Map<String, Object> m : planned) {
            VEvent e = byUid.get((String) m.get("uid"));
            assertThat(e).as("event of meeting %s", m.get("sequence")).isNotNull();
            assertThat(Ics.instant(e, "DTSTART")).as("start of %s", m.get("uid")).isEqualTo(opens(m));
            assertThat(Ics.instant(e, "DTEND")).isEqualTo(OffsetDateTime.parse((String) m.get("end")).toInstant());
            assertThat(Ics.tzid(e, "DTSTART")).isEqualTo(m.get("timeZone"));
            assertThat(Ics.text(e, "STATUS")).as("a planned meeting is tentative").isEqualTo("TENTATIVE");
            assertThat(Ics.text(e, "SEQUENCE")).isEqualTo("0");
            if ("VIDEO".equals(m.get("mode"))) {
                assertThat(Ics.text(e, "SUMMARY")).endsWith(" — video");
                assertThat(Ics.text(e, "LOCATION")).isEqualTo("Video");
                assertThat(Ics.text(e, "DESCRIPTION")).contains("business part starts at").contains("Ice-breaker: ");
            } else {
                assertThat(Ics.text(e, "SUMMARY")).matches(".* — in person at (Amsterdam|Austin)");
            }
        }
        List<String> zonesUsed = planned.stream().map(m -> (String) m.get("timeZone")).distinct().sorted().toList();
        assertThat(zonesUsed).containsExactly("America/Chicago", "Europe/Amsterdam");
        assertThat(Ics.zones(calendar)).containsExactlyElementsOf(zonesUsed);
    }

    @Test
    void aReplanKeepsUidsRaisesSequenceOnlyForChangedMeetingsAndSendsTheCancelledOne() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long body = plannedBody(a, "Operating committee");
        Map<String, Map<String, Object>> before = byUid(meetings(body));
        Map<String, Object> cancelled = meetings(body).get(3);
        given().delete("/api/meetings/" + cancelled.get("id") + "?version=" + cancelled.get("version"))
                .then().statusCode(200);
        acceptPlan(body);
        Map<String, Map<String, Object>> after = byUid(meetings(body));

        List<VEvent> events = Ics.events(ics("/bodies/" + body + "/calendar.ics"));

        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(events).extracting(e -> Ics.text(e, "UID")).containsExactlyInAnyOrderElementsOf(before.keySet());
        for (VEvent e : events) {
            String uid = Ics.text(e, "UID");
            boolean moved = !same(before.get(uid), after.get(uid));
            boolean isCancelled = uid.equals(cancelled.get("uid"));
            assertThat(Integer.parseInt(Ics.text(e, "SEQUENCE"))).as("sequence of %s", uid)
                    .isEqualTo(moved || isCancelled ? 1 : 0);
            assertThat(Ics.text(e, "STATUS")).isEqualTo(isCancelled ? "CANCELLED" : "TENTATIVE");
        }
    }

    @Test
    void anAllianceCalendarHasEveryBodyAndAPersonsOnlyTheirs() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long steering = plannedBody(a, "Steering committee");
        Map<String, Object> json = new HashMap<>(TestData.bodyJson(a, TestData.unique("Working group")));
        json.put("memberIds", List.of(a.ourPeople().get(1), a.theirPeople().get(1)));
        json.put("chairId", a.ourPeople().get(1));
        long group = TestData.create("/api/alliances/" + a.id() + "/bodies", json);
        acceptPlan(group);

        assertThat(Ics.events(ics("/alliances/" + a.id() + "/calendar.ics"))).hasSize(48);
        List<VEvent> ann = Ics.events(ics("/people/" + a.ourPeople().get(0) + "/calendar.ics"));
        assertThat(ann).extracting(e -> Ics.text(e, "UID")).containsExactlyInAnyOrderElementsOf(byUid(meetings(steering)).keySet());
        given().get("/bodies/999999999/calendar.ics").then().statusCode(404);
    }

    private static Map<String, Map<String, Object>> byUid(List<Map<String, Object>> meetings) {
        return meetings.stream().collect(Collectors.toMap(m -> (String) m.get("uid"), Function.identity()));
    }

    private static boolean same(Map<String, Object> a, Map<String, Object> b) {
        return OffsetDateTime.parse((String) a.get("start")).isEqual(OffsetDateTime.parse((String) b.get("start")))
                && a.get("mode").equals(b.get("mode")) && java.util.Objects.equals(a.get("officeId"), b.get("officeId"));
    }
}
