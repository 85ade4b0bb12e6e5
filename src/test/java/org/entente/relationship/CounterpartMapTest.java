package org.entente.relationship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The counterpart map: who on our side pairs with whom on the partner side, layer by layer. */
@QuarkusTest
class CounterpartMapTest {

    private final Browser browser = new Browser();

    /**
     * Steering: Olga (ours) with Dora and Sam. Operating: Oscar (ours) with Sam and Tara. Dora is owned by Olga,
     * Sam by Oscar, Tara by nobody; Sam sits in both layers.
     */
    record Map2(long alliance, long steering, long operating, long olga, long oscar, long dora, long sam, long tara) {
    }

    static Map2 twoLayers() {
        long alliance = TestData.alliance();
        long ours = RelationshipFixtures.ourPartner(alliance);
        long theirs = TestData.partner(alliance, "Partner");
        long olga = KeepInTouchPagesTest.person(ours, "Olga Ours", "UNKNOWN");
        long oscar = KeepInTouchPagesTest.person(ours, "Oscar Ours", "UNKNOWN");
        long dora = KeepInTouchPagesTest.person(theirs, "Dora Decider", "DECISION_MAKER");
        long sam = KeepInTouchPagesTest.person(theirs, "Sam Skeptic", "SKEPTIC");
        long tara = KeepInTouchPagesTest.person(theirs, "Tara Trailblazer", "TRAILBLAZER");
        // created operating first: the map orders layers by kind, not by creation
        long operating = RelationshipFixtures.body(alliance, "OPERATING_COMMITTEE", ours, theirs, oscar, List.of(oscar, sam, tara));
        long steering = RelationshipFixtures.body(alliance, "STEERING_COMMITTEE", ours, theirs, olga, List.of(olga, dora, sam));
        own(dora, olga);
        own(sam, oscar);
        return new Map2(alliance, steering, operating, olga, oscar, dora, sam, tara);
    }

    static void own(long person, long owner) {
        given().contentType(ContentType.JSON).body(Map.of("ownerId", owner, "version", 0))
                .put("/api/people/" + person + "/keep-in-touch").then().statusCode(200);
    }

    static Element pair(Document page, long layer, String name) {
        Element row = page.selectFirst("#layer-" + layer + " tr[aria-label=" + name + "]");
        assertThat(row).as("%s in layer %s", name, layer).isNotNull();
        return row;
    }

    @Test
    void eachLayerPairsThePartnerSideWithTheirOwnerAndFlagsPeopleInSeveralLayers() {
        Map2 m = twoLayers();

        Document page = browser.get(browser.get("/alliances/" + m.alliance()).selectFirst("#counterparts").attr("href"));

        assertThat(page.select("section.layer").eachAttr("id"))
                .containsExactly("layer-" + m.steering(), "layer-" + m.operating());
        assertThat(page.select("#layer-" + m.steering() + " tbody tr").eachAttr("aria-label"))
                .containsExactly("Dora Decider", "Sam Skeptic");
        assertThat(pair(page, m.steering(), "Dora Decider").selectFirst(".counterpart .name").text()).isEqualTo("Olga Ours");
        assertThat(pair(page, m.steering(), "Dora Decider").select(".counterpart button")).as("paired").isEmpty();
        Element samInSteering = pair(page, m.steering(), "Sam Skeptic");
        assertThat(samInSteering.selectFirst(".counterpart .name").text()).isEqualTo("Oscar Ours");
        assertThat(samInSteering.selectFirst(".counterpart .badge.owner-not-in-layer").text()).isEqualTo("Owner not in this layer");
        assertThat(samInSteering.selectFirst(".theirs .badge.several").text()).isEqualTo("2 layers");
        assertThat(pair(page, m.operating(), "Sam Skeptic").select(".badge.owner-not-in-layer")).isEmpty();
        Element tara = pair(page, m.operating(), "Tara Trailblazer");
        assertThat(tara.selectFirst(".badge.no-counterpart").text()).isEqualTo("No counterpart yet");
        assertThat(tara.select(".counterpart button").eachText()).containsExactly("Pair with Oscar Ours");
        assertThat(page.select("ul[aria-label=In more than one layer] li strong").eachText()).containsExactly("Sam Skeptic");
        assertThat(page.selectFirst("#several-" + m.sam()).text()).matches("Sam Skeptic Partner 2 layers Steering [^,]+, Operating .+");
    }

    @Test
    void pairingInPlaceMakesOurPersonTheOwnerAndReturnsToTheLayer() {
        Map2 m = twoLayers();
        Document page = browser.get("/alliances/" + m.alliance() + "/counterparts");

        var redirect = browser.submit(page, "form[aria-label=Pair Tara Trailblazer with Oscar Ours]", Map.of());

        assertThat(redirect.header("Location")).endsWith("/alliances/" + m.alliance() + "/counterparts#layer-" + m.operating());
        Document after = browser.follow(redirect);
        assertThat(after.selectFirst("#flash").text()).isEqualTo("Tara Trailblazer is paired with Oscar Ours.");
        assertThat(pair(after, m.operating(), "Tara Trailblazer").selectFirst(".counterpart .name").text())
                .isEqualTo("Oscar Ours");
        assertThat(after.selectFirst("#layer-" + m.operating() + " .our-unpaired")).as("Oscar pairs with both").isNull();
        var stale = browser.submit(page, "form[aria-label=Pair Tara Trailblazer with Oscar Ours]", Map.of());
        assertThat(stale.statusCode()).as("the same form twice").isEqualTo(409);
        assertThat(Browser.parse(stale).selectFirst("#conflict").text()).contains("changed by someone else");
    }

    @Test
    void theJsonMapCarriesLayersPairsAndPeopleInSeveralLayers() {
        Map2 m = twoLayers();

        JsonPath map = given().get("/api/alliances/" + m.alliance() + "/counterparts").then().statusCode(200)
                .extract().jsonPath();

        assertThat(map.getList("layers.kind")).containsExactly("Steering committee", "Operating committee");
        assertThat(map.getList("layers[0].pairs.theirs.name")).containsExactly("Dora Decider", "Sam Skeptic");
        assertThat(map.getList("layers[0].pairs.match")).containsExactly("PAIRED", "OWNER_NOT_IN_LAYER");
        assertThat(map.getList("layers[1].pairs.match")).containsExactly("PAIRED", "NO_COUNTERPART");
        assertThat(map.getList("layers[1].pairs[1].candidates.name")).containsExactly("Oscar Ours");
        assertThat(map.getList("inSeveralLayers.name")).containsExactly("Sam Skeptic");
        assertThat(map.getList("inSeveralLayers[0].layers")).hasSize(2);
        given().get("/api/alliances/999999999/counterparts").then().statusCode(404);
    }

    @Test
    void anAllianceWithoutBodiesOrWithoutOurSideSaysSo() {
        long bare = TestData.alliance();
        Document empty = browser.get("/alliances/" + bare + "/counterparts");
        assertThat(empty.selectFirst("#no-layers").text()).startsWith("No governance bodies yet.");

        long alliance = TestData.alliance();
        long a = TestData.partner(alliance, "A");
        long b = TestData.partner(alliance, "B");
        long ann = TestData.person(a, "Ann A");
        RelationshipFixtures.body(alliance, "STEERING_COMMITTEE", a, b, ann, List.of(ann));
        Document noOurs = browser.get("/alliances/" + alliance + "/counterparts");
        assertThat(noOurs.selectFirst("#no-our-side")).isNotNull();
        assertThat(noOurs.selectFirst("section.layer .no-ours").text()).isEqualTo("Nobody from our side sits on this body.");
    }
}
