package org.entente.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Decides whether a caller may have one more expensive answer of a kind ({@link Expensive}): a token bucket per
 * caller and kind (Bucket4j), timed by the application's one clock. At most {@code entente.rate-limit.max-callers}
 * buckets are kept, the least recently used dropped first; a bucket left alone for as long as its refill takes is
 * dropped too, as it would be full again anyway. Buckets are per instance: with N instances a caller gets up to N
 * times the budget, still a bound.
 */
@ApplicationScoped
public class RequestBudgets {

    private final RateLimitConfig config;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public RequestBudgets(RateLimitConfig config, Clock clock) {
        this.config = config;
        this.time = new ClockTime(clock);
        Duration longest = Stream.of(Expensive.Kind.values()).map(k -> config.of(k).per()).max(Duration::compareTo)
                .orElseThrow();
        this.buckets = Caffeine.newBuilder().maximumSize(config.maxCallers()).expireAfterAccess(longest)
                .ticker(time::currentTimeNanos).build();
    }

    /** Spends one request of {@code caller}'s budget for {@code kind}; when none is left, the seconds to wait. */
    public OptionalLong spend(Expensive.Kind kind, String caller) {
        Bucket bucket = buckets.get(kind + " " + caller, k -> newBucket(config.of(kind)));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L));
    }

    private Bucket newBucket(RateLimitConfig.Budget budget) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(budget.requests()).refillGreedy(budget.requests(), budget.per()))
                .withCustomTimePrecision(time).build();
    }

    /** Bucket4j's time from the application's clock, so that a test that pins the clock can also move it on. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
