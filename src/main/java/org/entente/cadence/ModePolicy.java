package org.entente.cadence;

import java.time.LocalDate;
import java.util.Map;

/**
 * How a body mixes travel and video and who hosts: the share of meetings where people travel, host weights per
 * partner, the launch, and the hard limits.
 *
 * @param inPersonShare          share (0..1) of meetings where people travel (in person or hybrid)
 * @param laterShare             optional share that applies from a later date, or null
 * @param hybridAllowed          when a trip cap would be exceeded, a meeting may become HYBRID (guests join by
 *                               video) instead of VIDEO
 * @param hostWeights            weight per partner id for hosting in-person meetings; null or empty = equal
 * @param maxVideoInARow         at most this many video meetings in a row, or null for no limit
 * @param tripsPerPartnerPerYear at most this many trips per partner per calendar year, or null
 * @param dinnerEvery            dinner at every k-th in-person meeting counted from the launch, or null (launch only)
 * @param launchInPerson         whether the launch meeting is in person
 * @param launchHostPartnerId    the partner hosting the launch, or null for the lowest partner id
 * @param launchDate             the launch is the first meeting on or after this date; null = the first meeting
 */
public record ModePolicy(double inPersonShare, LaterShare laterShare, boolean hybridAllowed,
                         Map<Long, Integer> hostWeights, Integer maxVideoInARow, Integer tripsPerPartnerPerYear,
                         Integer dinnerEvery, boolean launchInPerson, Long launchHostPartnerId,
                         LocalDate launchDate) {

    /** A policy with the given share, equal host weights, an in-person launch at the lowest partner id and no limits. */
    public static ModePolicy share(double inPersonShare) {
        return new ModePolicy(inPersonShare, null, false, null, null, null, null, true, null, null);
    }
}
