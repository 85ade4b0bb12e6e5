package org.entente.relationship;

/** Where a person stands against their keep-in-touch cadence. */
public enum KeepInTouchStatus {
    OVERDUE("Overdue"), DUE_SOON("Due soon"), ON_TRACK("On track");

    public final String label;

    KeepInTouchStatus(String label) {
        this.label = label;
    }

    /** The CSS class of the status badge. */
    public String css() {
        return name().toLowerCase().replace('_', '-');
    }
}
