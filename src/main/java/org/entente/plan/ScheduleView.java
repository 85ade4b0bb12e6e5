package org.entente.plan;

import org.entente.cadence.BalanceReport;

import java.time.LocalDateTime;
import java.util.List;

/** The read model of a body's plan: what the schedule page, the calendar files and the print layout show. */
public record ScheduleView(long bodyId, String bodyName, long allianceId, String allianceName, Integer planVersion,
                           LocalDateTime acceptedAt, int changedCount, List<String> offices, List<ScheduleRow> upcoming,
                           List<ScheduleRow> past, BalanceReport report, List<Chip> strip,
                           java.util.Map<Long, String> partnerNames) {

    /** One meeting in the coloured strip: sequence, css class and a label for screen readers and tooltips. */
    public record Chip(int sequence, String css, String label) {
    }

    /** One accepted version of the body's plan, for the list of versions. */
    public record Version(int planVersion, java.time.LocalDateTime acceptedAt, int changedCount) {

        static List<Version> of(List<Plan> history) {
            return history.stream().map(p -> new Version(p.planVersion, p.acceptedAt, p.changedCount)).toList();
        }
    }

    /** A report category in words: TRAVEL, VIDEO or HOST followed by a partner id. */
    public String category(String category) {
        if (category.startsWith("HOST ")) {
            return "At " + partner(Long.valueOf(category.substring(5).trim()));
        }
        return switch (category) {
            case "TRAVEL" -> "In person or hybrid";
            case "VIDEO" -> "Video";
            default -> category;
        };
    }

    public String partner(Long id) {
        return partnerNames.getOrDefault(id, "partner " + id);
    }

    public boolean hasPlan() {
        return planVersion != null;
    }

    public List<ScheduleRow> all() {
        return java.util.stream.Stream.concat(past.stream(), upcoming.stream()).toList();
    }
}
