package org.entente.calendar;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.fortuna.ical4j.model.component.VEvent;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class FeedTest {

    private final Browser browser = new Browser();

    /** Presses "New feed address" on {@code page} and returns the feed's path as the page shows it once. */
    private String issue(String page) {
        Document doc = browser.get(page);
        assertThat(doc.getElementById("feed-status").text()).isNotBlank();
        assertThat(doc.selectFirst("form[aria-label=New feed address]").attr("data-confirm")).isNotBlank();
        Response r = browser.submit(doc, "form[aria-label=New feed address]", Map.of());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        Document shown = Browser.parse(r);
        String url = shown.getElementById("feed-url").attr("value");
        assertThat(shown.getElementById("copy-feed").attr("data-copy")).isEqualTo(url);
        assertThat(shown.getElementById("feed-webcal").attr("href")).isEqualTo(url.replaceFirst("^http://", "webcal://"));
        String secret = url.replaceFirst("^.*/feeds/", "").replaceFirst("\\.ics$", "");
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        return "/feeds/" + secret + ".ics";
    }

    @Test
    void aBodyFeedAnswersWithCachingHeadersAndNotModified() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long body = CalendarDownloadTest.plannedBody(a, "Steering committee");
        String feed = issue("/bodies/" + body + "/schedule");

        Response first = given().get(feed);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.contentType()).isEqualToIgnoringCase("text/calendar; charset=utf-8");
        assertThat(first.header("Cache-Control")).isEqualTo("private, max-age=300");
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");
        assertThat(Ics.events(Ics.parse(first.asString()))).hasSize(24);

        given().header("If-None-Match", etag).get(feed).then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", "\"something-else\"").get(feed).then().statusCode(200);
    }

    @Test
    void wrongReplacedAndRevokedSecretsAreNotFound() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long body = CalendarDownloadTest.plannedBody(a, "Steering committee");
        given().get("/feeds/not-a-secret.ics").then().statusCode(404);

        String old = issue("/bodies/" + body + "/schedule");
        String fresh = issue("/bodies/" + body + "/schedule");
        assertThat(fresh).isNotEqualTo(old);
        given().get(old).then().statusCode(404);
        given().get(fresh).then().statusCode(200);

        Document schedule = browser.get("/bodies/" + body + "/schedule");
        assertThat(schedule.getElementById("feed-status").text()).startsWith("A feed address is active, issued");
        Response revoked = browser.submit(schedule, "form[aria-label=Revoke feed address]", Map.of());
        assertThat(browser.follow(revoked).select("[role=status], .flash").text()).contains("revoked");
        given().get(fresh).then().statusCode(404);
        assertThat(browser.get("/bodies/" + body + "/schedule").getElementById("feed-status").text())
                .isEqualTo("No feed address yet.");
    }

    @Test
    void aPersonsFeedHoldsOnlyTheBodiesTheySitOn() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long steering = CalendarDownloadTest.plannedBody(a, "Steering committee");
        Map<String, Object> json = new HashMap<>(TestData.bodyJson(a, TestData.unique("Working group")));
        json.put("memberIds", List.of(a.ourPeople().get(1), a.theirPeople().get(1)));
        json.put("chairId", a.ourPeople().get(1));
        long group = TestData.create("/api/alliances/" + a.id() + "/bodies", json);
        CalendarDownloadTest.acceptPlan(group);

        String feed = issue("/people/" + a.theirPeople().get(0) + "/meetings");
        List<VEvent> events = Ics.events(Ics.parse(given().get(feed).then().statusCode(200).extract().asString()));

        assertThat(events).hasSize(24).allSatisfy(e -> assertThat(Ics.text(e, "UID")).startsWith("body-" + steering + "-"));
    }
}
