package org.entente.alliance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class PeoplePagesTest {

    private static final String FORM = "form[aria-label=Person]";

    private final Browser browser = new Browser();

    @Test
    void aPersonIsAddedWithTitleStanceAndNotes() {
        long alliance = TestData.alliance();
        long partner = TestData.partner(alliance, "Acme");
        Document form = browser.get(browser.get("/alliances/" + alliance).selectFirst("#add-person-" + partner).attr("href"));
        assertThat(form.selectFirst("#stance option[selected]").attr("value")).isEqualTo("UNKNOWN");

        Document shown = browser.follow(browser.submit(form, FORM, Map.of("name", "Eva Acme",
                "email", "eva@acme.example", "title", "VP Partnerships", "roles", "Executive sponsor",
                "stance", "SKEPTIC", "notes", "Sailing")));

        assertThat(shown.selectFirst("#flash").text()).isEqualTo("Eva Acme added to Acme.");
        Elements cells = shown.select("table[aria-label=People of Acme] tbody tr td");
        assertThat(cells.eachText()).containsExactly("Eva Acme Executive sponsor", "VP Partnerships", "Skeptic",
                "eva@acme.example", "Meetings Edit Delete");
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
    @CsvSource({
            "name, '', Name is required",
            "email, '', Email is required",
            "email, eva-at-acme, Enter a valid email address",
            "stance, VILLAIN, Choose one of the offered values"})
    void anInvalidFieldIsMarkedAndTheRestIsKept(String field, String value, String message) {
        long partner = TestData.partner(TestData.alliance(), "Acme");
        Document form = browser.get("/partners/" + partner + "/people/new");

        Map<String, String> typed = new HashMap<>(Map.of("name", "Eva Acme", "email", "eva@acme.example",
                "title", "Kept title"));
        typed.put(field, value);
        Response r = browser.submit(form, FORM, typed);

        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Browser.parse(r);
        assertThat(page.selectFirst("#" + field + "-help").text()).isEqualTo(message);
        assertThat(page.selectFirst("#" + field).attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#title").attr("value")).isEqualTo("Kept title");
        assertThat(page.selectFirst("#form-errors")).isNotNull();
    }

    @Test
    void aSecondPersonWithTheSameEmailIsRefusedWithAMessageAtTheEmailField() {
        long partner = TestData.partner(TestData.alliance(), "Acme");
        TestData.create("/api/partners/" + partner + "/people", Map.of("name", "Eva", "email", "eva@acme.example"));
        Document form = browser.get("/partners/" + partner + "/people/new");

        Response r = browser.submit(form, FORM, Map.of("name", "Eve", "email", "Eva@Acme.example"));

        assertThat(r.statusCode()).isEqualTo(409);
        Document page = Browser.parse(r);
        assertThat(page.selectFirst("#email-help").text()).isEqualTo("This partner already has a person with this email");
        assertThat(page.selectFirst("#email").attr("value")).isEqualTo("Eva@Acme.example");
    }

    @Test
    void aPersonIsEdited() {
        long alliance = TestData.alliance();
        long partner = TestData.partner(alliance, "Acme");
        TestData.person(partner, "Eva Acme");
        Document form = browser.get(browser.get("/alliances/" + alliance)
                .selectFirst("a[aria-label=Edit Eva Acme]").attr("href"));

        Document shown = browser.follow(browser.submit(form, FORM, Map.of("stance", "TRAILBLAZER")));

        assertThat(shown.selectFirst("#flash").text()).isEqualTo("Eva Acme saved.");
        assertThat(shown.select("table[aria-label=People of Acme] .badge").eachText()).containsExactly("Trailblazer");
    }

    @Test
    void aStaleEditIsRefusedWith409AndKeepsTheInput() {
        long person = TestData.person(TestData.partner(TestData.alliance(), "Acme"), "Eva Acme");
        Document first = browser.get("/people/" + person + "/edit");
        Document second = browser.get("/people/" + person + "/edit");
        browser.follow(browser.submit(first, FORM, Map.of("title", "First")));

        Response stale = browser.submit(second, FORM, Map.of("title", "Second"));

        assertThat(stale.statusCode()).isEqualTo(409);
        Document page = Browser.parse(stale);
        assertThat(page.selectFirst("#conflict").text()).contains("changed by someone else");
        assertThat(page.selectFirst("#title").attr("value")).isEqualTo("Second");
    }

    @Test
    void deletingAPersonAsksFirstThenRemovesThem() {
        long alliance = TestData.alliance();
        long partner = TestData.partner(alliance, "Acme");
        long person = TestData.person(partner, "Eva Acme");
        Document confirm = browser.get(browser.get("/alliances/" + alliance)
                .selectFirst("a[aria-label=Delete Eva Acme]").attr("href"));
        assertThat(confirm.selectFirst("#confirm-title").text()).isEqualTo("Delete Eva Acme?");
        assertThat(confirm.select("article p").first().text()).contains("leaves every governance body");

        Document shown = browser.follow(browser.submit(confirm, "form[action=/people/" + person + "/delete]", Map.of()));

        assertThat(shown.selectFirst("#flash").text()).isEqualTo("Eva Acme deleted.");
        assertThat(shown.select("table[aria-label=People of Acme]")).isEmpty();
        assertThat(browser.raw("/people/" + person + "/edit").statusCode()).isEqualTo(404);
    }
}
