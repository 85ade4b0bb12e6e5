package org.entente.relationship;

import org.entente.web.Option;

import java.util.List;
import java.util.Map;

/**
 * The keep-in-touch dashboard of an alliance: rows most overdue first, the owners to filter by, the defaults, and
 * for each row the tip offered in place (the first for the person's stance).
 */
public record KeepInTouchDashboard(long allianceId, String allianceName, List<KeepInTouchRow> rows,
                                   List<Option> owners, String ownerFilter, List<StanceDefault> defaults,
                                   Map<Long, TipOffer> tips) {

    /** The cadence that applies to a stance in this alliance. */
    public record StanceDefault(String stance, String label, int months) {
    }

    /** A tip ready to send to one person: its text and the prefilled email. */
    public record TipOffer(long tipId, String text, String mailto) {
    }

    /** The tip offered to a person on this dashboard; null when the tips library is empty. */
    public TipOffer tipFor(long personId) {
        return tips.get(personId);
    }

    /** The owner whose people the dashboard shows, when filtered. */
    public Option ownerShown() {
        return owners.stream().filter(o -> o.key().equals(ownerFilter)).findFirst().orElse(null);
    }
}
