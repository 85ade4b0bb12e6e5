package org.entente.cadence;

/** Rejects a plan request that no plan can be made from, naming the offending field by its JSON name. */
public final class InvalidPlanInput extends IllegalArgumentException {

    private final String field;

    /** @param field the JSON name of the field, e.g. {@code cadence.every} */
    public InvalidPlanInput(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The JSON name of the offending field, never null. */
    public String field() {
        return field;
    }
}
