package org.entente.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;


import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs logins, whose bcrypt check costs tens of milliseconds of CPU each, on a few threads of their own (by default
 * half the cores), so that a burst of logins waits its turn instead of taking every worker thread and core from the
 * page requests. The queue is bounded: beyond it a login is refused (429) rather than held in memory.
 */
@ApplicationScoped
public class PasswordChecks {

    static final int QUEUE = 500;

    private final ThreadPoolExecutor executor;

    /** How many password checks run at once (prefix {@code entente.auth.password-checks}). */
    @ConfigMapping(prefix = "entente.auth.password-checks")
    public interface Config {
        /** 0: half the cores, at least one. */
        @WithDefault("0")
        int threads();
    }

    public PasswordChecks(Config config) {
        int size = config.threads() > 0 ? config.threads() : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        AtomicInteger counter = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), work -> {
            Thread thread = new Thread(work, "entente-password-check-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the work when a password-check thread is free; refuses it (429) when too many are waiting already. */
    public <T> CompletionStage<T> run(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new LoginRefused("Too many logins at once. Try again in a moment.", 5));
        }
    }

    /** Runs the work as {@link #run} does and waits for it, for callers that must answer on their own thread. */
    public <T> T await(Supplier<T> work) {
        try {
            return run(work).toCompletableFuture().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
