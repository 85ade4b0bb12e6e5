package org.entente.alliance;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user may set on a person. */
public record PersonData(
        @NotBlank(message = "Name is required") @Size(max = 120, message = "Name is at most 120 characters") String name,
        @NotBlank(message = "Email is required") @Email(message = "Enter a valid email address")
        @Size(max = 254, message = "Email is at most 254 characters") String email,
        @Size(max = 120, message = "Title is at most 120 characters") String title,
        @Size(max = 200, message = "Roles are at most 200 characters") String roles,
        @NotNull(message = "Stance is required") Stance stance,
        @Size(max = 2000, message = "Notes are at most 2000 characters") String notes) {
}
