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
 * from the jollyday library, on the dates they are observed, corrected where the library is wrong by the reviewed
 * file {@code holidays/corrections.csv} ({@link HolidayCorrections}). A date is a day off for a meeting when it is one for any attending office.
 */
@ApplicationScoped
public class PublicHolidays implements NonWorkingDays {

    private static final Logger LOG = Logger.getLogger(PublicHolidays.class);

    private final HolidayCorrections corrections;

    private final Map<String, Optional<HolidayManager>> managers = new ConcurrentHashMap<>();
    private final Map<String, Map<LocalDate, String>> years = new ConcurrentHashMap<>();

    public PublicHolidays() {
        this(HolidayCorrections.shipped());
    }

    /** With other corrections than the shipped ones (tests compare with the library as it is). */
    PublicHolidays(HolidayCorrections corrections) {
        this.corrections = corrections;
    }

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

    /**
     * The public holidays of a country (and subdivision) in a year, by the date they are observed; empty for an unknown
     * country. A holiday of the next year observed in this one (New Year's Day on a Saturday, observed on 31 December)
     * belongs to this year.
     */
    public Map<LocalDate, String> holidays(String country, String subdivision, int year) {
        String key = country + "/" + (subdivision == null ? "" : subdivision) + "/" + year;
        return years.computeIfAbsent(key, k -> manager(country).map(m -> {
            Map<LocalDate, String> byDate = new java.util.TreeMap<>();
            String[] args = subdivision == null ? new String[0] : new String[]{subdivision.toLowerCase(Locale.ROOT)};
            for (int y = year - 1; y <= year + 1; y++) {
                for (Holiday h : m.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY, args)) {
                    // getDate() is the day off (a Saturday's Independence Day is observed on the Friday before);
                    // getActualDate() is the calendar date, which may be a weekend
                    byDate.putIfAbsent(h.getDate(), h.getDescription(Locale.ENGLISH));
                }
            }
            Map<LocalDate, String> inYear = new java.util.TreeMap<>();
            corrections.correct(country, subdivision, byDate).forEach((date, name) -> {
                if (date.getYear() == year) {
                    inYear.put(date, name);
                }
            });
            return Map.copyOf(inYear);
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
