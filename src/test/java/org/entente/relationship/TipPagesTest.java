package org.entente.relationship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class TipPagesTest {

    private final Browser browser = new Browser();

    @Test
    void theLibraryIsSeededAndATipIsAddedForAStance() {
        Document page = browser.get("/tips");
        assertThat(page.select("table[aria-label=Tips] tbody tr").size()).isGreaterThanOrEqualTo(25);
        assertThat(page.select("table[aria-label=Tips] td.text").eachText())
                .contains("Open the video call ten minutes early and chat with whoever joins first.");
        String text = TestData.unique("Ask about their favourite lunch place");

        Document added = browser.follow(browser.submit(page, "form[aria-label=New tip]",
                Map.of("text", text, "stance", "SKEPTIC")));

        assertThat(added.selectFirst("#flash").text()).isEqualTo("Tip added.");
        assertThat(added.select("table[aria-label=Tips] tr").stream()
                .filter(r -> r.select(".text").text().equals(text)).findFirst().orElseThrow()
                .selectFirst(".stance").text()).isEqualTo("Skeptic");
    }

    @Test
    void aBlankTipIsRefusedAndAStaleEditIsAConflict() {
        Response blank = browser.submit(browser.get("/tips"), "form[aria-label=New tip]", Map.of("text", " "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(Browser.parse(blank).selectFirst("#text-help").text()).isEqualTo("Text is required");

        long id = TestData.create("/api/tips", Map.of("text", TestData.unique("Share a playlist")));
        Document first = browser.get("/tips/" + id + "/edit");
        Document second = browser.get("/tips/" + id + "/edit");
        browser.follow(browser.submit(first, "form[aria-label=Tip]", Map.of("text", "Share a playlist you like")));

        Response stale = browser.submit(second, "form[aria-label=Tip]", Map.of("text", "Second edit"));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Browser.parse(stale).selectFirst("#text").attr("value")).isEqualTo("Second edit");
    }
}
