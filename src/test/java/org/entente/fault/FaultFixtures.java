package org.entente.fault;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.entente.TestData;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.entente.web.Logins.given;

/** Bodies, plans and meeting edits for the fault tests, made through the JSON API; and a look into the database. */
final class FaultFixtures {

    /** Meetings in the plan of {@link #body()}. */
    static final int MEETINGS = 24;

    private FaultFixtures() {
    }

    /** A body of a two-partner alliance with {@link TestData#bodyJson}'s cadence: 24 meetings. */
    record Body(long id, TestData.Alliance alliance) {
    }

    static Body body() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long id = TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, TestData.unique("Board")));
        return new Body(id, a);
    }

    /** Accepts the next plan version; the status code says whether the user was told it was saved. */
    static int accept(long bodyId) {
        return given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + bodyId + "/plan").statusCode();
    }

    static JsonPath plan(long bodyId) {
        return given().get("/api/bodies/" + bodyId + "/plan").then().statusCode(200).extract().jsonPath();
    }

    /** The meeting with {@code sequence} in the body's current plan, as the API shows it. */
    static Map<String, Object> meeting(long bodyId, int sequence) {
        return plan(bodyId).getMap("meetings.find { it.sequence == " + sequence + " }");
    }

    /** A PUT body that changes the venue (and, when given, status and attendees) and keeps everything else. */
    static Map<String, Object> edit(Map<String, Object> meeting, String venue, String status, List<Long> attendees) {
        Map<String, Object> edit = new HashMap<>();
        for (String field : List.of("date", "time", "mode", "officeId", "status", "videoLink", "version")) {
            if (meeting.get(field) != null) {
                edit.put(field, meeting.get(field));
            }
        }
        edit.put("venueAddress", venue);
        if (status != null) {
            edit.put("status", status);
            edit.put("attendeeIds", attendees);
            if (status.equals("HELD")) {
                // held only on or after the meeting's date: the first meeting, moved to yesterday (still within its
                // cadence, which starts about five weeks from today)
                edit.put("date", org.entente.TestClock.today().minusDays(1).toString());
            }
        }
        return edit;
    }

    static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plan version → number of meetings of that version, read straight from the database. */
    static Map<Integer, Integer> meetingsPerPlanVersion(Connection c, long bodyId) throws SQLException {
        Map<Integer, Integer> counts = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.plan_version, COUNT(m.id) FROM plan p "
                + "LEFT JOIN meeting m ON m.plan_id = p.id WHERE p.body_id = ? GROUP BY p.plan_version")) {
            s.setLong(1, bodyId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.put(r.getInt(1), r.getInt(2));
                }
            }
        }
        return counts;
    }

    /**
     * Waits until {@code countSql} (one long parameter) counts at least one row that another transaction has
     * written but not committed: the proof that a write is half-way when the fault hits.
     */
    static void awaitUncommitted(Connection dirtyReader, String countSql, long parameter) throws SQLException {
        try (Statement s = dirtyReader.createStatement()) {
            s.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (PreparedStatement s = dirtyReader.prepareStatement(countSql)) {
                s.setLong(1, parameter);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && r.getLong(1) > 0) {
                        return;
                    }
                }
            }
            PrivateMariaDb.sleep(20);
        }
        throw new AssertionError("The write never got half-way: " + countSql);
    }

    /**
     * Waits until some transaction waits for a row lock (the app's, on a row the test's {@code c} holds). Up to 30 s:
     * a loaded machine may take seconds to schedule the request. Polls every 150 ms: InnoDB refreshes INNODB_TRX only
     * when it has not been read for 100 ms, so faster polling keeps showing a stale snapshot.
     */
    static void awaitLockWait(Connection c) throws SQLException {
        for (int i = 0; i < 200; i++) {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT'")) {
                if (r.next() && r.getInt(1) > 0) {
                    return;
                }
            }
            PrivateMariaDb.sleep(150);
        }
        throw new AssertionError("The request never waited for the row the test holds");
    }

    /** Closes a connection whose server may have been killed under it. */
    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException e) {
            // the server is gone; nothing to release
        }
    }
}
