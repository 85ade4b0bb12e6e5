package org.entente.relationship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.entente.alliance.Stance;

/** A tip as a user writes it; {@code stance} null: for everyone. */
public record TipData(
        @NotBlank(message = "Text is required") @Size(max = 300, message = "Text is at most 300 characters") String text,
        Stance stance) {
}
