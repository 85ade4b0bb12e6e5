package org.entente.alliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a user may set on an alliance, from a form or JSON. */
public record AllianceData(
        @NotBlank(message = "Name is required") @Size(max = 120, message = "Name is at most 120 characters") String name,
        @Size(max = 2000, message = "Purpose is at most 2000 characters") String purpose,
        @NotNull(message = "Status is required") AllianceStatus status,
        LocalDate launchDate) {
}
