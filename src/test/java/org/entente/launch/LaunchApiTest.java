package org.entente.launch;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.entente.TestClock;
import org.entente.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class LaunchApiTest {

    private static final String PROBLEM = "application/problem+json";

    private static JsonPath launch(long allianceId) {
        return given().get("/api/alliances/" + allianceId + "/launch").then().statusCode(200).extract().jsonPath();
    }

    private static long itemId(JsonPath launch, String title) {
        return launch.getLong("items.find { it.title == '" + title + "' }.id");
    }

    private static Response put(long itemId, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).put("/api/launch-items/" + itemId);
    }

    @Test
    void getAnswersTheLaunchWithTheStandardItemsCountedBackAndItsProgress() {
        TestData.Alliance a = LaunchPagesTest.launchingOn(TestClock.day("2027-06-01"), true);

        given().get("/api/alliances/" + a.id() + "/launch").then().statusCode(200)
                .body("launchDate", equalTo(TestClock.day("2027-06-01")))
                .body("venue", nullValue())
                .body("attendees.find { it.partner == 'Ours' }.people.name", equalTo(java.util.List.of("Ann Ours")))
                .body("items.size()", equalTo(8))
                .body("items.find { it.title == 'Alliance charter' }.dueDate", equalTo(TestClock.day("2027-04-20")))
                .body("items.find { it.title == 'Alliance charter' }.kind", equalTo("ALLIANCE_CHARTER"))
                .body("items.find { it.title == 'Alliance charter' }.overdue", equalTo(false))
                .body("progress.done", equalTo(0)).body("progress.total", equalTo(8)).body("progress.overdue", equalTo(0));
    }

    @Test
    void addAnswers201WithLocationAndTheItemWithItsOwner() {
        TestData.Alliance a = LaunchPagesTest.launchingOn(TestClock.day("2027-06-01"), false);

        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Visitor badges", "ownerId", a.ourPeople().get(0), "dueDate", "2020-02-03"))
                .post("/api/alliances/" + a.id() + "/launch/items");

        assertThat(created.statusCode()).isEqualTo(201);
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/launch-items/" + id);
        assertThat(created.jsonPath().getString("owner")).isEqualTo("Ann Ours");
        assertThat(created.jsonPath().getBoolean("overdue")).isTrue();
        assertThat(launch(a.id()).getInt("progress.overdue")).isEqualTo(1);
    }

    @Test
    void updateAnswers200AndTicksTheItemDoneWithANewVersion() {
        TestData.Alliance a = LaunchPagesTest.launchingOn(TestClock.day("2027-06-01"), false);
        long id = itemId(launch(a.id()), "Dinner booked");

        put(id, Map.of("title", "Dinner booked at the harbour", "ownerId", a.theirPeople().get(1), "done", true,
                "version", 0))
                .then().statusCode(200).body("title", equalTo("Dinner booked at the harbour"))
                .body("owner", equalTo("Di Theirs")).body("done", equalTo(true)).body("version", equalTo(1))
                .body("dueDate", equalTo(TestClock.day("2027-05-18")));

        assertThat(launch(a.id()).getInt("progress.done")).isEqualTo(1);
    }

    @Test
    void aStandardItemFollowsTheLaunchDateUntilItsDateIsChosen() {
        TestData.Alliance a = LaunchPagesTest.launchingOn(TestClock.day("2027-06-01"), false);
        long id = itemId(launch(a.id()), "Briefing book");

        put(id, Map.of("title", "Briefing book", "dueDate", TestClock.day("2027-05-20"), "version", 0)).then().statusCode(200)
                .body("dueDate", equalTo(TestClock.day("2027-05-20")));
        put(id, Map.of("title", "Briefing book", "version", 1)).then().statusCode(200)
                .body("dueDate", equalTo(TestClock.day("2027-05-25")));
    }

    @Test
    void deleteAnswers204AndTheItemIsGone() {
        TestData.Alliance a = LaunchPagesTest.launchingOn(TestClock.day("2027-06-01"), false);
        long id = itemId(launch(a.id()), "Joint scorecard");

        given().delete("/api/launch-items/" + id).then().statusCode(204);

        given().get("/api/launch-items/" + id).then().statusCode(404);
        assertThat(launch(a.id()).getInt("progress.total")).isEqualTo(6);
    }

    static Stream<Arguments> invalidInput() {
        return Stream.of(
                Arguments.of("blank title", "POST", Map.of("title", " "), "title"),
                Arguments.of("title over 200 characters", "POST", Map.of("title", "x".repeat(201)), "title"),
                Arguments.of("owner not a person of this alliance", "POST", Map.of("title", "Badges", "ownerId", -1), "ownerId"),
                Arguments.of("impossible date", "POST", Map.of("title", "Badges", "dueDate", "2027-02-31"), "dueDate"),
                Arguments.of("no version on update", "PUT", Map.of("title", "Badges"), "version"),
                Arguments.of("blank title on update", "PUT", Map.of("title", "", "version", 0), "title"),
                Arguments.of("no body", "POST", Map.of(), "body"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {3}")
    @MethodSource("invalidInput")
    void invalidInputIsAnswered400WithAProblemNamingTheField(String label, String method, Map<String, ?> body,
                                                              String field) {
        TestData.Alliance a = LaunchPagesTest.launchingOn(TestClock.day("2027-06-01"), false);
        String path = method.equals("PUT") ? "/api/launch-items/" + itemId(launch(a.id()), "Decision rights")
                : "/api/alliances/" + a.id() + "/launch/items";
        var request = given().contentType(ContentType.JSON);
        request = body.isEmpty() ? request.body("") : request.body(new HashMap<>(body));

        request.request(method, path).then().statusCode(400)
                .header("Content-Type", startsWith(PROBLEM))
                .body("errors.field", hasItem(field));
    }

    static Stream<Arguments> unknown() {
        return Stream.of(Arguments.of("GET", "/api/alliances/987654321/launch"),
                Arguments.of("POST", "/api/alliances/987654321/launch/items"),
                Arguments.of("GET", "/api/launch-items/987654321"),
                Arguments.of("PUT", "/api/launch-items/987654321"),
                Arguments.of("DELETE", "/api/launch-items/987654321"));
    }

    @ParameterizedTest(name = "{0} {1} → 404 problem")
    @MethodSource("unknown")
    void anUnknownIdIsAnswered404WithAProblem(String method, String path) {
        given().contentType(ContentType.JSON).body(Map.of("title", "Ghost", "version", 0)).request(method, path)
                .then().statusCode(404)
                .header("Content-Type", startsWith(PROBLEM))
                .body("status", equalTo(404));
    }

    @Test
    void anUpdateWithAStaleVersionIsAnswered409AndChangesNothing() {
        TestData.Alliance a = LaunchPagesTest.launchingOn(TestClock.day("2027-06-01"), false);
        long id = itemId(launch(a.id()), "Escalation path");
        put(id, Map.of("title", "Escalation path v2", "version", 0)).then().statusCode(200);

        put(id, Map.of("title", "Escalation path v3", "done", true, "version", 0))
                .then().statusCode(409)
                .header("Content-Type", startsWith(PROBLEM))
                .body("status", equalTo(409));

        given().get("/api/launch-items/" + id).then().statusCode(200)
                .body("title", equalTo("Escalation path v2")).body("done", equalTo(false));
    }
}
