package org.entente.web;

import io.quarkus.qute.TemplateExtension;

/** Formatting that pages share: {@code {n.ordinal}} renders 1st, 2nd, 3rd, 4th …; {@code {x.fmt}} a short decimal. */
@TemplateExtension
public final class Formats {

    private static final java.time.format.DateTimeFormatter TO_SECOND =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private Formats() {
    }

    /** A share or deviation for people: at most two decimals, no trailing zeros ({@code 0.5}, {@code 0.75}, {@code 1}). */
    public static String fmt(Double value) {
        if (value == null) {
            return "";
        }
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * {@code {link.webLink}}: the stored link when it is a web address a person can open, else null, so that a link
     * stored before validation (a {@code javascript:} one, or one that breaks out of the attribute) is not made a link.
     */
    public static String webLink(String value) {
        return WebAddress.parse(value).map(java.net.URI::toString).orElse(null);
    }

    /** {@code {t.toSecond}}: a date and time to the second, as tables show it: 2027-01-12 15:04:05. */
    public static String toSecond(java.time.LocalDateTime time) {
        return time == null ? "" : TO_SECOND.format(time);
    }

    /** The short English weekday of a date: Mon, Tue … */
    public static String shortDay(java.time.LocalDate date) {
        return date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
    }

    public static String ordinal(Integer n) {
        if (n == null) {
            return "";
        }
        int lastTwo = Math.abs(n) % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (Math.abs(n) % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
