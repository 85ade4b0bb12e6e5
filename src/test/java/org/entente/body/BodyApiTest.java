package org.entente.body;

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

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class BodyApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aBodyIsCreatedAndReadBackWithItsCadenceAndPolicyAsSent() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        Response created = given().contentType(ContentType.JSON).body(TestData.bodyJson(a, "Steering committee"))
                .post("/api/alliances/" + a.id() + "/bodies");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/api/bodies/" + id);

        JsonPath body = given().get("/api/bodies/" + id).then().statusCode(200).extract().jsonPath();

        assertThat(body.getString("name")).isEqualTo("Steering committee");
        assertThat(body.getLong("chairId")).isEqualTo(a.ourPeople().get(0));
        assertThat(body.getList("memberIds", Long.class))
                .containsExactlyInAnyOrder(a.ourPeople().get(0), a.theirPeople().get(0));
        assertThat(body.getMap("cadence")).containsEntry("every", 6).containsEntry("unit", "WEEKS")
                .containsEntry("firstDate", TestClock.day("2027-01-12")).containsEntry("count", 24)
                .containsEntry("durationMinutes", 90).containsEntry("timeZone", "Europe/Amsterdam");
        assertThat(LocalTime.parse(body.getString("cadence.localTime"))).isEqualTo(LocalTime.of(15, 0));
        assertThat(body.getDouble("policy.inPersonShare")).isEqualTo(0.5);
        assertThat(body.getMap("policy.hostWeights", String.class, Integer.class))
                .isEqualTo(Map.of(String.valueOf(a.ours()), 1, String.valueOf(a.theirs()), 1));
        assertThat(body.getInt("policy.maxVideoInARow")).isEqualTo(2);
        assertThat(body.getInt("policy.dinnerEvery")).isEqualTo(2);
        assertThat(body.getBoolean("policy.launchInPerson")).isTrue();
        assertThat(body.getLong("policy.launchHostPartnerId")).isEqualTo(a.ours());
    }

    @Test
    void perPartnerTripCapsAreReadBackNextToTheDefaultCap() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        Map<String, Object> json = mutable(TestData.bodyJson(a, "Capped"));
        policy(json).put("tripsPerPartnerPerYear", 6);
        policy(json).put("tripCaps", Map.of(String.valueOf(a.theirs()), 2));

        long id = TestData.create("/api/alliances/" + a.id() + "/bodies", json);

        JsonPath body = given().get("/api/bodies/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(body.getInt("policy.tripsPerPartnerPerYear")).isEqualTo(6);
        assertThat(body.getMap("policy.tripCaps", String.class, Integer.class))
                .isEqualTo(Map.of(String.valueOf(a.theirs()), 2));
    }

    @Test
    void aMonthlyCadenceKeepsItsWeekdayAndWeek() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        Map<String, Object> json = mutable(TestData.bodyJson(a, "Operating committee"));
        cadence(json).putAll(Map.of("every", 1, "unit", "MONTHS", "weekday", "TUESDAY", "weekOfMonth", -1));

        long id = TestData.create("/api/alliances/" + a.id() + "/bodies", json);

        given().get("/api/bodies/" + id).then().statusCode(200)
                .body("cadence.unit", equalTo("MONTHS")).body("cadence.weekday", equalTo("TUESDAY"))
                .body("cadence.weekOfMonth", equalTo(-1));
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                invalid("cadence.every", (json, a) -> cadence(json).put("every", 0)),
                invalid("policy.inPersonShare", (json, a) -> policy(json).put("inPersonShare", 1.5)),
                invalid("cadence.until", (json, a) -> {
                    cadence(json).put("count", null);
                    cadence(json).put("until", TestClock.day("2027-01-11"));
                }),
                invalid("cadence.timeZone", (json, a) -> cadence(json).put("timeZone", "Mars/Base")),
                invalid("cadence.weekday", (json, a) -> {
                    cadence(json).put("unit", "MONTHS");
                    cadence(json).put("weekOfMonth", 2);
                }),
                invalid("cadence.until", (json, a) -> cadence(json).put("until", TestClock.day("2027-12-31"))),
                invalid("cadence.count", (json, a) -> cadence(json).put("count", null)),
                invalid("memberIds", (json, a) -> json.put("memberIds", List.of(a.ourPeople().get(1),
                        TestData.person(TestData.partner(TestData.alliance(), "Elsewhere"), "Foreign Person")))),
                invalid("policy.hostWeights", (json, a) -> policy(json).put("hostWeights",
                        Map.of(String.valueOf(a.ours()), 1,
                                String.valueOf(TestData.partner(TestData.alliance(), "Elsewhere")), 1))),
                invalid("policy.hostWeights", (json, a) -> policy(json).put("hostWeights",
                        Map.of(String.valueOf(a.ours()), 0, String.valueOf(a.theirs()), 0))),
                invalid("policy.tripCaps", (json, a) -> policy(json).put("tripCaps",
                        Map.of(String.valueOf(a.theirs()), -1))),
                invalid("policy.tripCaps", (json, a) -> policy(json).put("tripCaps",
                        Map.of(String.valueOf(TestData.partner(TestData.alliance(), "Elsewhere")), 2))),
                invalid("cadence.unit", (json, a) -> cadence(json).put("unit", "FORTNIGHTS")),
                invalid("name", (json, a) -> json.put("name", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void invalidInputIsAnswered400WithAProblemNamingTheField(String field,
                                                              BiConsumer<Map<String, Object>, TestData.Alliance> change) {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        Map<String, Object> json = mutable(TestData.bodyJson(a, "Steering committee"));
        change.accept(json, a);

        given().contentType(ContentType.JSON).body(json).post("/api/alliances/" + a.id() + "/bodies")
                .then().statusCode(400)
                .header("Content-Type", startsWith(PROBLEM))
                .body("errors.field", hasItem(field));

        given().get("/api/alliances/" + a.id() + "/bodies").then().body("size()", equalTo(0));
    }

    @Test
    void anUpdateWithAStaleVersionIsAnswered409AndChangesNothing() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long id = TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, "Steering committee"));
        Map<String, Object> first = mutable(TestData.bodyJson(a, "Steering committee"));
        first.put("version", 0);
        cadence(first).put("every", 4);
        given().contentType(ContentType.JSON).body(first).put("/api/bodies/" + id).then().statusCode(200)
                .body("cadence.every", equalTo(4));

        Map<String, Object> stale = mutable(TestData.bodyJson(a, "Steering committee"));
        stale.put("version", 0);
        cadence(stale).put("every", 8);
        given().contentType(ContentType.JSON).body(stale).put("/api/bodies/" + id)
                .then().statusCode(409).header("Content-Type", startsWith(PROBLEM));

        given().get("/api/bodies/" + id).then().body("cadence.every", equalTo(4)).body("version", equalTo(1));
    }

    @Test
    void aDuplicateBodyNameInTheSameAllianceIsAnswered409() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, "Steering committee"));

        given().contentType(ContentType.JSON).body(TestData.bodyJson(a, "STEERING COMMITTEE"))
                .post("/api/alliances/" + a.id() + "/bodies")
                .then().statusCode(409).body("errors.field", hasItem("name"));
    }

    @Test
    void deletingAPersonRemovesThemFromTheMembersAndClearsTheChair() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long chair = a.ourPeople().get(0);
        long id = TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, "Steering committee"));

        given().delete("/api/people/" + chair).then().statusCode(204);

        JsonPath body = given().get("/api/bodies/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(body.getList("memberIds", Long.class)).containsExactly(a.theirPeople().get(0));
        assertThat(body.getString("chairId")).isNull();
    }

    @Test
    void anUnknownBodyIsAnswered404WithAProblem() {
        given().get("/api/bodies/987654321").then().statusCode(404)
                .header("Content-Type", startsWith(PROBLEM)).body("status", equalTo(404));
    }

    private static Arguments invalid(String field, BiConsumer<Map<String, Object>, TestData.Alliance> change) {
        return Arguments.of(field, change);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mutable(Map<String, Object> json) {
        Map<String, Object> copy = new HashMap<>(json);
        copy.put("cadence", new HashMap<>((Map<String, Object>) json.get("cadence")));
        copy.put("policy", new HashMap<>((Map<String, Object>) json.get("policy")));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cadence(Map<String, Object> json) {
        return (Map<String, Object>) json.get("cadence");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> policy(Map<String, Object> json) {
        return (Map<String, Object>) json.get("policy");
    }
}
