package org.entente.plan;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.entente.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.plan.PlanFixtures.meeting;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class PlanApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void theFirstPreviewAlternatesTravelAndVideoAndHostsAfterAnInPersonLaunchAtOurOffice() {
        PlanFixtures.Body b = PlanFixtures.body();

        JsonPath preview = PlanFixtures.preview(b.id());

        assertThat(preview.getInt("basePlanVersion")).isZero();
        assertThat(preview.getInt("planVersion")).isEqualTo(1);
        List<Map<String, Object>> meetings = preview.getList("meetings");
        assertThat(meetings).hasSize(24);
        Map<String, Object> first = meetings.get(0);
        assertThat(first).containsEntry("sequence", 1).containsEntry("launch", true).containsEntry("mode", "IN_PERSON");
        assertThat(((Number) first.get("officeId")).longValue()).as("launch office").isEqualTo(b.ourOffice());
        assertThat(((Number) first.get("hostPartnerId")).longValue()).isEqualTo(b.ours());

        StringBuilder letters = new StringBuilder();
        for (Map<String, Object> m : meetings) {
            letters.append(letter(m, b));
        }
        assertThat(letters.toString()).isEqualTo("OVPV".repeat(6));
    }

    @Test
    void videoMeetingsHaveASocialStartAndDistinctIcebreakersAndNoMeetingIsOnAWeekend() {
        PlanFixtures.Body b = PlanFixtures.body();

        JsonPath preview = PlanFixtures.preview(b.id());

        List<Map<String, Object>> videos = preview.getList("meetings.findAll { it.mode == 'VIDEO' }");
        assertThat(videos).hasSize(12).allSatisfy(v -> {
            assertThat(v.get("socialStart")).isEqualTo(true);
            assertThat((String) v.get("icebreaker")).isNotBlank();
        });
        assertThat(videos.stream().map(v -> v.get("icebreaker")).distinct())
                .as("12 video meetings, 32 questions: none twice").hasSize(12);
        assertThat(preview.getList("meetings.start", String.class)).allSatisfy(start ->
                assertThat(OffsetDateTime.parse(start).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(preview.getDouble("report.travel.maxDeviation"))
                .isLessThanOrEqualTo(preview.getDouble("report.travel.bound"));
    }

    @Test
    void acceptingStoresPlanVersionOneAndAStaleAcceptWritesNothing() {
        PlanFixtures.Body b = PlanFixtures.body();
        JsonPath preview = PlanFixtures.preview(b.id());

        Response accepted = given().contentType(ContentType.JSON).body(Map.of("basePlanVersion", 0,
                "bodyVersion", preview.getLong("bodyVersion"))).post("/api/bodies/" + b.id() + "/plan");
        assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(201);
        JsonPath plan = PlanFixtures.plan(b.id());
        assertThat(plan.getInt("planVersion")).isEqualTo(1);
        assertThat(plan.getString("acceptedAt")).isNotNull();
        List<Long> ids = plan.getList("meetings.id", Long.class);
        assertThat(ids).hasSize(24);

        given().contentType(ContentType.JSON).body(Map.of("basePlanVersion", 0,
                        "bodyVersion", preview.getLong("bodyVersion"))).post("/api/bodies/" + b.id() + "/plan")
                .then().statusCode(409).contentType(PROBLEM).body("status", equalTo(409));

        JsonPath after = PlanFixtures.plan(b.id());
        assertThat(after.getInt("planVersion")).isEqualTo(1);
        assertThat(after.getList("meetings.id", Long.class)).isEqualTo(ids);
    }

    @Test
    void aBodyChangedSinceThePreviewIsNotPlanned() {
        PlanFixtures.Body b = PlanFixtures.body();
        JsonPath preview = PlanFixtures.preview(b.id());
        Map<String, Object> body = new HashMap<>(given().get("/api/bodies/" + b.id()).then().statusCode(200)
                .extract().jsonPath().getMap(""));
        body.put("name", body.get("name") + " (renamed)");
        given().contentType(ContentType.JSON).body(body).put("/api/bodies/" + b.id()).then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("basePlanVersion", 0,
                        "bodyVersion", preview.getLong("bodyVersion"))).post("/api/bodies/" + b.id() + "/plan")
                .then().statusCode(409).contentType(PROBLEM);

        JsonPath plan = PlanFixtures.plan(b.id());
        assertThat(plan.getString("planVersion")).isNull();
        assertThat(plan.getList("meetings")).isEmpty();
    }

    @Test
    void anEditedMeetingIsLockedAndAReplanKeepsItExactly() {
        PlanFixtures.Body b = PlanFixtures.body();
        Map<String, Object> video = meeting(PlanFixtures.accept(b.id()), 2);
        assertThat(video).containsEntry("mode", "VIDEO");
        String nextDay = OffsetDateTime.parse((String) video.get("start")).toLocalDate().plusDays(1).toString();

        JsonPath edited = given().contentType(ContentType.JSON).body(Map.of("date", nextDay, "time", "15:00",
                        "mode", "IN_PERSON", "officeId", b.theirOffice(), "version", video.get("version")))
                .put("/api/meetings/" + video.get("id")).then().statusCode(200).extract().jsonPath();

        assertThat(edited.getBoolean("locked")).isTrue();
        assertThat(edited.getString("mode")).isEqualTo("IN_PERSON");
        assertThat(edited.getLong("hostPartnerId")).isEqualTo(b.theirs());
        assertThat(edited.getString("date")).isEqualTo(nextDay);
        assertThat(edited.getString("timeZone")).isEqualTo("America/Chicago");
        assertThat(video).containsEntry("inconvenientSlot", true); // 90 minutes: no common window for a call
        assertThat(edited.getBoolean("inconvenientSlot")).as("hosted in Austin at 15:00 local").isFalse();
        assertThat(edited.getString("icebreaker")).as("only video meetings have an ice-breaker").isNull();

        JsonPath replan = PlanFixtures.preview(b.id());
        Map<String, Object> kept = meeting(replan, 2);
        assertThat(OffsetDateTime.parse((String) kept.get("start")).toInstant())
                .isEqualTo(OffsetDateTime.parse(edited.getString("start")).toInstant());
        assertThat(kept).containsEntry("mode", "IN_PERSON").containsEntry("changed", false);
        assertThat(((Number) kept.get("hostPartnerId")).longValue()).isEqualTo(b.theirs());
        assertThat(replan.getInt("basePlanVersion")).isEqualTo(1);
        assertThat(replan.getInt("changed")).as("neighbours rebalanced around the kept meeting").isPositive();
        assertThat(replan.getList("meetings.findAll { it.changed }")).hasSize(replan.getInt("changed"));
        List<String> icebreakers = replan.getList("meetings.findAll { it.mode == 'VIDEO' }.icebreaker");
        assertThat(icebreakers).as("video meetings after the re-plan").doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void aVideoMeetingMovedByHandOutsideSomeonesWorkingHoursIsFlagged() {
        PlanFixtures.Body b = PlanFixtures.body(Map.of("durationMinutes", 60));
        Map<String, Object> video = meeting(PlanFixtures.accept(b.id()), 2);
        assertThat(video).containsEntry("mode", "VIDEO").containsEntry("inconvenientSlot", false);

        JsonPath edited = given().contentType(ContentType.JSON).body(Map.of("date", TestClock.day("2027-02-23"), "time", "19:00",
                        "mode", "VIDEO", "version", video.get("version")))
                .put("/api/meetings/" + video.get("id")).then().statusCode(200).extract().jsonPath();

        assertThat(edited.getBoolean("inconvenientSlot")).as("19:00 in Amsterdam is after office hours").isTrue();
        assertThat(edited.getString("icebreaker")).isEqualTo(video.get("icebreaker"));
    }

    @Test
    void aMeetingTurnedIntoVideoGetsAQuestionNoOtherVideoMeetingHasAfterTheReplan() {
        PlanFixtures.Body b = PlanFixtures.body();
        Map<String, Object> third = meeting(PlanFixtures.accept(b.id()), 3);
        assertThat(third).containsEntry("mode", "IN_PERSON");
        String date = OffsetDateTime.parse((String) third.get("start")).toLocalDate().toString();
        given().contentType(ContentType.JSON).body(Map.of("date", date, "time", "16:00", "mode", "VIDEO",
                "version", third.get("version"))).put("/api/meetings/" + third.get("id")).then().statusCode(200);

        JsonPath replan = PlanFixtures.preview(b.id());

        assertThat(meeting(replan, 3)).containsEntry("mode", "VIDEO");
        List<String> icebreakers = replan.getList("meetings.findAll { it.mode == 'VIDEO' }.icebreaker");
        assertThat(icebreakers).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void aReplanNeverGivesANewVideoMeetingAQuestionThatALaterMeetingKeeps() {
        PlanFixtures.Body b = PlanFixtures.body();
        Map<String, Object> video = meeting(PlanFixtures.accept(b.id()), 2);
        String date = OffsetDateTime.parse((String) video.get("start")).toLocalDate().toString();
        given().contentType(ContentType.JSON).body(Map.of("date", date, "time", "15:00", "mode", "IN_PERSON",
                "officeId", b.theirOffice(), "version", video.get("version"))).put("/api/meetings/" + video.get("id"))
                .then().statusCode(200);
        // As saved before edits dropped the question off non-video meetings: the locked meeting still holds it.
        QuarkusTransaction.requiringNew().run(() ->
                Meeting.update("icebreaker = ?1 where id = ?2", video.get("icebreaker"), ((Number) video.get("id")).longValue()));

        JsonPath replan = PlanFixtures.preview(b.id());

        assertThat(meeting(replan, 3)).containsEntry("mode", "VIDEO");
        List<String> icebreakers = replan.getList("meetings.findAll { it.mode == 'VIDEO' }.icebreaker");
        assertThat(icebreakers).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void aCancelledMeetingStaysListedAndUnlockReturnsItToThePlanner() {
        PlanFixtures.Body b = PlanFixtures.body();
        Map<String, Object> third = meeting(PlanFixtures.accept(b.id()), 3);
        long id = ((Number) third.get("id")).longValue();

        JsonPath cancelled = given().queryParam("version", third.get("version")).delete("/api/meetings/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.getBoolean("locked")).isTrue();
        assertThat(meeting(PlanFixtures.plan(b.id()), 3)).containsEntry("status", "CANCELLED");
        assertThat(PlanFixtures.plan(b.id()).getList("meetings")).hasSize(24);

        JsonPath unlocked = given().contentType(ContentType.JSON).body(Map.of("version", cancelled.getLong("version")))
                .post("/api/meetings/" + id + "/unlock").then().statusCode(200).extract().jsonPath();
        assertThat(unlocked.getBoolean("locked")).isFalse();
        assertThat(given().get("/api/meetings/" + id).then().statusCode(200).extract().jsonPath()
                .getBoolean("locked")).isFalse();
    }

    @Test
    void aStaleMeetingVersionIsAConflict() {
        PlanFixtures.Body b = PlanFixtures.body();
        Map<String, Object> third = meeting(PlanFixtures.accept(b.id()), 3);
        long id = ((Number) third.get("id")).longValue();
        given().queryParam("version", third.get("version")).delete("/api/meetings/" + id).then().statusCode(200);

        given().queryParam("version", third.get("version")).delete("/api/meetings/" + id)
                .then().statusCode(409).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("date", TestClock.day("2027-04-07"), "time", "15:00", "mode", "VIDEO",
                "version", third.get("version"))).put("/api/meetings/" + id).then().statusCode(409).contentType(PROBLEM);
    }

    @ParameterizedTest(name = "{0} {1} → 404")
    @CsvSource({
            "GET, /api/bodies/999999999/plan",
            "POST, /api/bodies/999999999/plan/preview",
            "POST, /api/bodies/999999999/plan",
            "GET, /api/meetings/999999999",
            "PUT, /api/meetings/999999999",
            "DELETE, /api/meetings/999999999?version=0",
            "POST, /api/meetings/999999999/unlock"})
    void unknownIdsAreAnswered404(String method, String path) {
        var request = given().contentType(ContentType.JSON);
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request = request.body(Map.of("date", TestClock.day("2027-02-24"), "time", "15:00", "mode", "VIDEO", "version", 0));
        }
        request.request(method, path).then().statusCode(404).contentType(PROBLEM);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "officeId, IN_PERSON, , https://meet.example.com/x",
            "videoLink, VIDEO, , not a link"})
    void anInvalidMeetingEditIsAnswered400NamingTheField(String field, String mode, String officeId, String link) {
        PlanFixtures.Body b = PlanFixtures.body();
        Map<String, Object> second = meeting(PlanFixtures.accept(b.id()), 2);
        Map<String, Object> edit = new HashMap<>(Map.of("date", TestClock.day("2027-02-24"), "time", "16:00", "mode", mode,
                "videoLink", link, "version", second.get("version")));
        if (officeId != null) {
            edit.put("officeId", Long.valueOf(officeId));
        }

        given().contentType(ContentType.JSON).body(edit).put("/api/meetings/" + second.get("id"))
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem(field));

        JsonPath unchanged = given().get("/api/meetings/" + second.get("id")).then().extract().jsonPath();
        assertThat(unchanged.getBoolean("locked")).isFalse();
        assertThat(unchanged.getString("mode")).isEqualTo("VIDEO");
    }

    /** O for in person at our office, P at the partner's, V for video. */
    private static String letter(Map<String, Object> m, PlanFixtures.Body b) {
        if ("VIDEO".equals(m.get("mode"))) {
            return "V";
        }
        long host = ((Number) m.get("hostPartnerId")).longValue();
        return host == b.ours() ? "O" : host == b.theirs() ? "P" : "?";
    }
}
