package org.entente.fault;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.TestData;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A row lock held by another transaction for longer than innodb_lock_wait_timeout (5 s, set per session by the app):
 * the edit waiting for it ends with a 503 problem after about 5 s, well before the socket timeout, and nothing of it is
 * written. Runs on the suite's normal database.
 */
@QuarkusTest
class RowLockTimeoutTest {

    @Test
    void anEditWaitingForARowLockLongerThanFiveSecondsIsAnswered503AndWritesNothing() throws Exception {
        long alliance = TestData.alliance();
        String path = "/api/alliances/" + alliance;
        Map<String, Object> edit = new HashMap<>(given().get(path).then().statusCode(200).extract().jsonPath().getMap(""));
        edit.put("purpose", "Written after the lock");

        Http.Answer waited;
        try (Connection other = DriverManager.getConnection(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class), "root", "")) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.executeQuery("SELECT * FROM alliance WHERE id = " + alliance + " FOR UPDATE").close();
            }
            waited = Http.sendJson("PUT", path, FaultFixtures.json(edit));
            other.rollback();
        }

        assertThat(waited.status()).isEqualTo(503);
        assertThat(waited.contentType()).startsWith("application/problem+json");
        assertThat(waited.retryAfter()).isEqualTo("5");
        assertThat(waited.millis()).as("the lock wait timeout, not the 10 s socket timeout").isBetween(4_500L, 9_500L);
        DatabaseDownTest.assertNoInternals(waited);
        assertThat(given().get(path).then().statusCode(200).extract().jsonPath().getString("purpose"))
                .isNotEqualTo("Written after the lock");
        assertThat(Http.sendJson("PUT", path, FaultFixtures.json(edit)).status()).as("once the lock is gone").isEqualTo(200);
    }
}
