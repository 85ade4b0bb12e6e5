package org.entente.cadence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The planner's facade: turns a body's cadence, offices and mode policy into a balanced, rule-abiding plan of
 * meetings with its balance report.
 */
public final class RotationPlanner {

    /**
     * Plans (or re-plans) one body.
     *
     * <p>Invariants: same request, same result (no randomness, ties by lowest partner id); locked meetings are
     * returned exactly as given; no unlocked meeting falls on a day off of any office or in a blackout unless
     * the report says so; the launch is in person at the launch host when the policy asks; each level's running
     * deviation is the least possible given the forced meetings, so without forced meetings and hard rules it
     * is the exact optimum and at most Tijdeman's bound; when rules contradict, the higher-priority rule wins
     * and the other is listed in {@link BalanceReport#brokenRules()}. Priority: locked meetings, days off, the
     * launch, trip caps, the video limit, balance, working hours of video calls, stability.
     *
     * @throws InvalidPlanInput when the request is invalid; its field is the JSON name of the culprit
     */
    public PlanResult plan(PlanRequest request) {
        PlanInputValidator.validate(request);
        Cadence cadence = request.cadence();
        ZoneId zone = ZoneId.of(cadence.timeZone());
        List<LocalDate> nominal = CadenceDates.expand(cadence);
        int n = nominal.size();
        List<Long> partnerIds = request.offices().stream().map(Office::partnerId).distinct().sorted().toList();
        Map<Integer, Meeting> locked = bySequence(request.lockedMeetings(), n, partnerIds, "lockedMeetings", true);
        Map<Integer, Meeting> previous = bySequence(request.previousPlan(), n, partnerIds, "previousPlan", false);
        locked.keySet().forEach(previous::remove);
        Map<Integer, LocalDate> lockedDates = new TreeMap<>();
        locked.forEach((i, m) -> lockedDates.put(i, m.start().withZoneSameInstant(zone).toLocalDate()));
        LockCheck.check(request.lockedMeetings(), lockedDates, nominal);

        NonWorkingDays calendar = Objects.requireNonNullElseGet(request.nonWorkingDays(), WeekendsOnly::new);
        List<DateMover.Placed> placed = new DateMover(calendar, request.offices()).place(nominal, lockedDates);
        List<LocalDate> dates = placed.stream().map(DateMover.Placed::date).toList();
        List<BrokenRule> broken = new ArrayList<>();
        List<DateMove> moves = new ArrayList<>();
        placed.forEach(p -> {
            if (p.broken() != null) {
                broken.add(p.broken());
            }
            if (p.move() != null) {
                moves.add(p.move());
            }
        });

        int launchIndex = launchIndex(request.policy(), dates);
        contradictions(request.policy(), dates, launchIndex, broken);
        if (launchIndex >= 0 && request.policy().launchInPerson() && locked.containsKey(launchIndex)
                && !locked.get(launchIndex).mode().hosted()) {
            broken.add(new BrokenRule("policy.launchInPerson", launchIndex + 1,
                    "the launch is locked as a video meeting; it stays on video"));
        }
        ModeAssignment.Result modes = new ModeAssignment(dates, partnerIds, request.policy(), locked, launchIndex,
                previous).assign(broken);
        modes = KeepPrevious.choose(modes, dates, partnerIds, request.policy(), locked, previous, launchIndex);
        List<Meeting> meetings = MeetingAssembler.assemble(request, placed, modes, partnerIds, locked, launchIndex,
                previous);
        BalanceReport report = BalanceReporter.report(meetings, dates, modes, partnerIds, moves, broken, request,
                locked, launchIndex);
        return new PlanResult(List.copyOf(meetings), report);
    }

    private static int launchIndex(ModePolicy policy, List<LocalDate> dates) {
        for (int i = 0; i < dates.size(); i++) {
            if (policy.launchDate() == null || !dates.get(i).isBefore(policy.launchDate())) {
                return i;
            }
        }
        return -1;
    }

    private static void contradictions(ModePolicy policy, List<LocalDate> dates, int launch, List<BrokenRule> broken) {
        if (launch < 0 || !policy.launchInPerson()) {
            return;
        }
        LaterShare later = policy.laterShare();
        double share = later != null && !dates.get(launch).isBefore(later.from())
                ? later.inPersonShare() : policy.inPersonShare();
        if (share == 0) {
            broken.add(new BrokenRule("policy.inPersonShare", launch + 1,
                    "a 0 % in-person share contradicts the in-person launch; the launch stays in person"));
        }
        if (policy.hostWeights() != null && !policy.hostWeights().isEmpty() && policy.launchHostPartnerId() != null
                && policy.hostWeights().get(policy.launchHostPartnerId()) == 0) {
            broken.add(new BrokenRule("policy.hostWeights", launch + 1,
                    "the launch host has host weight 0; the launch stays at the launch host"));
        }
    }

    private static Map<Integer, Meeting> bySequence(List<Meeting> meetings, int n, List<Long> partnerIds,
                                                    String field, boolean strict) {
        Map<Integer, Meeting> byIndex = new HashMap<>();
        if (meetings == null) {
            return byIndex;
        }
        for (int j = 0; j < meetings.size(); j++) {
            Meeting m = meetings.get(j);
            String at = field + "[" + j + "]";
            if (m == null || m.mode() == null || m.start() == null || m.mode().hosted() && m.hostPartnerId() == null) {
                throw new InvalidPlanInput(at, "needs a start, a mode and, unless on video, a host; "
                        + (m == null ? "was null" : "a field was null"));
            }
            boolean known = m.sequence() >= 1 && m.sequence() <= n && m.mode() != null
                    && m.start() != null && (!m.mode().hosted() || partnerIds.contains(m.hostPartnerId()));
            if (!known) {
                if (strict) {
                    throw new InvalidPlanInput(at, "needs a sequence 1.." + n + ", a start, a mode and, "
                            + "unless on video, a host among the partners " + partnerIds);
                }
                continue;
            }
            if (strict && byIndex.containsKey(m.sequence() - 1)) {
                throw new InvalidPlanInput(at + ".sequence", "duplicate sequence " + m.sequence());
            }
            byIndex.put(m.sequence() - 1, m);
        }
        return byIndex;
    }
}
