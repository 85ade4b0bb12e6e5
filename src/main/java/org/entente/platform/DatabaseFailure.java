package org.entente.platform;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a failure from the database means for the request that met it, by its cause and however it is
 * wrapped: a stale version or a unique key that someone else took meanwhile (409), a lost deadlock or Galera
 * certification conflict (safe to run again from the start, see {@link RetryOnDeadlock}), a commit whose outcome is
 * unknown, or a database that cannot be reached or is too busy right now (503).
 *
 * <p>Failures arrive wrapped in many ways: Hibernate's PersistenceException and JDBCException, Narayana's
 * RollbackException at commit (ARJUNA016053; the failure of a Synchronization is its cause, the failure of the
 * COMMIT statement itself an XAException among its <em>suppressed</em> exceptions), Arc's
 * ArcUndeclaredThrowableException around a checked exception. So every question here looks at causes and suppressed
 * exceptions alike.
 */
public final class DatabaseFailure {

    /** MariaDB ER_LOCK_WAIT_TIMEOUT: a row lock was not granted within innodb_lock_wait_timeout. */
    static final int LOCK_WAIT_TIMEOUT = 1205;
    /** MariaDB ER_LOCK_DEADLOCK, also what Galera reports when certification aborts a transaction. */
    static final int DEADLOCK = 1213;
    /** ER_DUP_ENTRY, ER_DUP_ENTRY_WITH_KEY_NAME: a unique key already holds the value. */
    private static final Set<Integer> DUPLICATE = Set.of(1062, 1586);
    /** ER_ROW_IS_REFERENCED_2, ER_NO_REFERENCED_ROW_2: a reference to or from a row that changed meanwhile. */
    private static final Set<Integer> REFERENCE = Set.of(1451, 1452);
    /** "Duplicate entry 'x' for key 'uk_alliance_name'" (older servers name it 'table.key'). */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("for key '(?:[^']*\\.)?([^'.]+)'");
    /** Enough for any real wrapping; bounds a cyclic or pathological chain. */
    private static final int MAX_CHAIN = 64;

    /** What a failure means for the request, in the order {@link #meaning} decides. */
    public enum Meaning {
        /** The row was changed by someone else since it was read (optimistic lock): 409, reload and apply again. */
        STALE_VERSION,
        /** A deadlock victim or a lost Galera certification (1213, SQLState 40001): run the whole transaction again. */
        DEADLOCK,
        /** A unique or foreign key refused the write: it conflicts with data stored meanwhile: 409. */
        CONFLICT,
        /** The connection broke while COMMIT was under way: the write may or may not be stored; reload first. */
        OUTCOME_UNKNOWN,
        /** Unreachable, no pooled connection in time, a socket or lock-wait timeout: 503, nothing was written. */
        UNAVAILABLE,
        /** Not a database failure this class knows (a defect): 500. */
        OTHER
    }

    private DatabaseFailure() {
    }

    /** What {@code e} means; a stale version wins over a deadlock (a retry would only find the version stale). */
    public static Meaning meaning(Throwable e) {
        List<Throwable> chain = chain(e);
        if (chain.stream().anyMatch(DatabaseFailure::staleVersion)) {
            return Meaning.STALE_VERSION;
        }
        if (chain.stream().anyMatch(DatabaseFailure::deadlock)) {
            return Meaning.DEADLOCK;
        }
        if (chain.stream().anyMatch(DatabaseFailure::integrity)) {
            return Meaning.CONFLICT;
        }
        if (chain.stream().anyMatch(DatabaseFailure::commitInterrupted)) {
            return Meaning.OUTCOME_UNKNOWN;
        }
        if (chain.stream().anyMatch(DatabaseFailure::unavailable)) {
            return Meaning.UNAVAILABLE;
        }
        return Meaning.OTHER;
    }

    /** Whether the transaction was rolled back as a deadlock victim or by Galera certification (1213, SQLState 40001). */
    public static boolean isDeadlock(Throwable e) {
        return chain(e).stream().anyMatch(DatabaseFailure::deadlock);
    }

    /**
     * Whether the request should be answered 503: the database could not be reached or did not answer in time, a
     * lock wait timed out, a deadlock persisted through its retries, or a commit's outcome is unknown. None of these
     * says anything about the request itself.
     */
    public static boolean isUnavailable(Throwable e) {
        Meaning m = meaning(e);
        return m == Meaning.DEADLOCK || m == Meaning.OUTCOME_UNKNOWN || m == Meaning.UNAVAILABLE;
    }

