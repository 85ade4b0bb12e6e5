package org.entente.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import org.entente.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With secure cookies (the production default) every cookie Entente sets is Secure — the flash cookie too — and
 * answers carry HSTS, so the browser keeps to HTTPS.
 */
@QuarkusTest
@TestProfile(SecureCookiesTest.Secure.class)
class SecureCookiesTest {

    /** Production's cookie settings on the test's plain http. */
    public static class Secure implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.auth.secure-cookie", "true", "quarkus.rest-csrf.cookie-force-secure", "true");
        }
    }

    @Test
    void everyCookieIsSecureAndAnswersCarryHsts() {
        Browser browser = Browser.anonymous();
        Response loginPage = browser.raw("/login");
        assertThat(loginPage.detailedCookie("entente-csrf").isSecured()).isTrue();
        assertThat(loginPage.header("Strict-Transport-Security")).startsWith("max-age=");
        Document login = Browser.parse(loginPage);

        Response done = browser.submit(login, "form[action=/login]",
                Map.of("email", Logins.ADMIN_EMAIL, "password", Logins.ADMIN_PASSWORD));
        assertThat(done.detailedCookie("entente-session").isSecured()).isTrue();
        assertThat(done.detailedCookie("entente-csrf").isSecured()).isTrue();

        long alliance = TestData.alliance();
        Response deleted = browser.submit(browser.get("/alliances/" + alliance + "/delete"),
                "form[action=/alliances/" + alliance + "/delete]", Map.of());
        Cookie flash = deleted.detailedCookie("entente-flash");
        assertThat(flash).as("the flash cookie").isNotNull();
        assertThat(flash.isSecured()).isTrue();
    }
}
