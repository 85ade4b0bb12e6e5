package org.entente.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem details body; {@code errors} names each invalid field, {@code errorId} (an extension member,
 * on 500 only) is the id under which the failure was logged.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                      String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
