package org.entente.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.entente.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class IcebreakerApiTest {

    private static final String PROBLEM = "application/problem+json";
    private final List<Long> added = new ArrayList<>();

    /** Sets a question inactive (whatever its version), so that a test's questions stay out of other tests' plans. */
    static void deactivate(long id) {
        Map<String, Object> current = given().get("/api/icebreakers/" + id).jsonPath().getMap("");
        given().contentType(ContentType.JSON).body(Map.of("question", current.get("question"), "active", false,
                "version", current.get("version"))).put("/api/icebreakers/" + id).then().statusCode(200);
    }

    @AfterEach
    void deactivateWhatWasAdded() {
        added.forEach(IcebreakerApiTest::deactivate);
    }

    private long create(String question) {
        long id = TestData.create("/api/icebreakers", Map.of("question", question));
        added.add(id);
        return id;
    }

    @Test
    void createAnswers201WithLocationAndTheQuestionIsListedAsActive() {
        String question = TestData.unique("What is your favourite tool") + "?";

        Response created = given().contentType(ContentType.JSON).body(Map.of("question", "  " + question + " "))
                .post("/api/icebreakers");

        assertThat(created.statusCode()).isEqualTo(201);
        long id = created.jsonPath().getLong("id");
        added.add(id);
        assertThat(created.header("Location")).endsWith("/api/icebreakers/" + id);
        assertThat(created.jsonPath().getString("question")).isEqualTo(question);
        given().get("/api/icebreakers").then().statusCode(200)
                .body("find { it.id == " + id + " }.active", equalTo(true))
                .body("question", hasItem("Where are you working from today?"));
    }

    @Test
    void updateChangesTheTextAndDeactivatesWithANewVersion() {
        long id = create(TestData.unique("Old text") + "?");
        String text = TestData.unique("New text") + "?";

        given().contentType(ContentType.JSON).body(Map.of("question", text, "active", false, "version", 0))
                .put("/api/icebreakers/" + id)
                .then().statusCode(200).body("question", equalTo(text)).body("active", equalTo(false))
                .body("version", equalTo(1));

        given().get("/api/icebreakers").then().body("findAll { it.active }.question", not(hasItem(text)));
    }

    static Stream<Arguments> invalidInput() {
        return Stream.of(
                Arguments.of("blank question", "POST", Map.of("question", " "), "question"),
                Arguments.of("question over 300 characters", "POST", Map.of("question", "x".repeat(301)), "question"),
                Arguments.of("no version on update", "PUT", Map.of("question", "Anything new?"), "version"),
                Arguments.of("no body", "POST", Map.of(), "body"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {3}")
    @MethodSource("invalidInput")
    void invalidInputIsAnswered400WithAProblemNamingTheField(String label, String method, Map<String, ?> body,
                                                              String field) {
        String path = method.equals("PUT") ? "/api/icebreakers/" + create(TestData.unique("Valid") + "?")
                : "/api/icebreakers";
        var request = given().contentType(ContentType.JSON);
        request = body.isEmpty() ? request.body("") : request.body(new HashMap<>(body));

        request.request(method, path).then().statusCode(400)
                .header("Content-Type", startsWith(PROBLEM))
                .body("errors.field", hasItem(field));
    }

    @Test
    void aDuplicateQuestionIsAnswered409NamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("question", "WHERE are you working from today?"))
                .post("/api/icebreakers")
                .then().statusCode(409)
                .header("Content-Type", startsWith(PROBLEM))
                .body("errors.field", hasItem("question"));
    }

    @Test
    void aNewPlanGivesVideoMeetingsOnlyActiveQuestions() {
        List<Map<String, Object>> before = given().get("/api/icebreakers").jsonPath().getList("findAll { it.active }");
        long kept = create(TestData.unique("The only active one") + "?");
        long dropped = create(TestData.unique("Deactivated") + "?");
        deactivate(dropped);
        before.forEach(i -> deactivate(((Number) i.get("id")).longValue()));
        try {
            TestData.Alliance a = TestData.twoPartnerAlliance();
            long body = TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, "Steering"));
            given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + body + "/plan").then().statusCode(201);

            List<String> asked = given().get("/api/bodies/" + body + "/plan").jsonPath()
                    .getList("meetings.findAll { it.mode == 'VIDEO' }.icebreaker");
            String only = given().get("/api/icebreakers/" + kept).jsonPath().getString("question");
            assertThat(asked).isNotEmpty().containsOnly(only);
        } finally {
            before.forEach(i -> {
                long id = ((Number) i.get("id")).longValue();
                Map<String, Object> current = given().get("/api/icebreakers/" + id).jsonPath().getMap("");
                given().contentType(ContentType.JSON).body(Map.of("question", current.get("question"), "active", true,
                        "version", current.get("version"))).put("/api/icebreakers/" + id).then().statusCode(200);
            });
        }
    }

    @Test
    void anUnknownIdIsAnswered404() {
        given().get("/api/icebreakers/987654321").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("question", "Ghost?", "version", 0))
                .put("/api/icebreakers/987654321")
                .then().statusCode(404).header("Content-Type", startsWith(PROBLEM));
    }

    @Test
    void anUpdateWithAStaleVersionIsAnswered409AndChangesNothing() {
        long id = create(TestData.unique("Original") + "?");
        String first = TestData.unique("First") + "?";
        given().contentType(ContentType.JSON).body(Map.of("question", first, "active", true, "version", 0))
                .put("/api/icebreakers/" + id).then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("question", "Stale?", "version", 0))
                .put("/api/icebreakers/" + id)
                .then().statusCode(409).header("Content-Type", startsWith(PROBLEM));

        given().get("/api/icebreakers/" + id).then().body("question", equalTo(first));
    }
}
