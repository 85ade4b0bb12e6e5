package org.entente.plan;

import org.entente.cadence.BalanceReport;

import java.util.List;

/**
 * A plan the planner proposes before anyone accepts it: the meetings, the balance report, and what would change
 * against the current plan. {@code basePlanVersion}, {@code bodyVersion} and {@code digest} (of every meeting and
 * the report, see {@link PreviewDigest}) tie an acceptance to exactly this preview.
 */
public record PlanPreview(long bodyId, int basePlanVersion, long bodyVersion, List<Proposal> meetings,
                          BalanceReport report, int changed, String digest) {

    /** One proposed meeting with its ice-breaker and whether it differs from the current plan. */
    public record Proposal(org.entente.cadence.Meeting meeting, String icebreaker, boolean changed,
                           String uid, MeetingStatus status, Long currentId) {
    }
}
