package org.entente.cadence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns dates, modes and hosts into meetings: start and end times, venue, launch, dinner and social start. */
final class MeetingAssembler {

    private MeetingAssembler() {
    }

    /**
     * Invariants: locked meetings are returned exactly as given (sequence aside); a hosted meeting starts at the
     * cadence's local time in the host venue's zone, so DST never shifts it; a video meeting's time comes from
     * {@link VideoSlotFinder} (the previous plan's time when still as good) and it always has a social start; the launch and every {@code dinnerEvery}-th hosted
     * meeting counted from the launch have a dinner.
     */
    static List<Meeting> assemble(PlanRequest request, List<DateMover.Placed> placed, ModeAssignment.Result modes,
                                  List<Long> partnerIds, Map<Integer, Meeting> locked, int launchIndex,
                                  Map<Integer, Meeting> previous) {
        Cadence cadence = request.cadence();
        ZoneId reference = ZoneId.of(cadence.timeZone());
        VideoSlotFinder slots = new VideoSlotFinder(request.offices(), cadence.durationMinutes(), reference,
                java.util.Objects.requireNonNullElseGet(request.nonWorkingDays(), WeekendsOnly::new));
        Integer every = request.policy().dinnerEvery();
        List<Meeting> meetings = new ArrayList<>(placed.size());
        int hostedSinceLaunch = -1;
        for (int i = 0; i < placed.size(); i++) {
            // Dinners count from the first meeting on or after the launch date; it is flagged as the launch
            // only when the policy asks for an in-person launch.
            boolean launch = i == launchIndex && request.policy().launchInPerson();
            Mode mode = modes.modes()[i];
            if (i == launchIndex) {
                hostedSinceLaunch = 0;
            } else if (hostedSinceLaunch >= 0 && mode.hosted()) {
                hostedSinceLaunch++;
            }
            Meeting fixed = locked.get(i);
            if (fixed != null) {
                meetings.add(fixed);
                continue;
            }
            LocalDate date = placed.get(i).date();
            DateMove move = placed.get(i).move();
            if (mode.hosted()) {
                Office venue = venue(request.offices(), partnerIds.get(modes.hosts()[i]));
                ZonedDateTime start = ZonedDateTime.of(date, cadence.localTime(), ZoneId.of(venue.timeZone()));
                boolean dinner = launch || hostedSinceLaunch >= 0 && every != null && hostedSinceLaunch % every == 0;
                meetings.add(new Meeting(i + 1, start, start.plusMinutes(cadence.durationMinutes()), mode,
                        venue.partnerId(), venue.officeId(), launch, dinner, false, false, move, false));
            } else {
                Meeting before = previous.get(i);
                VideoSlotFinder.Slot slot = slots.find(date, cadence.localTime(),
                        before != null && before.mode() == Mode.VIDEO ? before.start() : null);
                meetings.add(new Meeting(i + 1, slot.start(), slot.start().plusMinutes(cadence.durationMinutes()),
                        Mode.VIDEO, null, null, launch, false, true, false, move, slot.inconvenient()));
            }
        }
        return meetings;
    }

    /** The partner's venue: its first office in the request. */
    static Office venue(List<Office> offices, long partnerId) {
        return offices.stream().filter(o -> o.partnerId() == partnerId).findFirst().orElseThrow();
    }
}
