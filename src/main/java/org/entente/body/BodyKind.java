package org.entente.body;

/** The layers of alliance governance. */
public enum BodyKind {
    STEERING_COMMITTEE("Steering committee"), OPERATING_COMMITTEE("Operating committee"), WORKING_GROUP("Working group");

    public final String label;

    BodyKind(String label) {
        this.label = label;
    }
}
