package org.entente.account;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.entente.account.AccessFixture.Role;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading never writes: every GET route of the application (found in the compiled resources, so that a new route
 * is covered without anyone listing it) is requested by a member of the alliance, and no table changes.
 */
@QuarkusTest
class GetRoutesWriteNothingTest {

    /** What a path parameter stands for, by the path segment before it. */
    private static final Map<String, String> PLACEHOLDER_BY_SEGMENT = Map.ofEntries(
            Map.entry("alliances", "A"), Map.entry("bodies", "body"), Map.entry("partners", "partner"),
            Map.entry("offices", "office"), Map.entry("people", "person"), Map.entry("meetings", "meeting"),
            Map.entry("launch-items", "item"), Map.entry("icebreakers", "icebreaker"),
            Map.entry("blackouts", "new-blackout"), Map.entry("office-days-off", "new-day-off"),
            Map.entry("interactions", "new-interaction"), Map.entry("users", "A"), Map.entry("tips", "A"),
            Map.entry("feeds", "feed"), Map.entry("invitations", "B"));
    private static final Pattern PARAMETER = Pattern.compile("([a-z-]+)/\\{(\\w+)}");
    /**
     * Written by the clustered scheduler and the migrations on their own, never by a request; and the audit trail,
     * which records a member's refused reads (an administrators' page) by design.
     */
    private static final String NOT_REQUEST_TABLES = "'flyway_schema_history', 'job_run', 'scheduler_start_lock', "
            + "'security_event'";

    @Inject
    AgroalDataSource database;

    @Test
    void noGetRouteChangesARowWhenAMemberReadsIt() throws SQLException {
        AccessFixture fixture = AccessFixture.get();
        AccessFixture.Resolution ids = fixture.resolution();
        String feed = feedOf(fixture);
        Browser member = fixture.browser(Role.MEMBER_A);
        // Logging in writes the session, and an API token notes the day it was last used (once a day): both are the
        // authentication's bookkeeping, done before the routes are read so that any other write shows.
        member.get("/alliances");
        fixture.api(Role.MEMBER_A).get("/api/alliances").then().statusCode(200);
        Map<String, Integer> answered = new LinkedHashMap<>();
        List<String> writers = new ArrayList<>();
        List<String> templates = getRoutes();
        assertThat(templates).as("GET routes found").hasSizeGreaterThan(60);
        for (String template : templates) {
            String path = ids.of(withPlaceholders(template).replace("{feed}", feed));
            Map<String, String> before = checksums();
            int status = path.startsWith("/api/") ? fixture.api(Role.MEMBER_A).get(path).statusCode()
                    : member.raw(path).statusCode();
            answered.put(template + " → " + path, status);
            if (!checksums().equals(before)) {
                writers.add("GET " + path + " (" + template + ") changed " + changed(before, checksums()));
            }
        }
        assertThat(writers).as("GET routes that wrote; all answered: %s", answered).isEmpty();
        assertThat(answered.values().stream().filter(s -> s == 200).count())
                .as("routes a member reads successfully: %s", answered).isGreaterThan(50);
    }

    /** Every GET route of the compiled resources, as a path template ({@code /alliances/{id}/plan}). */
    static List<String> getRoutes() {
        TreeSet<String> routes = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().importPath(java.nio.file.Path.of("target", "classes"))) {
            if (!c.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = c.getAnnotationOfType(Path.class).value();
            for (JavaMethod m : c.getMethods()) {
                if (m.isAnnotatedWith(GET.class)) {
                    String sub = m.isAnnotatedWith(Path.class) ? m.getAnnotationOfType(Path.class).value() : "";
                    routes.add(("/" + base + "/" + sub).replaceAll("/+", "/").replaceAll("(.)/$", "$1"));
                }
            }
        }
        return List.copyOf(routes);
    }

    /** {@code /alliances/{id}/plan} → {@code /alliances/{A}/plan}; a parameter the test cannot fill fails it. */
    private static String withPlaceholders(String template) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String placeholder = PLACEHOLDER_BY_SEGMENT.get(m.group(1));
            assertThat(placeholder).as("what {%s} after /%s/ stands for in %s (add it to PLACEHOLDER_BY_SEGMENT)",
                    m.group(2), m.group(1), template).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "/{" + placeholder + "}"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The secret of a body feed of alliance A, issued by its manager on the schedule page. */
    private static String feedOf(AccessFixture fixture) {
        Browser manager = fixture.browser(Role.MANAGER_A);
        Document schedule = manager.get("/bodies/" + fixture.body + "/schedule");
        Response issued = manager.submit(schedule, "form[aria-label=New feed address]", Map.of());
        assertThat(issued.statusCode()).isEqualTo(200);
        String url = Browser.parse(issued).getElementById("feed-url").attr("value");
        return url.replaceFirst("^.*/feeds/", "").replaceFirst("\\.ics$", "");
    }

    /** The checksum of every table a request could write, by table name. */
    private Map<String, String> checksums() throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                    + "DATABASE() AND table_name NOT LIKE 'QRTZ%' AND table_name NOT IN (" + NOT_REQUEST_TABLES
                    + ") ORDER BY table_name")) {
                while (r.next()) {
                    tables.add("`" + r.getString(1) + "`");
                }
            }
            try (ResultSet r = s.executeQuery("CHECKSUM TABLE " + String.join(", ", tables) + " EXTENDED")) {
                while (r.next()) {
                    sums.put(r.getString(1), r.getString(2));
                }
            }
        }
        return sums;
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(t -> !after.get(t).equals(before.get(t))).toList();
    }
}
