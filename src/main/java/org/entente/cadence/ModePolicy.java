package org.entente.cadence;

import java.time.LocalDate;
import java.util.List;
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
 * @param tripsPerPartnerPerYear at most this many trips per partner per calendar year, or null; the default cap
 *                               of every partner that {@code tripCaps} does not name
 * @param dinnerEvery            dinner at every k-th in-person meeting counted from the launch, or null (launch only)
 * @param launchInPerson         whether the launch meeting is in person
 * @param launchHostPartnerId    the partner hosting the launch, or null: the partner whose hosting it keeps the host
 *                               level most balanced (the weights decide; ties to the lowest id)
 * @param launchDate             the launch is the first meeting on or after this date; null = the first meeting
 * @param tripCaps               trips per calendar year per partner id, overriding {@code tripsPerPartnerPerYear}
 *                               for the partners it names; null or empty = that default for everyone
 */
public record ModePolicy(double inPersonShare, LaterShare laterShare, boolean hybridAllowed,
                         Map<Long, Integer> hostWeights, Integer maxVideoInARow, Integer tripsPerPartnerPerYear,
                         Integer dinnerEvery, boolean launchInPerson, Long launchHostPartnerId,
                         LocalDate launchDate, Map<Long, Integer> tripCaps) {

    /** A policy without per-partner trip caps. */
    public ModePolicy(double inPersonShare, LaterShare laterShare, boolean hybridAllowed,
                      Map<Long, Integer> hostWeights, Integer maxVideoInARow, Integer tripsPerPartnerPerYear,
                      Integer dinnerEvery, boolean launchInPerson, Long launchHostPartnerId, LocalDate launchDate) {
        this(inPersonShare, laterShare, hybridAllowed, hostWeights, maxVideoInARow, tripsPerPartnerPerYear,
                dinnerEvery, launchInPerson, launchHostPartnerId, launchDate, null);
    }

    /**
     * The cap on trips per calendar year of each partner, in the order of {@code partnerIds}; null when no
     * partner has a cap. A partner without a cap of its own gets {@code tripsPerPartnerPerYear}, or no cap
     * ({@link Integer#MAX_VALUE}).
     */
    public int[] capsFor(List<Long> partnerIds) {
        boolean any = tripsPerPartnerPerYear != null || tripCaps != null && !tripCaps.isEmpty();
        if (!any) {
            return null;
        }
        int[] caps = new int[partnerIds.size()];
        for (int i = 0; i < caps.length; i++) {
            Integer own = tripCaps == null ? null : tripCaps.get(partnerIds.get(i));
            caps[i] = own != null ? own : tripsPerPartnerPerYear != null ? tripsPerPartnerPerYear : Integer.MAX_VALUE;
        }
        return caps;
    }

    /** A policy with the given share, equal host weights, an in-person launch hosted as the weights decide and
     * no limits. */
    public static ModePolicy share(double inPersonShare) {
        return new ModePolicy(inPersonShare, null, false, null, null, null, null, true, null, null);
    }
}