    /** Whether someone else changed the row since it was read (JPA optimistic lock, Hibernate stale state). */
    public static boolean isStaleVersion(Throwable e) {
        return meaning(e) == Meaning.STALE_VERSION;
    }

    /**
     * The name of the unique (or foreign) key that refused the write, when the database or Hibernate named it;
     * empty when the failure is no such conflict or the key is unnamed.
     */
    public static Optional<String> conflictingConstraint(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c && c.getConstraintName() != null
                    && !c.getConstraintName().isBlank()) {
                return Optional.of(unqualified(c.getConstraintName()));
            }
            if (t instanceof SQLException s && DUPLICATE.contains(s.getErrorCode()) && s.getMessage() != null) {
                Matcher key = DUPLICATE_KEY.matcher(s.getMessage());
                if (key.find()) {
                    return Optional.of(key.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code e}, its causes and its suppressed exceptions (and theirs), each once, outermost first. */
    static List<Throwable> chain(Throwable e) {
        List<Throwable> found = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (e != null) {
            todo.add(e);
        }
        while (!todo.isEmpty() && found.size() < MAX_CHAIN) {
            Throwable t = todo.removeFirst();
            if (!seen.add(t)) {
                continue;
            }
            found.add(t);
            if (t.getCause() != null) {
                todo.addFirst(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
            if (t instanceof SQLException s && s.getNextException() != null) {
                todo.add(s.getNextException());
            }
        }
        return found;
    }

    private static boolean staleVersion(Throwable t) {
        return t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException;
    }

    private static boolean deadlock(Throwable t) {
        // by the driver's error, not Hibernate's LockAcquisitionException: its subclass LockTimeoutException is a
        // lock wait timeout (1205), which running again would only repeat
        return t instanceof SQLException s && (s.getErrorCode() == DEADLOCK || "40001".equals(s.getSQLState()));
    }

    private static boolean integrity(Throwable t) {
        if (t instanceof org.hibernate.exception.ConstraintViolationException c) {
            return c.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE
                    || c.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.FOREIGN_KEY
                    || c.getSQLException() != null && integrityCode(c.getSQLException());
        }
        return t instanceof SQLException s && integrityCode(s);
    }

    private static boolean integrityCode(SQLException s) {
        return DUPLICATE.contains(s.getErrorCode()) || REFERENCE.contains(s.getErrorCode());
    }

    /**
     * The connection broke while the transaction was committing, so the server may have committed it: the driver
     * reconnected "during a COMMIT statement" (SQLState 25S03), the COMMIT's XAException carries a connection
     * failure, or the transaction manager reports a heuristic (perhaps partly committed) outcome.
     */
    private static boolean commitInterrupted(Throwable t) {
        if (t instanceof SQLException s && "25S03".equals(s.getSQLState()) && s.getMessage() != null
                && s.getMessage().contains("COMMIT")) {
            return true;
        }
        if (t instanceof javax.transaction.xa.XAException x && x.getMessage() != null
                && x.getMessage().toLowerCase(java.util.Locale.ROOT).contains("commit")) {
            return chain(x.getCause()).stream().anyMatch(DatabaseFailure::connectionLost);
        }
        return t instanceof jakarta.transaction.HeuristicMixedException;
    }

    private static boolean connectionLost(Throwable t) {
        return t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException
                || t instanceof SocketTimeoutException || t instanceof SQLException s && connectionState(s);
    }

    private static boolean unavailable(Throwable t) {
        if (connectionLost(t) || t instanceof java.net.ConnectException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof org.hibernate.PessimisticLockException
                || t instanceof jakarta.persistence.PessimisticLockException
                || t instanceof jakarta.persistence.LockTimeoutException
                || t instanceof jakarta.persistence.QueryTimeoutException) {
            return true;
        }
        return t instanceof SQLException s && (s.getErrorCode() == LOCK_WAIT_TIMEOUT || poolTimeout(s)
                || enlistAfterTimeout(s));
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

    private static String unqualified(String constraint) {
        String name = constraint.substring(constraint.lastIndexOf('.') + 1);
        return name.replace("`", "");
    }
}
