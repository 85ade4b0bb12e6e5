package org.entente.plan;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.entente.TestData;
import org.entente.web.Browser;
import org.entente.web.Logins;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ice-breaker questions are unique ignoring case and surrounding spaces, by the database's unique key: adds of the
 * same question sent at once store one row, and every other add is a 409 naming {@code question}, never a 500.
 */
@QuarkusTest
class IcebreakerUniqueTest {

    private static final int ADDS = 8;
    private final List<Long> added = new ArrayList<>();

    @Inject
    AgroalDataSource database;

    @AfterEach
    void deactivateWhatWasAdded() {
        added.forEach(IcebreakerApiTest::deactivate);
    }

    @Test
    void concurrentAddsOfOneQuestionStoreOneRowAndAnswerTheRest409NamingTheQuestion() throws Exception {
        String question = TestData.unique("What made you laugh this week") + "?";
        String token = Logins.adminToken();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ADDS);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < ADDS; i++) {
                String spelling = spelling(question, i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return Logins.as(token).contentType(ContentType.JSON).body(Map.of("question", spelling))
                            .post("/api/icebreakers");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                Response r = answer.get(60, TimeUnit.SECONDS);
                statuses.add(r.statusCode());
                if (r.statusCode() == 201) {
                    added.add(r.jsonPath().getLong("id"));
                } else {
                    assertThat(r.contentType()).startsWith("application/problem+json");
                    assertThat(r.jsonPath().getList("errors.field", String.class)).contains("question");
                }
            }
            assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rowsLike(question)).hasSize(1);
    }

    @Test
    void concurrentPageAddsStoreOneRowAndShowTheMessageWithTheTypedTextKept() throws Exception {
        String question = TestData.unique("Which song is stuck in your head") + "?";
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ADDS);
        List<Future<Response>> answers = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        try {
            for (int i = 0; i < ADDS; i++) {
                Browser browser = new Browser();
                Document page = browser.get("/icebreakers");
                String spelling = spelling(question, i);
                typed.add(spelling);
                answers.add(pool.submit(() -> {
                    start.await();
                    return browser.submit(page, "form[aria-label=New ice-breaker]", Map.of("question", spelling));
                }));
            }
            start.countDown();
            int stored = 0;
            for (int i = 0; i < ADDS; i++) {
                Response r = answers.get(i).get(60, TimeUnit.SECONDS);
                if (r.statusCode() == 303) {
                    stored++;
                    continue;
                }
                assertThat(r.statusCode()).isEqualTo(409);
                Document shown = Browser.parse(r);
                assertThat(shown.selectFirst("#question-help").text()).isEqualTo("The library already has this question");
                assertThat(shown.selectFirst("#question").attr("value")).isEqualTo(typed.get(i));
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rowsLike(question)).hasSize(1);
        added.addAll(rowsLike(question));
    }

    @Test
    void theDatabaseItselfRefusesASecondSpellingOfAStoredQuestion() throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into icebreaker (question) values (?)")) {
            c.setAutoCommit(false);
            try {
                insert.setString(1, "  WHERE ARE YOU WORKING FROM TODAY?  ");
                assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                        .hasMessageContaining("uk_icebreaker_question");
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    /** The same question in another case, with spaces around it for some. */
    private static String spelling(String question, int i) {
        String cased = i % 2 == 0 ? question.toUpperCase(Locale.ROOT) : question.toLowerCase(Locale.ROOT);
        return i == 0 ? question : i % 3 == 0 ? "  " + cased + " " : cased;
    }

    /** The ids of the stored rows that are this question in any case, with or without spaces around it. */
    private List<Long> rowsLike(String question) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement rows = c.prepareStatement("select id from icebreaker where lower(trim(question)) = lower(?)")) {
            rows.setString(1, question);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }
}
