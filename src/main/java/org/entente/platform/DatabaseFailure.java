package org.entente.platform;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

/**
 * Decides what a failure from the database means: the database cannot be reached or is too busy right now
 * (answered 503, the client may try again), or the transaction lost a deadlock or a Galera certification
 * conflict (safe to run again from the start, see {@link RetryOnDeadlock}).
 */
public final class DatabaseFailure {

    /** MariaDB ER_LOCK_WAIT_TIMEOUT: a row lock was not granted within innodb_lock_wait_timeout. */
    static final int LOCK_WAIT_TIMEOUT = 1205;
    /** MariaDB ER_LOCK_DEADLOCK, also what Galera reports when certification aborts a transaction. */
    static final int DEADLOCK = 1213;
    /** MariaDB ER_DUP_ENTRY: a unique key already holds the value. */
    static final int DUPLICATE_KEY = 1062;

    private DatabaseFailure() {
    }

    /** Whether the transaction was rolled back as a deadlock victim or by Galera certification (1213, SQLState 40001). */
    public static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // by the driver's error, not Hibernate's LockAcquisitionException: its subclass LockTimeoutException is a
            // lock wait timeout (1205), which running again would only repeat
            if (t instanceof SQLException s && (s.getErrorCode() == DEADLOCK || "40001".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure is a duplicate of the unique key named {@code constraint} (as named in the migrations). */
    public static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == DUPLICATE_KEY && s.getMessage() != null
                    && s.getMessage().contains("'" + constraint + "'")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the database could not be reached or did not answer in time: connection refused or lost, the pool had
     * no connection within its acquisition timeout, a socket or lock-wait timeout, or a deadlock that persisted
     * through its retries. None of these says anything about the request itself.
     */
    public static boolean isUnavailable(Throwable e) {
        if (isDeadlock(e)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException
                    || t instanceof SocketTimeoutException || t instanceof java.net.ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof jakarta.persistence.QueryTimeoutException) {
                return true;
            }
            if (t instanceof SQLException s && (connectionState(s) || s.getErrorCode() == LOCK_WAIT_TIMEOUT
                    || poolTimeout(s) || enlistAfterTimeout(s))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Agroal could not enlist a connection because the request's transaction already timed out while the database
     * hung (the transaction reaper rolled it back): the database was too slow, not the request wrong.
     */
    private static boolean enlistAfterTimeout(SQLException s) {
        return s.getMessage() != null && (s.getMessage().startsWith("Exception in association of connection to existing transaction")
                || s.getMessage().startsWith("Failed to enlist"));
    }

    /** SQLState class 08: connection exception. */
    private static boolean connectionState(SQLException s) {
        return s.getSQLState() != null && s.getSQLState().startsWith("08");
    }

    /** Agroal's "Acquisition timeout while waiting for new connection" is a plain SQLException. */
    private static boolean poolTimeout(SQLException s) {
        return s.getCause() instanceof TimeoutException
                || s.getMessage() != null && s.getMessage().startsWith("Acquisition timeout");
    }
}
