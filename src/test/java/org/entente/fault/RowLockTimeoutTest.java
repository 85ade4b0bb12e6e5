package org.entente.fault;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row lock held by another transaction for longer than innodb_lock_wait_timeout (5 s, set per session by the app):
 * the edit waiting for it ends with a 503 after about 5 s, well before the socket timeout, and nothing of it is
 * written; through the API a problem with Retry-After, on a page the form again with what was typed. Runs on the
 * suite's normal database.
 */
@QuarkusTest
class RowLockTimeoutTest {

    @Test
    void anEditWaitingForARowLockLongerThanFiveSecondsIsAnswered503AndWritesNothing() throws Exception {
        long alliance = TestData.alliance();
        String path = "/api/alliances/" + alliance;
        Map<String, Object> edit = new HashMap<>(given().get(path).then().statusCode(200).extract().jsonPath().getMap(""));
        edit.put("purpose", "Written after the lock");

        Http.Answer waited = whileTheRowIsLocked(alliance, () -> Http.sendJson("PUT", path, FaultFixtures.json(edit)));

        assertThat(waited.status()).isEqualTo(503);
        assertThat(waited.contentType()).startsWith("application/problem+json");
        assertThat(waited.retryAfter()).isEqualTo("5");
        assertThat(JsonPath.from(waited.body()).getString("title")).isEqualTo("Entente is unavailable for a moment");
        assertThat(waited.millis()).as("the lock wait timeout, not the 10 s socket timeout").isBetween(4_500L, 9_500L);
        DatabaseDownTest.assertNoInternals(waited);
        assertThat(given().get(path).then().statusCode(200).extract().jsonPath().getString("purpose"))
                .isNotEqualTo("Written after the lock");
        assertThat(Http.sendJson("PUT", path, FaultFixtures.json(edit)).status()).as("once the lock is gone").isEqualTo(200);
    }

    @Test
    void aFormWaitingForARowLockComesBackWith503AndWhatWasTyped() throws Exception {
        long alliance = TestData.alliance();
        Browser browser = new Browser();
        Document form = browser.get("/alliances/" + alliance + "/edit");
        Map<String, String> typed = Map.of("purpose", "Typed while the row was locked");

        Response waited = whileTheRowIsLocked(alliance, () -> browser.submit(form, "form[aria-label=Alliance]", typed));

        assertThat(waited.statusCode()).isEqualTo(503);
        assertThat(waited.header("Retry-After")).isEqualTo("5");
        Document again = Browser.parse(waited);
        assertThat(again.selectFirst("#conflict").text()).contains("cannot use its database right now");
        assertThat(again.selectFirst("#purpose").text()).isEqualTo("Typed while the row was locked");
        Response retried = browser.submit(again, "form[aria-label=Alliance]", Map.of());
        assertThat(browser.follow(retried).text()).as("sent again once the lock is gone")
                .contains("Typed while the row was locked");
    }

    /** Runs {@code request} while a transaction of the test's own holds the alliance's row lock, then releases it. */
    private static <T> T whileTheRowIsLocked(long alliance, Callable<T> request) throws Exception {
        try (Connection other = DriverManager.getConnection(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class), "root", "")) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.executeQuery("SELECT * FROM alliance WHERE id = " + alliance + " FOR UPDATE").close();
            }
            try {
                return request.call();
            } finally {
                other.rollback();
            }
        }
    }
}
