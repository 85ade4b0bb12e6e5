package org.entente.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * In dev mode only (when {@code entente.auth.example-password} is set): gives the example alliance a manager and
 * a member login, manager@example.test and member@example.test, so that both roles can be tried at once.
 */
@ApplicationScoped
public class ExampleLogins {

    public static final String MANAGER = "manager@example.test";
    public static final String MEMBER = "member@example.test";

    private final AuthConfig config;
    private final Passwords passwords;
    private final Clock clock;

    public ExampleLogins(AuthConfig config, Passwords passwords, Clock clock) {
        this.clock = clock;
        this.config = config;
        this.passwords = passwords;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void grant(long allianceId) {
        if (config.examplePassword().isEmpty()) {
            return;
        }
        AllianceAccess.give(account(MANAGER, "Example manager"), allianceId, AccessRole.MANAGER);
        AllianceAccess.give(account(MEMBER, "Example member"), allianceId, AccessRole.MEMBER);
    }

    private UserAccount account(String email, String name) {
        return UserAccount.byEmail(email).orElseGet(() -> {
            UserAccount user = new UserAccount();
            user.email = email;
            user.name = name;
            user.passwordHash = passwords.hash(config.examplePassword().get());
            user.createdAt = LocalDateTime.now(clock);
            user.persist();
            return user;
        });
    }
}
