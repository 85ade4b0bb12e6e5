package org.entente.calendar;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.entente.web.WebAddress;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes calendar events as one RFC 5545 iCalendar file: a VTIMEZONE for every zone the events use, one VEVENT per
 * event with its stable UID and SEQUENCE, lines folded at 75 octets with CRLF ends. Same input, same bytes. Stored
 * text never breaks the file: control characters are left out and a link that is no web address is skipped.
 */
public final class IcsWriter {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsWriter() {
    }

    public static String write(String name, List<CalendarEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Entente//Alliance governance planner//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method("PUBLISH"));
        calendar.add(new XProperty("X-WR-CALNAME", oneLine(name)));
        Set<String> zones = new TreeSet<>();
        events.forEach(e -> zones.add(e.start().getZone().getId()));
        for (String zone : zones) {
            calendar.add(timeZone(zone));
        }
        for (CalendarEvent e : events) {
            calendar.add(event(e));
        }
        return Folding.fold(calendar.toString());
    }

    /** ical4j's definition of the zone, under the id that was asked for (it answers some zones with an alias). */
    private static VTimeZone timeZone(String zone) {
        TimeZone tz = ZONES.getTimeZone(zone);
        if (tz == null) {
            throw new IllegalArgumentException("No time zone definition for " + zone);
        }
        VTimeZone vtz = tz.getVTimeZone().copy();
        vtz.replace(new net.fortuna.ical4j.model.property.TzId(zone));
        vtz.removeAll("TZURL", "X-LIC-LOCATION");
        vtz.add(new XProperty("X-LIC-LOCATION", zone));
        return vtz;
    }

    private static VEvent event(CalendarEvent e) {
        VEvent event = new VEvent(false);
        event.add(new Uid(e.uid()));
        event.add(new DtStamp(e.stamp()));
        event.add(new Sequence(e.sequence()));
        event.add(withZone(new DtStart<>(e.start().toLocalDateTime()), e.start()));
        event.add(withZone(new DtEnd<>(e.end().withZoneSameInstant(e.start().getZone()).toLocalDateTime()), e.start()));
        event.add(new Summary(text(e.summary())));
        if (e.location() != null) {
            event.add(new Location(text(e.location())));
        }
        // A link stored before links were validated may be no URI at all: the event goes out without it.
        WebAddress.parse(e.url()).ifPresent(url -> event.add(new Url(url)));
        event.add(new Description(text(e.description())));
        event.add(new Status(switch (e.status()) {
            case TENTATIVE -> Status.VALUE_TENTATIVE;
            case CONFIRMED -> Status.VALUE_CONFIRMED;
            case CANCELLED -> Status.VALUE_CANCELLED;
        }));
        return event;
    }

    /**
     * Stored text as an iCalendar TEXT value: line ends become LF (which ical4j escapes as \\n) and other control
     * characters, which RFC 5545 does not allow in TEXT and which would end a content line, are left out.
     */
    static String text(String value) {
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        lines.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Text for a property ical4j writes without escaping (X-WR-CALNAME): one line. */
    static String oneLine(String value) {
        return text(value).replace('\n', ' ');
    }

    private static <P extends net.fortuna.ical4j.model.Property> P withZone(P property, ZonedDateTime zoned) {
        property.add(new TzId(zoned.getZone().getId()));
        return property;
    }
}
