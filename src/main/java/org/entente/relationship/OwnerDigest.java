package org.entente.relationship;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The weekly digest of one owner on our side in one alliance: the people they own who are overdue, and those due
 * within {@value KeepInTouchClock#DUE_SOON_DAYS} days, most overdue first. {@code emailedAt} is when this week's
 * email went to the owner's address (null: not yet, or email is not configured).
 */
public record OwnerDigest(long ownerId, String owner, String email, long allianceId, String allianceName,
                          LocalDate weekOf, List<KeepInTouchRow> overdue, List<KeepInTouchRow> dueSoon, int onTrack,
                          LocalDateTime emailedAt) {

    /** Overdue and due soon together. */
    public int due() {
        return overdue.size() + dueSoon.size();
    }

    /** "2 overdue, 1 due soon". */
    public static String summary(int overdue, int dueSoon) {
        return overdue + " overdue, " + dueSoon + " due soon";
    }
}
