package org.entente.web.scope;

/**
 * What kind of record a path id names, for every kind that lives under an alliance. The feature that owns a kind
 * resolves its ids to their alliance ({@link AllianceResolver}); a kind nobody resolves stops the start-up.
 */
public enum Kind {
    ALLIANCE, PARTNER, OFFICE, PERSON, BODY, MEETING, BLACKOUT, OFFICE_DAY_OFF, LAUNCH_ITEM, INTERACTION
}
