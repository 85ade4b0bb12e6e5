package org.entente.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.entente.TestData;
import org.entente.account.Users;
import org.entente.platform.DirectReads;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.web.Logins.given;

/**
 * Every page that shows a list costs the same SQL statements with {@value #FEW} rows as with {@value #MANY}: templates
 * get view records, so nothing is loaded lazily or looked up per row while a page renders. Counted as in
 * {@code ScheduleQueryCountTest}: Hibernate's prepared statements plus those sent through {@link DirectReads}, on a
 * second request (the first may fill caches; the schedule pages are then served from the schedule cache).
 */
@QuarkusTest
class ListPageQueryCountTest {

    static final int FEW = 2;
    static final int MANY = 12;

    /** A page under test and the account that looks at it (null: the test administrator). */
    record Page(String path, String token) {
        Page(String path) {
            this(path, null);
        }
    }

    /**
     * Each list page, its most statements (as measured, the caller's token lookup included: each page costs exactly
     * this many), and how to build data that puts {@code n} rows on it.
     */
    enum ListPage {
        ALLIANCES(2, n -> {
            for (int i = 0; i < n; i++) {
                TestData.alliance();
            }
            return new Page("/alliances");
        }),
        ALLIANCE(6, n -> {
            TestData.Alliance a = TestData.twoPartnerAlliance();
            for (int i = 2; i < n; i++) {
                long partner = TestData.partner(a.id(), TestData.unique("Partner"));
                TestData.office(partner, "Berlin", "DE", "Europe/Berlin");
                TestData.person(partner, "Pat Partner");
            }
            for (int i = 0; i < n / 2; i++) {
                TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, TestData.unique("Body")));
            }
            return new Page("/alliances/" + a.id());
        }),
        USERS(2, n -> {
            for (int i = 0; i < n; i++) {
                Users.create("Una User");
            }
            return new Page("/users");
        }),
        ACCESS(4, n -> {
            long alliance = TestData.alliance();
            for (int i = 0; i < n; i++) {
                Users.withRole(alliance, i % 2 == 0 ? "MEMBER" : "MANAGER");
            }
            return new Page("/alliances/" + alliance + "/access");
        }),
        PROFILE(4, n -> {
            String email = Users.create("Pia Profile");
            for (int i = 0; i < n; i++) {
                Users.grant(TestData.alliance(), email, "MEMBER");
            }
            return new Page("/profile", Logins.tokenFor(email, Users.PASSWORD));
        }),
        TIPS(2, n -> {
            for (int i = 0; i < n; i++) {
                TestData.create("/api/tips", Map.of("text", TestData.unique("Ask about their quarter")));
            }
            return new Page("/tips");
        }),
        ICEBREAKERS(2, n -> {
            for (int i = 0; i < n; i++) {
                TestData.create("/api/icebreakers", Map.of("question", TestData.unique("Best trip?"), "active", false));
            }
            return new Page("/icebreakers");
        }),
        DAYS_OFF(6, n -> {
            TestData.Alliance a = TestData.twoPartnerAlliance();
            long office = TestData.office(a.theirs(), "Dallas", "US", "America/Chicago");
            LocalDate day = LocalDate.of(2027, 3, 1);
            for (int i = 0; i < n; i++) {
                TestData.create("/api/alliances/" + a.id() + "/blackouts", Map.of("from", day.plusDays(7L * i).toString(),
                        "to", day.plusDays(7L * i + 2).toString(), "name", "Quarter close " + i));
                TestData.create("/api/alliances/" + a.id() + "/office-days-off", Map.of("officeId", office,
                        "date", day.plusDays(7L * i + 4).toString(), "name", "Office day " + i));
            }
            return new Page("/alliances/" + a.id() + "/days-off");
        }),
        HOLIDAYS(5, n -> {
            long alliance = TestData.alliance();
            String[] countries = {"NL", "US", "DE", "FR", "GB", "ES", "IT", "BE", "AT", "DK", "SE", "NO"};
            for (int i = 0; i < n; i++) {
                long partner = TestData.partner(alliance, TestData.unique("Partner"));
                TestData.office(partner, "City " + i, countries[i % countries.length], "Europe/Amsterdam");
            }
            return new Page("/alliances/" + alliance + "/holidays");
        }),
        KEEP_IN_TOUCH(6, n -> {
            long alliance = TestData.alliance();
            long ours = ourPartner(alliance);
            long owner = TestData.person(ours, "Olga Owner");
            long theirs = TestData.partner(alliance, "Theirs");
            for (int i = 0; i < n; i++) {
                ownedBy(TestData.person(theirs, "Tom Theirs"), owner);
            }
            return new Page("/alliances/" + alliance + "/keep-in-touch");
        }),
        INTERACTIONS(6, n -> {
            long alliance = TestData.alliance();
            long person = TestData.person(TestData.partner(alliance, "Theirs"), "Ina Interaction");
            for (int i = 0; i < n; i++) {
                logInteraction(person, LocalDate.of(2026, 6, 1).plusDays(i));
            }
            return new Page("/people/" + person + "/keep-in-touch");
        }),
        DIGEST(7, n -> {
            long alliance = TestData.alliance();
            long owner = TestData.person(ourPartner(alliance), "Olga Owner");
            long theirs = TestData.partner(alliance, "Theirs");
            for (int i = 0; i < n; i++) {
                long person = TestData.person(theirs, "Dora Due");
                ownedBy(person, owner);
                logInteraction(person, LocalDate.of(2025, 6, 1)); // long ago: overdue, so on the digest
            }
            return new Page("/people/" + owner + "/digest");
        }),
        COUNTERPARTS(5, n -> {
            TestData.Alliance a = TestData.twoPartnerAlliance();
            for (int i = 0; i < n; i++) {
                TestData.person(i % 2 == 0 ? a.ours() : a.theirs(), "Cora Counterpart");
            }
            for (int i = 0; i < n / 2; i++) {
                TestData.create("/api/alliances/" + a.id() + "/bodies", TestData.bodyJson(a, TestData.unique("Body")));
            }
            return new Page("/alliances/" + a.id() + "/counterparts");
        }),
        LAUNCH(7, n -> {
            TestData.Alliance a = TestData.twoPartnerAlliance();
            for (int i = 0; i < n; i++) {
                TestData.create("/api/alliances/" + a.id() + "/launch/items", Map.of("title", "Item " + i,
                        "ownerId", a.ourPeople().get(0), "dueDate", "2027-01-0" + (1 + i % 9)));
            }
            return new Page("/alliances/" + a.id() + "/launch");
        }),
        // 9 since the body also reads its per-partner trip caps (body_trip_cap); 8 before
        BODY(9, n -> {
            TestData.Alliance a = TestData.twoPartnerAlliance();
            List<Long> members = new ArrayList<>(List.of(a.ourPeople().get(0), a.theirPeople().get(0)));
            for (int i = 2; i < n; i++) {
                members.add(TestData.person(i % 2 == 0 ? a.ours() : a.theirs(), "Mo Member"));
            }
            Map<String, Object> json = new HashMap<>(TestData.bodyJson(a, TestData.unique("Steering")));
            json.put("memberIds", members);
            return new Page("/bodies/" + TestData.create("/api/alliances/" + a.id() + "/bodies", json));
        }),
        SCHEDULE(3, n -> new Page("/bodies/" + acceptedBody(n).body() + "/schedule")),
        ALLIANCE_PLAN(2, n -> new Page("/alliances/" + acceptedBody(n).alliance().id() + "/plan")),
        PERSON_MEETINGS(10, n -> new Page("/people/" + acceptedBody(n).alliance().ourPeople().get(0) + "/meetings"));

        final int most;
        final IntFunction<Page> build;

        ListPage(int most, IntFunction<Page> build) {
            this.most = most;
            this.build = build;
        }
    }

    @Inject
    EntityManagerFactory entityManagerFactory;
    @Inject
    DirectReads directReads;

    @ParameterizedTest(name = "{0}")
    @EnumSource(ListPage.class)
    void aListOfManyRowsCostsAsManyStatementsAsAListOfFew(ListPage page) {
        Page few = page.build.apply(FEW);
        Page many = page.build.apply(MANY);

        long forFew = statements(few);
        long forMany = statements(many);

        System.out.printf("SQL statements for %s (%s): %d with %d rows, %d with %d%n", page, many.path(), forFew, FEW,
                forMany, MANY);
        assertThat(forMany).as("statements of %s with %d rows vs %d", many.path(), MANY, FEW).isEqualTo(forFew);
        assertThat(forFew).as("statements of %s", few.path()).isPositive().isLessThanOrEqualTo(page.most);
    }

    private long statements(Page page) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        get(page); // warm: the first request may fill caches (icebreakers, a schedule's rendered body)
        statistics.clear();
        long direct = directReads.count();
        get(page);
        return statistics.getPrepareStatementCount() + directReads.count() - direct;
    }

    private static void get(Page page) {
        (page.token() == null ? given() : Logins.as(page.token())).get(page.path()).then().statusCode(200);
    }

    /** A body of a two-partner alliance whose accepted plan has {@code meetings} meetings. */
    record Body(long body, TestData.Alliance alliance) {
    }

    static Body acceptedBody(int meetings) {
        TestData.Alliance a = TestData.twoPartnerAlliance();
        Map<String, Object> json = new HashMap<>(TestData.bodyJson(a, TestData.unique("Steering")));
        @SuppressWarnings("unchecked")
        Map<String, Object> cadence = new HashMap<>((Map<String, Object>) json.get("cadence"));
        cadence.put("count", meetings);
        json.put("cadence", cadence);
        long body = TestData.create("/api/alliances/" + a.id() + "/bodies", json);
        given().contentType(ContentType.JSON).body("{}").post("/api/bodies/" + body + "/plan").then().statusCode(201);
        return new Body(body, a);
    }

    static long ourPartner(long alliance) {
        return TestData.create("/api/alliances/" + alliance + "/partners", Map.of("name", "Us", "ours", true));
    }

    static void ownedBy(long person, long owner) {
        given().contentType(ContentType.JSON).body(Map.of("ownerId", owner, "version", 0))
                .put("/api/people/" + person + "/keep-in-touch").then().statusCode(200);
    }

    static void logInteraction(long person, LocalDate date) {
        TestData.create("/api/people/" + person + "/interactions", Map.of("kind", "CALL", "date", date.toString(),
                "note", "Caught up"));
    }
}
