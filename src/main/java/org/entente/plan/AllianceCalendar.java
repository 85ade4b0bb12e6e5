package org.entente.plan;

import org.entente.cadence.NonWorkingDays;

/**
 * The days off that count when planning an alliance's meetings: weekends, public holidays, the alliance's blackout
 * periods and extra days off of its offices (the calendar feature provides it, so {@code plan} need not know it).
 */
public interface AllianceCalendar {

    NonWorkingDays forAlliance(long allianceId);
}
