package org.entente.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.entente.platform.IdentityEntity;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Someone who logs in: an administrator, or a user whose alliances come from {@link AllianceAccess}. */
@Entity
@Table(name = "app_user")
public class UserAccount extends IdentityEntity {

    public String email;
    public String name;
    public String passwordHash;
    public boolean administrator;
    public boolean disabled;
    public LocalDateTime createdAt;
    @Version
    public long version;

    public static Optional<UserAccount> byEmail(String email) {
        return find("email", normalise(email)).firstResultOptional();
    }

    public static List<UserAccount> listByName() {
        return list("order by name, email");
    }

    /** Emails compare without case and surrounding spaces, so "Ann@X.com " and "ann@x.com" are one account. */
    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the account may log in: it has a password (its invitation was accepted) and is not disabled. */
    public boolean canLogIn() {
        return passwordHash != null && !disabled;
    }
}
