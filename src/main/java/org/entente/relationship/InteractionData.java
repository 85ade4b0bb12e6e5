package org.entente.relationship;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** An interaction to log, from a form or JSON. */
public record InteractionData(
        @NotNull(message = "Choose what kind of contact it was") InteractionKind kind,
        @NotNull(message = "Date is required") @PastOrPresent(message = "The date cannot be in the future") LocalDate date,
        @Size(max = 500, message = "Note is at most 500 characters") String note) {
}
