package org.entente.account;

import org.entente.web.FieldErrors;

import java.util.regex.Pattern;

/** The rules for an account's email, name and password, shared by setup, invitations and the API. */
final class UserRules {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private UserRules() {
    }

    static FieldErrors check(String email, String name, String password) {
        FieldErrors errors = checkIdentity(email, name);
        String problem = Passwords.problem(password, email);
        if (problem != null) {
            errors.add("password", problem);
        }
        return errors;
    }

    static FieldErrors checkIdentity(String email, String name) {
        FieldErrors errors = new FieldErrors();
        if (email == null || email.isBlank()) {
            errors.add("email", "Enter an email address");
        } else if (email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            errors.add("email", "Enter an email address like name@example.com");
        }
        if (name == null || name.isBlank()) {
            errors.add("name", "Enter a name");
        } else if (name.strip().length() > 120) {
            errors.add("name", "Use at most 120 characters");
        }
        return errors;
    }
}
