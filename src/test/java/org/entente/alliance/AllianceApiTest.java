package org.entente.alliance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.entente.TestClock;
import org.entente.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AllianceApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void createAnswers201WithLocationAndTheAllianceCanBeReadThere() {
        String name = TestData.unique("Api alliance");
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "purpose", "Grow", "status", "ACTIVE", "launchDate", TestClock.day("2027-03-02")))
                .post("/api/alliances");

        assertThat(created.statusCode()).isEqualTo(201);
        long id = created.jsonPath().getLong("id");
        String location = created.header("Location");
        assertThat(location).endsWith("/api/alliances/" + id);

        given().get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body("name", equalTo(name)).body("status", equalTo("ACTIVE"))
                .body("launchDate", equalTo(TestClock.day("2027-03-02"))).body("version", equalTo(0));
    }

    @Test
    void updateAnswers200WithTheNewValuesAndANewVersion() {
        long id = TestData.alliance();
        String name = TestData.unique("Renamed");

        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "status", "ACTIVE", "version", 0))
                .put("/api/alliances/" + id)
                .then().statusCode(200).body("name", equalTo(name)).body("version", equalTo(1));

        given().get("/api/alliances/" + id).then().statusCode(200).body("name", equalTo(name))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void deleteAnswers204AndTheAllianceIsGone() {
        long id = TestData.alliance();

        given().delete("/api/alliances/" + id).then().statusCode(204);

        given().get("/api/alliances/" + id).then().statusCode(404);
    }

    static Stream<Arguments> invalidInput() {
        return Stream.of(
                Arguments.of("blank name", "POST", "{\"name\": \"  \", \"status\": \"FORMING\"}", "name"),
                Arguments.of("name over 120 characters", "POST",
                        "{\"name\": \"" + "x".repeat(121) + "\", \"status\": \"FORMING\"}", "name"),
                Arguments.of("unknown status", "POST", "{\"name\": \"%s\", \"status\": \"DORMANT\"}", "status"),
                Arguments.of("impossible date", "POST",
                        "{\"name\": \"%s\", \"status\": \"FORMING\", \"launchDate\": \"2027-02-31\"}", "launchDate"),
                Arguments.of("date in another format", "POST",
                        "{\"name\": \"%s\", \"status\": \"FORMING\", \"launchDate\": \"02/03/2027\"}", "launchDate"),
                Arguments.of("no version on update", "PUT", "{\"name\": \"%s\", \"status\": \"FORMING\"}", "version"),
                Arguments.of("not JSON", "POST", "name=Acme", "body"),
                Arguments.of("no body", "POST", "", "body"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {3}")
    @MethodSource("invalidInput")
    void invalidInputIsAnswered400WithAProblemNamingTheField(String label, String method, String json, String field) {
        String body = json.contains("%s") ? json.formatted(TestData.unique("Invalid")) : json;
        String path = method.equals("PUT") ? "/api/alliances/" + TestData.alliance() : "/api/alliances";

        given().contentType(ContentType.JSON).body(body).request(method, path)
                .then().statusCode(400)
                .header("Content-Type", startsWith(PROBLEM))
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest(name = "{0} an unknown alliance → 404 problem")
    @ValueSource(strings = {"GET", "PUT", "DELETE"})
    void anUnknownIdIsAnswered404WithAProblem(String method) {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", TestData.unique("Ghost"), "status", "FORMING", "version", 0))
                .request(method, "/api/alliances/987654321")
                .then().statusCode(404)
                .header("Content-Type", startsWith(PROBLEM))
                .body("status", equalTo(404))
                .body("instance", endsWith("/api/alliances/987654321"));
    }

    @Test
    void anUpdateWithAStaleVersionIsAnswered409AndChangesNothing() {
        long id = TestData.alliance();
        given().contentType(ContentType.JSON).body(Map.of("name", TestData.unique("First"), "status", "ACTIVE",
                "version", 0)).put("/api/alliances/" + id).then().statusCode(200);
        String current = given().get("/api/alliances/" + id).jsonPath().getString("name");

        given().contentType(ContentType.JSON)
                .body(Map.of("name", TestData.unique("Second"), "status", "FORMING", "version", 0))
                .put("/api/alliances/" + id)
                .then().statusCode(409)
                .header("Content-Type", startsWith(PROBLEM))
                .body("status", equalTo(409));

        given().get("/api/alliances/" + id).then().body("name", equalTo(current)).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aDuplicateNameIsAnswered409NamingTheFieldWhateverTheCase() {
        String name = TestData.unique("Taken");
        TestData.create("/api/alliances", Map.of("name", name, "status", "FORMING"));

        given().contentType(ContentType.JSON).body(Map.of("name", name.toUpperCase(), "status", "FORMING"))
                .post("/api/alliances")
                .then().statusCode(409)
                .header("Content-Type", startsWith(PROBLEM))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void renamingToAnotherAlliancesNameIsAnswered409() {
        String name = TestData.unique("Taken");
        TestData.create("/api/alliances", Map.of("name", name, "status", "FORMING"));
        long other = TestData.alliance();

        given().contentType(ContentType.JSON).body(Map.of("name", name, "status", "FORMING", "version", 0))
                .put("/api/alliances/" + other)
                .then().statusCode(409)
                .body("errors.field", hasItem("name"));
    }
}
