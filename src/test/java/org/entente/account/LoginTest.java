package org.entente.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.entente.web.Browser;
import org.entente.web.Logins;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.anonymous;
import static org.entente.web.Logins.given;
import static org.hamcrest.Matchers.equalTo;

/** Logging in and out, sessions, tokens, invitations and the brute-force brake, as a browser and a script see them. */
@QuarkusTest
class LoginTest {

    @ParameterizedTest
    @ValueSource(strings = {"/alliances", "/users", "/profile", "/icebreakers", "/alliances/1/plan?x=1"})
    void aPageWithoutLoginSendsTheBrowserToTheLoginPageAndBackAfterwards(String path) {
        Response r = anonymous().redirects().follow(false).get(path);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith("/login?next=" + java.net.URLEncoder.encode(path,
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void afterLoginTheBrowserGoesWhereItWasHeaded() {
        Browser browser = Browser.anonymous();
        Document login = browser.get("/login?next=/icebreakers");
        Response done = browser.submit(login, "form[action=/login]",
                Map.of("email", Logins.ADMIN_EMAIL, "password", Logins.ADMIN_PASSWORD));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith("/icebreakers");
        assertThat(browser.get("/icebreakers").select("h1").text()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "https://evil.example/", "/\\evil.example", "/logout"})
    void theNextAddressCannotLeaveTheSite(String next) {
        Browser browser = Browser.anonymous();
        Document login = browser.get("/login");
        Response done = browser.submit(login, "form[action=/login]",
                Map.of("email", Logins.ADMIN_EMAIL, "password", Logins.ADMIN_PASSWORD, "next", next));
        assertThat(done.header("Location")).matches("https?://[^/]+/");
    }

    @Test
    void theApiWithoutCredentialsAnswers401ProblemDetails() {
        anonymous().get("/api/alliances").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer realm=\"entente\"")
                .body("status", equalTo(401)).body("title", equalTo("Not logged in"));
        Logins.as("not-a-real-token").get("/api/alliances").then().statusCode(401);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        Browser browser = Browser.anonymous();
        Document login = browser.get("/login");
        Response done = browser.submit(login, "form[action=/login]",
                Map.of("email", Logins.ADMIN_EMAIL, "password", Logins.ADMIN_PASSWORD));
        Cookie cookie = done.detailedCookie("entente-session");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        assertThat(cookie.getMaxAge()).as("absolute lifetime, 12 hours").isEqualTo(12 * 3600);
        assertThat(cookie.getValue()).hasSizeGreaterThanOrEqualTo(43);
    }

    @Test
    void aWrongPasswordAndAnUnknownAccountGetTheSameAnswerAndTheEmailStays() {
        String email = Users.create("Wrong Password");
        Document wrong = failedLogin(email, "not the password at all");
        Document unknown = failedLogin("nobody-" + email, "not the password at all");
        assertThat(wrong.select("#login-error").text()).isEqualTo("The email or password is not right.")
                .isEqualTo(unknown.select("#login-error").text());
        assertThat(wrong.select("#email").val()).isEqualTo(email);
        assertThat(wrong.select("#password").val()).as("the password is never sent back").isEmpty();
    }

    @Test
    void repeatedFailuresForOneAccountAreAnswered429EvenWithTheRightPasswordThen() {
        String email = Users.create("Brute Force");
        for (int i = 0; i < 5; i++) {
            failedLogin(email, "guess number " + i);
        }
        Browser browser = Browser.anonymous();
        Response refused = browser.submit(browser.get("/login"), "form[action=/login]",
                Map.of("email", email, "password", Users.PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(Browser.parse(refused).select("#login-error").text()).startsWith("Too many failed attempts");

        String nobody = "nobody-" + email;
        for (int i = 0; i < 5; i++) {
            failedLogin(nobody, "guess number " + i);
        }
        Response refusedToo = browser.submit(browser.get("/login"), "form[action=/login]",
                Map.of("email", nobody, "password", "guess number 6"));
        assertThat(refusedToo.statusCode()).as("an unknown account is not told apart").isEqualTo(429);
    }

    @Test
    void logoutEndsTheSessionOnTheServerSoACopiedCookieStopsWorking() {
        Browser browser = Browser.as(Users.create("Logout"), Users.PASSWORD);
        String copied = browser.cookie("entente-session");
        assertThat(withSession(copied).get("/profile").statusCode()).isEqualTo(200);
        Response out = browser.submit(browser.get("/profile"), "form[action=/logout]", Map.of());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.detailedCookie("entente-session").getMaxAge()).isZero();
        Response after = withSession(copied).get("/profile");
        assertThat(after.statusCode()).isEqualTo(303);
        assertThat(after.header("Location")).contains("/login");
    }

    @Test
    void theLoginFormIsRefusedWithoutItsCsrfToken() {
        Response r = anonymous().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("email", Logins.ADMIN_EMAIL).formParam("password", Logins.ADMIN_PASSWORD).post("/login");
        assertThat(r.statusCode()).isIn(400, 403);
        assertThat(r.detailedCookie("entente-session")).isNull();
    }

    @Test
    void theSetupPageIsGoneOnceAnAdministratorExists() {
        anonymous().redirects().follow(false).get("/setup").then().statusCode(404);
        Response r = anonymous().redirects().follow(false).get("/login");
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void anInvitationLinkWorksOnceAndTheNewUserSeesNoAllianceYet() {
        String email = "invited-" + System.nanoTime() + "@example.test";
        String link = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "name", "Invited Ivy")).post("/api/users")
                .then().statusCode(201).body("user.invitationPending", equalTo(true))
                .extract().jsonPath().getString("invitationUrl").replaceFirst("^https?://[^/]+", "");
        Browser ivy = Browser.anonymous();
        Document form = ivy.get(link);
        assertThat(form.select("h1").text()).contains("Invited Ivy");
        Response tooShort = ivy.submit(form, "form[action^=/invitations/]", Map.of("password", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(Browser.parse(tooShort).select("#password-help").text()).isEqualTo("Use at least 12 characters");
        Response accepted = ivy.submit(form, "form[action^=/invitations/]", Map.of("password", Users.PASSWORD));
        Document alliances = ivy.follow(accepted);
        assertThat(alliances.select("table[aria-label=Alliances]")).isEmpty();
        assertThat(alliances.text()).contains("You have no access to an alliance yet");
        anonymous().redirects().follow(false).get(link).then().statusCode(404);
    }

    @Test
    void aDisabledAccountIsLoggedOutAndItsTokensStopWorking() {
        String email = Users.create("Disabled");
        String token = Logins.tokenFor(email, Users.PASSWORD);
        Browser browser = Browser.as(email, Users.PASSWORD);
        String session = browser.cookie("entente-session");
        Logins.as(token).get("/api/me").then().statusCode(200).body("user.email", equalTo(email));
        long id = Logins.as(token).get("/api/me").jsonPath().getLong("user.id");
        long version = Logins.as(token).get("/api/me").jsonPath().getLong("user.version");

        given().contentType(ContentType.JSON).body(Map.of("disabled", true, "version", version))
                .put("/api/users/" + id).then().statusCode(200).body("disabled", equalTo(true));

        Logins.as(token).get("/api/me").then().statusCode(401);
        assertThat(withSession(session).get("/profile").statusCode()).isEqualTo(303);
        Document login = failedLogin(email, Users.PASSWORD);
        assertThat(login.select("#login-error").text()).isEqualTo("The email or password is not right.");
    }

    @Test
    void aRevokedTokenIsRefused() {
        String token = Logins.tokenFor(Users.create("Token"), Users.PASSWORD);
        long tokenId = Logins.as(token).get("/api/me/tokens").jsonPath().getLong("[0].id");
        assertThat(Logins.as(token).get("/api/me/tokens").jsonPath().getString("[0].token")).isNull();
        Logins.as(token).delete("/api/me/tokens/" + tokenId).then().statusCode(204);
        Logins.as(token).get("/api/me").then().statusCode(401);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
        String email = Users.create("Changer");
        Browser first = Browser.as(email, Users.PASSWORD);
        Browser second = Browser.as(email, Users.PASSWORD);
        String secondSession = second.cookie("entente-session");
        Document profile = first.get("/profile");

        Response wrong = first.submit(profile, "form[action=/profile/password]",
                Map.of("current", "not my password", "password", "a brand new password"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Browser.parse(wrong).select("#current-help").text()).isEqualTo("This is not your current password");

        Response changed = first.submit(profile, "form[action=/profile/password]",
                Map.of("current", Users.PASSWORD, "password", "a brand new password"));
        assertThat(first.follow(changed).select("#flash").text()).contains("Your password is changed");
        assertThat(first.get("/profile").select("h1").text()).isEqualTo("Changer");
        assertThat(withSession(secondSession).get("/profile").statusCode()).as("other session ended").isEqualTo(303);
        assertThat(failedLogin(email, Users.PASSWORD).select("#login-error").text()).isNotBlank();
        assertThat(Browser.as(email, "a brand new password").get("/profile").select("h1").text()).isEqualTo("Changer");
    }

    @Test
    void httpBasicIsOffUnlessConfigured() {
        RestAssured.given().auth().preemptive().basic(Logins.ADMIN_EMAIL, Logins.ADMIN_PASSWORD)
                .get("/api/me").then().statusCode(401);
    }

    private static Document failedLogin(String email, String password) {
        Browser browser = Browser.anonymous();
        Response r = browser.submit(browser.get("/login"), "form[action=/login]",
                Map.of("email", email, "password", password));
        assertThat(r.statusCode()).isIn(401, 429);
        return Browser.parse(r);
    }

    private static io.restassured.specification.RequestSpecification withSession(String session) {
        return anonymous().redirects().follow(false).cookie("entente-session", session);
    }
}
