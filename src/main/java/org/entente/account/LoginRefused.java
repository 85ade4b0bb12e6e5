package org.entente.account;

/** A login that did not succeed: wrong email or password (the same message for both), or too many attempts. */
public class LoginRefused extends RuntimeException {

    private final long retryAfterSeconds;

    public LoginRefused(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds until another attempt is allowed; 0 for a plain wrong password. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
