package org.entente.alliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a user may set on a partner organisation. */
public record PartnerData(
        @NotBlank(message = "Name is required") @Size(max = 120, message = "Name is at most 120 characters") String name,
        boolean ours) {
}
