package org.entente.plan;

import jakarta.enterprise.context.ApplicationScoped;
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceService;
import org.entente.alliance.Person;
import org.entente.alliance.PersonService;
import org.entente.body.BodyService;
import org.entente.body.GovernanceBody;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Puts the current plans of several bodies on one time line: a whole alliance, or the bodies a person sits on. */
@ApplicationScoped
public class Timelines {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final AllianceService alliances;
    private final BodyService bodies;
    private final PersonService people;
    private final PlanViews views;

    public Timelines(AllianceService alliances, BodyService bodies, PersonService people, PlanViews views) {
        this.alliances = alliances;
        this.bodies = bodies;
        this.people = people;
        this.views = views;
    }

    /** One line of the time line: the body (and alliance) a meeting belongs to, and the meeting. */
    public record Entry(long allianceId, String allianceName, long bodyId, String bodyName, ScheduleRow meeting) {
    }

    /** The entries of one calendar month. */
    public record Month(String label, List<Entry> entries) {
    }

    /** A time line with a title; {@code months} hold upcoming meetings only unless {@code withPast}. */
    public record Timeline(String title, String subtitle, List<Month> months, int bodies) {
    }

    public Timeline alliance(long allianceId) {
        Alliance alliance = alliances.get(allianceId);
        List<GovernanceBody> list = bodies.ofAlliance(allianceId);
        return new Timeline(alliance.name, list.size() + " governance bodies", months(upcoming(list)), list.size());
    }

    public Timeline person(long personId) {
        Person person = people.get(personId);
        List<GovernanceBody> list = GovernanceBody.list("?1 member of memberIds", personId);
        return new Timeline(person.name, person.partner.name + " · member of " + list.size() + " bodies",
                months(upcoming(list)), list.size());
    }

    /** The alliance a person belongs to (loaded with the person's time line, so no further query). */
    public long allianceOf(long personId) {
        return people.get(personId).partner.alliance.id;
    }

    private List<Entry> upcoming(List<GovernanceBody> list) {
        List<Entry> entries = new ArrayList<>();
        for (ScheduleView view : views.schedules(list)) {
            view.upcoming().forEach(row -> entries.add(new Entry(view.allianceId(), view.allianceName(), view.bodyId(),
                    view.bodyName(), row)));
        }
        return entries;
    }

    private static List<Month> months(List<Entry> entries) {
        Map<String, List<Entry>> byMonth = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing((Entry e) -> e.meeting().start().toInstant()))
                .forEach(e -> byMonth.computeIfAbsent(MONTH.format(e.meeting().start()), k -> new ArrayList<>()).add(e));
        return byMonth.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue())).toList();
    }
}
