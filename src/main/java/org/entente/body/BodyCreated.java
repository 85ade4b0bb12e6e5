package org.entente.body;

/** Published inside the transaction that created a governance body, so that features can set up what comes with one. */
public record BodyCreated(long bodyId, long allianceId, String name) {
}
