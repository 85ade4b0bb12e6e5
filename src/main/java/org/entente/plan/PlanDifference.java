package org.entente.plan;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One way in which the plan the planner proposes now differs from the preview a manager accepted, in words for the
 * page ({@code text}) and with the meeting as it is now for the API ({@code meeting}, null for a removed one).
 */
public record PlanDifference(int sequence, String change, String text, MeetingJson meeting) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    static List<PlanDifference> of(List<PreviewDigest.Difference> differences, ScheduleView now) {
        Map<Integer, ScheduleRow> rows = now.all().stream()
                .collect(Collectors.toMap(ScheduleRow::sequence, Function.identity(), (a, b) -> a));
        return differences.stream().map(d -> of(d, rows.get(d.sequence()))).toList();
    }

    private static PlanDifference of(PreviewDigest.Difference d, ScheduleRow row) {
        String change = d.change().name();
        if (d.sequence() == 0) {
            return new PlanDifference(0, change, "The balance report is different.", null);
        }
        if (d.change() == PreviewDigest.Change.REMOVED || row == null) {
            return new PlanDifference(d.sequence(), PreviewDigest.Change.REMOVED.name(),
                    "Meeting " + d.sequence() + " is no longer in the plan.", null);
        }
        String now = WHEN.format(row.start()) + " " + row.start().getZone().getId() + ", " + row.modeLabel()
                + (row.host() != null ? ", hosted by " + row.host() : "")
                + (row.icebreaker() != null ? ", ice-breaker “" + row.icebreaker() + "”" : "");
        String text = d.change() == PreviewDigest.Change.ADDED
                ? "Meeting " + d.sequence() + " is new: " + now + "."
                : "Meeting " + d.sequence() + " is now " + now + ".";
        return new PlanDifference(d.sequence(), change, text, MeetingJson.of(row));
    }
}
