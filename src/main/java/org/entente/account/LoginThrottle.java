package org.entente.account;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after too many failed logins for one account, or from one client address, within the
 * window, further attempts are refused (429) until the oldest failure leaves the window. Unknown accounts count
 * like known ones, so the refusal does not tell whether an account exists. Kept in memory per instance.
 */
@ApplicationScoped
public class LoginThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final AuthConfig config;
    private final Clock clock;

    public LoginThrottle(AuthConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Seconds to wait before the next attempt for this account or address, 0 when an attempt may go ahead. */
    public long waitSeconds(String email, String address) {
        return Math.max(wait(accountKey(email), config.maxFailuresPerAccount()),
                wait(addressKey(address), config.maxFailuresPerAddress()));
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(email), addressKey(address)}) {
            failures.compute(key, (k, times) -> {
                Deque<Instant> list = times == null ? new ArrayDeque<>() : times;
                prune(list, now);
                list.addLast(now);
                return list;
            });
        }
    }

    /** A successful login clears the account's failures (not the address's: one success must not unlock guessing). */
    public void succeeded(String email) {
        failures.remove(accountKey(email));
    }

    private long wait(String key, int limit) {
        Instant now = clock.instant();
        long[] seconds = {0};
        failures.computeIfPresent(key, (k, times) -> {
            prune(times, now);
            if (times.size() >= limit) {
                Instant free = times.peekFirst().plus(config.throttleWindow());
                seconds[0] = Math.max(1, Duration.between(now, free).toSeconds() + 1);
            }
            return times.isEmpty() ? null : times;
        });
        return seconds[0];
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(config.throttleWindow());
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.pollFirst();
        }
    }

    private static String accountKey(String email) {
        return "account:" + UserAccount.normalise(email);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
