package org.entente.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.entente.TestClock;
import org.entente.account.AccessFixture.Role;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.TestData.unique;
import static org.entente.web.Logins.given;

/**
 * The access matrix of issue 8: every role × every action on alliance A and what lies under it (by id in the
 * URL), pages and API. Administrators and A's managers may do everything, A's members read (writes 403), whoever
 * has no role on A (B's manager, a user without alliances) gets 404 for all of it, and the anonymous are sent to
 * the login page (pages) or answered 401 (API). A refused change writes nothing.
 */
@QuarkusTest
class AccessMatrixTest {

    /** Who may do an action. */
    enum Rule { READ, WRITE, ADMIN_ONLY, LIBRARY, ANY_USER, LIST }

    /** How the action is sent: JSON API, GET of a page, or a page's form posted with the role's own CSRF token. */
    enum Via { API, PAGE, FORM }

    record Action(Rule rule, Via via, String method, String path, int ok, Function<String, Object> body,
                  String witness, String form, Map<String, String> fields) {

        String label() {
            return method + " " + path;
        }
    }

    record Case(Role role, Action action, int expected) {
        @Override
        public String toString() {
            return String.format("%-9s %-55s → %d", role, action.label(), expected);
        }
    }

    private static final List<Action> ACTIONS = new ArrayList<>();

