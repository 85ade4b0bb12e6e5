package org.entente.relationship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.entente.TestClock;
import org.entente.relationship.KeepInTouchPagesTest.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RelationshipApiTest {

    private static final long UNKNOWN = 999_999_999L;

    private static Response post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path);
    }

    private static Response put(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).put(path);
    }

    private static Map<String, Object> interaction(String kind, String date, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("date", date);
        body.put("note", note);
        return body;
    }

    private static Map<String, Object> cadence(Integer months, Long ownerId, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("months", months);
        body.put("ownerId", ownerId);
        body.put("version", version);
        return body;
    }

    private static Arguments call(String name, int status, Function<Side, Response> call) {
        return Arguments.of(name, status, call);
    }

    static Stream<Arguments> statusMatrix() {
        String today = TestClock.today().toString();
        return Stream.of(
                call("dashboard", 200, s -> given().get("/api/alliances/" + s.alliance() + "/keep-in-touch")),
                call("dashboard of an unknown alliance", 404, s -> given().get("/api/alliances/" + UNKNOWN + "/keep-in-touch")),
                call("interactions", 200, s -> given().get("/api/people/" + s.dora() + "/interactions")),
                call("interactions of an unknown person", 404, s -> given().get("/api/people/" + UNKNOWN + "/interactions")),
                call("log", 201, s -> post("/api/people/" + s.dora() + "/interactions", interaction("EMAIL", today, "Sent the deck"))),
                call("log a note of 501 characters", 400, s -> post("/api/people/" + s.dora() + "/interactions",
                        interaction("EMAIL", today, "x".repeat(501)))),
                call("log without a kind", 400, s -> post("/api/people/" + s.dora() + "/interactions", interaction(null, today, null))),
                call("log an unknown kind", 400, s -> post("/api/people/" + s.dora() + "/interactions", interaction("NAP", today, null))),
                call("log in the future", 400, s -> post("/api/people/" + s.dora() + "/interactions",
                        interaction("CALL", TestClock.today().plusDays(1).toString(), null))),
                call("log for an unknown person", 404, s -> post("/api/people/" + UNKNOWN + "/interactions", interaction("CALL", today, null))),
                call("delete an interaction", 204, s -> given().delete("/api/interactions/" + KeepInTouchPagesTest.loggedId(s.dora()))),
                call("delete an unknown interaction", 404, s -> given().delete("/api/interactions/" + UNKNOWN)),
                call("set a cadence", 200, s -> put("/api/people/" + s.sam() + "/keep-in-touch", cadence(12, s.olga(), 0L))),
                call("set 25 months", 400, s -> put("/api/people/" + s.sam() + "/keep-in-touch", cadence(25, null, 0L))),
                call("an owner of the partner side", 400, s -> put("/api/people/" + s.sam() + "/keep-in-touch", cadence(3, s.tara(), 0L))),
                call("no version", 400, s -> put("/api/people/" + s.sam() + "/keep-in-touch", cadence(3, null, null))),
                call("a stale version", 409, s -> put("/api/people/" + s.sam() + "/keep-in-touch", cadence(3, null, 4L))),
                call("the cadence of an unknown person", 404, s -> put("/api/people/" + UNKNOWN + "/keep-in-touch", cadence(3, null, 0L))),
                call("counterpart map", 200, s -> given().get("/api/alliances/" + s.alliance() + "/counterparts")),
                call("counterpart map of an unknown alliance", 404, s -> given().get("/api/alliances/" + UNKNOWN + "/counterparts")),
                call("digest of an owner of our side", 200, s -> given().get("/api/people/" + s.olga() + "/digest")),
                call("digest of a partner-side person", 404, s -> given().get("/api/people/" + s.dora() + "/digest")),
                call("digest of an unknown person", 404, s -> given().get("/api/people/" + UNKNOWN + "/digest")),
                call("tips", 200, s -> given().get("/api/tips")),
                call("add a tip", 201, s -> post("/api/tips", Map.of("text", "Ask about their commute", "stance", "UNKNOWN"))),
                call("add a blank tip", 400, s -> post("/api/tips", Map.of("text", " "))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("statusMatrix")
    void answersTheDocumentedStatus(String name, int status, Function<Side, Response> call) {
        Response r = call.apply(KeepInTouchPagesTest.side());

        assertThat(r.statusCode()).as(name + ": " + r.asString()).isEqualTo(status);
        if (status >= 400) {
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void theDashboardAnswersEachPartnerPersonWithTheirClockMostOverdueFirst() {
        Side s = KeepInTouchPagesTest.side();
        KeepInTouchPagesTest.logged(s.tara(), "MEETING", TestClock.today().minusYears(1));

        given().get("/api/alliances/" + s.alliance() + "/keep-in-touch").then().statusCode(200)
                .body("name", equalTo(List.of("Tara Trailblazer", "Dora Decider", "Sam Skeptic")))
                .body("[0].status", equalTo("OVERDUE")).body("[0].months", equalTo(6))
                .body("[1].status", equalTo("ON_TRACK")).body("[1].months", equalTo(3))
                .body("[1].lastInteraction", equalTo(null));
    }

    @Test
    void theLatestInteractionOfAnyKindResetsTheClockWhateverTheOrderTheyWereLoggedIn() {
        Side s = KeepInTouchPagesTest.side();
        LocalDate latest = TestClock.today().minusDays(20);
        KeepInTouchPagesTest.logged(s.dora(), "EMAIL", latest);
        KeepInTouchPagesTest.logged(s.dora(), "DINNER", latest.minusDays(80));

        given().get("/api/alliances/" + s.alliance() + "/keep-in-touch").then().statusCode(200)
                .body("find { it.name == 'Dora Decider' }.lastInteraction", equalTo(latest.toString()))
                .body("find { it.name == 'Dora Decider' }.dueDate", equalTo(latest.plusMonths(3).toString()))
                .body("find { it.name == 'Dora Decider' }.status", equalTo("ON_TRACK"));
    }

    @Test
    void aCadenceChangeAnswersTheNewVersionAndTheSameVersionTwiceIsAConflict() {
        Side s = KeepInTouchPagesTest.side();
        // a week ago, so that one month from it is due soon in a month of any length
        KeepInTouchPagesTest.logged(s.dora(), "CALL", TestClock.today().minusWeeks(1));

        put("/api/people/" + s.dora() + "/keep-in-touch", cadence(1, s.olga(), 0L)).then().statusCode(200)
                .body("ownMonths", equalTo(1)).body("owner", equalTo("Olga Ours")).body("version", equalTo(1))
                .body("status", equalTo("DUE_SOON"));
        put("/api/people/" + s.dora() + "/keep-in-touch", cadence(6, null, 0L)).then().statusCode(409);
        given().get("/api/alliances/" + s.alliance() + "/keep-in-touch?owner=" + s.olga()).then()
                .body("name", equalTo(List.of("Dora Decider")));
    }

    @Test
    void interactionsAreListedNewestFirst() {
        Side s = KeepInTouchPagesTest.side();
        KeepInTouchPagesTest.logged(s.sam(), "COFFEE", LocalDate.of(2025, 3, 1));
        KeepInTouchPagesTest.logged(s.sam(), "DINNER", LocalDate.of(2026, 1, 9));
        KeepInTouchPagesTest.logged(s.sam(), "CALL", LocalDate.of(2025, 8, 20));

        given().get("/api/people/" + s.sam() + "/interactions").then().statusCode(200)
                .body("kind", equalTo(List.of("DINNER", "CALL", "COFFEE")));
    }
}
