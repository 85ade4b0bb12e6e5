package org.entente.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Remembers how the transactions of the current request ended, so that an error answer can tell the truth about
 * what was saved: "nothing was changed" only when a transaction rolled back and none committed.
 */
@RequestScoped
public class TransactionOutcomes {

    /** What the transactions of a request did, as far as the error answer is concerned. */
    public enum Outcome {
        /** At least one transaction committed: something may have been saved. */
        COMMITTED,
        /** Transactions ran and every one of them rolled back: nothing was saved. */
        ROLLED_BACK,
        /** No transaction ended during the request (none ran, or one was still open). */
        NONE
    }

    private volatile boolean committed;
    private volatile boolean rolledBack;

    public Outcome outcome() {
        return committed ? Outcome.COMMITTED : rolledBack ? Outcome.ROLLED_BACK : Outcome.NONE;
    }

    /**
     * Forgets what happened before the request reached JAX-RS: logging in by token or session records its use in a
     * transaction of its own, which says nothing about the change the request asked for.
     */
    void reset() {
        committed = false;
        rolledBack = false;
    }

    void ended(int status) {
        if (status == Status.STATUS_COMMITTED) {
            committed = true;
        } else if (status == Status.STATUS_ROLLEDBACK) {
            rolledBack = true;
        } else {
            // A heuristic or unknown end: treat it as possibly saved, never as "nothing changed".
            committed = true;
        }
    }

    /**
     * Registers a listener on every transaction begun while a request is active (jobs run without one); Narayana
     * fires this event from {@code begin()}.
     */
    static void began(@Observes @Initialized(TransactionScoped.class) Object transaction,
                      TransactionSynchronizationRegistry registry) {
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        // The instance itself, not its proxy: a transaction timed out by the reaper ends on another thread.
        TransactionOutcomes outcomes = ClientProxy.unwrap(Arc.container().instance(TransactionOutcomes.class).get());
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                outcomes.ended(status);
            }
        });
    }

    /**
     * Starts each request's record just before its resource method runs: after authentication (which runs its own
     * transactions) and, being last, after the other request filters.
     */
    @Singleton
    static class RequestStart {
        @ServerRequestFilter(priority = Integer.MAX_VALUE)
        void start() {
            Arc.container().instance(TransactionOutcomes.class).get().reset();
        }
    }
}
