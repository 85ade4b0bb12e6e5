package org.entente.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Password rules and bcrypt's 72-byte limit, without Quarkus. */
class PasswordsTest {

    private final Passwords passwords = new Passwords(config());

    @Test
    void aPasswordMatchesItsHashAndNothingElse() {
        String hash = passwords.hash("correct horse battery");
        assertThat(hash).startsWith("$2b$04$");
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(passwords.matches("correct horse batterY", hash)).isFalse();
    }

    @Test
    void everyCharacterOfALongPasswordCountsEvenBeyondBcrypts72Bytes() {
        String prefix = "x".repeat(72);
        String hash = passwords.hash(prefix + "tail-one");
        assertThat(passwords.matches(prefix + "tail-one", hash)).isTrue();
        assertThat(passwords.matches(prefix + "tail-two", hash)).as("differs only after byte 72").isFalse();
        assertThat(passwords.matches(prefix, hash)).isFalse();
    }

    @Test
    void multiByteCharactersCountAsCharactersNotBytes() {
        String eleven = "ééééééééééé";
        assertThat(Passwords.problem(eleven, null)).isEqualTo("Use at least 12 characters");
        assertThat(Passwords.problem(eleven + "é", null)).isNull();
        String hash = passwords.hash("ü".repeat(40));
        assertThat(passwords.matches("ü".repeat(40), hash)).isTrue();
        assertThat(passwords.matches("ü".repeat(36) + "üüüx", hash)).isFalse();
    }

    @Test
    void rulesNameWhatIsWrong() {
        assertThat(Passwords.problem(null, null)).isEqualTo("Enter a password");
        assertThat(Passwords.problem("short", null)).isEqualTo("Use at least 12 characters");
        assertThat(Passwords.problem("a".repeat(1001), null)).isEqualTo("Use at most 1000 characters");
        assertThat(Passwords.problem("ann@example.com", "Ann@Example.com")).contains("email");
        assertThat(Passwords.problem("twelve chars", null)).isNull();
    }

    @Test
    void noHashMeansNoMatchEvenForTheDecoy() {
        assertThat(passwords.matches("decoy password that is never anyone's", null)).isFalse();
        assertThat(passwords.matches("x".repeat(1001), passwords.hash("x".repeat(1000)))).isFalse();
    }

    static AuthConfig config() {
        return new AuthConfig() {
            public Optional<String> adminEmail() { return Optional.empty(); }
            public Optional<String> adminPassword() { return Optional.empty(); }
            public int bcryptCost() { return 4; }
            public Duration sessionLifetime() { return Duration.ofHours(12); }
            public Duration sessionIdleTimeout() { return Duration.ofHours(8); }
            public boolean secureCookie() { return true; }
            public boolean basicEnabled() { return false; }
            public int maxFailuresPerAccount() { return 5; }
            public int maxFailuresPerAddress() { return 20; }
            public Duration throttleWindow() { return Duration.ofMinutes(15); }
            public Duration invitationLifetime() { return Duration.ofDays(7); }
            public Optional<String> examplePassword() { return Optional.empty(); }
        };
    }
}
