package org.entente.alliance;

/** Where an alliance is in its life. */
public enum AllianceStatus {
    FORMING("Forming"), LAUNCHING("Launching"), ACTIVE("Active"), WINDING_DOWN("Winding down");

    public final String label;

    AllianceStatus(String label) {
        this.label = label;
    }
}
