package org.entente.alliance;

/** Published inside the transaction that created an alliance, so that features can set up what comes with one. */
public record AllianceCreated(long allianceId) {
}
