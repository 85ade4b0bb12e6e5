package org.entente.fault;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.fault.FaultFixtures.MEETINGS;
import static org.entente.fault.FaultFixtures.accept;

/**
 * The database is killed (kill -9) while a write is provably half-way (another connection sees its first rows,
 * uncommitted), then restarted: every write the user was told succeeded is there, the half-written one is gone as a
 * whole, and the app writes again without a restart.
 */
@QuarkusTest
@TestProfile(PrivateDatabase.class)
@ExtendWith(NeedsMariadbd.class)
class KilledMidWriteTest {

    /** Sends the request that is in flight when the database is killed. */
    private static final ExecutorService CLIENT = Executors.newSingleThreadExecutor();

    PrivateMariaDb db;

    @AfterEach
    void databaseIsRunning() {
        if (!db.running()) {
            db.restart();
        }
    }

    @AfterAll
    static void stopClient() {
        CLIENT.shutdownNow();
    }

    @Test
    void aPlanAcceptanceKilledHalfWayLeavesNoHalfPlanAndEveryAcknowledgedPlanWhole() throws Exception {
        FaultFixtures.Body body = FaultFixtures.body();
        assertThat(accept(body.id())).isEqualTo(201);
        Map<String, Object> third = FaultFixtures.meeting(body.id(), 3);
        String venue = "Hotel Krasnapolsky, Dam 9, Amsterdam";
        given().contentType(ContentType.JSON).body(FaultFixtures.edit(third, venue, null, null))
                .put("/api/meetings/" + third.get("id")).then().statusCode(200);
        assertThat(accept(body.id())).as("the re-plan around the edited meeting").isEqualTo(201);

        Connection blocker = db.connect();
        Connection reader = db.connect();
        CompletableFuture<Http.Answer> inFlight;
        try {
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                // a gap lock after the last meeting: the acceptance writes its plan row, then waits on its first meeting
                s.executeQuery("SELECT id FROM meeting WHERE id > (SELECT MAX(id) FROM meeting) FOR UPDATE").close();
            }
            inFlight = CompletableFuture.supplyAsync(
                    () -> Http.sendJson("POST", "/api/bodies/" + body.id() + "/plan", "{}"), CLIENT);
            FaultFixtures.awaitUncommitted(reader,
                    "SELECT COUNT(*) FROM plan WHERE plan_version = 3 AND body_id = ?", body.id());
            db.kill9();
        } finally {
            FaultFixtures.closeQuietly(blocker);
            FaultFixtures.closeQuietly(reader);
        }
        assertThat(inFlight.get().status()).as("the user is not told the killed acceptance succeeded").isEqualTo(503);

        db.restart();

        JsonPath plan = FaultFixtures.plan(body.id());
        assertThat(plan.getInt("planVersion")).as("the current plan is the last acknowledged one").isEqualTo(2);
        assertThat(plan.getList("meetings")).hasSize(MEETINGS);
        Map<String, Object> kept = plan.getMap("meetings.find { it.sequence == 3 }");
        assertThat(kept).containsEntry("venueAddress", venue).containsEntry("locked", true);
        try (Connection c = db.connect()) {
            assertThat(FaultFixtures.meetingsPerPlanVersion(c, body.id()))
                    .as("plan version → meetings: both acknowledged plans whole, nothing of the killed one")
                    .isEqualTo(Map.of(1, MEETINGS, 2, MEETINGS));
        }
        assertThat(accept(body.id())).as("the app writes again").isEqualTo(201);
        assertThat(FaultFixtures.plan(body.id()).getInt("planVersion")).isEqualTo(3);
    }

    @Test
    void aMeetingEditKilledHalfWayIsRolledBackWholeAndTheAcknowledgedEditAndRePlanStay() throws Exception {
        FaultFixtures.Body body = FaultFixtures.body();
        assertThat(accept(body.id())).isEqualTo(201);
        long ours = body.alliance().ourPeople().get(0);
        long theirs = body.alliance().theirPeople().get(0);
        Map<String, Object> first = FaultFixtures.meeting(body.id(), 1); // held: yesterday, see FaultFixtures.edit
        String venue = "Acknowledged venue, Austin";
        given().contentType(ContentType.JSON).body(FaultFixtures.edit(first, venue, "HELD", List.of(ours)))
                .put("/api/meetings/" + first.get("id")).then().statusCode(200);
        assertThat(accept(body.id())).as("the re-plan after the edit").isEqualTo(201);
        Map<String, Object> copied = FaultFixtures.meeting(body.id(), 1);
        long id = ((Number) copied.get("id")).longValue();
        Map<String, Object> acknowledged = given().get("/api/meetings/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("");

        Connection blocker = db.connect();
        Connection reader = db.connect();
        CompletableFuture<Http.Answer> inFlight;
        try {
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                // locks the attendees: the edit updates the meeting row, then waits to rewrite who attended
                s.executeQuery("SELECT * FROM meeting_attendee WHERE meeting_id = " + id + " FOR UPDATE").close();
            }
            String lost = FaultFixtures.json(FaultFixtures.edit(copied, "Lost venue", "HELD", List.of(ours, theirs)));
            inFlight = CompletableFuture.supplyAsync(() -> Http.sendJson("PUT", "/api/meetings/" + id, lost), CLIENT);
            FaultFixtures.awaitUncommitted(reader,
                    "SELECT COUNT(*) FROM meeting WHERE venue_address = 'Lost venue' AND id = ?", id);
            db.kill9();
        } finally {
            FaultFixtures.closeQuietly(blocker);
            FaultFixtures.closeQuietly(reader);
        }
        assertThat(inFlight.get().status()).as("the user is not told the killed edit succeeded").isEqualTo(503);

        db.restart();

        Map<String, Object> after = given().get("/api/meetings/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(after).as("the meeting as acknowledged, not half of the killed edit").isEqualTo(acknowledged);
        assertThat(after).containsEntry("venueAddress", venue).containsEntry("status", "HELD")
                .containsEntry("attendeeIds", List.of((int) ours));
        try (Connection c = db.connect()) {
            assertThat(FaultFixtures.meetingsPerPlanVersion(c, body.id())).isEqualTo(Map.of(1, MEETINGS, 2, MEETINGS));
        }
    }
}
