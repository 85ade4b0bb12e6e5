package org.entente.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a user may set on an office's extra day off. */
public record OfficeDayOffData(
        @NotNull(message = "Office is required") Long officeId,
        @NotNull(message = "Date is required") LocalDate date,
        @NotBlank(message = "Name is required") @Size(max = 120, message = "Name is at most 120 characters") String name) {
}
