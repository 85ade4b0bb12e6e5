package org.entente.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * Accepting saves exactly the plan that was previewed: when something the plan depends on changed in between (here
 * a blackout over one meeting's date, which changes neither the body nor the plan version), the acceptance is
 * refused with 409, the new preview and what differs, and nothing is saved.
 */
@QuarkusTest
class PlanAcceptDigestTest {

    private final Browser browser = new Browser();

    @Test
    void aBlackoutAddedAfterThePreviewIsShownOnThePageAndTheNewPreviewCanBeAccepted() {
        PlanFixtures.Body b = PlanFixtures.body();
        Document preview = browser.get("/bodies/" + b.id() + "/plan/preview");
        assertThat(preview.selectFirst("input[name=digest]").attr("value")).startsWith("1.");
        assertThat(preview.getElementById("plan-changed")).isNull();
        blackOutMeeting(b, 3);

        Response refused = browser.submit(preview, "form[action=/bodies/" + b.id() + "/plan]", Map.of());

        assertThat(refused.statusCode()).isEqualTo(409);
        Document shown = Browser.parse(refused);
        assertThat(shown.getElementById("plan-changed-title").text())
                .isEqualTo("The plan changed since you opened the preview");
        assertThat(shown.select("ul[aria-label=What changed] li").eachText())
                .singleElement().asString().startsWith("Meeting 3 is now ");
        assertThat(PlanFixtures.plan(b.id()).getList("meetings")).as("nothing saved").isEmpty();

        Response accepted = browser.submit(shown, "form[action=/bodies/" + b.id() + "/plan]", Map.of());
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(browser.follow(accepted).selectFirst("#flash").text()).isEqualTo("Plan version 1 accepted.");
        assertThat(PlanFixtures.plan(b.id()).getInt("planVersion")).isEqualTo(1);
    }

    @Test
    void theApiAnswersTheDifferencesAndTheNewPreviewAndAcceptsTheNewDigest() {
        PlanFixtures.Body b = PlanFixtures.body();
        JsonPath preview = PlanFixtures.preview(b.id());
        String digest = preview.getString("digest");
        OffsetDateTime third = OffsetDateTime.parse((String) PlanFixtures.meeting(preview, 3).get("start"));
        blackOutMeeting(b, 3);

        JsonPath refused = given().contentType(ContentType.JSON).body(accept(preview, digest))
                .post("/api/bodies/" + b.id() + "/plan").then().statusCode(409)
                .contentType("application/problem+json").extract().jsonPath();

        assertThat(refused.getString("title")).isEqualTo("Plan changed");
        assertThat(refused.getList("differences.sequence", Integer.class)).containsExactly(3);
        assertThat(refused.getString("differences[0].change")).isEqualTo("CHANGED");
        OffsetDateTime moved = OffsetDateTime.parse(refused.getString("differences[0].meeting.start"));
        assertThat(moved.toLocalDate()).isNotEqualTo(third.toLocalDate());
        String newDigest = refused.getString("preview.digest");
        assertThat(newDigest).isNotEqualTo(digest).isEqualTo(PlanFixtures.preview(b.id()).getString("digest"));
        assertThat(PlanFixtures.plan(b.id()).getList("meetings")).as("nothing saved").isEmpty();

        given().contentType(ContentType.JSON).body(accept(preview, newDigest)).post("/api/bodies/" + b.id() + "/plan")
                .then().statusCode(201);
        assertThat(PlanFixtures.plan(b.id()).getString("meetings.find { it.sequence == 3 }.start"))
                .isEqualTo(refused.getString("differences[0].meeting.start"));
    }

    @Test
    void theSamePreviewTwiceHasTheSameDigestAndAForeignDigestIsAnInputError() {
        PlanFixtures.Body b = PlanFixtures.body();
        JsonPath preview = PlanFixtures.preview(b.id());
        assertThat(PlanFixtures.preview(b.id()).getString("digest")).isEqualTo(preview.getString("digest"));

        given().contentType(ContentType.JSON).body(accept(preview, "not-a-digest"))
                .post("/api/bodies/" + b.id() + "/plan").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(PlanFixtures.plan(b.id()).getList("meetings")).isEmpty();
    }

    private static Map<String, Object> accept(JsonPath preview, String digest) {
        return Map.of("basePlanVersion", preview.getInt("basePlanVersion"), "bodyVersion",
                preview.getLong("bodyVersion"), "digest", digest);
    }

    /** A blackout of the alliance over the day of the meeting with this sequence number in the preview. */
    private static void blackOutMeeting(PlanFixtures.Body b, int sequence) {
        String day = OffsetDateTime.parse((String) PlanFixtures.meeting(PlanFixtures.preview(b.id()), sequence)
                .get("start")).toLocalDate().toString();
        given().contentType(ContentType.JSON).body(Map.of("from", day, "to", day, "name", "Board retreat"))
                .post("/api/alliances/" + b.alliance().id() + "/blackouts").then().statusCode(201);
    }
}
