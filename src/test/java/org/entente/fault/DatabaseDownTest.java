package org.entente.fault;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database is killed (kill -9) under a running app: pages answer a friendly 503 page, the API a 503 problem,
 * both with Retry-After and quickly; a form comes back with what was typed; readiness is DOWN and liveness UP. When
 * the database is back the app recovers without a restart and the very first request succeeds.
 */
@QuarkusTest
@TestProfile(PrivateDatabase.class)
@ExtendWith(NeedsMariadbd.class)
class DatabaseDownTest {

    /**
     * Connection refused is immediate, so the answer comes within the pool's acquisition timeout (3 s); the margin is
     * for a busy build machine.
     */
    private static final long DOWN_ANSWER_MILLIS = 8_000;

    PrivateMariaDb db;

    @Test
    void whileTheDatabaseIsDownPagesAndApiAnswer503AndReadinessIsDown() {
        long alliance = TestData.alliance();
        Http.get("/alliances/" + alliance, "text/html");  // the pool holds live connections when the fault hits

        db.kill9();
        try {
            Http.Answer page = Http.get("/alliances/" + alliance, "text/html");
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.retryAfter()).isEqualTo("5");
            Document html = Jsoup.parse(page.body());
            assertThat(html.selectFirst("#error-title").text()).isEqualTo("Entente is unavailable for a moment");
            assertThat(html.selectFirst("a[href=/alliances]")).isNotNull();
            assertNoInternals(page);

            Http.Answer api = Http.get("/api/alliances/" + alliance, "application/json");
            assertThat(api.status()).isEqualTo(503);
            assertThat(api.contentType()).startsWith("application/problem+json");
            assertThat(api.retryAfter()).isEqualTo("5");
            assertThat(api.body()).contains("\"status\":503").contains("\"instance\":\"/api/alliances/" + alliance + "\"");
            assertNoInternals(api);

            Http.Answer write = Http.sendJson("POST", "/api/alliances", "{\"name\":\"While down\",\"status\":\"FORMING\"}");
            assertThat(write.status()).isEqualTo(503);
            assertThat(write.contentType()).startsWith("application/problem+json");
            assertNoInternals(write);

            Http.Answer ready = Http.get("/q/health/ready", "application/json");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\": \"DOWN\"");
            Http.Answer live = Http.get("/q/health/live", "application/json");
            assertThat(live.status()).isEqualTo(200);
            assertThat(live.body()).contains("\"status\": \"UP\"");

            for (Http.Answer a : new Http.Answer[] {page, api, write, ready, live}) {
                assertThat(a.millis()).as("answered while the database is down").isLessThan(DOWN_ANSWER_MILLIS);
            }
            System.out.printf("Database down: page %d ms, API %d ms, write %d ms, readiness %d ms%n", page.millis(),
                    api.millis(), write.millis(), ready.millis());
        } finally {
            db.restart();
        }

        Http.Answer first = Http.get("/alliances/" + alliance, "text/html");
        assertThat(first.status()).as("the first request after the database is back").isEqualTo(200);
        assertThat(Http.get("/api/alliances/" + alliance, "application/json").status()).isEqualTo(200);
        assertThat(Http.sendJson("POST", "/api/alliances", "{\"name\":\"After restart\",\"status\":\"FORMING\"}")
                .status()).isEqualTo(201);
        assertThat(Http.get("/q/health/ready", "application/json").status()).isEqualTo(200);
    }

    @Test
    void aFormSubmittedWhileTheDatabaseIsDownIsAnswered503AndCanBeSentAgainOnceItIsBack() {
        // Every request first looks up the login session in the database, so while it is down the form cannot be
        // re-rendered with the typed text (as a validation error is): the browser keeps it on "back", and the
        // page says so. What must hold: a friendly 503, nothing written, and the same form works once it is back.
        Browser browser = new Browser();
        Document form = browser.get("/alliances/new");

        db.kill9();
        Response r;
        try {
            r = browser.submit(form, "form[aria-label=Alliance]",
                    Map.of("name", "Typed while down", "purpose", "A long purpose nobody wants to type twice"));
        } finally {
            db.restart();
        }

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.header("Retry-After")).isEqualTo("5");
        assertThat(Browser.parse(r).select("h1").text()).contains("unavailable");
        Response again = browser.submit(form, "form[aria-label=Alliance]",
                Map.of("name", "Typed while down", "purpose", "A long purpose nobody wants to type twice"));
        assertThat(again.statusCode()).as("sent again once the database is back").isEqualTo(303);
        assertThat(browser.follow(again).select("h1").text()).isEqualTo("Typed while down");
    }

    static void assertNoInternals(Http.Answer a) {
        assertThat(a.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.")
                .doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("jdbc")
                .doesNotContain("127.0.0.1").doesNotContainIgnoringCase("select ");
    }
}
