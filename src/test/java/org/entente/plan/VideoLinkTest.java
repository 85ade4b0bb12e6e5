package org.entente.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * A meeting's video link is saved only when it is an absolute http(s) address with a host and nothing that breaks
 * out of an attribute or a calendar line; the API names the field, the form keeps what was typed, and the body's
 * calendar keeps answering.
 */
@QuarkusTest
class VideoLinkTest {

    static final String[] BAD = {"https://ok.example/x'><b>", "javascript:alert(1)", "https://", "https:///path",
            "http://ok.example/a b", "https://ok.example/\"onmouseover=x", "ftp://ok.example/file", "//ok.example/x",
            "https://ok.example/x\r\nX-Injected: 1", "https://ok.example/\u202Egnp"};

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void theApiRefusesALinkThatIsNoWebAddressNamingTheField(int which) {
        long[] ids = plannedBody();
        Map<String, Object> meeting = given().get("/api/bodies/" + ids[1] + "/plan").jsonPath().getMap("meetings[0]");

        Response r = given().contentType(ContentType.JSON).body(edit(meeting, BAD[which])).put("/api/meetings/" + meeting.get("id"));

        assertThat(r.statusCode()).as("%s: %s", BAD[which], r.asString()).isEqualTo(400);
        assertThat(r.jsonPath().getList("errors.field", String.class)).containsExactly("videoLink");
        assertThat(given().get("/api/meetings/" + meeting.get("id")).jsonPath().getString("videoLink")).isNull();
        given().get("/bodies/" + ids[1] + "/calendar.ics").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://meet.example/abc-defg-hij", "http://video.example:8443/room/7?pwd=x%27y#top",
            "HTTPS://Teams.Example/l/meetup-join/19%3ameeting%40thread.v2/0?context=%7b%22Tid%22%7d"})
    void aWebAddressIsSavedAndBecomesTheEventsLink(String link) {
        long[] ids = plannedBody();
        Map<String, Object> meeting = given().get("/api/bodies/" + ids[1] + "/plan").jsonPath().getMap("meetings[0]");

        given().contentType(ContentType.JSON).body(edit(meeting, link)).put("/api/meetings/" + meeting.get("id"))
                .then().statusCode(200);

        assertThat(given().get("/api/meetings/" + meeting.get("id")).jsonPath().getString("videoLink")).isEqualTo(link);
        assertThat(given().get("/bodies/" + ids[1] + "/calendar.ics").then().statusCode(200).extract().asString()
                .replace("\r\n ", "")).contains("URL:" + link);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4})
    void theFormShowsTheMessageNextToTheFieldAndKeepsTheInput(int which) {
        long[] ids = plannedBody();
        long meeting = given().get("/api/bodies/" + ids[1] + "/plan").jsonPath().getLong("meetings[0].id");
        Browser browser = new Browser();
        Document form = browser.get("/meetings/" + meeting + "/edit");

        Response r = browser.submit(form, "form[aria-label=Meeting]", Map.of("videoLink", BAD[which]));

        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Browser.parse(r);
        assertThat(page.selectFirst("#videoLink-help").text()).contains("web address starting with https://");
        assertThat(page.selectFirst("#videoLink").val()).isEqualTo(BAD[which]);
        assertThat(page.select("b")).isEmpty();
    }

    private static long[] plannedBody() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long body = TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, TestData.unique("Board")));
        given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + body + "/plan").then().statusCode(201);
        return new long[]{a.id(), body};
    }

    private static Map<String, Object> edit(Map<String, Object> meeting, String link) {
        Map<String, Object> edit = new HashMap<>();
        for (String key : List.of("date", "time", "mode", "officeId", "status", "version")) {
            edit.put(key, meeting.get(key));
        }
        edit.put("videoLink", link);
        return edit;
    }
}
