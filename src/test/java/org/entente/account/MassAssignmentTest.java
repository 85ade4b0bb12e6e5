package org.entente.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.entente.TestClock;
import org.entente.TestData;
import org.entente.web.Browser;
import org.entente.web.Logins;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * Ids, versions, owners and roles come from the URL and the server, never from a JSON or form field that is not
 * meant to carry them: extra or changed fields are ignored, and nobody gains a role by sending one.
 */
@QuarkusTest
class MassAssignmentTest {

    /** Two alliances and a planned body in the first. */
    record Data(TestData.Alliance a, TestData.Alliance b, long body, long meeting, long item) {
    }

    /** A new member of A (each test its own: changing a password ends the member's other sessions). */
    record Member(String email, Browser browser, String token) {
        static Member of(Data d) {
            String email = Users.withRole(d.a().id(), "MEMBER");
            return new Member(email, Browser.as(email, Users.PASSWORD), Logins.tokenFor(email, Users.PASSWORD));
        }
    }

    private static final Map<Integer, Data> DATA = new ConcurrentHashMap<>();

    @Test
    void theDatabaseAssignsTheIdAndVersionOfANewAlliance() {
        Response created = given().contentType(ContentType.JSON).body(Map.of("id", 999999, "version", 7,
                "name", TestData.unique("Chosen id"), "status", "FORMING", "partners", List.of(Map.of("name", "Smuggled"))))
                .post("/api/alliances");

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        long id = created.jsonPath().getLong("id");
        assertThat(id).isNotEqualTo(999999);
        assertThat(created.header("Location")).endsWith("/api/alliances/" + id);
        JsonPath stored = given().get("/api/alliances/" + id).jsonPath();
        assertThat(stored.getLong("version")).isZero();
        assertThat(stored.getList("partners")).as("partners are added one by one, not with the alliance").isEmpty();
    }

    @ParameterizedTest(name = "PUT {0} with {1} of another record changes only the URL''s record")
    @CsvSource({
            "/api/alliances/{A},        id,           {B}",
            "/api/partners/{partner},   allianceId,   {B}",
            "/api/partners/{partner},   id,           {otherPartner}",
            "/api/offices/{office},     partnerId,    {otherPartner}",
            "/api/people/{person},      partnerId,    {otherPartner}",
            "/api/bodies/{body},        allianceId,   {B}",
            "/api/meetings/{meeting},   uid,          smuggled@evil",
            "/api/meetings/{meeting},   sequence,     99",
            "/api/meetings/{meeting},   launch,       true",
            "/api/launch-items/{item},  kind,         ALLIANCE_CHARTER",
            "/api/launch-items/{item},  daysBefore,   1"})
    void fieldsThatAreNotMeantToChangeAreIgnored(String template, String field, String foreign) {
        Data d = data();
        String path = resolve(template, d);
        Map<String, Object> before = given().get(path).then().statusCode(200).extract().jsonPath().getMap("");
        String other = resolve(foreign, d);
        String otherBefore = foreign.startsWith("{") ? AccessFixture.snapshot(otherPath(foreign, other)) : null;
        Map<String, Object> body = new HashMap<>(before);
        body.put(field, other.matches("-?\\d+") ? Long.valueOf(other) : other.equals("true") ? Boolean.TRUE : other);

        Response r = given().contentType(ContentType.JSON).body(body).put(path);

        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        Map<String, Object> after = given().get(path).jsonPath().getMap("");
        assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
        assertThat(after.get("id")).isEqualTo(before.get("id"));
        if (otherBefore != null) {
            assertThat(AccessFixture.snapshot(otherPath(foreign, other))).as("the other record").isEqualTo(otherBefore);
        }
    }

    @Test
    void anInteractionIsLoggedForThePersonInTheUrlWhateverTheBodySays() {
        Data d = data();
        long named = d.a().theirPeople().get(0);
        long other = d.a().theirPeople().get(1);
        Response r = given().contentType(ContentType.JSON).body(Map.of("personId", other, "id", 1, "version", 5,
                "kind", "CALL", "date", TestClock.today().toString())).post("/api/people/" + named + "/interactions");

        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
        assertThat(r.jsonPath().getLong("personId")).isEqualTo(named);
        assertThat(r.jsonPath().getLong("version")).isZero();
        assertThat(given().get("/api/people/" + other + "/interactions").jsonPath().getList("id"))
                .doesNotContain(r.jsonPath().getInt("id"));
    }

