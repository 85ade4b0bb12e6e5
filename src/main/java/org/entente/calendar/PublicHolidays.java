package org.entente.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.entente.cadence.DayOff;
import org.entente.cadence.DayOffKind;
import org.entente.cadence.NonWorkingDays;
import org.entente.cadence.Office;
import org.jboss.logging.Logger;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which days an office does not work: weekends and the public holidays of its country and subdivision,
 * from the jollyday library. A date is a day off for a meeting when it is one for any attending office.
 */
@ApplicationScoped
public class PublicHolidays implements NonWorkingDays {

    private static final Logger LOG = Logger.getLogger(PublicHolidays.class);

    private final Map<String, Optional<HolidayManager>> managers = new ConcurrentHashMap<>();
    private final Map<String, Map<LocalDate, String>> years = new ConcurrentHashMap<>();

    @Override
    public Optional<DayOff> dayOff(LocalDate date, Collection<Office> offices) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of(new DayOff(DayOffKind.WEEKEND, "weekend", null));
        }
        for (Office office : offices) {
            String name = holidays(office.country(), office.subdivision(), date.getYear()).get(date);
            if (name != null) {
                String where = office.subdivision() == null ? office.country()
                        : office.country() + "-" + office.subdivision();
                return Optional.of(new DayOff(DayOffKind.HOLIDAY, name, where));
            }
        }
        return Optional.empty();
    }

    /** The public holidays of a country (and subdivision) in a year, by date; empty for an unknown country. */
    public Map<LocalDate, String> holidays(String country, String subdivision, int year) {
        String key = country + "/" + (subdivision == null ? "" : subdivision) + "/" + year;
        return years.computeIfAbsent(key, k -> manager(country).map(m -> {
            Map<LocalDate, String> byDate = new java.util.TreeMap<>();
            String[] args = subdivision == null ? new String[0] : new String[]{subdivision.toLowerCase(Locale.ROOT)};
            for (Holiday h : m.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, args)) {
                byDate.putIfAbsent(h.getActualDate(), h.getDescription(Locale.ENGLISH));
            }
            return Map.copyOf(byDate);
        }).orElse(Map.of()));
    }

    private Optional<HolidayManager> manager(String country) {
        return managers.computeIfAbsent(country, c -> {
            try {
                return Optional.of(HolidayManager.getInstance(ManagerParameters.create(c.toLowerCase(Locale.ROOT))));
            } catch (RuntimeException e) {
                LOG.warnf("No public holiday calendar for country %s: only weekends count as days off there", c);
                return Optional.empty();
            }
        });
    }
}
