package org.entente.example;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.entente.web.Browser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ExampleAllianceTest {

    private static final String NAME = "Tulip Systems & Lone Star Analytics";

    private final Browser browser = new Browser();

    @Test
    void theExampleHasTwoPartnersWithOfficesInAmsterdamAndAustin() {
        JsonPath alliance = given().get("/api/alliances/" + load()).then().statusCode(200).extract().jsonPath();

        assertThat(alliance.getString("name")).startsWith(NAME);
        assertThat(alliance.getList("partners.name")).containsExactly("Tulip Systems", "Lone Star Analytics");
        assertThat(alliance.getList("partners.ours")).containsExactly(true, false);
        assertThat(alliance.getMap("partners[0].offices[0]")).containsEntry("city", "Amsterdam")
                .containsEntry("country", "NL").containsEntry("subdivision", null)
                .containsEntry("timeZone", "Europe/Amsterdam").containsEntry("defaultVenue", true);
        assertThat(alliance.getMap("partners[1].offices[0]")).containsEntry("city", "Austin")
                .containsEntry("country", "US").containsEntry("subdivision", "TX")
                .containsEntry("timeZone", "America/Chicago").containsEntry("defaultVenue", true);
    }

    @Test
    void theExampleHasFivePeoplePerSideWithStances() {
        JsonPath alliance = given().get("/api/alliances/" + load()).jsonPath();

        for (int side = 0; side < 2; side++) {
            assertThat(alliance.getList("partners[" + side + "].people")).hasSize(5);
            assertThat(alliance.getList("partners[" + side + "].people.email", String.class))
                    .allMatch(e -> e.matches("[a-z.]+@[a-z]+\\.example"));
        }
        assertThat(alliance.getList("partners[0].people.stance", String.class))
                .containsExactlyInAnyOrder("DECISION_MAKER", "TRAILBLAZER", "SKEPTIC", "UNKNOWN", "TRAILBLAZER");
        assertThat(alliance.getList("partners[1].people.stance", String.class))
                .containsExactlyInAnyOrder("DECISION_MAKER", "TRAILBLAZER", "SKEPTIC", "UNKNOWN", "DECISION_MAKER");
    }

    @Test
    void theExampleHasASteeringCommitteeEverySixWeeksAndAMonthlyOperatingCommittee() {
        long id = load();
        JsonPath alliance = given().get("/api/alliances/" + id).jsonPath();
        long tulip = alliance.getLong("partners[0].id");

        JsonPath bodies = given().get("/api/alliances/" + id + "/bodies").then().statusCode(200).extract().jsonPath();

        assertThat(bodies.getList("name")).containsExactlyInAnyOrder("Steering committee", "Operating committee");
        String steering = "find { it.name == 'Steering committee' }";
        String operating = "find { it.name == 'Operating committee' }";
        assertThat(bodies.getMap(steering + ".cadence")).containsEntry("every", 6).containsEntry("unit", "WEEKS");
        assertThat(bodies.getList(steering + ".memberIds")).hasSize(6);
        assertThat(bodies.getLong(steering + ".policy.launchHostPartnerId")).isEqualTo(tulip);
        assertThat(bodies.getDouble(steering + ".policy.inPersonShare")).isEqualTo(0.5);
        assertThat(bodies.getMap(operating + ".cadence")).containsEntry("every", 1).containsEntry("unit", "MONTHS")
                .containsEntry("weekday", "TUESDAY").containsEntry("weekOfMonth", 2);
        assertThat(bodies.getList(operating + ".memberIds")).hasSize(8);
        assertThat(bodies.getString(steering + ".cadence.firstDate")).isEqualTo(alliance.getString("launchDate"));
    }

    @Test
    void loadingTwiceGivesASecondCopyWithANumberedName() {
        String first = given().get("/api/alliances/" + load()).jsonPath().getString("name");
        String second = given().get("/api/alliances/" + load()).jsonPath().getString("name");

        assertThat(second).isNotEqualTo(first).matches(java.util.regex.Pattern.quote(NAME) + " \\(\\d+\\)");
    }

    @Test
    void theFormOnTheAlliancesPageLoadsTheExampleAndOpensIt() {
        Document form = emptyStateForm();

        Response loaded = browser.submit(form, "form[action=/example]", Map.of());

        Document shown = browser.follow(loaded);
        assertThat(shown.selectFirst("#flash").text()).startsWith("Example alliance “" + NAME).endsWith(
                "loaded. Open a governance body to see its cadence.");
        assertThat(shown.select("article.partner h3").eachText()).containsExactly("Tulip Systems ours",
                "Lone Star Analytics");
        assertThat(shown.select("table[aria-label=Governance bodies] td:nth-child(3)").eachText())
                .containsExactlyInAnyOrder("every 6 weeks", "monthly, 2nd Tuesday");
    }

    /**
     * The form of the empty state of /alliances, as that page renders it; other tests may already have made
     * alliances, so its markup is rebuilt around this browser's CSRF field.
     */
    private Document emptyStateForm() {
        Document page = browser.get("/alliances/new");
        String csrf = page.selectFirst("form input[type=hidden]").outerHtml();
        return Jsoup.parse("<form method=\"post\" action=\"/example\">" + csrf
                + "<button type=\"submit\" id=\"load-example\">Load the example alliance</button></form>");
    }

    /** Sent as JSON: the CSRF filter refuses a POST without any body and content type ("Request has no entity"). */
    private static long load() {
        Response r = given().contentType(ContentType.JSON).body("{}").post("/api/example");
        assertThat(r.statusCode()).isEqualTo(201);
        long id = r.jsonPath().getLong("id");
        assertThat(r.header("Location")).endsWith("/api/alliances/" + id);
        return id;
    }
}
