package org.entente.platform;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.RollbackException;
import org.entente.platform.DatabaseFailure.Meaning;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.transaction.xa.XAException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each failure is classified by its cause however it is wrapped, in the shapes seen from MariaDB, Galera, Hibernate,
 * Narayana, Agroal and Arc (the SQL errors are what Connector/J 3.5 throws; the wrappings what a request meets).
 */
class DatabaseFailureTest {

    static Stream<Arguments> failures() {
        SQLException deadlock = new SQLTransactionRollbackException(
                "(conn=12) Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        SQLException duplicate = new SQLIntegrityConstraintViolationException(
                "(conn=7) Duplicate entry 'Race' for key 'uk_alliance_name'", "23000", 1062);
        SQLException lockWait = new SQLException("(conn=9) Lock wait timeout exceeded; try restarting transaction",
                "HY000", 1205);
        SQLException refused = new SQLNonTransientConnectionException("Could not connect to address=(host=127.0.0.1)"
                + "(port=3311)(type=primary) : Connection refused", "08000", 0, new ConnectException("Connection refused"));
        SQLException commitReconnected = new SQLTransientConnectionException("Driver has reconnect connection after a "
                + "communications failure with address=(host=127.0.0.1)(port=3312)(type=primary) during a COMMIT statement",
                "25S03");
        SQLException socketClosed = new SQLNonTransientConnectionException("(conn=31) Socket closed", "08000");
        return Stream.of(
                Arguments.of("Galera certification conflict at COMMIT (Narayana adds the XAException as suppressed)",
                        arc(atCommit(xaCommit(deadlock))), Meaning.DEADLOCK),
                Arguments.of("deadlock in the flush before commit (the Synchronization's failure is the cause)",
                        arc(rollback(new PersistenceException("could not execute statement", deadlock))), Meaning.DEADLOCK),
                Arguments.of("deadlock at a statement", new PersistenceException(deadlock), Meaning.DEADLOCK),
                Arguments.of("stale version in the flush at commit",
                        rollback(new OptimisticLockException("Row was updated or deleted by another transaction")),
                        Meaning.STALE_VERSION),
                Arguments.of("duplicate key through Hibernate",
                        new PersistenceException(new ConstraintViolationException("could not execute statement",
                                duplicate, ConstraintKind.UNIQUE, "uk_alliance_name")), Meaning.CONFLICT),
                Arguments.of("duplicate key from the driver, at commit", arc(rollback(duplicate)), Meaning.CONFLICT),
                Arguments.of("lock wait timeout", new PersistenceException(lockWait), Meaning.UNAVAILABLE),
                Arguments.of("lock wait timeout at commit", arc(atCommit(xaCommit(lockWait))), Meaning.UNAVAILABLE),
                Arguments.of("connection refused", new PersistenceException(refused), Meaning.UNAVAILABLE),
                Arguments.of("no pooled connection in time", new PersistenceException(new SQLException(
                        "Acquisition timeout while waiting for new connection", new TimeoutException())),
                        Meaning.UNAVAILABLE),
                Arguments.of("Connector/J reconnected to another node during COMMIT",
                        arc(atCommit(xaCommit(commitReconnected))), Meaning.OUTCOME_UNKNOWN),
                Arguments.of("connection closed during COMMIT", arc(atCommit(xaCommit(socketClosed))),
                        Meaning.OUTCOME_UNKNOWN),
                Arguments.of("heuristic outcome", arc(new HeuristicMixedException("ARJUNA016036")), Meaning.OUTCOME_UNKNOWN),
                Arguments.of("connection lost before COMMIT was sent", arc(rollback(new PersistenceException(socketClosed))),
                        Meaning.UNAVAILABLE),
                Arguments.of("a defect", arc(rollback(new NullPointerException())), Meaning.OTHER),
                Arguments.of("a cyclic chain", cyclic(), Meaning.OTHER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void classifiesByCauseHoweverWrapped(String shape, Throwable failure, Meaning meaning) {
        assertThat(DatabaseFailure.meaning(failure)).isEqualTo(meaning);
        assertThat(DatabaseFailure.isDeadlock(failure)).isEqualTo(meaning == Meaning.DEADLOCK);
        assertThat(DatabaseFailure.isUnavailable(failure)).as("answered 503")
                .isEqualTo(meaning == Meaning.DEADLOCK || meaning == Meaning.UNAVAILABLE || meaning == Meaning.OUTCOME_UNKNOWN);
        assertThat(DatabaseFailure.isStaleVersion(failure)).isEqualTo(meaning == Meaning.STALE_VERSION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void namesTheUniqueKeyOfAConflict(String shape, Throwable failure, Meaning meaning) {
        assertThat(DatabaseFailure.conflictingConstraint(failure).isPresent()).isEqualTo(meaning == Meaning.CONFLICT);
        if (meaning == Meaning.CONFLICT) {
            assertThat(DatabaseFailure.conflictingConstraint(failure)).contains("uk_alliance_name");
        }
    }

    /** What Arc throws when an intercepted method's checked exception (here RollbackException) leaves it. */
    private static Throwable arc(Throwable e) {
        return new ArcUndeclaredThrowableException("Error invoking subclass method", e);
    }

    /** Narayana's RollbackException when a Synchronization (Hibernate's flush) failed: the failure is its cause. */
    private static Throwable rollback(Throwable cause) {
        RollbackException e = new RollbackException("ARJUNA016053: Could not commit transaction.");
        e.initCause(cause);
        return e;
    }

    /** Narayana's RollbackException when the COMMIT statement failed: the XAException is a suppressed exception. */
    private static Throwable atCommit(XAException commitFailure) {
        RollbackException e = new RollbackException("ARJUNA016053: Could not commit transaction.");
        e.addSuppressed(commitFailure);
        return e;
    }

    /** What Agroal's LocalXAResource throws when Connection.commit() failed. */
    private static XAException xaCommit(SQLException cause) {
        XAException e = new XAException("Error trying to transactionCommit local transaction: " + cause.getMessage());
        e.errorCode = XAException.XA_RBROLLBACK;
        e.initCause(cause);
        return e;
    }

    private static Throwable cyclic() {
        IllegalStateException a = new IllegalStateException("a");
        IllegalStateException b = new IllegalStateException("b", a);
        a.initCause(b);
        return a;
    }
}
