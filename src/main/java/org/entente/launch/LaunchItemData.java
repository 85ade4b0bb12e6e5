package org.entente.launch;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a user may set on a launch checklist item, from a form or JSON; {@code done} null leaves it as it is. */
public record LaunchItemData(
        @NotBlank(message = "Title is required") @Size(max = 200, message = "Title is at most 200 characters") String title,
        Long ownerId,
        LocalDate dueDate,
        Boolean done) {
}
