package org.entente.plan;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.entente.TestData;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.entente.web.Logins.given;

/**
 * Bodies for plan tests, built through the JSON API: two partners (ours in Amsterdam, theirs in Austin), the
 * office ids known, and a body with {@link TestData#bodyJson} (every 6 weeks from Tuesday 2027-01-12, 24
 * meetings, 15:00 Amsterdam, half in person, launch at ours) unless the cadence is changed.
 */
final class PlanFixtures {

    private PlanFixtures() {
    }

    /** Ids of one body and what surrounds it. */
    record Body(long id, TestData.Alliance alliance, long ourOffice, long theirOffice) {
        long ours() {
            return alliance.ours();
        }

        long theirs() {
            return alliance.theirs();
        }
    }

    static Body body() {
        return body(Map.of());
    }

    /** A body whose cadence has {@code cadenceChanges} applied to the default one. */
    static Body body(Map<String, Object> cadenceChanges) {
        long alliance = TestData.alliance();
        long ours = TestData.partner(alliance, "Ours");
        long theirs = TestData.partner(alliance, "Theirs");
        long ourOffice = TestData.office(ours, "Amsterdam", "NL", "Europe/Amsterdam");
        long theirOffice = TestData.office(theirs, "Austin", "US", "America/Chicago");
        TestData.Alliance a = new TestData.Alliance(alliance, ours, theirs,
                List.of(TestData.person(ours, "Ann Ours")), List.of(TestData.person(theirs, "Cy Theirs")));
        Map<String, Object> json = new HashMap<>(TestData.bodyJson(a, TestData.unique("Steering committee")));
        @SuppressWarnings("unchecked")
        Map<String, Object> cadence = new HashMap<>((Map<String, Object>) json.get("cadence"));
        cadence.putAll(cadenceChanges);
        json.put("cadence", cadence);
        long body = TestData.create("/api/alliances/" + alliance + "/bodies", json);
        return new Body(body, a, ourOffice, theirOffice);
    }

    static JsonPath preview(long bodyId) {
        return given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + bodyId + "/plan/preview")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Accepts whatever the planner proposes now ({@code {}}) and returns the plan as the API answers it. */
    static JsonPath accept(long bodyId) {
        return given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + bodyId + "/plan")
                .then().statusCode(201).extract().jsonPath();
    }

    static JsonPath plan(long bodyId) {
        return given().get("/api/bodies/" + bodyId + "/plan").then().statusCode(200).extract().jsonPath();
    }

    /** The meeting with this sequence number in a plan or preview. */
    static Map<String, Object> meeting(JsonPath plan, int sequence) {
        return plan.getMap("meetings.find { it.sequence == " + sequence + " }");
    }
}
