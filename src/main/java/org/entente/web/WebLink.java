package org.entente.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A link a person can open: an absolute http or https URI with a host, and no spaces, quotes, angle brackets,
 * backslashes or control characters (which break out of attributes and calendar files). Null is valid.
 */
@Documented
@Constraint(validatedBy = WebLink.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebLink {

    String message() default "Enter a web address starting with https:// (no spaces, quotes or angle brackets)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Bean Validation's side of {@link WebLink}. */
    class Check implements ConstraintValidator<WebLink, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || WebAddress.parse(value).isPresent();
        }
    }
}
