package org.entente.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.entente.TestData;
import org.entente.account.AccessFixture.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * The edges of an alliance that the URL alone does not show: ids of alliance A inside a request body sent to
 * alliance B by B's manager are refused naming the field (nothing is written), and ids of A written oddly in the
 * URL ({@code +7}, {@code 07}, other digits) are as invisible to outsiders as plain ones.
 */
@QuarkusTest
class AllianceBoundaryTest {

    /** B's manager changes something of B, naming one id of A; {@code field} is the error expected. */
    record Smuggled(String label, String method, String path, Function<Ids, Object> body, String field,
                    String witness) {
        @Override
        public String toString() {
            return label + " → 400 " + field;
        }
    }

    /** A's and B's ids, with a partner marked ours in each (owners must be on our side) and B's planned body. */
    record Ids(long aPerson, long aOurPerson, long aPartner, long aOffice, long b, long bBody, long bMeeting,
               long bPerson, long bOurPerson, TestData.Alliance bAlliance) {
    }

    private static final Map<Integer, Ids> IDS = new HashMap<>();

    static List<Smuggled> smuggled() {
        return List.of(
                new Smuggled("body in B with a member of A", "POST", "/api/alliances/{b}/bodies",
                        i -> body(i, Map.of("memberIds", List.of(i.bOurPerson(), i.aPerson()))), "memberIds",
                        "/api/alliances/{b}/bodies"),
                new Smuggled("body in B chaired by a person of A", "POST", "/api/alliances/{b}/bodies",
                        i -> body(i, Map.of("chairId", i.aPerson())), "chairId", "/api/alliances/{b}/bodies"),
                new Smuggled("body of B changed to a member of A", "PUT", "/api/bodies/{bBody}",
                        i -> current("/api/bodies/" + i.bBody(), Map.of("memberIds", List.of(i.aPerson()))),
                        "memberIds", "/api/bodies/{bBody}"),
                new Smuggled("body of B hosted by a partner of A", "PUT", "/api/bodies/{bBody}",
                        i -> current("/api/bodies/" + i.bBody(), Map.of("policy", policy(i, "hostWeights",
                                Map.of(String.valueOf(i.aPartner()), 1)))), "policy.hostWeights", "/api/bodies/{bBody}"),
                new Smuggled("body of B launched at a partner of A", "PUT", "/api/bodies/{bBody}",
                        i -> current("/api/bodies/" + i.bBody(), Map.of("policy", policy(i, "launchHostPartnerId",
                                i.aPartner()))), "policy.launchHostPartnerId", "/api/bodies/{bBody}"),
                new Smuggled("meeting of B moved to an office of A", "PUT", "/api/meetings/{bMeeting}",
                        i -> current("/api/meetings/" + i.bMeeting(), Map.of("mode", "IN_PERSON", "officeId", i.aOffice())),
                        "officeId", "/api/meetings/{bMeeting}"),
                new Smuggled("meeting of B attended by a person of A", "PUT", "/api/meetings/{bMeeting}",
                        i -> current("/api/meetings/" + i.bMeeting(), Map.of("attendeeIds", List.of(i.aPerson()))),
                        "attendeeIds", "/api/meetings/{bMeeting}"),
                new Smuggled("launch item of B owned by a person of A", "POST", "/api/alliances/{b}/launch/items",
                        i -> Map.of("title", "Charter", "ownerId", i.aPerson()), "ownerId", "/api/alliances/{b}/launch"),
                new Smuggled("keep-in-touch owner in B from our side of A", "PUT", "/api/people/{bPerson}/keep-in-touch",
                        i -> Map.of("months", 3, "ownerId", i.aOurPerson(), "version", 0), "ownerId",
                        "/api/alliances/{b}/keep-in-touch"),
                new Smuggled("day off in B for an office of A", "POST", "/api/alliances/{b}/office-days-off",
                        i -> Map.of("officeId", i.aOffice(), "date", "2031-05-05", "name", "Closed"), "officeId",
                        "/api/alliances/{b}/office-days-off"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smuggled")
    void idsOfAnotherAllianceInABodyAreRefusedNamingTheField(Smuggled s) {
        Ids ids = ids();
        String path = resolve(s.path(), ids);
        String before = AccessFixture.snapshot(resolve(s.witness(), ids));

        Response r = AccessFixture.get().api(Role.MANAGER_B).contentType(ContentType.JSON).body(s.body().apply(ids))
                .request(s.method(), path);

        assertThat(r.statusCode()).as(r.asString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getList("errors.field", String.class)).contains(s.field());
        assertThat(AccessFixture.snapshot(resolve(s.witness(), ids))).as("nothing was written").isEqualTo(before);
    }

    static List<String> oddIds() {
        return List.of("+{A}", "0{A}", "00{A}", "{A};x=1", "{arabic}", "{fullwidth}", "%2B{A}", "{A}%2F");
    }

    @ParameterizedTest(name = "GET /api/alliances/{0} and /alliances/{0} are 404 for someone without access")
    @MethodSource("oddIds")
    void anIdWrittenOddlyDoesNotOpenAnotherAlliance(String id) {
        AccessFixture f = AccessFixture.get();
        String written = id.replace("{A}", String.valueOf(f.a.id()))
                .replace("{arabic}", digits(f.a.id(), '\u0660')).replace("{fullwidth}", digits(f.a.id(), '\uFF10'));

        for (String path : List.of("/api/alliances/" + written, "/alliances/" + written, "/api/alliances/" + written
                + "/partners", "/alliances/" + written + "/plan.pdf")) {
            Response r = f.api(Role.NO_ACCESS).urlEncodingEnabled(false).get(path);
            assertThat(r.statusCode()).as("GET %s\n%s", path, r.asString()).isIn(400, 404);
            assertThat(r.asString()).as(path).doesNotContain(f.nameOfA);
        }
        Response write = f.api(Role.MEMBER_A).urlEncodingEnabled(false).contentType(ContentType.JSON)
                .body(AccessFixture.echo("/api/alliances/" + f.a.id())).put("/api/alliances/" + written);
        assertThat(write.statusCode()).as("a member's PUT to /api/alliances/%s", written).isIn(400, 403, 404);
    }

    private static String digits(long id, char zero) {
        String digits = String.valueOf(id).chars().mapToObj(c -> String.valueOf((char) (zero + (c - '0'))))
                .collect(Collectors.joining());
        return URLEncoder.encode(digits, StandardCharsets.UTF_8);
    }

    private static synchronized Ids ids() {
        return IDS.computeIfAbsent(io.restassured.RestAssured.port, port -> {
            AccessFixture f = AccessFixture.get();
            TestData.Alliance b = f.b;
            long aOurs = TestData.create("/api/alliances/" + f.a.id() + "/partners", Map.of("name", "A ours", "ours", true));
            long bOurs = TestData.create("/api/alliances/" + b.id() + "/partners", Map.of("name", "B ours", "ours", true));
            long bBody = TestData.create("/api/alliances/" + b.id() + "/bodies", TestData.bodyJson(b, "Steering of B"));
            given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + bBody + "/plan").then().statusCode(201);
            long bMeeting = given().get("/api/bodies/" + bBody + "/plan").jsonPath().getLong("meetings[1].id");
            return new Ids(f.a.theirPeople().get(0), TestData.person(aOurs, "Ann Ours"), f.a.theirs(), f.office,
                    b.id(), bBody, bMeeting, b.theirPeople().get(0), TestData.person(bOurs, "Bo Ours"), b);
        });
    }

    private static Map<String, Object> body(Ids i, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(TestData.bodyJson(i.bAlliance(), TestData.unique("Working group")));
        body.putAll(changes);
        return body;
    }

    /** What the administrator reads at the path now, with some fields changed. */
    private static Map<String, Object> current(String path, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(given().get(path).then().statusCode(200).extract().jsonPath().getMap(""));
        body.putAll(changes);
        return body;
    }

    private static Map<String, Object> policy(Ids i, String field, Object value) {
        Map<String, Object> policy = new HashMap<>(given().get("/api/bodies/" + i.bBody()).jsonPath().getMap("policy"));
        policy.put(field, value);
        return policy;
    }

    private static String resolve(String template, Ids i) {
        return template.replace("{b}", String.valueOf(i.b())).replace("{bBody}", String.valueOf(i.bBody()))
                .replace("{bMeeting}", String.valueOf(i.bMeeting())).replace("{bPerson}", String.valueOf(i.bPerson()));
    }
}
