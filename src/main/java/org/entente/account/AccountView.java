package org.entente.account;

/** An account as pages show it: who, what kind, and whether the invitation is still open or the account disabled. */
public record AccountView(long id, String name, String email, boolean administrator, boolean disabled,
                          boolean awaitingPassword, long version) {

    public static AccountView of(UserAccount user) {
        return new AccountView(user.id, user.name, user.email, user.administrator, user.disabled,
                user.passwordHash == null, user.version);
    }
}
