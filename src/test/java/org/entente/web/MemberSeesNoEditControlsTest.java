package org.entente.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.entente.account.Users;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read-only member of the example alliance is offered nothing that ends on a refusal: crawling every page of the
 * site they can reach from the alliance (links followed as the member), no link answers 403 and no page shows a
 * form that changes something, other than their own log-out and profile.
 */
@QuarkusTest
class MemberSeesNoEditControlsTest {

    /** Form actions a member may use: their own session and profile, and reading choices (GET forms). */
    private static final List<String> OWN = List.of("/logout", "/profile");
    private static final int MOST_PAGES = 400;

    @Test
    void aMembersPagesOfferNoLinkThatIsRefusedAndNoFormThatWrites() {
        long alliance = Logins.given().contentType("application/json").body("{}").post("/api/example").then().statusCode(201).extract().jsonPath().getLong("id");
        String member = Users.withRole(alliance, "MEMBER");
        Browser browser = Browser.as(member, Users.PASSWORD);

        Deque<String> toVisit = new ArrayDeque<>(List.of("/alliances/" + alliance));
        Set<String> seen = new LinkedHashSet<>(toVisit);
        List<String> offenders = new ArrayList<>();
        int pages = 0;
        while (!toVisit.isEmpty() && pages < MOST_PAGES) {
            String path = toVisit.poll();
            Response r = browser.raw(path);
            if (r.statusCode() == 403) {
                offenders.add("a link leads to " + path + ", which answers 403");
                continue;
            }
            if (r.statusCode() != 200 || !r.contentType().startsWith("text/html")) {
                continue;
            }
            pages++;
            Document page = Browser.parse(r);
            for (Element form : page.select("form")) {
                String action = form.attr("action");
                boolean writes = !form.attr("method").equalsIgnoreCase("get");
                if (writes && OWN.stream().noneMatch(action::startsWith)) {
                    offenders.add(path + " offers the form " + form.attr("aria-label") + " → POST " + action);
                }
            }
            for (Element link : page.select("a[href^=/]")) {
                String href = link.attr("href").replaceFirst("#.*$", "");
                if (href.isEmpty() || href.startsWith("/logout") || href.startsWith("/q/") || href.startsWith("/webjars")
                        || href.endsWith(".pdf") || href.endsWith(".ics") || href.contains("/feed")) {
                    continue;
                }
                if (seen.add(href)) {
                    toVisit.add(href);
                }
            }
        }
        System.out.printf("Member crawl: %d pages read, %d links seen%n", pages, seen.size());
        assertThat(pages).as("pages the member could read").isGreaterThan(15);
        assertThat(offenders).as("what a read-only member is offered but may not do").isEmpty();
    }
}
