package org.entente.relationship;

import org.entente.alliance.Stance;

import java.time.LocalDate;

/**
 * One person of a partner on the keep-in-touch dashboard: their cadence ({@code ownMonths} null when it is their
 * stance's default), owner, last interaction and where they stand.
 */
public record KeepInTouchRow(long personId, long allianceId, String name, String email, String partner, Stance stance,
                             LocalDate addedOn, LocalDate lastInteraction, Integer ownMonths, int months,
                             Long ownerId, String owner, LocalDate dueDate, long daysLeft, KeepInTouchStatus status,
                             long version) {

    /** This row on its alliance's dashboard, keeping an owner filter when {@code owner} is a number. */
    public String dashboardLink(String owner) {
        String filter = owner != null && owner.strip().matches("\\d{1,18}") ? "?owner=" + owner.strip() : "";
        return "/alliances/" + allianceId + "/keep-in-touch" + filter + "#person-" + personId;
    }

    /** "12 days overdue", "due today", "due in 5 days". */
    public String dueText() {
        if (daysLeft < 0) {
            return -daysLeft + (daysLeft == -1 ? " day" : " days") + " overdue";
        }
        return daysLeft == 0 ? "due today" : "due in " + daysLeft + (daysLeft == 1 ? " day" : " days");
    }
}
