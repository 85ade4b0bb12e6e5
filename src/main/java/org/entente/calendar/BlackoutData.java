package org.entente.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.entente.web.FieldErrors;

import java.time.LocalDate;

/** What a user may set on a blackout period; {@code to} is not before {@code from}. */
public record BlackoutData(
        @NotNull(message = "First day is required") LocalDate from,
        @NotNull(message = "Last day is required") LocalDate to,
        @NotBlank(message = "Name is required") @Size(max = 120, message = "Name is at most 120 characters") String name) {

    public void check(FieldErrors errors) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to", "Last day must not be before the first day");
        }
    }
}
