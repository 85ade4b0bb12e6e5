package org.entente.cadence;

import java.time.LocalTime;

/**
 * One office of a partner organisation taking part in a body's meetings; the first office listed for a partner
 * is that partner's venue when it hosts.
 *
 * @param country     ISO 3166 alpha-2 code
 * @param subdivision ISO 3166-2 subdivision code or null
 * @param timeZone    IANA zone id
 */
public record Office(long partnerId, long officeId, String country, String subdivision, String timeZone,
                     LocalTime workdayStart, LocalTime workdayEnd) {
}
