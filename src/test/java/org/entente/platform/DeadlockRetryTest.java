package org.entente.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.entente.TestData;
import org.entente.web.ValidationFailed;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service transaction that MariaDB rolls back as a deadlock victim (error 1213, SQLState 40001, which is also how
 * Galera reports a certification conflict) runs again in a new transaction, at most three times in all; other
 * failures, and calls inside an outer transaction, are not repeated.
 */
@QuarkusTest
class DeadlockRetryTest {

    @Inject
    DeadlockingWrites writes;

    @Inject
    MeterRegistry metrics;

    @Test
    void aTransactionThatLosesARealDeadlockRunsAgainAndSucceeds() throws Exception {
        deadlockedOnceThenRetried(writes::purposeOfBoth);
    }

    @Test
    void aDeadlockFoundOnlyAtCommitIsRetriedToo() throws Exception {
        int finishedBefore = writes.finished();

        deadlockedOnceThenRetried(writes::purposeOfBothAtCommit);

        assertThat(writes.finished() - finishedBefore)
                .as("both runs reached the end of the method: the first failed at commit, wrapped in its RollbackException")
                .isEqualTo(2);
    }

    /** The service's writes of two alliances in one transaction, in the order that deadlocks with the test's. */
    @FunctionalInterface
    interface TwoWrites {
        void write(long first, long second, String purpose, CountDownLatch firstLocked);
    }

    /**
     * The test's transaction changes 21 rows, the service's locks {@code first} and then waits for {@code second},
     * which the test holds; the test then asks for {@code first}: a deadlock whose victim is the service (InnoDB rolls
     * back the lighter transaction). The service must run once more and succeed.
     */
    private void deadlockedOnceThenRetried(TwoWrites service) throws Exception {
        long first = TestData.alliance();
        long second = TestData.alliance();
        List<Long> heavier = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            heavier.add(TestData.alliance());
        }
        int before = writes.attempts();
        double retriedBefore = counter("retried");

        CompletableFuture<Void> call;
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (Connection other = DriverManager.getConnection(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class), "root", "")) {
            other.setAutoCommit(false);
            for (long id : heavier) {
                purpose(other, id, "other");
            }
            purpose(other, second, "other");
            CountDownLatch firstLocked = new CountDownLatch(1);
            call = CompletableFuture.runAsync(() -> service.write(first, second, "retried", firstLocked), caller);
            assertThat(firstLocked.await(30, TimeUnit.SECONDS)).isTrue();
            awaitALockWait(other);
            purpose(other, first, "other");  // closes the cycle; returns once the service's transaction is rolled back
            other.commit();
        } finally {
            caller.shutdown();
        }
        call.get(30, TimeUnit.SECONDS);

        assertThat(writes.attempts() - before).as("runs: the deadlocked one and the retry").isEqualTo(2);
        assertThat(purposeOf(first)).isEqualTo("retried");
        assertThat(purposeOf(second)).isEqualTo("retried");
        assertThat(purposeOf(heavier.get(0))).isEqualTo("other");
        assertThat(counter("retried") - retriedBefore).isEqualTo(1);
    }

    @Test
    void aDeadlockThatPersistsIsGivenUpAfterThreeRunsAndAnswered503() {
        int before = writes.attempts();
        double gaveUpBefore = counter("gave_up");

        assertThatThrownBy(writes::alwaysDeadlocked).satisfies(e -> {
            assertThat(DatabaseFailure.isDeadlock(e)).isTrue();
            assertThat(DatabaseFailure.isUnavailable(e)).as("answered 503, try again").isTrue();
        });

        assertThat(writes.attempts() - before).isEqualTo(DeadlockRetry.ATTEMPTS);
        assertThat(counter("gave_up") - gaveUpBefore).isEqualTo(1);
    }

    @Test
    void insideAnOuterTransactionADeadlockIsNotRetriedBecauseTheWholeTransactionIsLost() {
        int before = writes.attempts();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(writes::alwaysDeadlocked));

        assertThat(writes.attempts() - before).isEqualTo(1);
    }

    @Test
    void aFailureOtherThanADeadlockIsNotRetried() {
        int before = writes.attempts();

        assertThatThrownBy(writes::invalid).isInstanceOf(ValidationFailed.class);

        assertThat(writes.attempts() - before).isEqualTo(1);
    }

    private double counter(String outcome) {
        var c = metrics.find("entente.transaction.deadlocks").tag("outcome", outcome).counter();
        return c == null ? 0 : c.count();
    }

    /**
     * Waits until some transaction waits for a row lock: the service's, on the row the test holds. Up to 30 s: a
     * loaded CI machine may take seconds to schedule the service's thread (this bounds a wait, it times nothing).
     * Polls every 150 ms, not faster: InnoDB refreshes its INNODB_TRX cache only when it has not been read for
     * 100 ms, so faster polling keeps showing the first, stale, snapshot and never sees the wait.
     */
    private static void awaitALockWait(Connection c) throws SQLException, InterruptedException {
        for (int i = 0; i < 200; i++) {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT COUNT(*) FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT'")) {
                if (r.next() && r.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(150);
        }
        throw new AssertionError("The service's transaction never waited for the row the test holds");
    }

    private static void purpose(Connection c, long id, String purpose) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE alliance SET purpose = ? WHERE id = ?")) {
            s.setString(1, purpose);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    private static String purposeOf(long id) {
        return org.entente.web.Logins.given().get("/api/alliances/" + id).then().statusCode(200)
                .extract().jsonPath().getString("purpose");
    }
}
