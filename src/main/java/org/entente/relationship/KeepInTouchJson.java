package org.entente.relationship;

/** A person's keep-in-touch settings as the API receives them; {@code version} is required (0 before any change). */
public record KeepInTouchJson(Integer months, Long ownerId, Long version) {

    public KeepInTouchData toData() {
        return new KeepInTouchData(months, ownerId);
    }
}
