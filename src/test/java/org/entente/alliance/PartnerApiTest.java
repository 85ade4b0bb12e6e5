package org.entente.alliance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.entente.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PartnerApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aPartnerIsCreatedWithLocationAndListedWithItsOfficesAndPeople() {
        long alliance = TestData.alliance();
        long partner = TestData.partner(alliance, "Acme");
        TestData.office(partner, "Utrecht", "NL", "Europe/Amsterdam");
        TestData.person(partner, "Eva Acme");

        given().get("/api/partners/" + partner).then().statusCode(200)
                .body("name", equalTo("Acme")).body("allianceId", equalTo((int) alliance))
                .body("offices.city", equalTo(List.of("Utrecht")))
                .body("offices[0].defaultVenue", equalTo(true))
                .body("people.name", equalTo(List.of("Eva Acme")));
    }

    static Stream<Arguments> invalidOffices() {
        return Stream.of(
                Arguments.of(Map.of("country", "XX"), "country"),
                Arguments.of(Map.of("timeZone", "Mars/Base"), "timeZone"),
                Arguments.of(Map.of("workdayStart", "09:00", "workdayEnd", "08:30"), "workdayEnd"),
                Arguments.of(Map.of("workdayStart", "09:00", "workdayEnd", "09:00"), "workdayEnd"),
                Arguments.of(Map.of("workdayEnd", "25:00"), "workdayEnd"),
                Arguments.of(Map.of("subdivision", "T-X!"), "subdivision"),
                Arguments.of(Map.of("subdivision", "TEXAS"), "subdivision"),
                Arguments.of(Map.of("city", " "), "city"));
    }

    @ParameterizedTest(name = "office {0} → 400 naming {1}")
    @MethodSource("invalidOffices")
    void anInvalidOfficeIsAnswered400NamingTheField(Map<String, String> change, String field) {
        long partner = TestData.partner(TestData.alliance(), "Acme");
        Map<String, Object> office = new HashMap<>(Map.of("city", "Austin", "country", "US", "subdivision", "TX",
                "timeZone", "America/Chicago", "workdayStart", "09:00", "workdayEnd", "17:00"));
        office.putAll(change);

        given().contentType(ContentType.JSON).body(office).post("/api/partners/" + partner + "/offices")
                .then().statusCode(400)
                .header("Content-Type", startsWith(PROBLEM))
                .body("errors.field", hasItem(field));

        given().get("/api/partners/" + partner + "/offices").then().body("size()", equalTo(0));
    }

    @Test
    void theFirstOfficeBecomesTheDefaultAndANewDefaultUndefaultsTheOld() {
        long partner = TestData.partner(TestData.alliance(), "Acme");
        long first = office(partner, "Amsterdam", false);
        assertThat(defaults(partner)).containsExactly("Amsterdam");

        office(partner, "Rotterdam", false);
        assertThat(defaults(partner)).containsExactly("Amsterdam");

        office(partner, "Utrecht", true);
        assertThat(defaults(partner)).containsExactly("Utrecht");
        given().get("/api/offices/" + first).then().body("defaultVenue", equalTo(false));
    }

    @Test
    void deletingTheDefaultOfficePromotesAnother() {
        long partner = TestData.partner(TestData.alliance(), "Acme");
        long amsterdam = office(partner, "Amsterdam", true);
        office(partner, "Rotterdam", false);

        given().delete("/api/offices/" + amsterdam).then().statusCode(204);

        assertThat(defaults(partner)).containsExactly("Rotterdam");
        given().get("/api/offices/" + amsterdam).then().statusCode(404);
    }

    @Test
    void unsettingTheOnlyDefaultOnEditPassesItToAnotherOffice() {
        long partner = TestData.partner(TestData.alliance(), "Acme");
        long amsterdam = office(partner, "Amsterdam", true);
        office(partner, "Rotterdam", false);

        given().contentType(ContentType.JSON).body(Map.of("city", "Amsterdam", "country", "NL",
                        "timeZone", "Europe/Amsterdam", "defaultVenue", false, "version", version("/api/offices/" + amsterdam)))
                .put("/api/offices/" + amsterdam).then().statusCode(200);

        assertThat(defaults(partner)).containsExactly("Rotterdam");
    }

    @ParameterizedTest(name = "email \"{0}\" → 400")
    @ValueSource(strings = {"", "not-an-email", "two@@example.com"})
    void anInvalidEmailIsAnswered400NamingEmail(String email) {
        long partner = TestData.partner(TestData.alliance(), "Acme");

        given().contentType(ContentType.JSON).body(Map.of("name", "Eva", "email", email, "stance", "SKEPTIC"))
                .post("/api/partners/" + partner + "/people")
                .then().statusCode(400)
                .header("Content-Type", startsWith(PROBLEM))
                .body("errors.field", hasItem("email"));
    }

    @Test
    void anEmailIsUniquePerPartnerWhateverTheCaseButMayRepeatAtAnotherPartner() {
        long alliance = TestData.alliance();
        long acme = TestData.partner(alliance, "Acme");
        long globex = TestData.partner(alliance, "Globex");
        TestData.create("/api/partners/" + acme + "/people", Map.of("name", "Eva", "email", "eva@example.com"));

        given().contentType(ContentType.JSON).body(Map.of("name", "Eve", "email", "EVA@example.com"))
                .post("/api/partners/" + acme + "/people")
                .then().statusCode(409)
                .header("Content-Type", startsWith(PROBLEM))
                .body("errors.field", hasItem("email"));

        given().contentType(ContentType.JSON).body(Map.of("name", "Eva", "email", "eva@example.com"))
                .post("/api/partners/" + globex + "/people")
                .then().statusCode(201).body("stance", equalTo("UNKNOWN"));
    }

    @Test
    void deletingAPartnerRemovesItsOfficesAndPeople() {
        long alliance = TestData.alliance();
        long partner = TestData.partner(alliance, "Acme");
        long office = TestData.office(partner, "Utrecht", "NL", "Europe/Amsterdam");
        long person = TestData.person(partner, "Eva Acme");

        given().delete("/api/partners/" + partner).then().statusCode(204);

        given().get("/api/partners/" + partner).then().statusCode(404).header("Content-Type", startsWith(PROBLEM));
        given().get("/api/offices/" + office).then().statusCode(404);
        given().get("/api/people/" + person).then().statusCode(404);
        given().get("/api/alliances/" + alliance).then().statusCode(200).body("partners.size()", equalTo(0));
    }

    @Test
    void aDuplicatePartnerNameInTheSameAllianceIsAnswered409() {
        long alliance = TestData.alliance();
        TestData.partner(alliance, "Acme");

        given().contentType(ContentType.JSON).body(Map.of("name", "ACME"))
                .post("/api/alliances/" + alliance + "/partners")
                .then().statusCode(409).body("errors.field", hasItem("name"));
        TestData.partner(TestData.alliance(), "Acme");
    }

    @ParameterizedTest(name = "PUT a stale {0} → 409")
    @ValueSource(strings = {"partners", "offices", "people"})
    void anUpdateWithAStaleVersionIsAnswered409(String kind) {
        long partner = TestData.partner(TestData.alliance(), "Acme");
        long id = switch (kind) {
            case "partners" -> partner;
            case "offices" -> TestData.office(partner, "Utrecht", "NL", "Europe/Amsterdam");
            default -> TestData.person(partner, "Eva Acme");
        };
        String path = "/api/" + kind + "/" + id;
        Map<String, Object> current = given().get(path).jsonPath().getMap("");
        Map<String, Object> first = new HashMap<>(current);
        first.put("name", "Renamed");
        first.put("city", "Renamed");
        given().contentType(ContentType.JSON).body(first).put(path).then().statusCode(200);

        Map<String, Object> stale = new HashMap<>(current);
        stale.put("name", "Stale");
        stale.put("city", "Stale");
        given().contentType(ContentType.JSON).body(stale).put(path)
                .then().statusCode(409).header("Content-Type", startsWith(PROBLEM));

        JsonPath after = given().get(path).jsonPath();
        assertThat(after.getString(kind.equals("offices") ? "city" : "name")).isEqualTo("Renamed");
    }

    @ParameterizedTest(name = "GET /api/{0}/unknown → 404")
    @ValueSource(strings = {"partners", "offices", "people"})
    void anUnknownIdIsAnswered404WithAProblem(String kind) {
        given().get("/api/" + kind + "/987654321").then().statusCode(404)
                .header("Content-Type", startsWith(PROBLEM)).body("status", equalTo(404));
    }

    private static long office(long partner, String city, boolean defaultVenue) {
        return TestData.create("/api/partners/" + partner + "/offices", Map.of("city", city, "country", "NL",
                "timeZone", "Europe/Amsterdam", "defaultVenue", defaultVenue));
    }

    private static List<String> defaults(long partner) {
        return given().get("/api/partners/" + partner + "/offices").jsonPath()
                .getList("findAll { it.defaultVenue }.city", String.class);
    }

    private static long version(String path) {
        return given().get(path).jsonPath().getLong("version");
    }
}
