package org.entente.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.entente.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every answer tells the browser: logged-in answers are never stored (pages, API, PDF, .ics), static assets
 * stay cacheable, text carries its charset, the opener and browser features are locked down, and a 405 says which
 * methods the address takes.
 */
@QuarkusTest
class ResponseHeadersTest {

    @ParameterizedTest(name = "GET {0} → Cache-Control {1}, Content-Type {2}")
    @CsvSource({
            "/alliances,                       no-store, text/html;charset=UTF-8",
            "/alliances/{A},                   no-store, text/html;charset=UTF-8",
            "/api/alliances,                   no-store, application/json;charset=UTF-8",
            "/alliances/{A}/calendar.ics,      no-store, text/calendar;charset=utf-8",
            "/login,                           no-store, text/html;charset=UTF-8",
            "/css/app.css,                     ,         text/css;charset=UTF-8",
            "/js/app.js,                       ,         text/javascript;charset=UTF-8"})
    void answersSayHowToCacheAndWhichCharset(String path, String cache, String type) {
        long alliance = TestData.alliance();
        Browser browser = new Browser();

        Response r = path.startsWith("/api") ? Logins.given().get(path) : path.equals("/login")
                ? Browser.anonymous().raw(path) : browser.raw(path.replace("{A}", String.valueOf(alliance)));

        assertThat(r.statusCode()).isEqualTo(200);
        if (cache == null) {
            assertThat(r.header("Cache-Control")).as("static assets stay cacheable").isNotEqualTo("no-store");
        } else {
            assertThat(r.header("Cache-Control")).isEqualTo(cache);
        }
        assertThat(r.contentType().replace(" ", "")).isEqualToIgnoringCase(type);
        assertThat(r.header("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(r.header("Permissions-Policy")).contains("camera=()").contains("geolocation=()");
        assertThat(r.header("Strict-Transport-Security")).as("no HSTS over plain http (test, dev)").isNull();
    }

    @ParameterizedTest(name = "{0} {1} → 405 with Allow: {2}")
    @CsvSource({"DELETE, /alliances, GET", "PATCH, /api/alliances, GET", "PUT, /login, GET"})
    void aMethodNotAllowedNamesTheAllowedOnes(String method, String path, String allowed) {
        Response r = RestAssured.given().redirects().follow(false)
                .cookie("entente-session", new Browser().cookie("entente-session"))
                .header("Authorization", "Bearer " + Logins.adminToken()).request(method, path);

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.header("Allow")).as("Allow of %s", path).contains(allowed);
    }
}
