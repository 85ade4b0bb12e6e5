package org.entente.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.entente.TestData;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * Input that parses but makes no sense, or JSON a lenient parser would quietly accept: dates far outside any
 * calendar Entente plans in, duplicate keys, trailing garbage and versions that are not whole numbers are each
 * a 400 naming the field (never a 500), and nothing is written.
 */
@QuarkusTest
class StrictInputTest {

    static final String[] BAD_DATES = {"+10000-01-01", "0000-01-01", "-0001-01-01", "-1-01-01", "1000-02-30"};

    /** One path per kind of record that takes a date in JSON; {D} is the date, {A} the alliance, {P} a person. */
    @ParameterizedTest(name = "{0} with {2} = {3}")
    @CsvSource(delimiter = '|', value = {
            "POST | /api/alliances                     | {\"name\": \"{N}\", \"status\": \"FORMING\", \"launchDate\": \"{D}\"} | launchDate",
            "PUT  | /api/alliances/{A}                 | {\"name\": \"{N}\", \"status\": \"FORMING\", \"launchDate\": \"{D}\", \"version\": 0} | launchDate",
            "POST | /api/alliances/{A}/blackouts       | {\"from\": \"{D}\", \"to\": \"2027-08-14\", \"name\": \"Summer\"} | from",
            "POST | /api/alliances/{A}/blackouts       | {\"from\": \"2027-08-01\", \"to\": \"{D}\", \"name\": \"Summer\"} | to",
            "POST | /api/alliances/{A}/launch/items    | {\"title\": \"Book the room\", \"dueDate\": \"{D}\"} | dueDate",
            "POST | /api/people/{P}/interactions       | {\"kind\": \"COFFEE\", \"date\": \"{D}\"} | date"})
    void anOutOfRangeDateInJsonIsA400NamingTheField(String method, String path, String body, String field) {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        for (String date : BAD_DATES) {
            Response r = given().contentType(ContentType.JSON)
                    .body(body.replace("{D}", date).replace("{N}", TestData.unique("Dated")))
                    .request(method, path.replace("{A}", String.valueOf(a.id()))
                            .replace("{P}", String.valueOf(a.theirPeople().get(0))));

            assertProblem(r, field, date);
        }
    }

    @ParameterizedTest(name = "cadence.{0}")
    @ValueSource(strings = {"firstDate", "until"})
    void anOutOfRangeDateInsideABodyIsA400NamingTheNestedField(String field) {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        for (String date : BAD_DATES) {
            Map<String, Object> body = new java.util.HashMap<>(TestData.bodyJson(a, TestData.unique("Dated body")));
            Map<String, Object> cadence = new java.util.HashMap<>((Map<String, Object>) body.get("cadence"));
            cadence.put(field, date);
            if (field.equals("until")) {
                cadence.remove("count");
            }
            body.put("cadence", cadence);

            Response r = given().contentType(ContentType.JSON).body(body).post("/api/alliances/" + a.id() + "/bodies");

            assertProblem(r, "cadence." + field, date);
        }
        assertThat(given().get("/api/alliances/" + a.id() + "/bodies").jsonPath().getList("id")).isEmpty();
    }

    @Test
    void anOutOfRangeDateInAFormIsShownNextToTheFieldWithTheInputKept() {
        Browser browser = new Browser();
        for (String date : BAD_DATES) {
            Document form = browser.get("/alliances/new");
            Response r = browser.submit(form, "form[action=/alliances]", Map.of("name", TestData.unique("Form dated"),
                    "status", "FORMING", "launchDate", date));

            assertThat(r.statusCode()).as("%s: %s", date, r.asString()).isEqualTo(400);
            Document page = Browser.parse(r);
            assertThat(page.selectFirst("#launchDate-help").text()).as(date).contains("Enter a date");
            assertThat(page.selectFirst("#launchDate").val()).isEqualTo(date);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "0000-01-01", "-1-01-01", "2027-13-45"})
    void anOutOfRangeDateInTheQueryIsA400NamingTheParameter(String date) {
        long alliance = TestData.alliance();

        Response r = new Browser().raw("/alliances/" + alliance + "/holidays?from=" + date);

        assertThat(r.statusCode()).as(r.asString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(Browser.parse(r).selectFirst("main").text()).contains("from").contains("Enter a date");
    }

    @ParameterizedTest(name = "version {0}")
    @ValueSource(strings = {"1.5", "\"1e3\"", "\"abc\"", "9999999999999999999", "1e3", "true", "[0]"})
    void aVersionThatIsNotAWholeNumberIsA400NamingIt(String version) {
        long alliance = TestData.alliance();
        String before = given().get("/api/alliances/" + alliance).asString();

        Response r = given().contentType(ContentType.JSON).body("{\"name\": \"Renamed\", \"status\": \"FORMING\", "
                + "\"version\": " + version + "}").put("/api/alliances/" + alliance);

        assertProblem(r, "version", version);
        assertThat(given().get("/api/alliances/" + alliance).asString()).isEqualTo(before);
    }

    @Test
    void aDuplicateKeyIsA400NamingIt() {
        String name = TestData.unique("Twice");

        Response r = given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"status\": \"FORMING\", \"name\": \"" + name + " again\"}")
                .post("/api/alliances");

        assertProblem(r, "name", "duplicate");
        assertThat(given().get("/api/alliances").jsonPath().getList("name", String.class)).doesNotContain(name, name + " again");
    }

    @ParameterizedTest
    @ValueSource(strings = {" x", " {}", "]", " \"more\"", " 1"})
    void trailingGarbageAfterTheJsonValueIsA400(String garbage) {
        String name = TestData.unique("Trailing");

        Response r = given().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"status\": \"FORMING\"}" + garbage).post("/api/alliances");

        assertProblem(r, "body", garbage);
        assertThat(given().get("/api/alliances").jsonPath().getList("name", String.class)).doesNotContain(name);
    }

    static void assertProblem(Response r, String field, String input) {
        assertThat(r.statusCode()).as("%s: %s", input, r.asString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        List<String> fields = r.jsonPath().getList("errors.field", String.class);
        assertThat(fields).as("%s: %s", input, r.asString()).containsExactly(field);
        assertThat(r.jsonPath().getString("detail")).startsWith(field + ": ");
    }
}
