package org.entente.account;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.entente.platform.ExpiredRows;
import org.entente.platform.Secrets;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Slows password guessing without locking the owner out. Failures are counted per account <em>as tried from one
 * client address</em>, and per client address across all accounts; beyond the allowance, that address waits a delay
 * that doubles with every further failure (429 with Retry-After), while the same account from any other address logs
 * in at once. Unknown accounts count like known ones. The counts live in {@code login_failure} (one row per key, the
 * key only as a hash), so every instance sees the same count; a failure is one upsert, and rows whose last failure
 * left the window are deleted as failures come in and by the daily housekeeping, so the table stays small.
 * Runs straight on JDBC, outside any transaction: the brake must hold while the rest of the login rolls back.
 */
@ApplicationScoped
public class LoginThrottle implements ExpiredRows {

    static final String READ = "SELECT key_hash, failures, last_failure_at FROM login_failure WHERE key_hash IN (?, ?)";
    static final String COUNT = "INSERT INTO login_failure (key_hash, failures, last_failure_at) VALUES (?, 1, ?), (?, 1, ?)"
            + " ON DUPLICATE KEY UPDATE failures = IF(last_failure_at < ?, 1, failures + 1),"
            + " last_failure_at = VALUES(last_failure_at)";
    static final String PRUNE = "DELETE FROM login_failure WHERE last_failure_at < ? ORDER BY last_failure_at LIMIT 100";
    static final String FORGET = "DELETE FROM login_failure WHERE key_hash = ?";

    private final AgroalDataSource dataSource;
    private final AuthConfig config;
    private final ThrottleConfig delays;
    private final Clock clock;

    public LoginThrottle(AgroalDataSource dataSource, AuthConfig config, ThrottleConfig delays, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.delays = delays;
        this.clock = clock;
    }

    /** Seconds this address must wait before it may try this account again; 0 when it may try now. */
    public long waitSeconds(String email, String address) {
        String account = accountKey(email, address);
        String from = addressKey(address);
        Instant now = clock.instant();
        long wait = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement(READ)) {
            read.setString(1, account);
            read.setString(2, from);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    int allowed = rows.getString(1).equals(account) ? config.maxFailuresPerAccount()
                            : config.maxFailuresPerAddress();
                    Instant last = rows.getTimestamp(3).toLocalDateTime().toInstant(ZoneOffset.UTC);
                    wait = Math.max(wait, waitSeconds(rows.getInt(2), allowed, last, now));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the failed logins: " + e.getMessage(), e);
        }
        return wait;
    }

    /** Counts a failed login of this account from this address (and of this address), and prunes old counts. */
    public void failed(String email, String address) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Timestamp forgotten = Timestamp.valueOf(now.toLocalDateTime().minus(config.throttleWindow()));
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement count = connection.prepareStatement(COUNT)) {
                count.setString(1, accountKey(email, address));
                count.setTimestamp(2, now);
                count.setString(3, addressKey(address));
                count.setTimestamp(4, now);
                count.setTimestamp(5, forgotten);
                count.executeUpdate();
            }
            try (PreparedStatement prune = connection.prepareStatement(PRUNE)) {
                prune.setTimestamp(1, forgotten);
                prune.executeUpdate();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not count a failed login: " + e.getMessage(), e);
        }
    }

    /**
     * A successful login clears this account's failures from this address; not the address's own count, so that
     * one account's success does not reopen guessing at others from there.
     */
    public void succeeded(String email, String address) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement forget = connection.prepareStatement(FORGET)) {
            forget.setString(1, accountKey(email, address));
            forget.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Could not clear the failed logins: " + e.getMessage(), e);
        }
    }

    @Override
    public String what() {
        return "failed-login counts";
    }

    /** Deletes the counts whose last failure left the window (the daily housekeeping); answers how many. */
    @Override
    public int deleteExpired(Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement prune = connection.prepareStatement("DELETE FROM login_failure WHERE last_failure_at < ?")) {
            prune.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(now.minus(config.throttleWindow()), ZoneOffset.UTC)));
            return prune.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Could not prune the failed logins: " + e.getMessage(), e);
        }
    }

    /**
     * The brake itself: nothing while fewer than {@code allowed} failures are counted or the last one is older than
     * the window; then the first delay, doubled for each failure beyond the allowance, at most the longest delay,
     * counted from the last failure. Whole seconds, rounded up.
     */
    long waitSeconds(int failures, int allowed, Instant lastFailure, Instant now) {
        if (failures < allowed || lastFailure.isBefore(now.minus(config.throttleWindow()))) {
            return 0;
        }
        int doublings = Math.min(failures - allowed, 30);
        Duration delay = delays.firstDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(delays.maxDelay()) > 0) {
            delay = delays.maxDelay();
        }
        Duration left = Duration.between(now, lastFailure.plus(delay));
        return left.isNegative() || left.isZero() ? 0 : (left.toMillis() + 999) / 1000;
    }

    static String accountKey(String email, String address) {
        return Secrets.hash("account:" + UserAccount.normalise(email) + "\naddress:" + clientKey(address));
    }

    static String addressKey(String address) {
        return Secrets.hash("address:" + clientKey(address));
    }

    /**
     * The part of a client address that one client controls: the address itself for IPv4, its /64 network for IPv6
     * (one host is usually given a whole /64, so counting single IPv6 addresses would be no brake at all).
     */
    static String clientKey(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1)
                    : address).getAddress();
            if (bytes.length == 16) {
                java.util.Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
