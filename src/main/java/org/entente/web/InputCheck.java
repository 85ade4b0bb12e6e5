package org.entente.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

/** Runs the Bean Validation rules of an input record and returns its field errors (empty when valid). */
@ApplicationScoped
public class InputCheck {

    private final Validator validator;

    public InputCheck(Validator validator) {
        this.validator = validator;
    }

    public FieldErrors validate(Object input) {
        return new FieldErrors().addAll(validator.validate(input));
    }
}
