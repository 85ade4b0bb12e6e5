package org.entente.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class IcebreakerPagesTest {

    private final Browser browser = new Browser();
    private final List<Long> added = new ArrayList<>();

    /** Questions a test adds are deactivated afterwards, so that plans made by other tests do not get them. */
    @AfterEach
    void deactivateWhatWasAdded() {
        added.forEach(IcebreakerApiTest::deactivate);
    }

    private Element add(String question) {
        Document page = browser.get("/icebreakers");
        Document after = browser.follow(browser.submit(page, "form[aria-label=New ice-breaker]",
                Map.of("question", question)));
        assertThat(after.selectFirst("#flash").text()).isEqualTo("Question added to the library.");
        Element row = after.select("table[aria-label=Ice-breaker questions] tr").stream()
                .filter(r -> r.select("td.question").text().equals(question)).findFirst().orElseThrow();
        added.add(Long.valueOf(row.id().replace("icebreaker-", "")));
        return row;
    }

    @Test
    void theLibraryIsInTheMainNavigationAndListsTheShippedQuestions() {
        Document page = browser.get("/alliances");
        Element link = page.selectFirst("nav[aria-label=Main] a[href=/icebreakers]");
        assertThat(link.text()).isEqualTo("Ice-breakers");

        Document library = browser.get("/icebreakers");

        assertThat(library.selectFirst("nav[aria-label=Main] a[href=/icebreakers]").attr("aria-current")).isEqualTo("page");
        assertThat(library.select("table[aria-label=Ice-breaker questions] td.question").eachText())
                .hasSizeGreaterThanOrEqualTo(32).contains("Where are you working from today?");
    }

    @Test
    void anAddedQuestionIsListedAsActive() {
        String question = TestData.unique("What made you smile") + "?";

        Element row = add(question);

        assertThat(row.selectFirst("td.state").text()).isEqualTo("active");
    }

    @Test
    void aDuplicateQuestionIsRefusedWithTheErrorNextToTheFieldAndTheTextKept() {
        Document page = browser.get("/icebreakers");

        Response r = browser.submit(page, "form[aria-label=New ice-breaker]",
                Map.of("question", "what was your FIRST job?"));

        assertThat(r.statusCode()).isEqualTo(409);
        Document shown = Browser.parse(r);
        assertThat(shown.selectFirst("#question-help").text()).isEqualTo("The library already has this question");
        assertThat(shown.selectFirst("#question").attr("value")).isEqualTo("what was your FIRST job?");
    }

    @Test
    void aBlankOrTooLongQuestionIsRefusedWith400() {
        Document page = browser.get("/icebreakers");

        Response blank = browser.submit(page, "form[aria-label=New ice-breaker]", Map.of("question", " "));
        Response tooLong = browser.submit(page, "form[aria-label=New ice-breaker]", Map.of("question", "x".repeat(301)));

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(Browser.parse(blank).selectFirst("#question-help").text()).isEqualTo("Question is required");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(Browser.parse(tooLong).selectFirst("#question-help").text())
                .isEqualTo("Question is at most 300 characters");
    }

    @Test
    void aQuestionIsDeactivatedAndReactivated() {
        Element row = add(TestData.unique("Which city") + "?");
        long id = added.get(0);
        Document page = browser.get("/icebreakers");

        Document off = browser.follow(browser.submit(page, "form[aria-label=Deactivate question " + id + "]", Map.of()));

        assertThat(off.selectFirst("#flash").text()).isEqualTo("Question deactivated: new plans no longer use it.");
        assertThat(off.selectFirst("#icebreaker-" + id + " td.state").text()).isEqualTo("inactive");
        given().get("/api/icebreakers/" + id).then().statusCode(200).body("active", equalTo(false))
                .body("question", equalTo(row.selectFirst("td.question").text()));

        Document on = browser.follow(browser.submit(off, "form[aria-label=Reactivate question " + id + "]", Map.of()));
        assertThat(on.selectFirst("#icebreaker-" + id + " td.state").text()).isEqualTo("active");
    }

    @Test
    void anEditChangesTheTextAndAStaleEditIsRefusedWith409() {
        add(TestData.unique("Favourite tea") + "?");
        long id = added.get(0);
        Document first = browser.get("/icebreakers/" + id + "/edit");
        Document second = browser.get("/icebreakers/" + id + "/edit");
        String changed = TestData.unique("Favourite coffee") + "?";

        Document saved = browser.follow(browser.submit(first, "form[aria-label=Ice-breaker]", Map.of("question", changed)));
        assertThat(saved.selectFirst("#icebreaker-" + id + " td.question").text()).isEqualTo(changed);

        Response stale = browser.submit(second, "form[aria-label=Ice-breaker]", Map.of("question", "Second edit?"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Browser.parse(stale).selectFirst("#conflict").text()).contains("changed by someone else");
        assertThat(Browser.parse(stale).selectFirst("#question").attr("value")).isEqualTo("Second edit?");
    }
}
