package org.entente.account;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.entente.TestClock;
import org.entente.TestData;
import org.entente.web.Browser;
import org.entente.web.Logins;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.entente.web.Logins.given;

/**
 * What the access tests share, built once per running application: alliance A with a record of every kind under
 * it (a planned body among them), alliance B, and one login per role with its API token and browser. Paths are
 * written with placeholders ({@code /api/partners/{partner}}); {@code {new-…}} placeholders make a fresh record in
 * A, so that a permitted delete never takes away what other cases use.
 */
final class AccessFixture {

    enum Role { ADMIN, MANAGER_A, MEMBER_A, MANAGER_B, NO_ACCESS, ANONYMOUS }

    private static final Map<Integer, AccessFixture> BY_PORT = new ConcurrentHashMap<>();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z-]+)}");
    private static final AtomicInteger DAY = new AtomicInteger();

    final TestData.Alliance a;
    final TestData.Alliance b;
    final long office;
    final long body;
    final long planBody;
    final List<Long> meetings;
    private final AtomicInteger nextMeeting = new AtomicInteger(1);
    final String grantee;
    final String nameOfA;
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private final Map<Role, Browser> browsers = new EnumMap<>(Role.class);

    /** The fixture of the running application, built on first use. */
    static synchronized AccessFixture get() {
        return BY_PORT.computeIfAbsent(RestAssured.port, port -> new AccessFixture());
    }

    private AccessFixture() {
        a = TestData.twoPartnerAlliance();
        b = TestData.twoPartnerAlliance();
        office = officeOf(a.theirs());
        body = TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, TestData.unique("Steering")));
        planBody = TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, TestData.unique("Operating")));
        given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + body + "/plan").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + planBody + "/plan").then().statusCode(201);
        meetings = given().get("/api/bodies/" + body + "/plan").then().statusCode(200).extract().jsonPath()
                .getList("meetings.id", Long.class);
        given().get("/api/alliances/" + a.id() + "/launch").then().statusCode(200);
        nameOfA = given().get("/api/alliances/" + a.id()).jsonPath().getString("name");
        ids.put("A", a.id());
        ids.put("B", b.id());
        ids.put("partner", a.theirs());
        ids.put("office", office);
        ids.put("person", a.theirPeople().get(0));
        ids.put("member", a.ourPeople().get(0));
        ids.put("other-person", a.theirPeople().get(1));
        ids.put("body", body);
        ids.put("plan-body", planBody);
        ids.put("meeting", meetings.get(0));
        ids.put("item", newItem());
        ids.put("icebreaker", given().get("/api/icebreakers").then().extract().jsonPath().getLong("[0].id"));
        for (Role role : List.of(Role.MANAGER_A, Role.MEMBER_A, Role.MANAGER_B, Role.NO_ACCESS)) {
            String email = Users.create(role.name().toLowerCase().replace('_', ' '));
            browsers.put(role, Browser.as(email, Users.PASSWORD));
            tokens.put(role, Logins.tokenFor(email, Users.PASSWORD));
            switch (role) {
                case MANAGER_A -> Users.grant(a.id(), email, "MANAGER");
                case MEMBER_A -> Users.grant(a.id(), email, "MEMBER");
                case MANAGER_B -> Users.grant(b.id(), email, "MANAGER");
                default -> { }
            }
        }
        browsers.put(Role.ADMIN, new Browser());
        browsers.put(Role.ANONYMOUS, Browser.anonymous());
        tokens.put(Role.ADMIN, Logins.adminToken());
        grantee = TestData.unique("grantee").replaceAll("[^a-z0-9]", "") + "@example.test";
        given().contentType(ContentType.JSON).body(Map.of("email", grantee, "name", "Grantee", "administrator", false))
                .post("/api/users").then().statusCode(201);
    }

    /** An API request as this role (with its token; none for the anonymous). */
    RequestSpecification api(Role role) {
        RequestSpecification request = role == Role.ANONYMOUS ? Logins.anonymous() : Logins.as(tokens.get(role));
        return request.redirects().follow(false);
    }

    Browser browser(Role role) {
        return browsers.get(role);
    }

    /** Replaces the placeholders of a path; one {@link Resolution} gives a {@code {new-…}} the same id throughout. */
    Resolution resolution() {
        return new Resolution();
    }

    final class Resolution {

        private final Map<String, String> made = new HashMap<>();

        String of(String template) {
            if (template == null) {
                return null;
            }
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(made.computeIfAbsent(m.group(1), this::value)));
            }
            m.appendTail(out);
            return out.toString();
        }

        private String value(String name) {
            if (name.equals("grantee")) {
                return grantee;
            }
            if (ids.containsKey(name)) {
                return String.valueOf(ids.get(name));
            }
            Supplier<Object> maker = switch (name) {
                case "new-partner" -> () -> TestData.partner(a.id(), TestData.unique("Spare partner"));
                case "new-office" -> () -> TestData.create("/api/partners/" + a.ours() + "/offices", office("Utrecht"));
                case "new-person" -> () -> TestData.person(a.theirs(), "Spare Person");
                case "new-body" -> () -> TestData.create("/api/alliances/" + a.id() + "/bodies",
                        TestData.bodyJson(a, TestData.unique("Working group")));
                case "new-blackout" -> () -> TestData.create("/api/alliances/" + a.id() + "/blackouts",
                        Map.of("from", "2031-08-01", "to", "2031-08-02", "name", "Summer"));
                case "new-day-off" -> () -> TestData.create("/api/alliances/" + a.id() + "/office-days-off", dayOff());
                case "new-item" -> AccessFixture.this::newItem;
                case "new-interaction" -> () -> TestData.create("/api/people/" + a.theirPeople().get(1) + "/interactions",
                        Map.of("kind", "CALL", "date", TestClock.today().toString()));
                case "new-alliance" -> this::newAllianceOfA;
                case "cancellable" -> () -> {
                    long id = meetings.get(nextMeeting.getAndIncrement());
                    return id + "?version=" + given().get("/api/meetings/" + id).jsonPath().getLong("version");
                };
                default -> throw new IllegalArgumentException("unknown placeholder {" + name + "}");
            };
            return String.valueOf(maker.get());
        }

        /** A fresh alliance that the roles of A have on it too, so that deleting it is the same question as for A. */
        private long newAllianceOfA() {
            long id = TestData.alliance();
            JsonPath roles = given().get("/api/alliances/" + a.id() + "/access").jsonPath();
            for (int i = 0; i < roles.getList("email").size(); i++) {
                Users.grant(id, roles.getString("[" + i + "].email"), roles.getString("[" + i + "].role"));
            }
            return id;
        }
    }

    /** An office that is not the partner's default venue. */
    static Map<String, Object> office(String city) {
        return Map.of("city", city, "country", "NL", "timeZone", "Europe/Amsterdam", "workdayStart", "09:00",
                "workdayEnd", "17:00", "defaultVenue", false);
    }

    /** A new office day off on a date no other case used. */
    Map<String, Object> dayOff() {
        return Map.of("officeId", office, "date", LocalDate.of(2031, 1, 1).plusDays(DAY.incrementAndGet()).toString(),
                "name", "Office closed");
    }

    /** The body of a change the administrator reads now, sent back as it is: a write that is valid every time. */
    static Object echo(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }

    /** What an administrator reads at this path now (the evidence that a refused change wrote nothing). */
    static String snapshot(String path) {
        return given().get(path).then().extract().asString();
    }

    private long newItem() {
        return TestData.create("/api/alliances/" + a.id() + "/launch/items",
                Map.of("title", TestData.unique("Agree the charter"), "done", false));
    }

    private static long officeOf(long partner) {
        return given().get("/api/partners/" + partner + "/offices").then().statusCode(200).extract().jsonPath()
                .getLong("[0].id");
    }
}