    static {
        for (String path : List.of("/api/alliances/{A}", "/api/alliances/{A}/partners", "/api/partners/{partner}",
                "/api/partners/{partner}/offices", "/api/offices/{office}", "/api/partners/{partner}/people",
                "/api/people/{person}", "/api/alliances/{A}/bodies", "/api/bodies/{body}", "/api/bodies/{body}/plan",
                "/api/meetings/{meeting}", "/api/alliances/{A}/blackouts", "/api/alliances/{A}/office-days-off",
                "/api/alliances/{A}/launch", "/api/launch-items/{item}", "/api/alliances/{A}/keep-in-touch",
                "/api/people/{person}/interactions", "/api/alliances/{A}/access")) {
            api(Rule.READ, "GET", path, 200, null, null);
        }
        for (String path : List.of("/alliances/{A}", "/alliances/{A}/access", "/bodies/{body}", "/bodies/{body}/schedule",
                "/alliances/{A}/plan", "/people/{member}/meetings", "/alliances/{A}/plan/print", "/alliances/{A}/plan.pdf",
                "/bodies/{body}/plan/print", "/bodies/{body}/plan.pdf", "/bodies/{body}/calendar.ics",
                "/alliances/{A}/calendar.ics", "/people/{member}/calendar.ics", "/alliances/{A}/days-off",
                "/alliances/{A}/holidays", "/alliances/{A}/launch", "/alliances/{A}/keep-in-touch",
                "/people/{person}/keep-in-touch")) {
            page(Rule.READ, path);
        }
        for (String path : List.of("/alliances/{A}/edit", "/alliances/{A}/delete", "/alliances/{A}/partners/new",
                "/partners/{partner}/edit", "/offices/{office}/edit", "/people/{person}/edit", "/alliances/{A}/bodies/new",
                "/bodies/{body}/edit", "/meetings/{meeting}/edit", "/launch-items/{item}/edit",
                "/people/{person}/interactions/new")) {
            page(Rule.WRITE, path);
        }
        Function<String, Object> echo = AccessFixture::echo;
        api(Rule.WRITE, "PUT", "/api/alliances/{A}", 200, echo, "/api/alliances/{A}");
        api(Rule.WRITE, "DELETE", "/api/alliances/{new-alliance}", 204, null, "/api/alliances/{new-alliance}");
        api(Rule.WRITE, "POST", "/api/alliances/{A}/partners", 201, p -> Map.of("name", unique("Partner"), "ours", false),
                "/api/alliances/{A}/partners");
        api(Rule.WRITE, "PUT", "/api/partners/{partner}", 200, echo, "/api/partners/{partner}");
        api(Rule.WRITE, "DELETE", "/api/partners/{new-partner}", 204, null, "/api/partners/{new-partner}");
        api(Rule.WRITE, "POST", "/api/partners/{partner}/offices", 201, p -> AccessFixture.office("Leiden"),
                "/api/partners/{partner}/offices");
        api(Rule.WRITE, "PUT", "/api/offices/{office}", 200, echo, "/api/offices/{office}");
        api(Rule.WRITE, "DELETE", "/api/offices/{new-office}", 204, null, "/api/offices/{new-office}");
        api(Rule.WRITE, "POST", "/api/partners/{partner}/people", 201, p -> Map.of("name", "New Person",
                "email", unique("new").replaceAll("[^a-z0-9]", "") + "@example.com", "stance", "UNKNOWN"),
                "/api/partners/{partner}/people");
        api(Rule.WRITE, "PUT", "/api/people/{person}", 200, echo, "/api/people/{person}");
        api(Rule.WRITE, "DELETE", "/api/people/{new-person}", 204, null, "/api/people/{new-person}");
        api(Rule.WRITE, "POST", "/api/alliances/{A}/bodies", 201,
                p -> org.entente.TestData.bodyJson(AccessFixture.get().a, unique("Body")), "/api/alliances/{A}/bodies");
        api(Rule.WRITE, "PUT", "/api/bodies/{body}", 200, echo, "/api/bodies/{body}");
        api(Rule.WRITE, "DELETE", "/api/bodies/{new-body}", 204, null, "/api/bodies/{new-body}");
        api(Rule.WRITE, "POST", "/api/bodies/{plan-body}/plan/preview", 200, p -> Map.of(), "/api/bodies/{plan-body}/plan");
        api(Rule.WRITE, "POST", "/api/bodies/{plan-body}/plan", 201, p -> Map.of(), "/api/bodies/{plan-body}/plan");
        api(Rule.WRITE, "PUT", "/api/meetings/{meeting}", 200, echo, "/api/meetings/{meeting}");
        api(Rule.WRITE, "DELETE", "/api/meetings/{cancellable}", 200, null, "/api/meetings/{cancellable}");
        api(Rule.WRITE, "POST", "/api/meetings/{meeting}/unlock", 200,
                p -> Map.of("version", given().get(p.replace("/unlock", "")).jsonPath().getLong("version")),
                "/api/meetings/{meeting}");
        api(Rule.WRITE, "POST", "/api/alliances/{A}/blackouts", 201,
                p -> Map.of("from", "2032-08-01", "to", "2032-08-14", "name", "Summer"), "/api/alliances/{A}/blackouts");
        api(Rule.WRITE, "DELETE", "/api/blackouts/{new-blackout}", 204, null, "/api/alliances/{A}/blackouts");
        api(Rule.WRITE, "POST", "/api/alliances/{A}/office-days-off", 201, p -> AccessFixture.get().dayOff(),
                "/api/alliances/{A}/office-days-off");
        api(Rule.WRITE, "DELETE", "/api/office-days-off/{new-day-off}", 204, null, "/api/alliances/{A}/office-days-off");
        api(Rule.WRITE, "POST", "/api/alliances/{A}/launch/items", 201, p -> Map.of("title", unique("Item")),
                "/api/alliances/{A}/launch");
        api(Rule.WRITE, "PUT", "/api/launch-items/{item}", 200, echo, "/api/launch-items/{item}");
        api(Rule.WRITE, "DELETE", "/api/launch-items/{new-item}", 204, null, "/api/launch-items/{new-item}");
        api(Rule.WRITE, "PUT", "/api/people/{person}/keep-in-touch", 200, AccessMatrixTest::keepInTouch,
                "/api/alliances/{A}/keep-in-touch");
        api(Rule.WRITE, "POST", "/api/people/{person}/interactions", 201,
                p -> Map.of("kind", "CALL", "date", TestClock.today().toString()), "/api/people/{person}/interactions");
        api(Rule.WRITE, "DELETE", "/api/interactions/{new-interaction}", 204, null, "/api/people/{other-person}/interactions");
        form(Rule.WRITE, "/alliances/{A}/edit", "/alliances/{A}", Map.of(), "/api/alliances/{A}");
        form(Rule.WRITE, "/bodies/{body}/edit", "/bodies/{body}", Map.of(), "/api/bodies/{body}");
        form(Rule.WRITE, "/meetings/{meeting}/edit", "/meetings/{meeting}", Map.of(), "/api/meetings/{meeting}");
        form(Rule.WRITE, "/partners/{new-partner}/delete", "/partners/{new-partner}/delete", Map.of(),
                "/api/partners/{new-partner}");
        form(Rule.WRITE, "/alliances/{A}/days-off", "/alliances/{A}/blackouts",
                Map.of("from", "2033-08-01", "to", "2033-08-03", "name", "Closed"), "/api/alliances/{A}/blackouts");
        form(Rule.WRITE, "/people/{person}/interactions/new", "/people/{person}/interactions",
                Map.of("kind", "COFFEE", "date", TestClock.today().toString()), "/api/people/{person}/interactions");
        api(Rule.ADMIN_ONLY, "POST", "/api/alliances", 201, p -> Map.of("name", unique("Alliance"), "status", "FORMING"),
                null);
        api(Rule.ADMIN_ONLY, "PUT", "/api/alliances/{A}/access", 200, p -> Map.of("email",
                AccessFixture.get().grantee, "role", "MEMBER"), null);
        api(Rule.ADMIN_ONLY, "GET", "/api/users", 200, null, null);
        api(Rule.ADMIN_ONLY, "POST", "/api/users", 201, p -> Map.of("email", unique("u").replaceAll("[^a-z0-9]", "")
                + "@example.test", "name", "Someone", "administrator", false), null);
        page(Rule.ADMIN_ONLY, "/alliances/new");
        page(Rule.ADMIN_ONLY, "/users");
        form(Rule.ADMIN_ONLY, "/alliances/{A}/access", "/alliances/{A}/access", Map.of("email", "{grantee}", "role",
                "MANAGER"), "/api/alliances/{A}/access");
        api(Rule.LIBRARY, "POST", "/api/icebreakers", 201, p -> Map.of("question", unique("What is your favourite tool")),
                "/api/icebreakers");
        api(Rule.LIBRARY, "PUT", "/api/icebreakers/{icebreaker}", 200, echo, "/api/icebreakers/{icebreaker}");
        api(Rule.LIBRARY, "POST", "/api/tips", 201, p -> Map.of("text", unique("Send the minutes")), "/api/tips");
        page(Rule.LIBRARY, "/icebreakers/{icebreaker}/edit");
        api(Rule.ANY_USER, "GET", "/api/icebreakers", 200, null, null);
        api(Rule.ANY_USER, "GET", "/api/tips", 200, null, null);
        page(Rule.ANY_USER, "/tips");
        api(Rule.LIST, "GET", "/api/alliances", 200, null, null);
        page(Rule.LIST, "/alliances");
    }

