package org.entente.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * One meeting as a calendar event: what an iCalendar VEVENT carries. {@code start} is when the event opens
 * (ten minutes before the business part for a social start), in the meeting's own zone.
 *
 * @param sequence grows each time the meeting changes, so calendars replace their copy
 * @param stamp    when this version of the event was published (the plan's acceptance)
 * @param status   what a calendar shows: a planned meeting is tentative until it is confirmed
 */
public record CalendarEvent(String uid, int sequence, Instant stamp, ZonedDateTime start, ZonedDateTime end,
                            String summary, String location, String url, String description, Status status) {

    /** The iCalendar STATUS of a meeting's event (RFC 5545 3.8.1.11). */
    public enum Status {
        TENTATIVE, CONFIRMED, CANCELLED
    }
}
