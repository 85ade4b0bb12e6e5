package org.entente.launch;

import jakarta.enterprise.context.ApplicationScoped;
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceService;
import org.entente.alliance.Office;
import org.entente.alliance.Person;
import org.entente.body.BodyKind;
import org.entente.body.GovernanceBody;
import org.entente.plan.Meeting;
import org.entente.plan.Plan;
import org.entente.web.Option;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the launch view of an alliance; reads plans and meetings, never changes them. */
@ApplicationScoped
public class LaunchViews {

    private final AllianceService alliances;
    private final Clock clock;

    public LaunchViews(AllianceService alliances, Clock clock) {
        this.clock = clock;
        this.alliances = alliances;
    }

    public LaunchView view(long allianceId) {
        Alliance alliance = alliances.get(allianceId);
        List<GovernanceBody> bodies = GovernanceBody.ofAlliance(allianceId).stream()
                .sorted(Comparator.comparing(b -> b.kind != BodyKind.STEERING_COMMITTEE)).toList();
        Set<Long> members = new HashSet<>();
        bodies.forEach(b -> members.addAll(b.memberIds));
        List<LaunchView.PartnerAttendees> attendees = alliance.partners.stream()
                .map(p -> new LaunchView.PartnerAttendees(p.id, p.name, p.people.stream()
                        .filter(person -> members.isEmpty() || members.contains(person.id))
                        .map(person -> new LaunchView.Attendee(person.id, person.name, person.title)).toList()))
                .toList();
        Map<Long, String> names = new HashMap<>();
        alliance.partners.forEach(p -> p.people.forEach(person -> names.put(person.id, person.name)));
        List<Option> owners = alliance.partners.stream().flatMap(p -> p.people.stream()
                .map(person -> new Option(person.id.toString(), person.name + " (" + p.name + ")"))).toList();
        LocalDate today = LocalDate.now(clock);
        List<LaunchView.Row> rows = LaunchItem.ofAlliance(allianceId).stream()
                .map(i -> row(i, alliance.launchDate, names, today))
                .sorted(Comparator.comparing(LaunchView.Row::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new LaunchView(alliance.id, alliance.name, alliance.launchDate, venue(bodies).orElse(null),
                bodies.isEmpty() ? null : bodies.get(0).id, !members.isEmpty(), attendees, rows, owners);
    }

    /** One item as a row, for the answer to an API change. */
    public LaunchView.Row row(LaunchItem item) {
        Alliance alliance = alliances.get(item.allianceId);
        Map<Long, String> names = new HashMap<>();
        if (item.ownerId != null) {
            Person owner = Person.findById(item.ownerId);
            if (owner != null) {
                names.put(owner.id, owner.name);
            }
        }
        return row(item, alliance.launchDate, names, LocalDate.now(clock));
    }

    private static LaunchView.Row row(LaunchItem i, LocalDate launchDate, Map<Long, String> owners, LocalDate today) {
        LocalDate due = i.due(launchDate);
        return new LaunchView.Row(i.id, i.title, i.kind, i.daysBefore, i.ownerId,
                i.ownerId == null ? null : owners.get(i.ownerId), due, i.done,
                !i.done && due != null && due.isBefore(today), i.version);
    }

    private static Optional<LaunchView.Venue> venue(List<GovernanceBody> bodies) {
        for (GovernanceBody body : bodies) {
            Optional<Meeting> launch = Plan.current(body.id).flatMap(plan -> Meeting.<Meeting>find(
                    "planId = ?1 and launch = true order by sequence", plan.id).firstResultOptional());
            if (launch.isPresent()) {
                return Optional.of(venue(body, launch.get()));
            }
        }
        return Optional.empty();
    }

    private static LaunchView.Venue venue(GovernanceBody body, Meeting m) {
        ZonedDateTime start = m.start();
        Office office = m.officeId == null ? null : Office.findById(m.officeId);
        String mode = switch (m.mode.name()) {
            case "IN_PERSON" -> "In person";
            case "HYBRID" -> "Hybrid";
            default -> "Video";
        };
        return new LaunchView.Venue(body.id, body.name, m.id, start.toLocalDate(),
                start.toLocalTime().toString(), m.timeZone, mode, "IN_PERSON".equals(m.mode.name()),
                office == null ? null : office.label(), office == null ? null : office.partner.name, m.dinner);
    }
}