    @Test
    void aMemberSendingRoleFieldsToTheApiGainsNothing() {
        Data d = data();
        Member m = Member.of(d);
        var asMember = Logins.as(m.token()).contentType(ContentType.JSON);
        Response password = asMember.body(Map.of("current", Users.PASSWORD, "password", Users.PASSWORD,
                "administrator", true, "role", "MANAGER", "email", Logins.ADMIN_EMAIL)).put("/api/me/password");
        assertThat(password.statusCode()).as(password.asString()).isEqualTo(204);
        Response token = Logins.as(m.token()).contentType(ContentType.JSON).body(Map.of("name", "script",
                "userId", 1, "administrator", true)).post("/api/me/tokens");
        assertThat(token.statusCode()).isEqualTo(201);

        for (String t : List.of(m.token(), token.jsonPath().getString("token"))) {
            JsonPath me = Logins.as(t).get("/api/me").then().statusCode(200).extract().jsonPath();
            assertThat(me.getString("user.email")).isEqualTo(m.email());
            assertThat(me.getBoolean("user.administrator")).isFalse();
            assertThat(me.getList("alliances.role")).containsExactly("MEMBER");
        }
        assertThat(Logins.as(m.token()).get("/api/users").statusCode()).isEqualTo(403);
        assertThat(Logins.as(m.token()).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "MANAGER"))
                .put("/api/alliances/" + d.a().id()).statusCode()).isEqualTo(403);
    }

    @Test
    void aPasswordFormWithRoleFieldsChangesOnlyThePassword() {
        Data d = data();
        Member m = Member.of(d);
        Document profile = m.browser().get("/profile");
        Response r = m.browser().submit(profile, "form[action=/profile/password]", Map.of("current", Users.PASSWORD,
                "password", Users.PASSWORD, "administrator", "true", "role", "MANAGER", "email", Logins.ADMIN_EMAIL,
                "id", "1"));

        assertThat(r.statusCode()).isEqualTo(303);
        JsonPath me = Logins.as(m.token()).get("/api/me").jsonPath();
        assertThat(me.getBoolean("user.administrator")).isFalse();
        assertThat(me.getList("alliances.role")).containsExactly("MEMBER");
        assertThat(Logins.tokenFor(Logins.ADMIN_EMAIL, Logins.ADMIN_PASSWORD)).as("the admin's password stands").isNotBlank();
    }

    @Test
    void inviteFormsAndInvitationsCannotBeUsedToGrantRoles() {
        Data d = data();
        Member m = Member.of(d);
        String email = TestData.unique("invitee").replaceAll("[^a-z0-9]", "") + "@example.test";
        Document invite = m.browser().get("/profile");
        invite.selectFirst("form[action=/profile/password]").attr("action", "/users");
        Response refused = m.browser().submit(invite, "form[action=/users]", Map.of("email", email,
                "name", "Invitee", "administrator", "true"));
        assertThat(refused.statusCode()).as("a member cannot invite").isEqualTo(403);
        assertThat(given().get("/api/users").jsonPath().getList("email")).doesNotContain(email);

        Browser admin = new Browser();
        Response invited = admin.submit(admin.get("/users/new"), "form[action=/users]", Map.of("email", email,
                "name", "Invitee", "role", "MANAGER", "allianceId", String.valueOf(d.a().id())));
        assertThat(invited.statusCode()).isEqualTo(201);
        String link = Browser.parse(invited).selectFirst("#invitation-link").val();
        Browser invitee = Browser.anonymous();
        String invitation = link.replaceFirst("^https?://[^/]+", "");
        Response accepted = invitee.submit(invitee.get(invitation), "form[action^=/invitations/]",
                Map.of("password", Users.PASSWORD, "administrator", "true", "role", "MANAGER"));
        assertThat(accepted.statusCode()).isEqualTo(303);

        JsonPath me = Logins.as(Logins.tokenFor(email, Users.PASSWORD)).get("/api/me").jsonPath();
        assertThat(me.getBoolean("user.administrator")).isFalse();
        assertThat(me.getList("alliances")).isEmpty();
    }

    private static String resolve(String template, Data d) {
        return template.replace("{A}", String.valueOf(d.a().id())).replace("{B}", String.valueOf(d.b().id()))
                .replace("{partner}", String.valueOf(d.a().theirs())).replace("{otherPartner}", String.valueOf(d.b().theirs()))
                .replace("{office}", String.valueOf(office(d.a().theirs())))
                .replace("{person}", String.valueOf(d.a().theirPeople().get(0)))
                .replace("{body}", String.valueOf(d.body())).replace("{meeting}", String.valueOf(d.meeting()))
                .replace("{item}", String.valueOf(d.item()));
    }

    private static String otherPath(String placeholder, String id) {
        return (placeholder.equals("{B}") ? "/api/alliances/" : "/api/partners/") + id;
    }

    private static long office(long partner) {
        return given().get("/api/partners/" + partner + "/offices").jsonPath().getLong("[0].id");
    }

    private static Data data() {
        return DATA.computeIfAbsent(RestAssured.port, port -> {
            TestData.Alliance a = TestData.twoPartnerAlliance();
            TestData.Alliance b = TestData.twoPartnerAlliance();
            long body = TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, "Steering"));
            given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + body + "/plan").then().statusCode(201);
            long meeting = given().get("/api/bodies/" + body + "/plan").jsonPath().getLong("meetings[2].id");
            given().get("/api/alliances/" + a.id() + "/launch").then().statusCode(200);
            long item = given().get("/api/alliances/" + a.id() + "/launch").jsonPath()
                    .getLong("items.find { it.kind == 'DECISION_RIGHTS' }.id");
            return new Data(a, b, body, meeting, item);
        });
    }
}
