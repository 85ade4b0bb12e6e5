package org.entente.plan;

/**
 * Whether a body or person has a secret calendar feed and since when, for the calendar panel of the schedule and
 * meeting pages; the calendar feature implements it (plan does not depend on calendar).
 */
public interface FeedStatus {

    /** When the owner's current feed was issued ("2026-11-23 10:31 UTC"), or null when it has none. */
    String issuedAt(String ownerPath, Long id);
}