    static List<Case> matrix() {
        List<Case> cases = new ArrayList<>();
        for (Action action : ACTIONS) {
            for (Role role : Role.values()) {
                cases.add(new Case(role, action, expected(role, action)));
            }
        }
        System.out.printf("Access matrix: %d cases (%d roles × %d actions)%n", cases.size(), Role.values().length,
                ACTIONS.size());
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleMayDoExactlyWhatItsRoleAllows(Case c) {
        AccessFixture f = AccessFixture.get();
        AccessFixture.Resolution resolve = f.resolution();
        Action a = c.action();
        String path = resolve.of(a.path());
        boolean refused = c.expected() != a.ok() || c.role() == Role.ANONYMOUS;
        String witness = refused ? resolve.of(a.witness()) : null;
        String before = witness == null ? null : AccessFixture.snapshot(witness);

        Response r = switch (a.via()) {
            case API -> send(f, c.role(), a, path);
            case PAGE -> f.browser(c.role()).raw(path);
            case FORM -> post(f, c.role(), a, path, resolve);
        };

        assertThat(r.statusCode()).as("%s\n%s", c, r.asString()).isEqualTo(c.expected());
        if (c.role() == Role.ANONYMOUS && a.via() == Via.API) {
            assertThat(r.contentType()).startsWith("application/problem+json");
        } else if (c.role() == Role.ANONYMOUS) {
            String next = a.via() == Via.PAGE ? path : "/";
            assertThat(r.header("Location")).as("where the login page sends them back to")
                    .endsWith("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        } else if (refused) {
            assertThat(r.asString()).as("a refusal does not show A").doesNotContain(f.nameOfA);
        }
        if (a.rule() == Rule.LIST && c.role() != Role.ANONYMOUS) {
            assertThat(visible(r, a.via(), f.a.id())).as("A is listed").isEqualTo(sees(c.role(), f.a.id(), f));
            assertThat(visible(r, a.via(), f.b.id())).as("B is listed").isEqualTo(sees(c.role(), f.b.id(), f));
        }
        if (witness != null) {
            assertThat(AccessFixture.snapshot(witness)).as("nothing was written").isEqualTo(before);
        }
    }

    private static int expected(Role role, Action a) {
        if (role == Role.ANONYMOUS) {
            return a.via() == Via.API ? 401 : 303;
        }
        boolean ofA = role == Role.ADMIN || role == Role.MANAGER_A || role == Role.MEMBER_A;
        boolean manager = role == Role.ADMIN || role == Role.MANAGER_A || role == Role.MANAGER_B;
        return switch (a.rule()) {
            case READ -> ofA ? a.ok() : 404;
            case WRITE -> !ofA ? 404 : role == Role.MEMBER_A ? 403 : a.ok();
            case ADMIN_ONLY -> role == Role.ADMIN ? a.ok() : 403;
            case LIBRARY -> manager ? a.ok() : 403;
            case ANY_USER, LIST -> a.ok();
        };
    }

    private static boolean sees(Role role, long alliance, AccessFixture f) {
        return role == Role.ADMIN || (alliance == f.a.id()
                ? role == Role.MANAGER_A || role == Role.MEMBER_A : role == Role.MANAGER_B);
    }

    private static boolean visible(Response r, Via via, long alliance) {
        if (via == Via.API) {
            return r.jsonPath().getList("id", Long.class).contains(alliance);
        }
        return Browser.parse(r).selectFirst("a[href=/alliances/" + alliance + "]") != null;
    }

    private static Response send(AccessFixture f, Role role, Action a, String path) {
        var request = f.api(role);
        if (a.body() != null) {
            request = request.contentType(ContentType.JSON).body(a.body().apply(path));
        }
        return request.request(a.method(), path);
    }

    /** The administrator's form (valid, current version) sent by the role with the role's own CSRF token. */
    private static Response post(AccessFixture f, Role role, Action a, String action, AccessFixture.Resolution resolve) {
        Document form = f.browser(Role.ADMIN).get(resolve.of(a.form()));
        Browser browser = f.browser(role);
        String token = Browser.parse(browser.raw(role == Role.ANONYMOUS ? "/login" : "/profile"))
                .selectFirst("input[name=csrf-token]").val();
        form.select("input[name=csrf-token]").val(token);
        Map<String, String> fields = new HashMap<>();
        a.fields().forEach((name, value) -> fields.put(name, resolve.of(value)));
        return browser.submit(form, "form[action=" + action + "]", fields);
    }

    private static Object keepInTouch(String path) {
        long person = Long.parseLong(path.split("/")[3]);
        AccessFixture f = AccessFixture.get();
        long version = given().get("/api/alliances/" + f.a.id() + "/keep-in-touch").jsonPath()
                .getLong("find { it.personId == " + person + " }.version");
        return Map.of("months", 6, "version", version);
    }

    private static void api(Rule rule, String method, String path, int ok, Function<String, Object> body, String witness) {
        ACTIONS.add(new Action(rule, Via.API, method, path, ok, body, witness, null, Map.of()));
    }

    private static void page(Rule rule, String path) {
        ACTIONS.add(new Action(rule, Via.PAGE, "GET", path, 200, null, null, null, Map.of()));
    }

    private static void form(Rule rule, String formPage, String action, Map<String, String> fields, String witness) {
        ACTIONS.add(new Action(rule, Via.FORM, "POST", action, 303, null, witness, formPage, fields));
    }
}
