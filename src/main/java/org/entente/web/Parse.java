package org.entente.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Turns the text a form sent into typed values, recording a field error for what does not parse. */
public final class Parse {

    /**
     * The days Entente accepts anywhere (forms, JSON, query parameters): {@link LocalDate#parse} also takes
     * {@code +10000-01-01}, year 0 and negative years, which no governance calendar needs and the database cannot
     * store.
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);
    static final String DATE_FORMAT_MESSAGE = "Enter a date as YYYY-MM-DD";
    static final String DATE_RANGE_MESSAGE = "Enter a date between " + EARLIEST_DATE + " and " + LATEST_DATE;

    private Parse() {
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static LocalDate date(FieldErrors errors, String field, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        String problem = dateProblem(v);
        if (problem != null) {
            errors.add(field, problem);
            return null;
        }
        return LocalDate.parse(v);
    }

    /** What is wrong with {@code text} as a date (not YYYY-MM-DD, no such day, out of range), or null if nothing. */
    public static String dateProblem(String text) {
        try {
            return inRange(LocalDate.parse(text)) ? null : DATE_RANGE_MESSAGE;
        } catch (DateTimeParseException e) {
            return DATE_FORMAT_MESSAGE;
        }
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    public static LocalTime time(FieldErrors errors, String field, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalTime.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(field, "Enter a time as HH:MM");
            return null;
        }
    }

    public static Integer integer(FieldErrors errors, String field, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(field, "Enter a whole number");
            return null;
        }
    }

    public static Long id(FieldErrors errors, String field, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            errors.add(field, "Choose one of the offered values");
            return null;
        }
    }

    public static BigDecimal decimal(FieldErrors errors, String field, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            errors.add(field, "Enter a number");
            return null;
        }
    }

    public static <E extends Enum<E>> E choice(FieldErrors errors, String field, String value, Class<E> type) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(field, "Choose one of the offered values");
            return null;
        }
    }
}
