package org.entente.body;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.entente.web.FieldErrors;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** How often a body meets, from when, for how long, at what local time; expressed in the body's time zone. */
public record CadenceData(
        @NotNull(message = "How often is required") @Min(value = 1, message = "Must be at least 1")
        @Max(value = 52, message = "Must be at most 52") Integer every,
        @NotNull(message = "Unit is required") CadenceUnit unit,
        DayOfWeek weekday,
        Integer weekOfMonth,
        @NotNull(message = "First date is required") LocalDate firstDate,
        @Min(value = 1, message = "Must be at least 1") @Max(value = 520, message = "At most 520 meetings") Integer count,
        LocalDate until,
        @NotNull(message = "Local time is required") LocalTime localTime,
        @NotNull(message = "Duration is required") @Min(value = 15, message = "At least 15 minutes")
        @Max(value = 720, message = "At most 720 minutes") Integer durationMinutes,
        @NotBlank(message = "Time zone is required") String timeZone) {

    /** Adds the rules that span fields: monthly needs a weekday and week, a count or an end date, a real zone. */
    public void check(FieldErrors errors) {
        if (unit == CadenceUnit.MONTHS) {
            if (every != null && every > 12) {
                errors.add("cadence.every", "Monthly cadences repeat at most every 12 months");
            }
            if (weekday == null) {
                errors.add("cadence.weekday", "Monthly cadences need a weekday, e.g. the second Tuesday");
            }
            if (weekOfMonth == null || !(weekOfMonth == -1 || weekOfMonth >= 1 && weekOfMonth <= 4)) {
                errors.add("cadence.weekOfMonth", "Week of the month is 1 to 4, or −1 for the last");
            }
        }
        if (count == null && until == null) {
            errors.add("cadence.count", "Give a number of meetings or an end date");
        } else if (count != null && until != null) {
            errors.add("cadence.until", "Give either a number of meetings or an end date, not both");
        }
        if (until != null && firstDate != null && until.isBefore(firstDate)) {
            errors.add("cadence.until", "The end date must not be before the first date");
        }
        if (timeZone != null && !timeZone.isBlank() && !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            errors.add("cadence.timeZone", "Time zone must be an IANA name such as Europe/Amsterdam");
        }
    }

    /** A readable summary such as "every 6 weeks" or "monthly, 2nd Tuesday". */
    public String summary() {
        if (unit == CadenceUnit.MONTHS) {
            String week = weekOfMonth == null ? "" : weekOfMonth == -1 ? "last" : org.entente.web.Formats.ordinal(weekOfMonth);
            String day = weekday == null ? "" : " " + weekday.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            return (every == 1 ? "monthly" : every == 3 ? "quarterly" : "every " + every + " months") + ", " + week + day;
        }
        return every == 1 ? "weekly" : "every " + every + " weeks";
    }
}
