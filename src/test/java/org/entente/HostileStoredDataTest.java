package org.entente;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entente.calendar.FeedOwner;
import org.entente.calendar.FeedService;
import org.entente.relationship.DigestService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * Stored text never breaks an output: every free-text column of every table (db/migration) is overwritten with SQL —
 * as data stored before validation existed would be — with HTML, quotes, CR/LF, control and bidi characters,
 * {@code '><b>}, {@code javascript:} and values as long as the column takes; then every page and download that
 * shows them (schedule, plan, print pages, PDFs, .ics per body, person and alliance, the secret feed, the digest
 * e-mail, the tip mail link) answers 200 and carries the text as text.
 */
@QuarkusTest
class HostileStoredDataTest {

    /** The pieces every hostile value is made of; each column gets them all, cut to its length. */
    static final String HOSTILE = "<img src=x onerror=alert(1)> \"quoted\" 'single' & '><b>bold</b> javascript:alert(2) "
            + "\u202Egnp.exe\u202C \u200F Zürich Σ Ж ✓ bell\u0007 tab\tend\r\nsecond line\rthird \\n";

    @Inject
    AgroalDataSource database;
    @Inject
    FeedService feeds;
    @Inject
    DigestService digests;
    @Inject
    MockMailbox mailbox;

    record Ids(long alliance, long ours, long theirs, long office, long owner, long person, long body, long meeting,
               long launchItem, long blackout, long dayOff, long interaction, long user, long token, long tip, long icebreaker) {
    }

    @Test
    void everyOutputAnswersAndCarriesHostileStoredTextLiterally() throws Exception {
        Ids ids = allianceWithEverything();
        Map<String, String> stored = poison(ids);
        String alliance = stored.get("alliance.name");
        String body = stored.get("governance_body.name");

        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("/alliances", List.of(alliance));
        pages.put("/alliances/" + ids.alliance(), List.of(alliance, stored.get("alliance.purpose"), stored.get("partner.name"),
                stored.get("person.name")));
        pages.put("/bodies/" + ids.body(), List.of(body));
        pages.put("/bodies/" + ids.body() + "/schedule", List.of(body, stored.get("meeting.venue_address")));
        pages.put("/alliances/" + ids.alliance() + "/plan", List.of(body));
        pages.put("/alliances/" + ids.alliance() + "/plan/print", List.of(alliance, body));
        pages.put("/bodies/" + ids.body() + "/plan/print", List.of(body, stored.get("meeting.venue_address")));
        pages.put("/people/" + ids.person() + "/meetings", List.of(body));
        pages.put("/alliances/" + ids.alliance() + "/launch", List.of(stored.get("launch_item.title")));
        pages.put("/alliances/" + ids.alliance() + "/days-off", List.of(stored.get("blackout.name"), stored.get("office_day_off.name")));
        pages.put("/alliances/" + ids.alliance() + "/holidays", List.of(stored.get("office.city")));
        pages.put("/alliances/" + ids.alliance() + "/keep-in-touch", List.of(stored.get("person.name")));
        pages.put("/people/" + ids.person() + "/keep-in-touch", List.of(stored.get("interaction.note")));
        pages.put("/people/" + ids.owner() + "/digest", List.of(stored.get("person.name")));
        pages.put("/alliances/" + ids.alliance() + "/access", List.of(stored.get("app_user.name")));
        pages.put("/icebreakers", List.of(stored.get("icebreaker.question")));
        pages.put("/tips", List.of(stored.get("tip.text")));
        pages.put("/people/" + ids.person() + "/send-tip?tip=" + ids.tip(), List.of(stored.get("tip.text")));
        pages.put("/users", List.of(stored.get("app_user.name")));
        pages.put("/profile", List.of(stored.get("api_token.name")));
        for (Map.Entry<String, List<String>> page : pages.entrySet()) {
            Response r = given().redirects().follow(false).accept(ContentType.HTML).get(page.getKey());
            assertThat(r.statusCode()).as("%s: %s", page.getKey(), r.asString()).isEqualTo(200);
            String text = visible(Jsoup.parse(r.asString()).body().text());
            assertThat(Jsoup.parse(r.asString()).select("img[src=x], b")).as("elements made from text on %s", page.getKey()).isEmpty();
            page.getValue().forEach(v -> assertThat(text).as("%s shows %s", page.getKey(), v).contains(visible(v)));
        }
        org.jsoup.nodes.Document personForm = Jsoup.parse(given().get("/people/" + ids.person() + "/edit")
                .then().statusCode(200).extract().asString());
        for (String field : List.of("name", "title", "roles", "notes")) {
            assertThat(visible(personForm.selectFirst("#" + field).val())).as("person form %s", field)
                    .isEqualTo(visible(stored.get("person." + field)));
        }
        assertThat(Jsoup.parse(given().get("/bodies/" + ids.body() + "/schedule").asString())
                .select("a[href^=javascript], a[href*='><']")).as("links made from a stored video link").isEmpty();

        for (String pdf : List.of("/alliances/" + ids.alliance() + "/plan.pdf", "/bodies/" + ids.body() + "/plan.pdf")) {
            byte[] bytes = given().get(pdf).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                String text = visible(new PDFTextStripper().getText(doc));
                assertThat(text).as(pdf).contains(visible(body).substring(0, 60));
            }
        }

        String feed = feeds.issueFeed(FeedOwner.BODY, ids.body());
        for (String ics : List.of("/bodies/" + ids.body() + "/calendar.ics", "/people/" + ids.person() + "/calendar.ics",
                "/alliances/" + ids.alliance() + "/calendar.ics", "/feeds/" + feed + ".ics")) {
            Response r = ics.startsWith("/feeds") ? io.restassured.RestAssured.get(ics) : given().get(ics);
            assertThat(r.statusCode()).as("%s: %s", ics, r.asString()).isEqualTo(200);
            Calendar calendar = new CalendarBuilder().build(new StringReader(new String(r.asByteArray(), StandardCharsets.UTF_8)));
            List<VEvent> events = calendar.getComponents(Component.VEVENT);
            assertThat(events).as(ics).isNotEmpty();
            String all = events.stream().map(e -> e.getProperties().stream().map(p -> p.getValue())
                    .collect(Collectors.joining(" "))).collect(Collectors.joining(" "));
            assertThat(visible(all)).as(ics).contains(visible(body)).contains(visible(alliance))
                    .contains(visible(stored.get("meeting.icebreaker"))).contains(visible(stored.get("meeting.venue_address")));
            events.forEach(e -> e.getProperty("URL").ifPresent(url -> assertThat(url.getValue()).startsWith("http")
                    .doesNotContain("<").doesNotContain("'")));
        }

        mailbox.clear();
        digests.sendWeeklyDigests(TestClock.today());
        List<Mail> mails = mailbox.getMailsSentTo(stored.get("owner.email"));
        assertThat(mails).hasSize(1);
        assertThat(visible(Jsoup.parse(mails.get(0).getHtml()).text())).contains(visible(stored.get("person.name")));
        assertThat(Jsoup.parse(mails.get(0).getHtml()).select("img[src=x], b")).isEmpty();
        assertThat(visible(mails.get(0).getText())).contains(visible(stored.get("person.name")));
    }

    /**
     * What a reader sees of a text: control and bidi-format characters are not shown, and runs of white space
     * (CR/LF included) are one space in HTML, in PDF text and once an .ics line is unfolded.
     */
    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isWhitespace(c)) {
                out.append(' ');
            } else if (type != Character.CONTROL && type != Character.FORMAT) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll(" +", " ").strip();
    }

    /** A hostile value as long as the column allows: the pieces, padded with words up to the length. */
    static String hostile(String column, int length) {
        StringBuilder value = new StringBuilder(column + " " + HOSTILE);
        while (value.length() < length) {
            value.append(" long");
        }
        return value.substring(0, length).strip();
    }

    /** Overwrites every free-text column of the records with SQL, as old data that never went through validation. */
    private Map<String, String> poison(Ids ids) throws Exception {
        Map<String, String> stored = new LinkedHashMap<>();
        List<Object[]> updates = new ArrayList<>();
        updates.add(new Object[]{"alliance", "name", 120, ids.alliance()});
        updates.add(new Object[]{"alliance", "purpose", 2000, ids.alliance()});
        updates.add(new Object[]{"partner", "name", 120, ids.theirs()});
        updates.add(new Object[]{"office", "city", 120, ids.office()});
        updates.add(new Object[]{"person", "name", 120, ids.person()});
        updates.add(new Object[]{"person", "title", 120, ids.person()});
        updates.add(new Object[]{"person", "roles", 200, ids.person()});
        updates.add(new Object[]{"person", "notes", 2000, ids.person()});
        updates.add(new Object[]{"governance_body", "name", 120, ids.body()});
        updates.add(new Object[]{"meeting", "icebreaker", 300, ids.meeting()});
        updates.add(new Object[]{"meeting", "venue_address", 300, ids.meeting()});
        updates.add(new Object[]{"meeting", "moved_reason", 200, ids.meeting()});
        updates.add(new Object[]{"launch_item", "title", 200, ids.launchItem()});
        updates.add(new Object[]{"blackout", "name", 120, ids.blackout()});
        updates.add(new Object[]{"office_day_off", "name", 120, ids.dayOff()});
        updates.add(new Object[]{"interaction", "note", 500, ids.interaction()});
        updates.add(new Object[]{"app_user", "name", 120, ids.user()});
        updates.add(new Object[]{"tip", "text", 300, ids.tip()});
        updates.add(new Object[]{"icebreaker", "question", 300, ids.icebreaker()});
        try (Connection c = database.getConnection()) {
            for (Object[] u : updates) {
                String value = hostile(u[0] + "." + u[1], (int) u[2]);
                stored.put(u[0] + "." + u[1], value);
                sql(c, "UPDATE " + u[0] + " SET " + u[1] + " = ? WHERE id = ?", value, u[3]);
            }
            String link = "https://ok.example/x'><b>";
            sql(c, "UPDATE meeting SET video_link = ? WHERE body_id = ? AND id <> ?", link, ids.body(), ids.meeting());
            sql(c, "UPDATE meeting SET video_link = ? WHERE id = ?", "javascript:alert(1)//" + HOSTILE, ids.meeting());
            sql(c, "UPDATE person SET email = ? WHERE id = ?", "o'hara+\"<b>x</b>\"&subject=hi@example.com", ids.person());
            String tokenName = hostile("api_token.name", 80);
            stored.put("api_token.name", tokenName);
            sql(c, "UPDATE api_token SET name = ? WHERE id = ?", tokenName, ids.token());
        }
        stored.put("owner.email", given().get("/api/people/" + ids.owner()).jsonPath().getString("email"));
        return stored;
    }

    private static void sql(Connection c, String statement, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    /** An alliance with a record of every kind that holds free text, an accepted plan and an owner with someone due. */
    private static Ids allianceWithEverything() {
        long alliance = TestData.alliance();
        long ours = TestData.create("/api/alliances/" + alliance + "/partners", Map.of("name", "Ours", "ours", true));
        long theirs = TestData.partner(alliance, "Theirs");
        TestData.office(ours, "Amsterdam", "NL", "Europe/Amsterdam");
        long office = TestData.office(theirs, "Austin", "US", "America/Chicago");
        String email = TestData.unique("owner").replaceAll("[^a-z0-9]", "") + "@ours.example";
        long owner = TestData.create("/api/partners/" + ours + "/people", Map.of("name", "Olga Owner", "email", email,
                "stance", "UNKNOWN"));
        long person = TestData.person(theirs, "Pat Partner");
        TestData.Alliance a = new TestData.Alliance(alliance, ours, theirs, List.of(owner), List.of(person));
        long body = TestData.create("/api/alliances/" + alliance + "/bodies", TestData.bodyJson(a, TestData.unique("Board")));
        given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + body + "/plan").then().statusCode(201);
        List<Map<String, Object>> meetings = given().get("/api/bodies/" + body + "/plan").jsonPath().getList("meetings");
        long meeting = meetings.stream().filter(m -> !"VIDEO".equals(m.get("mode"))).map(m -> ((Number) m.get("id")).longValue())
                .findFirst().orElseThrow();
        long item = TestData.create("/api/alliances/" + alliance + "/launch/items", Map.of("title", "Book the room"));
        long blackout = TestData.create("/api/alliances/" + alliance + "/blackouts", Map.of("from", "2027-08-01",
                "to", "2027-08-14", "name", "Summer"));
        long dayOff = TestData.create("/api/alliances/" + alliance + "/office-days-off", Map.of("officeId", office,
                "date", "2027-03-03", "name", "Founders day"));
        long interaction = TestData.create("/api/people/" + person + "/interactions", Map.of("kind", "CALL",
                "date", TestClock.today().minusDays(400).toString(), "note", "Long ago"));
        given().contentType(ContentType.JSON).body(Map.of("ownerId", owner, "version", 0))
                .put("/api/people/" + person + "/keep-in-touch").then().statusCode(200);
        String userEmail = TestData.unique("user").replaceAll("[^a-z0-9]", "") + "@example.test";
        long user = given().contentType(ContentType.JSON).body(Map.of("email", userEmail, "name", "Uma User",
                "administrator", false)).post("/api/users").then().statusCode(201).extract().jsonPath().getLong("user.id");
        given().contentType(ContentType.JSON).body(Map.of("email", userEmail, "role", "MEMBER"))
                .put("/api/alliances/" + alliance + "/access").then().statusCode(200);
        long token = TestData.create("/api/me/tokens", Map.of("name", "To be renamed"));
        long tip = TestData.create("/api/tips", Map.of("text", TestData.unique("Send a note")));
        long icebreaker = TestData.create("/api/icebreakers", Map.of("question", TestData.unique("What is new?")));
        given().contentType(ContentType.JSON).body(Map.of("active", false, "question", TestData.unique("Inactive?")))
                .put("/api/icebreakers/" + icebreaker);
        return new Ids(alliance, ours, theirs, office, owner, person, body, meeting, item, blackout, dayOff, interaction,
                user, token, tip, icebreaker);
    }
}
