package org.entente.plan;

import java.util.List;

/**
 * Refuses an acceptance because the planner would now propose another plan than the one that was previewed: carries
 * the new preview and, meeting by meeting, what differs, so that the manager sees the change before accepting.
 */
public class PlanChanged extends RuntimeException {

    private final transient PlanPreview preview;
    private final transient List<PreviewDigest.Difference> differences;

    PlanChanged(PlanPreview preview, List<PreviewDigest.Difference> differences) {
        super("The plan changed since it was previewed");
        this.preview = preview;
        this.differences = List.copyOf(differences);
    }

    public PlanPreview preview() {
        return preview;
    }

    List<PreviewDigest.Difference> differences() {
        return differences;
    }
}
