package org.entente.account;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.entente.TestClock;
import org.entente.TestData;
import org.entente.jobs.HousekeepingService;
import org.entente.web.Browser;
import org.entente.web.Logins;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The audit trail: every kind of security event is recorded with who and from where, no secret ever reaches it, only
 * administrators read it (and a refusal is itself recorded), the filters work, and the housekeeping deletes what is
 * older than the retention.
 */
@QuarkusTest
class AuditTrailTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Event<AccessRefused> refusals;
    @Inject
    HousekeepingService housekeeping;

    @Test
    void aFullRoundOfEventsIsRecordedAndNoSecretUsedInItIsInTheTable() throws SQLException {
        List<String> secrets = new ArrayList<>(List.of(Logins.ADMIN_PASSWORD, Users.PASSWORD));
        String email = TestData.unique("audited").toLowerCase().replaceAll("[^a-z0-9]", "") + "@example.test";
        JsonPath invited = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "name", "Audited", "administrator", false))
                .post("/api/users").then().statusCode(201).extract().jsonPath();
        long userId = invited.getLong("user.id");
        String link = invited.getString("invitationUrl").replaceFirst("^https?://[^/]+", "");
        secrets.add(link.substring(link.lastIndexOf('/') + 1));
        Browser invitee = Browser.anonymous();
        assertThat(invitee.submit(invitee.get(link), "form[action^=/invitations/]", Map.of("password", Users.PASSWORD))
                .statusCode()).isEqualTo(303);
        secrets.add(invitee.cookie("entente-session"));

        assertThat(LoginClient.atNewAddress().logIn(email, "a wrong password here").statusCode()).isEqualTo(401);
        secrets.add("a wrong password here");
        Browser user = Browser.as(email, Users.PASSWORD);
        secrets.add(user.cookie("entente-session"));
        secrets.add(user.cookie("entente-csrf"));
        Response out = user.submit(user.get("/profile"), "form[action=/logout]", Map.of());
        assertThat(out.statusCode()).isEqualTo(303);
        String token = Logins.tokenFor(email, Users.PASSWORD);
        secrets.add(token);
        long tokenId = Logins.as(token).get("/api/me/tokens").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.name == 'tests' }.id");
        String second = Logins.as(token).contentType(ContentType.JSON).body(Map.of("name", "to revoke"))
                .post("/api/me/tokens").then().statusCode(201).extract().jsonPath().getString("token");
        secrets.add(second);
        Logins.as(second).get("/api/audit").then().statusCode(403);
        Logins.as(token).delete("/api/me/tokens/" + tokenId).then().statusCode(204);
        Logins.as(second).contentType(ContentType.JSON)
                .body(Map.of("current", Users.PASSWORD, "password", "a brand new password"))
                .put("/api/me/password").then().statusCode(204);
        secrets.add("a brand new password");

        long alliance = TestData.alliance();
        Users.grant(alliance, email, "MEMBER");
        given().delete("/api/alliances/" + alliance + "/access/" + userId).then().statusCode(204);
        refusals.fire(new AccessRefused(userId, "GET", "/bodies/7", "body", 7L, 404));
        long version = given().get("/api/users/" + userId).then().extract().jsonPath().getLong("version");
        given().contentType(ContentType.JSON).body(Map.of("disabled", true, "version", version))
                .put("/api/users/" + userId).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("disabled", false, "version", version + 1))
                .put("/api/users/" + userId).then().statusCode(200);

        List<String> kinds = given().queryParam("email", email).queryParam("size", 200).get("/api/audit")
                .then().statusCode(200).extract().jsonPath().getList("events.kind");
        assertThat(kinds).contains("INVITATION_CREATED", "INVITATION_ACCEPTED", "LOGIN_FAILED", "LOGIN_SUCCEEDED",
                "TOKEN_CREATED", "TOKEN_REVOKED", "PASSWORD_CHANGED", "ROLE_GRANTED", "ROLE_REMOVED",
                "ACCESS_REFUSED", "LOGOUT", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
        eventually(() -> given().queryParam("email", email).queryParam("kind", "ACCESS_REFUSED").get("/api/audit")
                .then().body("events.path", hasItem("/api/audit"))
                .body("events.path", hasItem("/bodies/7"))
                .body("events.find { it.path == '/bodies/7' }.recordKind", equalTo("body"))
                .body("events.find { it.path == '/bodies/7' }.status", equalTo(404)));

        String table = everything();
        for (String secret : secrets) {
            assertThat(secret).isNotBlank();
            assertThat(table).as("the audit table holds no secret").doesNotContain(secret);
        }
    }

    @Test
    void onlyAdministratorsSeeTheTrailAndAMembersTryIsRecorded() {
        String member = Users.create("Curious Member");
        Browser browser = Browser.as(member, Users.PASSWORD);
        assertThat(browser.raw("/audit").statusCode()).isEqualTo(403);
        Logins.as(Logins.tokenFor(member, Users.PASSWORD)).get("/api/audit").then().statusCode(403);

        Browser admin = new Browser();
        eventually(() -> assertThat(admin.get("/audit?kind=ACCESS_REFUSED&email=" + member)
                .select("table[aria-label=Security events] tbody tr")).as("refused on the I/O thread, written by a worker")
                .hasSize(2).allSatisfy(row -> assertThat(row.text()).contains(member).contains("→ 403")
                        .contains("access refused").matches(".*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}.*")));
        assertThat(new Browser().get("/users").select("a#audit-trail").attr("href")).isEqualTo("/audit");
    }

    @Test
    void theFiltersAndPagesNarrowTheTrailAndBadFiltersAreNamed() {
        String email = Users.create("Filtered");
        for (int i = 0; i < 3; i++) {
            LoginClient.atNewAddress().logIn(email, "wrong " + i);
        }
        String today = TestClock.today().toString();
        given().queryParam("kind", "LOGIN_FAILED").queryParam("email", email).queryParam("from", today)
                .queryParam("to", today).queryParam("size", 2).get("/api/audit").then().statusCode(200)
                .body("total", equalTo(3)).body("events.size()", equalTo(2)).body("page", equalTo(0));
        given().queryParam("kind", "LOGIN_FAILED").queryParam("email", email).queryParam("size", 2)
                .queryParam("page", 1).get("/api/audit").then().body("events.size()", equalTo(1));
        given().queryParam("kind", "LOGIN_FAILED").queryParam("email", email)
                .queryParam("to", TestClock.today().minusDays(1).toString()).get("/api/audit").then()
                .body("total", equalTo(0));

        given().queryParam("kind", "NOT_A_KIND").queryParam("from", "+10000-01-01").get("/api/audit").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("kind")).body("errors.field", hasItem("from"));
        Response page = new Browser().raw("/audit?from=yesterday&email=" + email);
        assertThat(page.statusCode()).isEqualTo(400);
        Document form = Browser.parse(page);
        assertThat(form.select("#from-help").text()).contains("YYYY-MM-DD");
        assertThat(form.select("#from").val()).as("the typed text is kept").isEqualTo("yesterday");
        assertThat(form.select("#email").val()).isEqualTo(email);
    }

    @Test
    void theHousekeepingDeletesEventsOlderThanTheRetention() {
        String email = TestData.unique("retained").toLowerCase().replaceAll("[^a-z0-9]", "") + "@example.test";
        long old = QuarkusTransaction.requiringNew().call(() -> event(email, 401));
        long kept = QuarkusTransaction.requiringNew().call(() -> event(email, 399));

        assertThat(housekeeping.housekeep(Instant.parse("2027-04-01T03:15:00Z"))).isPresent();

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat((SecurityEvent) SecurityEvent.findById(old)).as("older than 400 days").isNull();
            assertThat((SecurityEvent) SecurityEvent.findById(kept)).isNotNull();
        });
    }

    /** Retries the assertion for up to 5 s: refusals decided on the I/O thread are written by a worker thread. */
    private static void eventually(Runnable assertion) {
        for (int i = 0; ; i++) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (i == 50) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static long event(String email, int daysAgo) {
        SecurityEvent event = SecurityEvent.of(SecurityEvent.Kind.LOGIN_FAILED).subject(null, email);
        event.occurredAt = TestClock.nowUtc().minusDays(daysAgo);
        event.persist();
        return event.id;
    }

    private String everything() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT * FROM security_event")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    all.append(rows.getString(i)).append('|');
                }
                all.append('\n');
            }
        }
        assertThat(all).as("the table has rows").isNotEmpty();
        return all.toString();
    }
}
