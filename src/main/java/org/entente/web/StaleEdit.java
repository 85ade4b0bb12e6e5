package org.entente.web;

/** The client edited an older version than the one stored: answered 409, nothing is overwritten. */
public class StaleEdit extends RuntimeException {

    public StaleEdit(String what) {
        super(what + " was changed by someone else since you opened it. Review the current values and apply your change again.");
    }

    /** Throws when the version the client saw is missing or differs from the stored one. */
    public static void check(String what, Long stored, Long sent) {
        if (sent == null) {
            throw ValidationFailed.of("version", "version is required to change " + what.toLowerCase());
        }
        if (!sent.equals(stored)) {
            throw new StaleEdit(what);
        }
    }
}
