package org.entente.relationship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.entente.TestClock;
import org.entente.TestData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.relationship.RelationshipFixtures.interactions;
import static org.entente.relationship.RelationshipFixtures.meeting;

/** Marking a meeting held logs a MEETING interaction for each partner-side attendee, kept in step with the meeting. */
@QuarkusTest
class HeldMeetingLogTest {

    /** A planned body: Ann on our side, Cy, Di and Ed on the partner side, all members. */
    record Body(long id, long alliance, String name, long ann, long cy, long di, long ed) {
    }

    static Body body() {
        return body(TestData.unique("Steering"));
    }

    static Body body(String name) {
        long alliance = TestData.alliance();
        long ours = RelationshipFixtures.ourPartner(alliance);
        long theirs = TestData.partner(alliance, "Them");
        TestData.office(ours, "Amsterdam", "NL", "Europe/Amsterdam");
        TestData.office(theirs, "Austin", "US", "America/Chicago");
        long ann = TestData.person(ours, "Ann Ours");
        long cy = TestData.person(theirs, "Cy Theirs");
        long di = TestData.person(theirs, "Di Theirs");
        long ed = TestData.person(theirs, "Ed Theirs");
        long body = RelationshipFixtures.body(alliance, name, "STEERING_COMMITTEE", ours, theirs, ann,
                List.of(ann, cy, di, ed));
        RelationshipFixtures.acceptPlan(body);
        return new Body(body, alliance, name, ann, cy, di, ed);
    }

    /** Saves the meeting as it is but with this status, attendance and date. */
    static Response save(Map<String, Object> meeting, String status, Set<Long> attendees, Object date) {
        Map<String, Object> edit = new HashMap<>();
        edit.put("date", date);
        edit.put("time", meeting.get("time"));
        edit.put("mode", meeting.get("mode"));
        edit.put("officeId", meeting.get("officeId"));
        edit.put("status", status);
        edit.put("attendeeIds", attendees);
        edit.put("version", meeting.get("version"));
        return given().contentType(ContentType.JSON).body(edit).put("/api/meetings/" + meeting.get("id"));
    }

    /**
     * A meeting is marked held on or after its date: the tests move the first meeting to yesterday (still within
     * its cadence, which starts about five weeks from today, so re-plans accept the lock).
     */
    static final String HELD_ON = TestClock.today().minusDays(1).toString();

    static void held(Body b, Set<Long> attendees) {
        Map<String, Object> first = meeting(b.id(), 1);
        save(first, "HELD", attendees, HELD_ON).then().statusCode(200);
    }

    @Test
    void eachPartnerSideAttendeeGetsAMeetingInteractionAndTheClockResetsAbsenteesAndOurSideGetNone() {
        Body b = body();
        String date = HELD_ON;

        held(b, Set.of(b.ann(), b.cy(), b.di()));

        for (long attendee : List.of(b.cy(), b.di())) {
            JsonPath logged = interactions(attendee);
            assertThat(logged.getList("kind")).containsExactly("MEETING");
            assertThat(logged.getString("[0].date")).isEqualTo(date);
            assertThat(logged.getString("[0].note")).isEqualTo(b.name() + " meeting");
            assertThat(logged.getString("[0].meetingUid")).isNotBlank();
        }
        assertThat(interactions(b.ed()).getList("kind")).as("absent").isEmpty();
        assertThat(interactions(b.ann()).getList("kind")).as("our side is not kept in touch with").isEmpty();
        JsonPath dashboard = given().get("/api/alliances/" + b.alliance() + "/keep-in-touch").then().extract().jsonPath();
        assertThat(dashboard.getString("find { it.personId == " + b.cy() + " }.lastInteraction")).isEqualTo(date);
        assertThat(dashboard.getString("find { it.personId == " + b.cy() + " }.dueDate"))
                .isEqualTo(LocalDate.parse(date).plusMonths(6).toString());
        assertThat(dashboard.getString("find { it.personId == " + b.ed() + " }.lastInteraction")).isNull();
    }

