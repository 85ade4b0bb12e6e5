package org.entente.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import org.entente.alliance.AllianceService;
import org.entente.alliance.Office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Which office of an alliance is off when over twelve months: public holidays, extra days off and blackouts. */
@ApplicationScoped
public class HolidayOverview {

    private final AllianceService alliances;
    private final PublicHolidays holidays;

    public HolidayOverview(AllianceService alliances, PublicHolidays holidays) {
        this.alliances = alliances;
        this.holidays = holidays;
    }

    /** One day off: {@code office} is "All offices" for a blackout. */
    public record Row(LocalDate date, LocalDate until, String office, String name, String kind) {
    }

    /** The days off from {@code from} up to (excluding) the same date a year later, by date then office. */
    public List<Row> rows(long allianceId, LocalDate from) {
        alliances.get(allianceId);
        LocalDate end = from.plusYears(1);
        List<Row> rows = new ArrayList<>();
        List<Office> offices = Office.ofAlliance(allianceId);
        Map<Long, String> labels = offices.stream().collect(Collectors.toMap(o -> o.id, HolidayOverview::label));
        for (Office o : offices) {
            for (int year = from.getYear(); year <= end.getYear(); year++) {
                holidays.holidays(o.country, o.subdivision, year).forEach((date, name) -> {
                    if (!date.isBefore(from) && date.isBefore(end)) {
                        rows.add(new Row(date, null, labels.get(o.id), name, "Public holiday"));
                    }
                });
            }
        }
        OfficeDayOff.ofOffices(labels.keySet()).stream()
                .filter(d -> !d.offDate.isBefore(from) && d.offDate.isBefore(end))
                .forEach(d -> rows.add(new Row(d.offDate, null, labels.get(d.officeId), d.name, "Office day off")));
        BlackoutPeriod.ofAlliance(allianceId).stream()
                .filter(b -> !b.lastDay.isBefore(from) && b.firstDay.isBefore(end))
                .forEach(b -> rows.add(new Row(b.firstDay, b.lastDay, "All offices", b.name, "Blackout")));
        rows.sort(Comparator.comparing(Row::date).thenComparing(Row::office));
        return rows;
    }

    static String label(Office o) {
        return o.city + " (" + o.country + (o.subdivision == null ? "" : "-" + o.subdivision) + ", " + o.partner.name + ")";
    }
}
