package org.entente.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import org.entente.alliance.AllianceService;
import org.entente.alliance.Person;
import org.entente.alliance.PersonService;
import org.entente.body.BodyService;
import org.entente.body.GovernanceBody;
import org.entente.cadence.Mode;
import org.entente.plan.PlanViews;
import org.entente.plan.ScheduleRow;
import org.entente.web.WebAddress;
import org.entente.plan.ScheduleView;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the current plans of one body, an alliance's bodies or a person's bodies into calendar events: what each
 * event says, and that a video meeting's event opens ten minutes early for the social start.
 */
@ApplicationScoped
public class MeetingEvents {

    static final int SOCIAL_MINUTES = 10;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final PlanViews views;
    private final BodyService bodies;
    private final AllianceService alliances;
    private final PersonService people;

    public MeetingEvents(PlanViews views, BodyService bodies, AllianceService alliances, PersonService people) {
        this.views = views;
        this.bodies = bodies;
        this.alliances = alliances;
        this.people = people;
    }

    /** A calendar's name and its events, ordered by start. */
    public record Events(String name, List<CalendarEvent> events) {
        public String ics() {
            return IcsWriter.write(name, events);
        }
    }

    public Events body(long bodyId, String baseUrl) {
        GovernanceBody body = bodies.get(bodyId);
        return new Events(body.name, of(List.of(body), baseUrl));
    }

    public Events alliance(long allianceId, String baseUrl) {
        String name = alliances.get(allianceId).name;
        return new Events(name, of(bodies.ofAlliance(allianceId), baseUrl));
    }

    public Events person(long personId, String baseUrl) {
        Person person = people.get(personId);
        List<GovernanceBody> list = GovernanceBody.list("?1 member of memberIds order by id", personId);
        return new Events(person.name + ": meetings", of(list, baseUrl));
    }

    private List<CalendarEvent> of(List<GovernanceBody> list, String baseUrl) {
        List<CalendarEvent> events = new ArrayList<>();
        for (ScheduleView view : views.schedules(list)) {
            if (!view.hasPlan()) {
                continue;
            }
            for (ScheduleRow row : view.all()) {
                events.add(event(view, row, row.revision(), view.acceptedAt().toInstant(ZoneOffset.UTC), baseUrl));
            }
        }
        events.sort(Comparator.comparing((CalendarEvent e) -> e.start().toInstant()).thenComparing(CalendarEvent::uid));
        return events;
    }

    static CalendarEvent event(ScheduleView view, ScheduleRow row, int revision, java.time.Instant stamp,
                               String baseUrl) {
        boolean social = row.mode() == Mode.VIDEO || row.socialStart();
        ZonedDateTime opens = social ? row.start().minusMinutes(SOCIAL_MINUTES) : row.start();
        String place = row.venue() != null ? row.venue() : row.host();
        // the alliance first: a calendar shows several alliances' meetings side by side
        String summary = view.allianceName() + " · " + view.bodyName() + " — " + switch (row.mode()) {
            case IN_PERSON -> "in person at " + place;
            case HYBRID -> "hybrid at " + place;
            case VIDEO -> "video";
        };
        String location = row.mode() == Mode.VIDEO ? "Video"
                : join(", ", row.venue(), row.venueAddress());
        // A video link stored before links were validated may be no web address: the schedule's link stands in.
        String url = WebAddress.parse(row.videoLink()).map(java.net.URI::toString)
                .orElse(baseUrl + "/bodies/" + view.bodyId() + "/schedule#meeting-" + row.id());
        List<String> lines = new ArrayList<>();
        lines.add("Alliance: " + view.allianceName());
        lines.add("Body: " + view.bodyName());
        lines.add("Mode: " + row.modeLabel() + (row.host() == null ? "" : ", hosted by " + row.host()));
        if (row.launch()) {
            lines.add("The launch meeting of the alliance.");
        }
        if (row.dinner()) {
            lines.add("Dinner together after the meeting.");
        }
        if (social) {
            lines.add("The call opens at " + HM.format(opens) + " for a social start; the business part starts at "
                    + HM.format(row.start()) + " (" + row.start().getZone().getId() + ").");
        }
        if (row.icebreaker() != null) {
            lines.add("Ice-breaker: " + row.icebreaker());
        }
        if (row.videoLink() != null) {
            lines.add("Video link: " + row.videoLink());
        }
        if (row.cancelled()) {
            lines.add("This meeting is cancelled.");
        }
        return new CalendarEvent(row.uid(), revision, stamp, opens, row.end(), summary, location, url,
                String.join("\n", lines), status(row.status()));
    }

    /** Planned meetings are tentative in calendars; confirmed and held ones are confirmed. */
    static CalendarEvent.Status status(org.entente.plan.MeetingStatus status) {
        return switch (status) {
            case PLANNED -> CalendarEvent.Status.TENTATIVE;
            case CONFIRMED, HELD -> CalendarEvent.Status.CONFIRMED;
            case CANCELLED -> CalendarEvent.Status.CANCELLED;
        };
    }

    private static String join(String separator, String... parts) {
        String joined = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }
}
