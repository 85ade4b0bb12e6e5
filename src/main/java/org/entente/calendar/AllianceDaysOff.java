package org.entente.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import org.entente.cadence.DayOff;
import org.entente.cadence.DayOffKind;
import org.entente.cadence.NonWorkingDays;
import org.entente.cadence.Office;
import org.entente.plan.AllianceCalendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An alliance's planning calendar: weekends and public holidays of the attending offices, then their extra days
 * off, then the alliance's blackout periods. Read once per plan, so a plan sees one consistent set.
 */
@ApplicationScoped
public class AllianceDaysOff implements AllianceCalendar {

    private final PublicHolidays holidays;

    public AllianceDaysOff(PublicHolidays holidays) {
        this.holidays = holidays;
    }

    @Override
    public NonWorkingDays forAlliance(long allianceId) {
        Map<Long, Map<LocalDate, String>> extra = OfficeDayOff.<OfficeDayOff>list(
                        "officeId in (select o.id from Office o where o.partner.alliance.id = ?1)", allianceId)
                .stream().collect(Collectors.groupingBy(d -> d.officeId,
                        Collectors.toMap(d -> d.offDate, d -> d.name, (a, b) -> a)));
        NonWorkingDays withOfficeDays = (date, offices) -> holidays.dayOff(date, offices)
                .or(() -> officeDayOff(extra, date, offices));
        return withOfficeDays.withBlackouts(BlackoutPeriod.ofAlliance(allianceId).stream()
                .map(BlackoutPeriod::toBlackout).toList());
    }

    private static Optional<DayOff> officeDayOff(Map<Long, Map<LocalDate, String>> extra, LocalDate date,
                                                 Collection<Office> offices) {
        for (Office office : offices) {
            String name = extra.getOrDefault(office.officeId(), Map.of()).get(date);
            if (name != null) {
                return Optional.of(new DayOff(DayOffKind.HOLIDAY, name, office.country()));
            }
        }
        return Optional.empty();
    }
}
