package org.entente.account;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.entente.account.AccessFixture.Role;
import org.entente.web.Browser;
import org.entente.web.scope.Declaration;
import org.entente.web.scope.DeclaredRoutes;
import org.entente.web.scope.Kind;
import org.entente.web.scope.Route;
import org.entente.web.scope.RouteCheck;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the running application declares its alliance scope (as RESTEasy Reactive serves them, not as
 * someone listed them), and every route that names a record of an alliance hides alliance A from someone without a
 * role on it (404) and refuses a member's change (403), each refusal told to the audit trail. The outsider and the
 * member of the fixture have no role that {@code @RolesAllowed} asks for.
 */
@QuarkusTest
class ScopedRoutesTest {

    /** A record of alliance A of each kind, as a placeholder of {@link AccessFixture}. */
    private static final Map<Kind, String> RECORD_OF_A = Map.of(Kind.ALLIANCE, "{A}", Kind.PARTNER, "{partner}",
            Kind.OFFICE, "{office}", Kind.PERSON, "{person}", Kind.BODY, "{body}", Kind.MEETING, "{meeting}",
            Kind.BLACKOUT, "{new-blackout}", Kind.OFFICE_DAY_OFF, "{new-day-off}", Kind.LAUNCH_ITEM, "{item}",
            Kind.INTERACTION, "{new-interaction}");

    @Inject
    DeclaredRoutes declared;
    @Inject
    RefusalsSeen refusals;

    @Test
    void everyRouteOfTheRunningApplicationDeclaresItsScope() {
        List<Route> served = DeclaredRoutes.served();

        assertThat(served).as("the routes the application serves").hasSize(compiledRoutes()).hasSizeGreaterThan(150);
        assertThat(RouteCheck.problems(served, EnumSet.allOf(Kind.class))).isEmpty();
        assertThat(served).allSatisfy(r -> assertThat(declared.of(r.method())).as("%s", r).isPresent());
        assertThat(served.stream().filter(r -> declared.of(r.method()).orElseThrow().scoped()).count())
                .as("routes that name a record of an alliance").isGreaterThan(120);
    }

    @Test
    void everyScopedRouteHidesAllianceAFromAnOutsiderAndRefusesAMembersChange() {
        AccessFixture f = AccessFixture.get();
        List<String> wrong = new ArrayList<>();
        int refusedBefore = refusals.all().size();
        int requests = 0;
        for (Route route : DeclaredRoutes.served()) {
            Declaration d = declared.of(route.method()).orElseThrow();
            if (!d.scoped()) {
                continue;
            }
            String others = route.path().replaceAll("\\{(?!" + d.param() + "})[^}]+}", "1");
            String path = f.resolution().of(others.replace("{" + d.param() + "}", RECORD_OF_A.get(d.kind())));
            // Granting and revoking roles is for administrators: the login's roles refuse it (403) before the scope.
            boolean adminOnly = route.method().isAnnotationPresent(RolesAllowed.class);
            int outsider = send(f, Role.NO_ACCESS, route.httpMethod(), path);
            requests += adminOnly ? 0 : 1;
            if (outsider != (adminOnly ? 403 : 404)) {
                wrong.add("outsider: " + route + " → " + path + " answered " + outsider);
            }
            if (d.writes()) {
                int member = send(f, Role.MEMBER_A, route.httpMethod(), path);
                requests += adminOnly ? 0 : 1;
                if (member != 403) {
                    wrong.add("member: " + route + " → " + path + " answered " + member);
                }
            }
        }
        assertThat(wrong).isEmpty();
        List<AccessRefused> told = refusals.all().subList(refusedBefore, refusals.all().size());
        assertThat(told).as("one audit event per refusal").hasSize(requests);
        assertThat(told).allSatisfy(r -> {
            assertThat(r.userId()).isNotNull();
            assertThat(r.kind()).isNotNull();
            assertThat(r.id()).isNotNull();
            assertThat(r.status()).isIn(403, 404);
        });
    }

    @Test
    void aRefusalTellsTheAuditTrailWhoAskedForWhat() {
        AccessFixture f = AccessFixture.get();
        int before = refusals.all().size();

        f.api(Role.NO_ACCESS).get("/api/bodies/" + f.body).then().statusCode(404);
        f.api(Role.MEMBER_A).contentType(ContentType.JSON).body("{}").put("/api/bodies/" + f.body).then().statusCode(403);

        List<AccessRefused> told = refusals.all().subList(before, refusals.all().size());
        assertThat(told).extracting(AccessRefused::method, AccessRefused::path, AccessRefused::kind, AccessRefused::id,
                AccessRefused::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GET", "/api/bodies/" + f.body, "BODY", f.body, 404),
                org.assertj.core.groups.Tuple.tuple("PUT", "/api/bodies/" + f.body, "BODY", f.body, 403));
        assertThat(told.get(0).userId()).isNotEqualTo(told.get(1).userId()).isNotNull();
    }

    @Test
    void aHeadOrOptionsRequestOpensNothingEither() {
        AccessFixture f = AccessFixture.get();

        assertThat(f.api(Role.NO_ACCESS).head("/api/bodies/" + f.body).statusCode()).isEqualTo(404);
        assertThat(f.browser(Role.NO_ACCESS).raw("/bodies/" + f.body + "/plan.pdf").statusCode()).isEqualTo(404);
        Response options = f.api(Role.NO_ACCESS).options("/api/bodies/" + f.body);
        assertThat(options.asString()).doesNotContain(f.nameOfA);
    }

    private static int send(AccessFixture f, Role role, String method, String path) {
        if (path.startsWith("/api/")) {
            return f.api(role).contentType(ContentType.JSON).body("{}").request(method, path).statusCode();
        }
        Browser browser = f.browser(role);
        if (method.equals("GET")) {
            return browser.raw(path).statusCode();
        }
        String token = Browser.parse(browser.raw("/profile")).selectFirst("input[name=csrf-token]").val();
        Response r = browser.submit(Jsoup.parse("<form action=\"" + path + "\"><input name=\"csrf-token\" value=\""
                + token + "\"></form>"), "form", Map.of());
        return r.statusCode();
    }

    /** How many resource methods the compiled resources have (each HTTP method annotation on a method is one route). */
    private static int compiledRoutes() {
        int routes = 0;
        for (JavaClass c : new ClassFileImporter().importPath(java.nio.file.Path.of("target", "classes"))) {
            if (!c.isAnnotatedWith(Path.class)) {
                continue;
            }
            for (JavaMethod m : c.getMethods()) {
                routes += (int) m.getAnnotations().stream()
                        .filter(a -> a.getRawType().isAnnotatedWith(HttpMethod.class)).count();
            }
        }
        return routes;
    }
}
