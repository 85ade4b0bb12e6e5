package org.entente.platform;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.jboss.logging.Logger;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Decides when a transaction that lost a deadlock or a Galera certification conflict is run again: only when the
 * call started the transaction itself (an outer transaction is already rolled back and must fail as a whole), at
 * most {@link #ATTEMPTS} times in all, with a short random pause so that the two contenders do not collide again.
 */
@RetryOnDeadlock
@Interceptor
// Around @Transactional (PLATFORM_BEFORE + 200): each attempt gets its own transaction.
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DeadlockRetry {

    static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(DeadlockRetry.class);

    private final TransactionManager transactions;
    private final MeterRegistry metrics;

    public DeadlockRetry(TransactionManager transactions, MeterRegistry metrics) {
        this.transactions = transactions;
        this.metrics = metrics;
    }

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        if (insideTransaction()) {
            return call.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (!DatabaseFailure.isDeadlock(e)) {
                    throw e;
                }
                String method = call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName();
                if (attempt >= ATTEMPTS) {
                    metrics.counter("entente.transaction.deadlocks", "outcome", "gave_up").increment();
                    LOG.warnf("%s lost a deadlock or certification conflict %d times; giving up", method, attempt);
                    throw e;
                }
                metrics.counter("entente.transaction.deadlocks", "outcome", "retried").increment();
                LOG.infof("%s lost a deadlock or certification conflict (attempt %d of %d); running it again",
                        method, attempt, ATTEMPTS);
                Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
            }
        }
    }

    private boolean insideTransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
