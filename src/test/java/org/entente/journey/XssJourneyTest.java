package org.entente.journey;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entente.TestClock;
import org.entente.TestData;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * Names that are HTML are shown as text everywhere, in a real headless Chromium: no dialog opens, no element is
 * made from a name, the name reads as typed; the PDF and the iCalendar file carry it literally too.
 */
@QuarkusTest
class XssJourneyTest extends ChromiumJourney {

    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SCRIPT = "\"><script>alert(2)</script>";

    @TestHTTPResource("/")
    URL root;

    @Test
    void namesMadeOfHtmlAreShownAsTextOnEveryPageAndInThePdfAndTheCalendar() throws Exception {
        Page page = loggedIn(root, new Browser.NewContextOptions());
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        Ids ids = hostileAlliance();

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("alliances", ids.allianceName());
        pages.put("alliances/" + ids.alliance(), SCRIPT + " partner");
        pages.put("bodies/" + ids.body(), ids.bodyName());
        pages.put("bodies/" + ids.body() + "/schedule", ids.bodyName());
        pages.put("alliances/" + ids.alliance() + "/plan", ids.bodyName());
        pages.put("alliances/" + ids.alliance() + "/plan/print", ids.allianceName());
        pages.put("bodies/" + ids.body() + "/plan/print", ids.bodyName());
        pages.put("alliances/" + ids.alliance() + "/keep-in-touch", SCRIPT + " person");
        pages.put("people/" + ids.ours() + "/meetings", IMG + " person");
        pages.put("people/" + ids.theirs() + "/keep-in-touch", IMG + " note");
        pages.put("alliances/" + ids.alliance() + "/launch", SCRIPT + " item");
        pages.put("alliances/" + ids.alliance() + "/days-off", IMG + " blackout");
        pages.put("alliances/" + ids.alliance() + "/access", IMG + " user");
        for (Map.Entry<String, String> visit : pages.entrySet()) {
            page.navigate(root + visit.getKey());
            assertThat(page.locator("img[src=x]").count()).as("img element made from a name on %s", visit.getKey()).isZero();
            assertThat(page.locator("script:not([src])").count()).as("inline script on %s", visit.getKey()).isZero();
            assertThat(page.locator("body").innerText()).as("text of %s", visit.getKey()).contains(visit.getValue());
        }
        page.navigate(root + "bodies/" + ids.body() + "/edit");
        assertThat(page.locator("#name").inputValue()).as("the form keeps the name as typed").isEqualTo(ids.bodyName());
        page.navigate(root + "partners/" + ids.theirPartner() + "/edit");
        assertThat(page.locator("#name").inputValue()).isEqualTo(SCRIPT + " partner");
        assertThat(page.locator("img[src=x]").count() + page.locator("script:not([src])").count()).isZero();
        assertThat(dialogs).as("dialogs opened by a script").isEmpty();

        APIResponse pdf = page.request().get(root + "alliances/" + ids.alliance() + "/plan.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replace("\r", "").replace("\n", " ");
            assertThat(text).contains(ids.allianceName()).contains(ids.bodyName());
        }

        APIResponse ics = page.request().get(root + "bodies/" + ids.body() + "/calendar.ics");
        assertThat(ics.status()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics.body(), StandardCharsets.UTF_8)));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getProperty("SUMMARY").orElseThrow().getValue())
                    .startsWith(ids.allianceName() + " · " + ids.bodyName() + " — ");
            assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue())
                    .contains("Alliance: " + ids.allianceName()).contains("Body: " + ids.bodyName());
        });
    }

    record Ids(long alliance, String allianceName, long body, String bodyName, long ours, long theirs, long theirPartner) {
    }

    /** An alliance whose every name is HTML, with a plan, a launch item, a blackout, an interaction and a user. */
    private static Ids hostileAlliance() {
        String allianceName = IMG + " " + TestData.unique("alliance");
        long alliance = TestData.create("/api/alliances", Map.of("name", allianceName, "status", "FORMING",
                "purpose", SCRIPT + " purpose"));
        long ourPartner = TestData.create("/api/alliances/" + alliance + "/partners", Map.of("name", IMG + " partner", "ours", true));
        long theirPartner = TestData.create("/api/alliances/" + alliance + "/partners", Map.of("name", SCRIPT + " partner", "ours", false));
        TestData.office(ourPartner, "Amsterdam", "NL", "Europe/Amsterdam");
        TestData.office(theirPartner, "Austin", "US", "America/Chicago");
        long ours = TestData.create("/api/partners/" + ourPartner + "/people", Map.of("name", IMG + " person",
                "email", "img" + TestData.unique("").replaceAll("[^0-9a-z]", "") + "@example.com", "stance", "UNKNOWN"));
        long theirs = TestData.create("/api/partners/" + theirPartner + "/people", Map.of("name", SCRIPT + " person",
                "email", "script" + TestData.unique("").replaceAll("[^0-9a-z]", "") + "@example.com", "stance", "SKEPTIC",
                "title", IMG + " title", "notes", SCRIPT + " notes"));
        TestData.Alliance ids = new TestData.Alliance(alliance, ourPartner, theirPartner, List.of(ours), List.of(theirs));
        String bodyName = SCRIPT + " steering";
        long body = TestData.create("/api/alliances/" + alliance + "/bodies", TestData.bodyJson(ids, bodyName));
        given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + body + "/plan").then().statusCode(201);
        TestData.create("/api/alliances/" + alliance + "/launch/items", Map.of("title", SCRIPT + " item"));
        TestData.create("/api/alliances/" + alliance + "/blackouts", Map.of("from", "2027-08-01", "to", "2027-08-14",
                "name", IMG + " blackout"));
        TestData.create("/api/people/" + theirs + "/interactions", Map.of("kind", "COFFEE",
                "date", TestClock.today().toString(), "note", IMG + " note"));
        String email = "xss" + TestData.unique("").replaceAll("[^0-9a-z]", "") + "@example.test";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "name", IMG + " user", "administrator", false))
                .post("/api/users").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("email", email, "role", "MEMBER"))
                .put("/api/alliances/" + alliance + "/access").then().statusCode(200);
        return new Ids(alliance, allianceName, body, bodyName, ours, theirs, theirPartner);
    }
}
