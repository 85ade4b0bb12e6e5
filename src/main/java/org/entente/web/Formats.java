package org.entente.web;

import io.quarkus.qute.TemplateExtension;

/** Formatting that pages share: {@code {n.ordinal}} renders 1st, 2nd, 3rd, 4th … */
@TemplateExtension
public final class Formats {

    private Formats() {
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
