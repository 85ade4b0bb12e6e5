package org.entente.plan;

import org.entente.cadence.BalanceReport;

import java.time.LocalDateTime;
import java.util.List;

/** A body's plan in the JSON API: the current version, or a preview ({@code planVersion} is what accepting creates). */
public record PlanJson(long bodyId, Integer planVersion, Integer basePlanVersion, Long bodyVersion,
                       LocalDateTime acceptedAt, int changed, List<MeetingJson> meetings, BalanceReport report) {

    public static PlanJson of(ScheduleView view) {
        return new PlanJson(view.bodyId(), view.planVersion(), null, null, view.acceptedAt(), view.changedCount(),
                view.all().stream().map(MeetingJson::of).toList(), view.report());
    }

    public static PlanJson of(PlanPreview preview, ScheduleView view) {
        return new PlanJson(view.bodyId(), preview.basePlanVersion() + 1, preview.basePlanVersion(),
                preview.bodyVersion(), null, preview.changed(), view.all().stream().map(MeetingJson::of).toList(),
                preview.report());
    }

    /** What a client sends to accept a plan: the versions of the preview it saw (both optional for a first plan). */
    public record Accept(Integer basePlanVersion, Long bodyVersion) {
    }
}
