package org.entente.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a user may set on an ice-breaker question; {@code active} null leaves it as it is. */
public record IcebreakerData(
        @NotBlank(message = "Question is required") @Size(max = 300, message = "Question is at most 300 characters") String question,
        Boolean active) {
}
