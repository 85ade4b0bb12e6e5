package org.entente.relationship;

import org.entente.web.Option;

import java.util.List;

/** The keep-in-touch dashboard of an alliance: rows most overdue first, the owners to filter by, the defaults. */
public record KeepInTouchDashboard(long allianceId, String allianceName, List<KeepInTouchRow> rows,
                                   List<Option> owners, String ownerFilter, List<StanceDefault> defaults) {

    /** The cadence that applies to a stance in this alliance. */
    public record StanceDefault(String stance, String label, int months) {
    }
}
