package org.entente.cadence;

/** How people meet: all in one office, in one office with guests joining by video, or all on video. */
public enum Mode {
    IN_PERSON,
    HYBRID,
    VIDEO;

    /** Whether the meeting takes place in a host office (in person or hybrid). */
    public boolean hosted() {
        return this != VIDEO;
    }
}
