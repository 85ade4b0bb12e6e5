package org.entente.platform;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.entente.web.ValidationFailed;

import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** Test-only writes that lose deadlocks, counting how often they were run, for {@link DeadlockRetryTest}. */
@ApplicationScoped
@RetryOnDeadlock
public class DeadlockingWrites {

    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();

    public int attempts() {
        return attempts.get();
    }

    /** Runs that reached the end of the method body: a retried one of those failed only at commit. */
    public int finished() {
        return finished.get();
    }

    /** Sets the purpose of {@code first}, says so, then of {@code second}: the order that deadlocks with the test. */
    @Transactional
    public void purposeOfBoth(long first, long second, String purpose, CountDownLatch firstLocked) {
        attempts.incrementAndGet();
        purpose(first, purpose);
        firstLocked.countDown();
        purpose(second, purpose);
    }

    /**
     * Like {@link #purposeOfBoth}, but {@code second} is changed on the managed entity, so its UPDATE is sent by the
     * flush at commit: a deadlock there surfaces from the commit, as a RollbackException (ARJUNA016053).
     */
    @Transactional
    public void purposeOfBothAtCommit(long first, long second, String purpose, CountDownLatch firstLocked) {
        attempts.incrementAndGet();
        purpose(first, purpose);
        firstLocked.countDown();
        org.entente.alliance.Alliance alliance = org.entente.alliance.Alliance.findById(second);
        alliance.purpose = purpose;
        finished.incrementAndGet();
    }

    /** Fails every time as MariaDB reports a deadlock or a Galera certification conflict. */
    @Transactional
    public void alwaysDeadlocked() {
        attempts.incrementAndGet();
        throw new PersistenceException("could not execute statement", new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
    }

    /** Fails with a rule violation, which running again cannot fix. */
    @Transactional
    public void invalid() {
        attempts.incrementAndGet();
        throw ValidationFailed.of("name", "Name is required");
    }

    private static void purpose(long allianceId, String purpose) {
        Panache.getEntityManager().createNativeQuery("UPDATE alliance SET purpose = ?1 WHERE id = ?2")
                .setParameter(1, purpose).setParameter(2, allianceId).executeUpdate();
    }
}
