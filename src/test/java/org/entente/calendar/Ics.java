package org.entente.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads an iCalendar file back with ical4j, checking the wire format (CRLF, folding) on the way. */
final class Ics {

    private Ics() {
    }

    static Calendar parse(String ics) {
        assertThat(ics).as("every line ends in CRLF").doesNotContainPattern("[^\r]\n").endsWith("\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets of line %s", line)
                    .isLessThanOrEqualTo(75);
        }
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (Exception e) {
            throw new AssertionError("iCalendar does not parse: " + e.getMessage() + "\n" + ics, e);
        }
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    static List<String> zones(Calendar calendar) {
        return calendar.<VTimeZone>getComponents(Component.VTIMEZONE).stream()
                .map(z -> z.getTimeZoneId().getValue()).toList();
    }

    static String text(VEvent event, String property) {
        return event.getProperty(property).map(p -> p.getValue()).orElse(null);
    }

    static String tzid(VEvent event, String property) {
        return event.getProperty(property).flatMap(p -> p.<net.fortuna.ical4j.model.Parameter>getParameter("TZID"))
                .map(net.fortuna.ical4j.model.Parameter::getValue).orElse(null);
    }

    static Instant instant(VEvent event, String property) {
        Temporal t = event.<DateProperty<?>>getProperty(property).orElseThrow().getDate();
        return t instanceof ZonedDateTime z ? z.toInstant() : Instant.from(t);
    }
}
