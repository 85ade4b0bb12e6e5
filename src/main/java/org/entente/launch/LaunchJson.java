package org.entente.launch;

import java.time.LocalDate;
import java.util.List;

/** The launch event in the JSON API: date, venue, attendees by partner, checklist items and progress. */
public record LaunchJson(long allianceId, String allianceName, LocalDate launchDate, LaunchView.Venue venue,
                         List<LaunchView.PartnerAttendees> attendees, List<LaunchView.Row> items, Progress progress) {

    /** How much of the checklist is done, and how many open items are past their due date. */
    public record Progress(long done, int total, long overdue) {
    }

    public static LaunchJson of(LaunchView v) {
        return new LaunchJson(v.allianceId(), v.allianceName(), v.launchDate(), v.venue(), v.attendees(), v.items(),
                new Progress(v.doneCount(), v.total(), v.overdueCount()));
    }
}
