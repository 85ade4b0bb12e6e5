package org.entente.web;

/** Input that breaks a rule: answered 400 with the fields named; nothing has been written. */
public class ValidationFailed extends RuntimeException {

    private final transient FieldErrors errors;

    public ValidationFailed(FieldErrors errors) {
        super("Invalid input: " + errors.ordered().keySet());
        this.errors = errors;
    }

    public static ValidationFailed of(String field, String message) {
        return new ValidationFailed(new FieldErrors().add(field, message));
    }

    /** The JSON body of a create or update, refused with a field error when the client sent none. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw of("body", "A JSON body is required");
        }
        return body;
    }

    /** 409 when the input only clashes with stored data (see {@link FieldErrors#conflict}), else 400. */
    public int status() {
        return errors.onlyConflicts() ? 409 : 400;
    }

    public FieldErrors errors() {
        return errors;
    }
}
