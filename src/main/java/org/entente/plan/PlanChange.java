package org.entente.plan;

import org.entente.cadence.Mode;

import java.time.ZonedDateTime;
import java.util.Objects;

/** Compares a proposed meeting with the current one at the same place in the sequence. */
final class PlanChange {

    private PlanChange() {
    }

    /** Whether what a member would notice (time, mode, host, venue) differs; null current means new. */
    static boolean differs(Meeting current, ZonedDateTime start, Mode mode, Long host, Long office) {
        return current == null || !current.start().toInstant().equals(start.toInstant()) || current.mode != mode
                || !Objects.equals(current.hostPartnerId, host) || !Objects.equals(current.officeId, office);
    }
}
