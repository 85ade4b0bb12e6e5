package org.entente.relationship;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.entente.TestClock;
import org.entente.TestData;
import org.entente.web.Browser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.entente.web.Logins.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The weekly digest of an owner: the page, the JSON, and the email sent once a week through the (mock) mailer. */
@QuarkusTest
class DigestTest {

    private final Browser browser = new Browser();

    @Inject
    MockMailbox mailbox;
    @Inject
    DigestService digests;

    /** Olga owns Dora (overdue), Sam (due soon) and Tara (on track); Oscar owns nobody. */
    record Owner(long alliance, long olga, String email, long oscar, long dora, long sam, long tara) {
    }

    static Owner owner() {
        return owner(TestData.unique("olga").replaceAll("[^a-z0-9]", "") + "@ours.example");
    }

    static Owner owner(String email) {
        long alliance = TestData.alliance();
        long ours = RelationshipFixtures.ourPartner(alliance);
        long theirs = TestData.partner(alliance, "Partner");
        long olga = TestData.create("/api/partners/" + ours + "/people",
                Map.of("name", "Olga Ours", "email", email, "stance", "UNKNOWN"));
        long oscar = KeepInTouchPagesTest.person(ours, "Oscar Ours", "UNKNOWN");
        long dora = KeepInTouchPagesTest.person(theirs, "Dora Decider", "DECISION_MAKER");
        long sam = KeepInTouchPagesTest.person(theirs, "Sam Skeptic", "SKEPTIC");
        long tara = KeepInTouchPagesTest.person(theirs, "Tara Trailblazer", "TRAILBLAZER");
        KeepInTouchPagesTest.logged(dora, "CALL", TestClock.today().minusDays(400));
        KeepInTouchPagesTest.logged(sam, "COFFEE", TestClock.today().plusDays(10).minusMonths(3));
        List.of(dora, sam, tara).forEach(p -> CounterpartMapTest.own(p, olga));
        return new Owner(alliance, olga, email, oscar, dora, sam, tara);
    }

    @BeforeEach
    void emptyMailbox() {
        mailbox.clear();
    }

    @Test
    void theDigestPageListsTheOwnersOverdueAndDueSoonPeopleWithWaysToFixEach() {
        Owner o = owner();

        Document page = browser.get("/people/" + o.olga() + "/digest");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Weekly digest of Olga Ours");
        assertThat(page.select("table[aria-label=Overdue] tbody tr").eachAttr("aria-label")).containsExactly("Dora Decider");
        assertThat(page.select("table[aria-label=Due within 30 days] tbody tr").eachAttr("aria-label"))
                .containsExactly("Sam Skeptic");
        assertThat(page.selectFirst("#on-track").text()).isEqualTo("1 more on track.");
        assertThat(page.select("table[aria-label=Overdue] .row-actions a").eachAttr("href"))
                .containsExactly("/people/" + o.dora() + "/interactions/new", "/people/" + o.dora() + "/send-tip");
        assertThat(page.selectFirst("#delivery").text()).isEqualTo("Goes by email to " + o.email()
                + " on Monday morning when someone is due.");
        Document nobody = browser.get("/people/" + o.oscar() + "/digest");
        assertThat(nobody.selectFirst("#nobody-due").text()).startsWith("Nobody is due: Oscar Ours owns no relationships yet.");
    }

    @Test
    void theWeeklyRunEmailsEachOwnerWithSomeoneDueOnceAWeek() {
        Owner o = owner();
        LocalDate today = TestClock.today();

        DigestService.Run run = digests.sendWeeklyDigests(today);

        assertThat(run.weekOf()).isEqualTo(DigestService.weekOf(today));
        assertThat(run.sent()).contains(o.email());
        List<Mail> mails = mailbox.getMailsSentTo(o.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Keep in touch this week: 1 overdue, 1 due soon");
        Document html = Jsoup.parse(mails.get(0).getHtml());
        assertThat(html.select("li a").eachText()).containsExactly("Dora Decider", "Sam Skeptic");
        assertThat(html.selectFirst("li a").attr("href")).isEqualTo("http://localhost:8080/people/" + o.dora() + "/keep-in-touch");
        assertThat(mails.get(0).getText()).contains("- Dora Decider (Partner): ").doesNotContain("Tara");

        DigestService.Run again = digests.sendWeeklyDigests(today.with(java.time.DayOfWeek.SUNDAY));

        assertThat(again.alreadySent()).contains(o.email());
        assertThat(mailbox.getMailsSentTo(o.email())).as("a second run the same week").hasSize(1);
        assertThat(browser.get("/people/" + o.olga() + "/digest").selectFirst("#delivery").text())
                .isEqualTo("Emailed to " + o.email() + " on " + TestClock.today() + ".");
    }

    @Test
    void anAddressThatOwnsPeopleInTwoAlliancesGetsOneEmailWithBoth() {
        Owner first = owner();
        Owner second = owner(first.email().toUpperCase());

        digests.sendWeeklyDigests(TestClock.today());

        List<Mail> mails = mailbox.getMailsSentTo(first.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Keep in touch this week: 2 overdue, 2 due soon");
        assertThat(Jsoup.parse(mails.get(0).getHtml()).select("h2").eachText()).hasSize(2);
        assertThat(mailbox.getMailsSentTo(second.email())).isEmpty();
    }

    @Test
    void theJsonDigestAnswersTheOwnersRowsAndOnlyOwnersOfOurSideHaveOne() {
        Owner o = owner();

        given().get("/api/people/" + o.olga() + "/digest").then().statusCode(200)
                .body("owner", equalTo("Olga Ours")).body("overdue.name", equalTo(List.of("Dora Decider")))
                .body("dueSoon.name", equalTo(List.of("Sam Skeptic"))).body("onTrack", equalTo(1))
                .body("weekOf", equalTo(DigestService.weekOf(TestClock.today()).toString()));
        given().get("/api/people/" + o.dora() + "/digest").then().statusCode(404);
        given().get("/api/people/999999999/digest").then().statusCode(404);
        browser.raw("/people/" + o.dora() + "/digest").then().statusCode(404);
    }
}
