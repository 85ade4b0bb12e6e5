package org.entente.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;

/**
 * Decides what a good password is and hashes it with bcrypt. bcrypt reads only 72 bytes, so a longer password
 * is first hashed with SHA-512 (explicitly, by the library's long-password strategy): every character counts.
 */
@ApplicationScoped
public class Passwords {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 1000;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;

    private final BCrypt.Hasher hasher = BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    private final BCrypt.Verifyer verifier = BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    private final int cost;
    private final String decoy;

    public Passwords(AuthConfig config) {
        this.cost = config.bcryptCost();
        this.decoy = hash("decoy password that is never anyone's");
    }

    /** Why the password is not acceptable, or null when it is. */
    public static String problem(String password, String email) {
        if (password == null || password.isBlank()) {
            return "Enter a password";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters";
        }
        if (length > MAX_LENGTH) {
            return "Use at most " + MAX_LENGTH + " characters";
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            return "The password must not be your email address";
        }
        return null;
    }

    public String hash(String password) {
        return hasher.hashToString(cost, password.toCharArray());
    }

    /**
     * Whether the password matches; with no hash (no such account) it still spends a bcrypt check, so the answer
     * time does not tell whether an account exists.
     */
    public boolean matches(String password, String hash) {
        if (password == null || password.length() > MAX_LENGTH) {
            return false;
        }
        boolean verified = verifier.verify(password.getBytes(StandardCharsets.UTF_8),
                (hash == null ? decoy : hash).getBytes(StandardCharsets.UTF_8)).verified;
        return hash != null && verified;
    }
}
