package org.entente.calendar;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issuing a feed address from the schedule page: the answer is a working page (its forms carry the CSRF token, so
 * logging out from it works) and the address is built from ENTENTE_BASE_URL, whatever Host the request named.
 */
@QuarkusTest
class FeedIssueFlowTest {

    @Test
    void theIssuedPageWorksAndItsAddressIgnoresAForgedHost() {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        long body = CalendarDownloadTest.plannedBody(a, "Feed issue flow");
        Browser browser = new Browser();
        Document schedule = browser.get("/bodies/" + body + "/schedule");
        String token = schedule.selectFirst("form[aria-label=New feed address] input[name=csrf-token]").val();

        Response issued = RestAssured.given().redirects().follow(false).header("Host", "evil.example")
                .cookie("entente-session", browser.cookie("entente-session"))
                .cookie("entente-csrf", browser.cookie("entente-csrf"))
                .formParam("csrf-token", token).post("/bodies/" + body + "/feed");

        assertThat(issued.statusCode()).as(issued.asString()).isEqualTo(200);
        assertThat(issued.header("Cache-Control")).isEqualTo("no-store");
        Document page = Browser.parse(issued);
        assertThat(page.getElementById("feed-url").val()).startsWith("http://localhost:8080/feeds/").doesNotContain("evil");
        String logoutToken = page.selectFirst("form[action=/logout] input[name=csrf-token]").val();
        assertThat(logoutToken).as("the page's forms carry the token").isEqualTo(browser.cookie("entente-csrf"));
        Response back = browser.raw("/bodies/" + body + "/schedule");
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(Browser.parse(back).getElementById("feed-status").text()).contains("active");
    }
}
