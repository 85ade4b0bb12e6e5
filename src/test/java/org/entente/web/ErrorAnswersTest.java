package org.entente.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.entente.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * What a 500 tells the person and the administrator: an error id on the page and in problem+json that the log line
 * (with the stack trace, kept server-side) carries too; "nothing was changed" only when the transaction rolled back,
 * and "may have been saved" when the failure came after the commit.
 */
@QuarkusTest
class ErrorAnswersTest {

    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureTheErrorLog() {
        Logger.getLogger(ErrorMappers.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger(ErrorMappers.class.getName()).removeHandler(capture);
    }

    @Test
    void aFailureAfterTheCommitSaysTheChangeMayHaveBeenSavedAndShowsTheErrorId() {
        long alliance = TestData.create("/api/alliances", Map.of("name", TestData.unique("Doomed"), "status", "FORMING"));

        Response r = deleteFailingAfterCommit(alliance);

        assertThat(r.statusCode()).as(r.asString()).isEqualTo(500);
        Document page = Browser.parse(r);
        String detail = page.selectFirst("#error-detail").text();
        assertThat(detail).contains("may have been saved").contains("Reload").doesNotContain("nothing was changed");
        String errorId = page.selectFirst("#error-id code").text();
        assertThat(detail).contains(errorId);
        assertLoggedWithStackTrace(errorId);
        assertThat(r.asString()).doesNotContain("IllegalStateException").doesNotContain("on purpose");
        given().get("/api/alliances/" + alliance).then().statusCode(404);
    }

    @Test
    void theApiSaysSoToo() {
        long alliance = TestData.create("/api/alliances", Map.of("name", TestData.unique("Doomed"), "status", "FORMING"));

        Response r = given().header(FailingAfterCommit.HEADER, "yes").delete("/api/alliances/" + alliance);

        assertThat(r.statusCode()).as(r.asString()).isEqualTo(500);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("detail")).contains("may have been saved").doesNotContain("nothing was changed")
                .contains(r.jsonPath().getString("errorId"));
        given().get("/api/alliances/" + alliance).then().statusCode(404);
    }

    /** The delete form posted as the browser posts it, with the header that makes the answer fail after the commit. */
    private static Response deleteFailingAfterCommit(long alliance) {
        Browser browser = new Browser();
        Document confirm = browser.get("/alliances/" + alliance + "/delete");
        String token = confirm.selectFirst("form[action=/alliances/" + alliance + "/delete] input[name=csrf-token]").val();
        return io.restassured.RestAssured.given().redirects().follow(false)
                .cookie("entente-session", browser.cookie("entente-session"))
                .cookie("entente-csrf", browser.cookie("entente-csrf"))
                .header(FailingAfterCommit.HEADER, "yes")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token)
                .post("/alliances/" + alliance + "/delete");
    }

    @Test
    void aFailureThatRolledBackSaysNothingChangedAndCarriesTheErrorIdInProblemJson() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long body = TestData.create("/api/alliances/" + a.id() + "/bodies",
                TestData.bodyJson(a, FailingAfterCommit.INSIDE + TestData.unique("Steering")));
        given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + body + "/plan").then().statusCode(201);
        Map<String, Object> meeting = given().get("/api/bodies/" + body + "/plan").jsonPath().getMap("meetings[0]");
        Map<String, Object> edit = new HashMap<>();
        for (String key : List.of("date", "time", "mode", "officeId", "version")) {
            edit.put(key, meeting.get(key));
        }
        edit.put("status", "HELD");
        // held only on or after its date: the first meeting, moved to yesterday (within its cadence)
        edit.put("date", org.entente.TestClock.today().minusDays(1).toString());

        Response r = given().contentType(ContentType.JSON).body(edit).put("/api/meetings/" + meeting.get("id"));

        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.contentType()).startsWith("application/problem+json");
        String errorId = r.jsonPath().getString("errorId");
        assertThat(errorId).matches("[0-9a-f]{12}");
        assertThat(r.jsonPath().getString("detail")).contains("nothing was changed").contains(errorId);
        assertLoggedWithStackTrace(errorId);
        assertThat(r.asString()).doesNotContain("IllegalStateException").doesNotContain("on purpose");
        assertThat(given().get("/api/meetings/" + meeting.get("id")).jsonPath().getString("status")).isEqualTo("PLANNED");
    }

    @Test
    void twoFailuresGetTwoIds() {
        long first = TestData.create("/api/alliances", Map.of("name", TestData.unique("Doomed"), "status", "FORMING"));
        long second = TestData.create("/api/alliances", Map.of("name", TestData.unique("Doomed"), "status", "FORMING"));

        String one = Browser.parse(deleteFailingAfterCommit(first)).selectFirst("#error-id code").text();
        String two = Browser.parse(deleteFailingAfterCommit(second)).selectFirst("#error-id code").text();

        assertThat(one).isNotEqualTo(two);
    }

    private void assertLoggedWithStackTrace(String errorId) {
        assertThat(logged).as("log records of ErrorMappers").anySatisfy(record -> {
            String message = record.getParameters() == null ? record.getMessage()
                    : String.format(record.getMessage(), record.getParameters());
            assertThat(message).contains(errorId);
            assertThat(record.getThrown()).isNotNull();
        });
    }
}
