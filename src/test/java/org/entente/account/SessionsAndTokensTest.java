package org.entente.account;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.entente.TestClock;
import org.entente.TestData;
import org.entente.platform.Secrets;
import org.entente.web.Browser;
import org.entente.web.Logins;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * Sessions and tokens that must stop working: an idle session, a CSRF token from before login, an expired API token,
 * the tokens and sessions of an account that was disabled and enabled again; and links that a forged Host header
 * must not steer.
 */
@QuarkusTest
class SessionsAndTokensTest {

    @Inject
    AgroalDataSource database;

    @Test
    void aSessionIdleForLongerThanTheTimeoutSendsAFormThroughLoginBackToTheFormPage() throws SQLException {
        Browser browser = new Browser();
        long alliance = TestData.alliance();
        String formPage = "/alliances/" + alliance + "/edit";
        Document form = browser.get(formPage);
        String name = given().get("/api/alliances/" + alliance).jsonPath().getString("name");
        String session = browser.cookie("entente-session");
        seen(session, TestClock.nowUtc().minusHours(8).minusMinutes(1));

        Response r = RestAssured.given().redirects().follow(false)
                .cookie("entente-session", session).cookie("entente-csrf", browser.cookie("entente-csrf"))
                .header("Referer", "http://localhost:" + RestAssured.port + formPage)
                .formParam("csrf-token", form.selectFirst("input[name=csrf-token]").val())
                .formParam("name", "Renamed after the session ended").formParam("status", "FORMING")
                .post("/alliances/" + alliance);

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith("/login?next=" + java.net.URLEncoder.encode(formPage,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(given().get("/api/alliances/" + alliance).jsonPath().getString("name")).isEqualTo(name);
        assertThat(browser.raw("/alliances").statusCode()).as("the idle session is over").isEqualTo(303);
    }

    @Test
    void aSessionSeenWithinTheTimeoutGoesOnAndIsNotedAsSeen() throws SQLException {
        Browser browser = new Browser();
        String session = browser.cookie("entente-session");
        LocalDateTime sevenHoursAgo = TestClock.nowUtc().minusHours(7);
        seen(session, sevenHoursAgo);

        assertThat(browser.raw("/alliances").statusCode()).isEqualTo(200);

        assertThat(lastSeen(session)).isAfter(sevenHoursAgo.plusHours(6));
    }

    @Test
    void loginRotatesTheCsrfTokenSoAFormFromBeforeLoginIsRefused() {
        Browser browser = Browser.anonymous();
        Document login = browser.get("/login");
        String before = browser.cookie("entente-csrf");
        String oldToken = login.selectFirst("input[name=csrf-token]").val();

        Response done = browser.submit(login, "form[action=/login]",
                Map.of("email", Logins.ADMIN_EMAIL, "password", Logins.ADMIN_PASSWORD));

        Cookie csrf = done.detailedCookie("entente-csrf");
        assertThat(csrf).as("a new CSRF cookie at login").isNotNull();
        assertThat(csrf.getValue()).isNotEqualTo(before);
        assertThat(csrf.getSameSite()).isEqualTo("Strict");
        assertThat(csrf.isHttpOnly()).isTrue();
        Document profile = browser.get("/profile");
        Response stale = browser.submit(profile, "form[action=/profile/tokens]", Map.of("name", "stale", "csrf-token", oldToken));
        assertThat(stale.statusCode()).as("the token from before login").isEqualTo(400);
        Response fresh = browser.submit(profile, "form[action=/profile/tokens]", Map.of("name", "fresh"));
        assertThat(fresh.statusCode()).isEqualTo(201);
    }

    @Test
    void anExpiredApiTokenIsRefusedAndTheProfileShowsTheExpiry() throws SQLException {
        String email = Users.create("Token Expiry");
        String session = Browser.as(email, Users.PASSWORD).cookie("entente-session");
        Response created = RestAssured.given().cookie("entente-session", session).contentType(ContentType.JSON)
                .body(Map.of("name", "nightly sync", "expiresInDays", 30)).post("/api/me/tokens");
        created.then().statusCode(201);
        String token = created.jsonPath().getString("token");
        assertThat(created.jsonPath().getString("expiresAt")).startsWith(TestClock.nowUtc().plusDays(30).toLocalDate().toString());
        Logins.as(token).get("/api/me").then().statusCode(200);

        update("UPDATE api_token SET expires_at = ? WHERE token_hash = ?", TestClock.nowUtc().minusMinutes(1),
                Secrets.hash(token));

        Logins.as(token).get("/api/me").then().statusCode(401);
        Document profile = Browser.as(email, Users.PASSWORD).get("/profile");
        assertThat(profile.select("table[aria-label=Your API tokens] td").eachText())
                .contains(TestClock.nowUtc().minusMinutes(1).toLocalDate().toString());
    }

    @Test
    void aTokenExpiryInThePastOrGivenTwiceIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "expiresAt", TestClock.today().toString()))
                .post("/api/me/tokens").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("expiresAt"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "expiresInDays", 0))
                .post("/api/me/tokens").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("expiresInDays"));
        Browser browser = new Browser();
        Response r = browser.submit(browser.get("/profile"), "form[action=/profile/tokens]",
                Map.of("name", "Calendar sync", "expiresInDays", "-3"));
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Browser.parse(r);
        assertThat(page.getElementById("expiresInDays-help").text()).contains("days");
        assertThat(page.getElementById("expiresInDays").val()).isEqualTo("-3");
        assertThat(page.getElementById("name").val()).isEqualTo("Calendar sync");
    }

    @Test
    void enablingADisabledAccountRevivesNeitherItsTokensNorItsSessions() {
        String email = Users.create("Re Enabled");
        Browser browser = Browser.as(email, Users.PASSWORD);
        browser.get("/profile");
        String token = Logins.tokenFor(email, Users.PASSWORD);
        long id = given().get("/api/users").jsonPath().<Integer>getList("findAll { it.email == '" + email + "' }.id").get(0);

        for (boolean disabled : new boolean[] {true, false}) {
            long version = given().get("/api/users/" + id).jsonPath().getLong("version");
            given().contentType(ContentType.JSON).body(Map.of("disabled", disabled, "version", version))
                    .put("/api/users/" + id).then().statusCode(200);
        }

        Logins.as(token).get("/api/me").then().statusCode(401);
        assertThat(browser.raw("/profile").statusCode()).as("the old session").isEqualTo(303);
        assertThat(Logins.tokenFor(email, Users.PASSWORD)).as("a fresh login works").isNotBlank();
    }

    @Test
    void anInvitationLinkIgnoresAForgedHostHeader() {
        String email = TestData.unique("hosted").toLowerCase().replaceAll("[^a-z0-9]", "") + "@example.test";

        String link = given().header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .contentType(ContentType.JSON).body(Map.of("email", email, "name", "Hosted", "administrator", false))
                .post("/api/users").then().statusCode(201).extract().jsonPath().getString("invitationUrl");

        assertThat(link).startsWith("http://localhost:8080/invitations/").doesNotContain("evil");
    }

    private void seen(String session, LocalDateTime at) throws SQLException {
        update("UPDATE login_session SET last_seen_at = ? WHERE token_hash = ?", at, Secrets.hash(session));
    }

    private LocalDateTime lastSeen(String session) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT last_seen_at FROM login_session WHERE token_hash = ?")) {
            s.setString(1, Secrets.hash(session));
            var row = s.executeQuery();
            assertThat(row.next()).isTrue();
            return row.getTimestamp(1).toLocalDateTime();
        }
    }

    private void update(String sql, LocalDateTime at, String hash) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, at);
            s.setString(2, hash);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
