package org.entente.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.entente.cadence.BalanceReport;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A body's plan in the JSON API: the current version, or a preview ({@code planVersion} is what accepting creates;
 * {@code digest} is what an acceptance sends back to accept exactly this preview).
 */
public record PlanJson(long bodyId, Integer planVersion, Integer basePlanVersion, Long bodyVersion,
                       LocalDateTime acceptedAt, int changed, List<MeetingJson> meetings, BalanceReport report,
                       String digest) {

    public static PlanJson of(ScheduleView view) {
        return new PlanJson(view.bodyId(), view.planVersion(), null, null, view.acceptedAt(), view.changedCount(),
                view.all().stream().map(MeetingJson::of).toList(), view.report(), null);
    }

    public static PlanJson of(PlanPreview preview, ScheduleView view) {
        return new PlanJson(view.bodyId(), preview.basePlanVersion() + 1, preview.basePlanVersion(),
                preview.bodyVersion(), null, preview.changed(), view.all().stream().map(MeetingJson::of).toList(),
                preview.report(), preview.digest());
    }

    /**
     * What a client sends to accept a plan: the versions and the digest of the preview it saw (all optional: without
     * them the plan the planner proposes now is accepted).
     */
    public record Accept(Integer basePlanVersion, Long bodyVersion, String digest) {
    }

    /** The 409 problem when the plan changed since its preview: what differs, and the new preview to accept instead. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Changed(String type, String title, int status, String detail, String instance,
                          List<PlanDifference> differences, PlanJson preview) {
    }
}
