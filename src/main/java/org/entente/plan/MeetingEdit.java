package org.entente.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.entente.cadence.Mode;
import org.entente.web.WebLink;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * A manager's change to one meeting: its local date and time (in the host office's zone, or the body's zone for
 * video), mode, venue, status, links and who attended. Any change locks the meeting.
 */
public record MeetingEdit(
        @NotNull(message = "Date is required") LocalDate date,
        @NotNull(message = "Start time is required") LocalTime time,
        @NotNull(message = "Mode is required") Mode mode,
        Long officeId,
        @NotNull(message = "Status is required") MeetingStatus status,
        @Size(max = 500, message = "The video link is at most 500 characters")
        @WebLink(message = "The video link is a web address starting with https://, without spaces, quotes or "
                + "angle brackets") String videoLink,
        @Size(max = 300, message = "The venue address is at most 300 characters") String venueAddress,
        Set<Long> attendeeIds) {
}
