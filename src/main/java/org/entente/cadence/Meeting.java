package org.entente.cadence;

import java.time.ZonedDateTime;

/**
 * One planned occurrence of a body's meeting.
 *
 * @param sequence         1-based position in the plan
 * @param hostPartnerId    null for video
 * @param officeId         null for video
 * @param moved            how the date moved off a day off, or null
 * @param inconvenientSlot a video meeting whose time lies outside some office's working hours
 */
public record Meeting(int sequence, ZonedDateTime start, ZonedDateTime end, Mode mode, Long hostPartnerId,
                      Long officeId, boolean launch, boolean dinner, boolean socialStart, boolean locked,
                      DateMove moved, boolean inconvenientSlot) {
}
