package org.entente.cadence;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rejects requests no plan can be made from, naming the first offending field by its JSON name. */
final class PlanInputValidator {

    /** Keeps every target numerator far from overflow: n * shares' denominators * weights < 2^63. */
    static final int MAX_WEIGHT = 1_000;

    private PlanInputValidator() {
    }

    /** Throws {@link InvalidPlanInput} for the first invalid field; returns normally when a plan can be made. */
    static void validate(PlanRequest request) {
        require(request != null, "request", "is required");
        validateCadence(request.cadence());
        validateOffices(request.offices());
        validatePolicy(request.policy(), partnerIds(request.offices()));
    }

    private static void validateCadence(Cadence c) {
        require(c != null, "cadence", "is required");
        require(c.every() >= 1, "cadence.every", "must be at least 1, was " + c.every());
        require(c.unit() != null, "cadence.unit", "must be WEEKS or MONTHS");
        require(c.firstDate() != null, "cadence.firstDate", "is required");
        require(c.count() != null || c.until() != null, "cadence.count", "give a count or an end date (until)");
        require(c.count() == null || c.count() >= 1, "cadence.count", "must be at least 1, was " + c.count());
        require(c.count() == null || c.count() <= CadenceDates.MAX_MEETINGS, "cadence.count",
                "must be at most " + CadenceDates.MAX_MEETINGS);
        require(c.until() == null || !c.until().isBefore(c.firstDate()), "cadence.until",
                "must not be before firstDate " + c.firstDate());
        require(c.localTime() != null, "cadence.localTime", "is required");
        require(c.durationMinutes() > 0, "cadence.durationMinutes", "must be positive, was " + c.durationMinutes());
        require(c.durationMinutes() <= 24 * 60, "cadence.durationMinutes", "must be at most a day");
        zone(c.timeZone(), "cadence.timeZone");
        if (c.unit() == CadenceUnit.MONTHS) {
            require(c.weekday() != null, "cadence.weekday", "is required for a monthly cadence");
            Integer w = c.weekOfMonth();
            require(w != null && (w == -1 || w >= 1 && w <= 4), "cadence.weekOfMonth",
                    "must be 1..4 or -1 (last), was " + w);
        }
    }

    private static void validateOffices(List<Office> offices) {
        require(offices != null && !offices.isEmpty(), "offices", "at least one office is required");
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < offices.size(); i++) {
            Office o = offices.get(i);
            String at = "offices[" + i + "]";
            require(o != null, at, "is required");
            require(ids.add(o.officeId()), at + ".id", "duplicate office id " + o.officeId());
            require(o.country() != null && o.country().length() == 2, at + ".country",
                    "must be an ISO 3166 alpha-2 code, was " + o.country());
            zone(o.timeZone(), at + ".timeZone");
            require(o.workdayStart() != null && o.workdayEnd() != null && o.workdayStart().isBefore(o.workdayEnd()),
                    at + ".workdayStart", "must be before workdayEnd");
        }
    }

    private static void validatePolicy(ModePolicy p, Set<Long> partners) {
        require(p != null, "policy", "is required");
        share(p.inPersonShare(), "policy.inPersonShare");
        if (p.laterShare() != null) {
            require(p.laterShare().from() != null, "policy.laterShare.from", "is required");
            share(p.laterShare().inPersonShare(), "policy.laterShare.inPersonShare");
        }
        Map<Long, Integer> weights = p.hostWeights();
        if (weights != null && !weights.isEmpty()) {
            require(weights.keySet().equals(partners), "policy.hostWeights",
                    "must name every partner " + partners + ", was " + weights.keySet());
            require(weights.values().stream().allMatch(w -> w != null && w >= 0), "policy.hostWeights",
                    "weights must not be negative");
            require(weights.values().stream().anyMatch(w -> w > 0), "policy.hostWeights",
                    "at least one weight must be positive");
            require(weights.values().stream().allMatch(w -> w <= MAX_WEIGHT), "policy.hostWeights",
                    "weights must be at most " + MAX_WEIGHT);
        }
        require(p.maxVideoInARow() == null || p.maxVideoInARow() >= 0, "policy.maxVideoInARow",
                "must not be negative");
        require(p.tripsPerPartnerPerYear() == null || p.tripsPerPartnerPerYear() >= 0,
                "policy.tripsPerPartnerPerYear", "must not be negative");
        if (p.tripCaps() != null) {
            p.tripCaps().forEach((id, cap) -> {
                require(id != null && partners.contains(id), "policy.tripCaps",
                        "names " + id + ", which is not one of the partners " + partners);
                require(cap != null && cap >= 0, "policy.tripCaps", "the cap of partner " + id
                        + " must be a number, not negative");
            });
        }
        require(p.dinnerEvery() == null || p.dinnerEvery() >= 1, "policy.dinnerEvery", "must be at least 1");
        require(p.launchHostPartnerId() == null || partners.contains(p.launchHostPartnerId()),
                "policy.launchHostPartnerId", "must be one of the partners " + partners);
    }

    private static void share(double value, String field) {
        require(!Double.isNaN(value) && value >= 0 && value <= 1, field, "must be between 0 and 1, was " + value);
    }

    private static void zone(String id, String field) {
        require(id != null, field, "is required");
        try {
            ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidPlanInput(field, "unknown time zone '" + id + "'");
        }
    }

    private static Set<Long> partnerIds(List<Office> offices) {
        Set<Long> ids = new HashSet<>();
        offices.forEach(o -> ids.add(o.partnerId()));
        return ids;
    }

    private static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw new InvalidPlanInput(field, message);
        }
    }
}
