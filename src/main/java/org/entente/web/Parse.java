package org.entente.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Turns the text a form sent into typed values, recording a field error for what does not parse. */
public final class Parse {

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
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.add(field, "Enter a date as YYYY-MM-DD");
            return null;
        }
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
