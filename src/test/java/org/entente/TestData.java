package org.entente;

import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.entente.web.Logins.given;

/** Builds the data a test needs through the JSON API, with unique names so that tests never depend on each other. */
public final class TestData {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private TestData() {
    }

    public static String unique(String prefix) {
        return prefix + " " + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    public static long alliance() {
        return create("/api/alliances", Map.of("name", unique("Alliance"), "status", "FORMING"));
    }

    public static long partner(long allianceId, String name) {
        return create("/api/alliances/" + allianceId + "/partners", Map.of("name", name, "ours", false));
    }

    public static long office(long partnerId, String city, String country, String zone) {
        return create("/api/partners/" + partnerId + "/offices", Map.of("city", city, "country", country,
                "timeZone", zone, "workdayStart", "09:00", "workdayEnd", "17:00", "defaultVenue", true));
    }

    public static long person(long partnerId, String name) {
        return create("/api/partners/" + partnerId + "/people", Map.of("name", name,
                "email", name.toLowerCase().replaceAll("[^a-z]", "") + SEQ.incrementAndGet() + "@example.com",
                "stance", "UNKNOWN"));
    }

    /** An alliance with two partners (Amsterdam and Austin offices) and two people on each side. */
    public static Alliance twoPartnerAlliance() {
        long alliance = alliance();
        long ours = partner(alliance, "Ours");
        long theirs = partner(alliance, "Theirs");
        office(ours, "Amsterdam", "NL", "Europe/Amsterdam");
        office(theirs, "Austin", "US", "America/Chicago");
        return new Alliance(alliance, ours, theirs, List.of(person(ours, "Ann Ours"), person(ours, "Bob Ours")),
                List.of(person(theirs, "Cy Theirs"), person(theirs, "Di Theirs")));
    }

    /** A valid body as JSON, every six weeks from 2027-01-12, half in person. */
    public static Map<String, Object> bodyJson(Alliance a, String name) {
        return Map.of("name", name, "kind", "STEERING_COMMITTEE", "chairId", a.ourPeople().get(0),
                "memberIds", List.of(a.ourPeople().get(0), a.theirPeople().get(0)),
                "cadence", Map.of("every", 6, "unit", "WEEKS", "firstDate", TestClock.day("2027-01-12"), "count", 24,
                        "localTime", "15:00", "durationMinutes", 90, "timeZone", "Europe/Amsterdam"),
                "policy", Map.of("inPersonShare", 0.5, "hostWeights", Map.of(String.valueOf(a.ours()), 1,
                        String.valueOf(a.theirs()), 1), "maxVideoInARow", 2, "dinnerEvery", 2,
                        "launchInPerson", true, "launchHostPartnerId", a.ours()));
    }

    public static long create(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Ids of an alliance built by {@link #twoPartnerAlliance()}. */
    public record Alliance(long id, long ours, long theirs, List<Long> ourPeople, List<Long> theirPeople) {
    }
}
