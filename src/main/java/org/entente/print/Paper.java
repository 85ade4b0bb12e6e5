package org.entente.print;

import java.util.Locale;
import java.util.Set;

/** The paper a plan is printed on; US and Canadian alliances default to Letter, everyone else to A4. */
public enum Paper {
    A4("A4"), LETTER("letter");

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE");

    public final String css;

    Paper(String css) {
        this.css = css;
    }

    public static Paper forCountry(String country) {
        return country != null && LETTER_COUNTRIES.contains(country.toUpperCase(Locale.ROOT)) ? LETTER : A4;
    }

    /** The paper asked for ("a4", "letter"), else the one for {@code country}. */
    public static Paper choose(String asked, String country) {
        if (asked != null) {
            for (Paper p : values()) {
                if (p.name().equalsIgnoreCase(asked)) {
                    return p;
                }
            }
        }
        return forCountry(country);
    }
}
