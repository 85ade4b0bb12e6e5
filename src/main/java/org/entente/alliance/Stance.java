package org.entente.alliance;

/** How a person stands towards the alliance, which decides how they are engaged. */
public enum Stance {
    DECISION_MAKER("Decision-maker"), SKEPTIC("Skeptic"), TRAILBLAZER("Trailblazer"), UNKNOWN("Not yet known");

    public final String label;

    Stance(String label) {
        this.label = label;
    }
}
