package org.entente.relationship;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A person's cadence in months (null: the default of their stance) and owner on our side (optional). */
public record KeepInTouchData(
        @Min(value = KeepInTouchClock.MIN_MONTHS, message = "Every 1 to 24 months")
        @Max(value = KeepInTouchClock.MAX_MONTHS, message = "Every 1 to 24 months") Integer months,
        Long ownerId) {
}