    @Test
    void savingTheHeldMeetingAgainUpdatesInsteadOfDuplicatingAndUnmarkingItRemovesThem() {
        Body b = body();
        held(b, Set.of(b.cy(), b.di()));
        held(b, Set.of(b.cy(), b.di()));
        assertThat(interactions(b.cy()).getList("kind")).as("held twice").hasSize(1);

        Map<String, Object> first = meeting(b.id(), 1);
        String nextDay = LocalDate.parse(HELD_ON).plusDays(1).toString();
        save(first, "HELD", Set.of(b.cy(), b.ed()), nextDay).then().statusCode(200);

        assertThat(interactions(b.cy()).getList("date")).as("moved a day").containsExactly(nextDay);
        assertThat(interactions(b.di()).getList("kind")).as("no longer attended").isEmpty();
        assertThat(interactions(b.ed()).getList("date")).containsExactly(nextDay);

        save(meeting(b.id(), 1), "CONFIRMED", Set.of(), nextDay).then().statusCode(200);
        assertThat(interactions(b.cy()).getList("kind")).as("not held after all").isEmpty();
        assertThat(interactions(b.ed()).getList("kind")).isEmpty();
    }

    @Test
    void cancellingAHeldMeetingRemovesItsInteractionsButKeepsThoseLoggedByHand() {
        Body b = body();
        KeepInTouchPagesTest.logged(b.cy(), "COFFEE", TestClock.today().minusDays(3));
        held(b, Set.of(b.cy()));
        assertThat(interactions(b.cy()).getList("kind")).containsExactly("MEETING", "COFFEE");

        Map<String, Object> first = meeting(b.id(), 1);
        given().queryParam("version", first.get("version")).delete("/api/meetings/" + first.get("id"))
                .then().statusCode(200);

        assertThat(interactions(b.cy()).getList("kind")).containsExactly("COFFEE");
    }

    @Test
    void aHeldMeetingCarriedIntoTheNextPlanVersionStillHasOneInteractionPerPerson() {
        Body b = body();
        held(b, Set.of(b.cy()));
        Object before = meeting(b.id(), 1).get("id");
        RelationshipFixtures.acceptPlan(b.id());
        Map<String, Object> copied = meeting(b.id(), 1);
        assertThat(copied.get("id")).as("a new plan version has new meeting rows").isNotEqualTo(before);

        save(copied, "HELD", Set.of(b.cy()), copied.get("date")).then().statusCode(200);

        assertThat(interactions(b.cy()).getList("kind")).containsExactly("MEETING");
    }

    @Test
    void heldWithNobodyTickedCountsEveryMemberAsAttending() {
        Body b = body();

        held(b, Set.of());

        assertThat(List.of(b.cy(), b.di(), b.ed())).allSatisfy(p ->
                assertThat(interactions(p).getList("kind")).containsExactly("MEETING"));
    }

    @Test
    void aMeetingIsNotMarkedHeldBeforeItsDateAndNothingIsLogged() {
        Body b = body();
        Map<String, Object> first = meeting(b.id(), 1);
        String tomorrow = TestClock.today().plusDays(1).toString();
        save(first, "HELD", Set.of(b.cy()), tomorrow).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'status' }.message", org.hamcrest.Matchers.startsWith(
                        "A meeting can be marked held on or after its date"));
        assertThat(meeting(b.id(), 1).get("status")).isEqualTo("PLANNED");
        assertThat(interactions(b.cy()).getList("kind")).isEmpty();
        save(first, "HELD", Set.of(b.cy()), TestClock.today().toString()).then().statusCode(200);
        assertThat(interactions(b.cy()).getList("date")).containsExactly(TestClock.today().toString());
    }

    @Test
    void aRefusedMeetingEditLogsNothing() {
        Body b = body();
        Map<String, Object> first = meeting(b.id(), 1);
        long stranger = TestData.person(TestData.partner(b.alliance(), "Other"), "Zed Stranger");

        save(first, "HELD", Set.of(b.cy(), stranger), HELD_ON).then().statusCode(400);
        Map<String, Object> stale = new HashMap<>(first);
        stale.put("version", ((Number) first.get("version")).longValue() + 7);
        save(stale, "HELD", Set.of(b.cy()), HELD_ON).then().statusCode(409);

        assertThat(interactions(b.cy()).getList("kind")).isEmpty();
    }

    @Test
    void whenLoggingFailsTheMeetingIsNotMarkedHeldEither() {
        Body b = body(FailingAttendanceObserver.PREFIX + TestData.unique("Steering"));
        Map<String, Object> first = meeting(b.id(), 1);

        save(first, "HELD", Set.of(b.cy()), HELD_ON).then().statusCode(500);

        assertThat(meeting(b.id(), 1)).containsEntry("status", "PLANNED").containsEntry("version", first.get("version"));
        assertThat(interactions(b.cy()).getList("kind")).isEmpty();
    }
}
