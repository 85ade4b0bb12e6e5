package org.entente.relationship;

import org.entente.web.Option;

import java.util.List;

/** How someone on our side was in touch with a person; every kind resets the keep-in-touch clock. */
public enum InteractionKind {
    CALL("Call"), EMAIL("Email"), MEETING("Meeting"), DINNER("Dinner"), COFFEE("Coffee"), TIP_SENT("Tip sent"),
    HELP_ASKED("Help asked");

    public final String label;

    InteractionKind(String label) {
        this.label = label;
    }

    /** The kinds as choices of a form, calls first. */
    static List<Option> options() {
        return Option.of(InteractionKind.class, k -> k.label);
    }
}
