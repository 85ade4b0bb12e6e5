package org.entente.launch;

import org.entente.web.Option;

import java.time.LocalDate;
import java.util.List;

/**
 * The launch event of an alliance as its page and the API show it: date, venue from the steering committee's
 * plan, who attends from each partner, and the checklist with its progress.
 */
public record LaunchView(long allianceId, String allianceName, LocalDate launchDate, Venue venue, Long planBodyId,
                         boolean attendeesFromBodies, List<PartnerAttendees> attendees, List<Row> items,
                         List<Option> owners) {

    public long doneCount() {
        return items.stream().filter(Row::done).count();
    }

    public long overdueCount() {
        return items.stream().filter(Row::overdue).count();
    }

    public int total() {
        return items.size();
    }

    /** The launch meeting of the current plan of a body (the steering committee first). */
    public record Venue(long bodyId, String bodyName, long meetingId, LocalDate date, String localTime,
                        String timeZone, String mode, boolean inPerson, String office, String host,
                        boolean dinner) {
    }

    /** The people of one partner organisation who attend the launch. */
    public record PartnerAttendees(long partnerId, String partner, List<Attendee> people) {
    }

    public record Attendee(long id, String name, String title) {
    }

    /** One checklist item with its owner's name and its due date counted back from the launch date. */
    public record Row(long id, String title, StandardItem kind, Integer daysBefore, Long ownerId, String owner,
                      LocalDate dueDate, boolean done, boolean overdue, long version) {

        public boolean standard() {
            return kind != null;
        }
    }

    /** The checklist item with this id, as its edit form shows it. */
    public Row item(long id) {
        return items.stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No launch item " + id));
    }
}
