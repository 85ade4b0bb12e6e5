package org.entente.plan;

/** Where a meeting stands; held, confirmed and cancelled meetings are never moved by a re-plan. */
public enum MeetingStatus {
    PLANNED("Planned"), CONFIRMED("Confirmed"), HELD("Held"), CANCELLED("Cancelled");

    public final String label;

    MeetingStatus(String label) {
        this.label = label;
    }
}
