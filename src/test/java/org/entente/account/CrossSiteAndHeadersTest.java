package org.entente.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.entente.TestData;
import org.entente.account.AccessFixture.Role;
import org.entente.web.Browser;
import org.entente.web.Logins;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * What a hostile page or a crafted request gets: cross-site changes to the JSON API and forms without their CSRF
 * token are refused and write nothing; every answer (page, API, error) carries the security headers; errors show
 * no internals; query parameters that filter or choose a format accept only their known values.
 */
@QuarkusTest
class CrossSiteAndHeadersTest {

    private static final String EVIL = "https://evil.example";

    @ParameterizedTest(name = "{0} {1} with {2}: {3} → {4}")
    @CsvSource({
            "POST,   /api/alliances,     Origin,         https://evil.example,    403",
            "PUT,    /api/alliances/{A}, Origin,         https://evil.example,    403",
            "DELETE, /api/alliances/{A}, Origin,         https://evil.example,    403",
            "PUT,    /api/alliances/{A}, Origin,         null,                    403",
            "PUT,    /api/alliances/{A}, Origin,         http://localhost.evil.example, 403",
            "POST,   /api/alliances,     Sec-Fetch-Site, cross-site,              403",
            "PUT,    /api/alliances/{A}, Sec-Fetch-Site, cross-site,              403",
            "DELETE, /api/alliances/{A}, Sec-Fetch-Site, cross-site,              403",
            "PUT,    /api/alliances/{A}, Sec-Fetch-Site, same-site,               403",
            "PUT,    /api/alliances/{A}, Origin,         {self},                  200",
            "POST,   /api/alliances,     Origin,         {self},                  201",
            "PUT,    /api/alliances/{A}, Sec-Fetch-Site, same-origin,             200"})
    void theApiRefusesChangesFromOtherSitesEvenWithTheSessionCookie(String method, String path, String header,
                                                                    String value, int status) {
        AccessFixture f = AccessFixture.get();
        String target = path.replace("{A}", String.valueOf(f.a.id()));
        String before = AccessFixture.snapshot("/api/alliances/" + f.a.id());
        long count = given().get("/api/alliances").jsonPath().getList("id").size();
        Object body = method.equals("POST") ? Map.of("name", TestData.unique("Cross-site"), "status", "FORMING")
                : AccessFixture.echo("/api/alliances/" + f.a.id());

        Response r = session(f).header(header, value.replace("{self}", "http://localhost:" + RestAssured.port))
                .contentType(ContentType.JSON).body(body).request(method, target);

        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        if (status == 403) {
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.jsonPath().getString("title")).isEqualTo("Cross-site request refused");
            assertThat(AccessFixture.snapshot("/api/alliances/" + f.a.id())).as("nothing changed").isEqualTo(before);
            assertThat(given().get("/api/alliances").jsonPath().getList("id")).as("nothing created").hasSize((int) count);
        }
    }

    @ParameterizedTest(name = "{0} form with {1} CSRF token is refused")
    @CsvSource({
            "/alliances/{A}/edit, no",      "/alliances/{A}/edit, a forged",
            "/alliances/{A}/delete, no",    "/alliances/new, no",
            "/profile, no",                 "/login, no",
            "/login, a forged"})
    void aFormWithoutItsCsrfTokenIsRefusedAndWritesNothing(String page, String token) {
        AccessFixture f = AccessFixture.get();
        String path = page.replace("{A}", String.valueOf(f.a.id()));
        Browser browser = path.equals("/login") ? Browser.anonymous() : new Browser();
        Document form = browser.get(path);
        if (token.equals("no")) {
            form.select("input[name=csrf-token]").remove();
        } else {
            form.select("input[name=csrf-token]").val("bm90LXRoZS1yaWdodC10b2tlbi1hdC1hbGwtbm90LWF0LWFsbA");
        }
        String before = AccessFixture.snapshot("/api/alliances/" + f.a.id());
        String selector = switch (page) {
            case "/alliances/{A}/edit" -> "form[action=/alliances/" + f.a.id() + "]";
            case "/alliances/{A}/delete" -> "form[action=/alliances/" + f.a.id() + "/delete]";
            case "/alliances/new" -> "form[action=/alliances]";
            case "/profile" -> "form[action=/profile/password]";
            default -> "form[action=/login]";
        };
        Map<String, String> fields = switch (path) {
            case "/login" -> Map.of("email", Logins.ADMIN_EMAIL, "password", Logins.ADMIN_PASSWORD);
            case "/profile" -> Map.of("current", Logins.ADMIN_PASSWORD, "password", "a brand new password");
            default -> Map.of("name", "Renamed by a forged form");
        };

        Response r = browser.submit(form, selector, fields);

        assertThat(r.statusCode()).as(r.asString()).isIn(400, 403);
        assertThat(r.detailedCookie("entente-session")).as("no session from a refused login").isNull();
        assertThat(AccessFixture.snapshot("/api/alliances/" + f.a.id())).isEqualTo(before);
        assertThat(Logins.tokenFor(Logins.ADMIN_EMAIL, Logins.ADMIN_PASSWORD)).as("the password is unchanged").isNotBlank();
    }

    @ParameterizedTest(name = "{0} {1} carries the security headers")
    @CsvSource({
            "admin, /alliances", "admin, /bodies/{body}/schedule", "admin, /no-such-page", "admin, /alliances/999999999",
            "admin, /api/alliances", "admin, /api/no-such-thing", "member, /alliances/{A}/edit",
            "outsider, /alliances/{A}", "anonymous, /login", "anonymous, /api/alliances", "admin, /bodies/{body}/plan.pdf"})
    void everyAnswerCarriesTheSecurityHeaders(String who, String path) {
        AccessFixture f = AccessFixture.get();
        Role role = switch (who) {
            case "admin" -> Role.ADMIN;
            case "member" -> Role.MEMBER_A;
            case "outsider" -> Role.NO_ACCESS;
            default -> Role.ANONYMOUS;
        };
        String target = path.replace("{A}", String.valueOf(f.a.id())).replace("{body}", String.valueOf(f.body));

        Response r = target.startsWith("/api") ? f.api(role).get(target) : f.browser(role).raw(target);

        String csp = r.header("Content-Security-Policy");
        assertThat(csp).as("CSP of %s (%d)", target, r.statusCode()).isNotNull()
                .contains("frame-ancestors 'none'").contains("object-src 'none'");
        String scripts = csp.replaceAll(".*script-src ([^;]*).*", "$1");
        assertThat(scripts).contains("'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Referrer-Policy")).isIn("same-origin", "no-referrer", "strict-origin-when-cross-origin");
    }

    @ParameterizedTest(name = "{0} {1} → {2}, without internals")
    @CsvSource(delimiter = '|', value = {
            "GET    | /api/alliances/999999999 |  | 404",
            "GET    | /alliances/999999999     |  | 404",
            "POST   | /api/alliances           | {\"name\": |  400",
            "POST   | /api/alliances           | {\"name\": \"\", \"status\": \"SIDEWAYS\"} | 400",
            "PUT    | /api/alliances/{A}       | {\"name\": \"Stale\", \"status\": \"FORMING\", \"version\": -5} | 409",
            "POST   | /api/icebreakers         | {\"question\": \"{question}\"} | 409",
            "PATCH  | /api/alliances           | {} | 405",
            "DELETE | /alliances               |  | 405",
            "GET    | /alliances/{A}/holidays?from=2027-13-45 |  | 400",
            "POST   | /api/alliances           | <alliance/> | 415"})
    void errorsShowNoStackTraceSqlOrClassNames(String method, String path, String body, int status) {
        AccessFixture f = AccessFixture.get();
        String question = given().get("/api/icebreakers").jsonPath().getString("[0].question");
        RequestSpecification request = path.startsWith("/api") ? f.api(Role.ADMIN) : RestAssured.given()
                .cookie("entente-session", f.browser(Role.ADMIN).cookie("entente-session")).redirects().follow(false);
        if (body != null) {
            request = request.contentType(body.startsWith("<") ? ContentType.XML : ContentType.JSON)
                    .body(body.replace("{question}", question));
        }

        Response r = request.request(method, path.replace("{A}", String.valueOf(f.a.id())));

        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith(path.startsWith("/api") ? "application/problem+json" : "text/html");
        assertNoInternals(r);
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {
            "/alliances/{A}/keep-in-touch?owner=1%20or%201=1", "/api/alliances/{A}/keep-in-touch?owner=1;drop%20table%20person",
            "/alliances/{A}/keep-in-touch?owner=-1", "/alliances/{A}/plan/print?paper=a4'%20or%20'1'='1",
            "/alliances/{A}/plan/print?paper=%3Cscript%3Ealert(1)%3C/script%3E", "/bodies/{body}/plan.pdf?paper=../../etc/passwd",
            "/bodies/{body}/plan/print?glance=true'--", "/bodies/{body}/plan/print?glance=1%20union%20select%201",
            "/alliances/{A}/holidays?from=2027-01-01'%20OR%201=1--", "/alliances/{A}/holidays?from=9999999-01-01",
            "/people/{person}/send-tip?tip=1%20or%201=1"})
    void injectedQueryParametersGetADefaultOrAClearRefusal(String path) {
        AccessFixture f = AccessFixture.get();
        String target = path.replace("{A}", String.valueOf(f.a.id())).replace("{body}", String.valueOf(f.body))
                .replace("{person}", String.valueOf(f.a.theirPeople().get(0)));

        Response r = target.startsWith("/api") ? f.api(Role.ADMIN).urlEncodingEnabled(false).get(target)
                : RestAssured.given().urlEncodingEnabled(false).redirects().follow(false)
                .cookie("entente-session", f.browser(Role.ADMIN).cookie("entente-session")).get(target);

        assertThat(r.statusCode()).as("%s\n%s", target, r.asString()).isIn(200, 400, 404);
        assertNoInternals(r);
        assertThat(r.asString()).doesNotContain("<script>alert(1)");
    }

    @ParameterizedTest(name = "DELETE /api/meetings/'{'id'}'?version={0} → {1}, the meeting stays as it was")
    @CsvSource(delimiter = '|', value = {"0%20or%201=1 | 404", "7;drop%20table%20meeting | 409", "99999999999999999999 | 404",
            "-1 | 409", "0'-- | 404"})
    void anInjectedVersionCancelsNothing(String version, int status) {
        AccessFixture f = AccessFixture.get();
        long meeting = f.meetings.get(f.meetings.size() - 1);
        String before = AccessFixture.snapshot("/api/meetings/" + meeting);

        Response r = f.api(Role.ADMIN).urlEncodingEnabled(false).delete("/api/meetings/" + meeting + "?version=" + version);

        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        assertNoInternals(r);
        assertThat(AccessFixture.snapshot("/api/meetings/" + meeting)).isEqualTo(before);
    }

    private static RequestSpecification session(AccessFixture f) {
        return RestAssured.given().cookie("entente-session", f.browser(Role.ADMIN).cookie("entente-session"))
                .redirects().follow(false);
    }

    private static void assertNoInternals(Response r) {
        assertThat(r.asString()).doesNotContainIgnoringCase("exception").doesNotContain("\tat ").doesNotContain("at org.")
                .doesNotContain("at java.").doesNotContain("org.entente").doesNotContain("org.hibernate")
                .doesNotContain("io.quarkus").doesNotContain("java.lang").doesNotContain("SQL")
                .doesNotContainIgnoringCase("syntax error").doesNotContainIgnoringCase("jdbc").doesNotContainIgnoringCase("mariadb")
                .doesNotContain("\"stack\"");
    }
}
