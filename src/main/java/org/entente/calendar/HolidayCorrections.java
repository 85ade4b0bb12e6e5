package org.entente.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the holiday library is wrong or incomplete, the reviewed correction file {@code holidays/corrections.csv}
 * fixes it: dated holidays added or removed, and the substitution rules of countries the library does not apply
 * (Japan's substitute and citizens' holidays, Singapore's Monday in lieu, Canada's observed weekdays).
 */
final class HolidayCorrections {

    static final String FILE = "holidays/corrections.csv";

    enum Change { ADD, REMOVE, SUBSTITUTE_SUNDAY, SUBSTITUTE_WEEKEND, BETWEEN_TWO_HOLIDAYS }

    record Correction(String country, String subdivision, LocalDate date, Change change, String name) {

        boolean appliesTo(String officeCountry, String officeSubdivision) {
            return country.equalsIgnoreCase(officeCountry)
                    && (subdivision == null || subdivision.equalsIgnoreCase(officeSubdivision));
        }
    }

    private final List<Correction> corrections;

    private HolidayCorrections(List<Correction> corrections) {
        this.corrections = List.copyOf(corrections);
    }

    /** The dated additions and removals, in file order. */
    List<Correction> dated() {
        return corrections.stream().filter(c -> c.date() != null).toList();
    }

    /** The corrections shipped with Entente. */
    static HolidayCorrections shipped() {
        try (InputStream in = HolidayCorrections.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HolidayCorrections parse(List<String> lines) {
        List<Correction> parsed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length < 5) {
                throw new IllegalStateException(FILE + " line " + (i + 1) + ": expected country, subdivision, date, "
                        + "change, name, why");
            }
            Change change = Change.valueOf(cells[3].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            boolean rule = change != Change.ADD && change != Change.REMOVE;
            String date = cells[2].strip();
            if (rule != date.equals("*")) {
                throw new IllegalStateException(FILE + " line " + (i + 1) + ": a rule has the date *, an addition or "
                        + "removal a date");
            }
            parsed.add(new Correction(cells[0].strip(), cells[1].isBlank() ? null : cells[1].strip(),
                    rule ? null : LocalDate.parse(date), change, cells[4].strip()));
        }
        return new HolidayCorrections(parsed);
    }

    /**
     * The library's holidays of one office's country and subdivision, corrected. The caller passes the years around
     * the one it needs, so that a substitute may cross the turn of a year.
     */
    Map<LocalDate, String> correct(String country, String subdivision, Map<LocalDate, String> library) {
        TreeMap<LocalDate, String> days = new TreeMap<>(library);
        List<Correction> rules = new ArrayList<>();
        for (Correction c : corrections) {
            if (!c.appliesTo(country, subdivision)) {
                continue;
            }
            switch (c.change()) {
                case ADD -> days.putIfAbsent(c.date(), c.name());
                case REMOVE -> days.remove(c.date());
                default -> rules.add(c);
            }
        }
        for (Correction rule : rules) {
            switch (rule.change()) {
                case SUBSTITUTE_SUNDAY -> substitute(days, rule.name(), RestDays.SUNDAY);
                case SUBSTITUTE_WEEKEND -> substitute(days, rule.name(), RestDays.SATURDAY_AND_SUNDAY);
                case BETWEEN_TWO_HOLIDAYS -> between(days, rule.name());
                default -> throw new IllegalStateException(rule.change().name());
            }
        }
        return days;
    }

    /** The days whose holidays a substitution rule moves. */
    private enum RestDays {
        SUNDAY, SATURDAY_AND_SUNDAY;

        boolean has(DayOfWeek day) {
            return day == DayOfWeek.SUNDAY || (this == SATURDAY_AND_SUNDAY && day == DayOfWeek.SATURDAY);
        }
    }

    /**
     * Each holiday that falls on one of the given days gives the next day off that is neither one of those days nor
     * a holiday (taken in date order, so two weekend holidays give two weekdays).
     */
    private static void substitute(TreeMap<LocalDate, String> days, String label, RestDays moved) {
        for (Map.Entry<LocalDate, String> holiday : new ArrayList<>(days.entrySet())) {
            if (!moved.has(holiday.getKey().getDayOfWeek())) {
                continue;
            }
            LocalDate next = holiday.getKey().plusDays(1);
            while (days.containsKey(next) || next.getDayOfWeek() == DayOfWeek.SUNDAY
                    || (moved == RestDays.SATURDAY_AND_SUNDAY && next.getDayOfWeek() == DayOfWeek.SATURDAY)) {
                next = next.plusDays(1);
            }
            days.put(next, label + " (" + holiday.getValue() + ")");
        }
    }

    /** A day that is not a Sunday or a holiday but lies between two holidays is a holiday too. */
    private static void between(TreeMap<LocalDate, String> days, String label) {
        if (days.isEmpty()) {
            return;
        }
        for (LocalDate day = days.firstKey(); day.isBefore(days.lastKey()); day = day.plusDays(1)) {
            if (!days.containsKey(day) && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && days.containsKey(day.minusDays(1)) && days.containsKey(day.plusDays(1))) {
                days.put(day, label);
            }
        }
    }
}
