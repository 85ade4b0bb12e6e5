package org.entente.body;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** What a user may set on a governance body: its name, kind, people, cadence and mode policy. */
public record BodyData(
        @NotBlank(message = "Name is required") @Size(max = 120, message = "Name is at most 120 characters") String name,
        @NotNull(message = "Kind is required") BodyKind kind,
        Long chairId,
        Set<Long> memberIds,
        @NotNull(message = "Cadence is required") @Valid CadenceData cadence,
        @NotNull(message = "Policy is required") @Valid PolicyData policy) {

    public BodyData {
        memberIds = memberIds == null ? Set.of() : Set.copyOf(memberIds);
    }
}
