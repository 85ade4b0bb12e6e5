package org.entente.relationship;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.entente.TestClock;
import org.entente.TestData;

import java.util.List;
import java.util.Map;

import static org.entente.web.Logins.given;

/** Bodies, plans and meetings for the relationship tests, built through the JSON API. */
final class RelationshipFixtures {

    private RelationshipFixtures() {
    }

    /** A partner of the alliance marked ours. */
    static long ourPartner(long alliance) {
        return TestData.create("/api/alliances/" + alliance + "/partners", Map.of("name", "Us", "ours", true));
    }

    /** A body of {@code kind} (every six weeks from 2027-01-12 as moved by TestClock.day, half in person) with these members. */
    static long body(long alliance, String kind, long ours, long theirs, long chair, List<Long> members) {
        return body(alliance, TestData.unique(kind.equals("STEERING_COMMITTEE") ? "Steering" : "Operating"), kind, ours,
                theirs, chair, members);
    }

    static long body(long alliance, String name, String kind, long ours, long theirs, long chair, List<Long> members) {
        return TestData.create("/api/alliances/" + alliance + "/bodies", Map.of(
                "name", name, "kind", kind,
                "chairId", chair, "memberIds", members,
                "cadence", Map.of("every", 6, "unit", "WEEKS", "firstDate", TestClock.day("2027-01-12"), "count", 6,
                        "localTime", "15:00", "durationMinutes", 90, "timeZone", "Europe/Amsterdam"),
                "policy", Map.of("inPersonShare", 0.5, "hostWeights", Map.of(String.valueOf(ours), 1,
                                String.valueOf(theirs), 1), "maxVideoInARow", 2, "dinnerEvery", 2,
                        "launchInPerson", true, "launchHostPartnerId", ours)));
    }

    /** Accepts the plan the planner proposes now. */
    static void acceptPlan(long body) {
        given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + body + "/plan").then().statusCode(201);
    }

    /** The meeting with this sequence number in the body's current plan. */
    static Map<String, Object> meeting(long body, int sequence) {
        JsonPath plan = given().get("/api/bodies/" + body + "/plan").then().statusCode(200).extract().jsonPath();
        return plan.getMap("meetings.find { it.sequence == " + sequence + " }");
    }

    static JsonPath interactions(long person) {
        return given().get("/api/people/" + person + "/interactions").then().statusCode(200).extract().jsonPath();
    }
}
