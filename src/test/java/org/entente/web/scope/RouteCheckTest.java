package org.entente.web.scope;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.web.scope.Kind.BODY;
import static org.entente.web.scope.Kind.MEETING;

/**
 * The start-up check over resource classes written for it (plain JUnit): a route that declares nothing, or declares
 * something that cannot be enforced, stops the start-up with a message naming it. The specimens have no class-level
 * {@code @Path}, so that the application under {@code @QuarkusTest} does not serve them.
 */
class RouteCheckTest {

    private static final Set<Kind> ALL = EnumSet.allOf(Kind.class);

    /** A resource someone added without thinking of alliances: one route declared, two not. */
    public static class Undeclared {
        @GET
        @Path("bodies/{id}/minutes")
        @Reads(BODY)
        public String minutes(long id) {
            return "";
        }

        @GET
        @Path("minutes/{id}")
        public String show(long id) {
            return "";
        }

        @POST
        @Path("minutes/{id}")
        public String update(long id) {
            return "";
        }
    }

    /** Declarations that cannot be enforced as written. */
    public static class Misdeclared {
        @GET
        @Path("bodies/{bodyId}/agenda")
        @Reads(BODY)
        public String wrongParameter(long bodyId) {
            return "";
        }

        @POST
        @Path("bodies/{id}/agenda")
        @Reads(BODY)
        public String postedRead(long id) {
            return "";
        }

        @GET
        @Path("bodies/{id}/agenda/edit")
        @Reads(BODY)
        public String formPageRead(long id) {
            return "";
        }

        @DELETE
        @Path("bodies/{id}/agenda")
        @Writes(BODY)
        @Unscoped("both at once")
        public String twoDeclarations(long id) {
            return "";
        }

        @GET
        @Path("agenda")
        @Unscoped(" ")
        public String noReason() {
            return "";
        }
    }

    /** A class-level declaration covers every method that has none of its own. */
    @Unscoped("the caller's own notes")
    public static class Notes {
        @GET
        @Path("notes")
        public String list() {
            return "";
        }

        @GET
        @Path("meetings/{meetingId}/notes")
        @Reads(value = MEETING, param = "meetingId")
        public String ofMeeting(long meetingId) {
            return "";
        }
    }

    @Test
    void aRouteThatDeclaresNoScopeStopsTheStartUpNamingIt() {
        List<Route> routes = routesOf(Undeclared.class, "minutes", "show", "update");

        assertThatThrownBy(() -> RouteCheck.require(routes, ALL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2 route(s) do not declare their alliance scope")
                .hasMessageContaining("GET /minutes/{id} (Undeclared.show): declares no alliance scope")
                .hasMessageContaining("POST /minutes/{id} (Undeclared.update): declares no alliance scope")
                .message().doesNotContain("minutes(");
        assertThat(RouteCheck.of(method(Undeclared.class, "show"))).as("refused at request time too").isEmpty();
    }

    @Test
    void aDeclarationThatCannotBeEnforcedStopsTheStartUpSayingWhy() {
        List<Route> routes = routesOf(Misdeclared.class, "wrongParameter", "postedRead", "formPageRead",
                "twoDeclarations", "noReason");

        assertThat(RouteCheck.problems(routes, ALL)).containsExactly(
                "GET /bodies/{bodyId}/agenda (Misdeclared.wrongParameter): names the path parameter {id}, which its path does not have",
                "POST /bodies/{id}/agenda (Misdeclared.postedRead): is a POST and so cannot be a read: declare it @Writes",
                "GET /bodies/{id}/agenda/edit (Misdeclared.formPageRead): shows a form to change something and so cannot be a read: declare it @Writes",
                "DELETE /bodies/{id}/agenda (Misdeclared.twoDeclarations): declares more than one scope "
                        + "[Declaration[rule=WRITE, kind=BODY, param=id, reason=null], "
                        + "Declaration[rule=UNSCOPED, kind=null, param=null, reason=both at once]]",
                "GET /agenda (Misdeclared.noReason): does not say why it has no alliance");
    }

    @Test
    void aKindThatNoFeatureResolvesStopsTheStartUp() {
        assertThat(RouteCheck.problems(routesOf(Undeclared.class, "minutes"), EnumSet.of(MEETING))).containsExactly(
                "GET /bodies/{id}/minutes (Undeclared.minutes): names the kind BODY, which no feature resolves to its alliance");
    }

    @Test
    void aClassDeclarationCoversItsMethodsAndAMethodsOwnWins() {
        List<Route> routes = routesOf(Notes.class, "list", "ofMeeting");

        assertThat(RouteCheck.require(routes, ALL).values()).containsExactly(
                new Declaration(Declaration.Rule.UNSCOPED, null, null, "the caller's own notes"),
                new Declaration(Declaration.Rule.READ, MEETING, "meetingId", null));
    }

    /** The routes of a specimen as RESTEasy Reactive would serve them, in the order the methods are named. */
    private static List<Route> routesOf(Class<?> resource, String... methods) {
        List<Route> routes = new ArrayList<>();
        for (String name : methods) {
            Method m = method(resource, name);
            String http = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST" : "DELETE";
            routes.add(new Route(http, "/" + m.getAnnotation(Path.class).value(), m));
        }
        return routes;
    }

    private static Method method(Class<?> resource, String name) {
        for (Method m : resource.getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
