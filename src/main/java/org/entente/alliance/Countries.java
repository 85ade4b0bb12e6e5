package org.entente.alliance;

import io.quarkus.qute.TemplateGlobal;
import org.entente.web.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The countries an office can be in, by name, and the time zones of each (the tz database's {@code zone.tab}, copied
 * into {@code tz/zone.tab}): the office form offers a country picker and suggests the zone of a one-zone country.
 */
public final class Countries {

    /** Country code → its time zones, in zone.tab's order. */
    static final Map<String, List<String>> ZONES;
    /**
     * Country code → the zone to fill in: the only one, or the one zone.tab describes as covering "most of" the
     * country or its "mainland" (Germany: Europe/Berlin, not Europe/Busingen). Countries without one are picked from.
     */
    static final Map<String, String> SUGGESTED;

    static {
        Map<String, List<String>> zones = new LinkedHashMap<>();
        Map<String, String> suggested = new LinkedHashMap<>();
        readZoneTab().forEach(cells -> {
            zones.computeIfAbsent(cells[0], c -> new ArrayList<>()).add(cells[2]);
            String comment = cells.length > 3 ? cells[3] : "";
            if (comment.startsWith("most of") || comment.contains("(mainland)")) {
                suggested.putIfAbsent(cells[0], cells[2]);
            }
        });
        zones.forEach((country, list) -> {
            if (list.size() == 1) {
                suggested.put(country, list.get(0));
            }
        });
        zones.replaceAll((country, list) -> List.copyOf(list));
        ZONES = Map.copyOf(zones);
        SUGGESTED = Map.copyOf(suggested);
    }
    /** Every ISO 3166 country, by English name: "Germany" sends DE. */
    static final List<Option> OPTIONS = java.util.Arrays.stream(Locale.getISOCountries())
            .map(code -> new Option(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(Option::label, java.text.Collator.getInstance(Locale.ENGLISH)))
            .toList();
    private static final java.util.Set<String> CODES = java.util.Set.of(Locale.getISOCountries());
    private static final String ZONES_JSON = ZONES.entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\":{\"zones\":[" + e.getValue().stream().map(z -> "\"" + z + "\"")
                    .collect(Collectors.joining(",")) + "]"
                    + (SUGGESTED.containsKey(e.getKey()) ? ",\"suggested\":\"" + SUGGESTED.get(e.getKey()) + "\"" : "")
                    + "}")
            .collect(Collectors.joining(",", "{", "}"));

    private Countries() {
    }

    /** The office form's country choices. */
    @TemplateGlobal
    static List<Option> countryChoices() {
        return OPTIONS;
    }

    /** The codes of the choices: a code that is not one is shown as typed, with the error next to it. */
    @TemplateGlobal
    static java.util.Set<String> countryCodes() {
        return CODES;
    }

    /** Country code → zones and suggestion as JSON, for the office form's script (all plain ASCII). */
    @TemplateGlobal
    static String countryZonesJson() {
        return ZONES_JSON;
    }

    /** The time zones of a country (empty for an unknown code). */
    public static List<String> zonesOf(String country) {
        return country == null ? List.of() : ZONES.getOrDefault(country.toUpperCase(Locale.ROOT), List.of());
    }

    private static List<String[]> readZoneTab() {
        try (InputStream in = Countries.class.getClassLoader().getResourceAsStream("tz/zone.tab")) {
            if (in == null) {
                throw new IllegalStateException("tz/zone.tab is missing from the class path");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t"))
                    .filter(cells -> cells.length >= 3)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
