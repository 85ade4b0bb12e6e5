package org.entente.cadence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Decides mode and host of every meeting: travel level first, host level over the hosted meetings second, then
 * repairs trip-cap violations one meeting at a time (another host, else hybrid or video) and solves again.
 */
final class ModeAssignment {

    /** Mode and host (index into the sorted partner ids, -1 for video) per meeting. */
    record Result(Mode[] modes, int[] hosts, Targets travelTargets, long[] hostWeights, int cappedMeetings) {
    }

    private final List<LocalDate> dates;
    private final List<Long> partnerIds;
    private final ModePolicy policy;
    private final Map<Integer, Meeting> locked;
    private final int launchIndex;
    private final Map<Integer, Meeting> previous;

    ModeAssignment(List<LocalDate> dates, List<Long> partnerIds, ModePolicy policy, Map<Integer, Meeting> locked,
                   int launchIndex, Map<Integer, Meeting> previous) {
        this.dates = dates;
        this.partnerIds = partnerIds;
        this.policy = policy;
        this.locked = locked;
        this.launchIndex = launchIndex;
        this.previous = previous;
    }

    /**
     * Invariants: locked meetings keep mode and host; an in-person launch is hosted by the launch host; trip caps
     * hold except where locked meetings or the launch break them (reported); each level is as balanced as the
     * forced meetings allow. Terminates: every repair forces one more meeting, at most twice per meeting.
     */
    Result assign(List<BrokenRule> broken) {
        int n = dates.size();
        int[] travelForced = free(n);
        int[] hostForced = free(n);
        int[] travelPreferred = free(n);
        int[] hostPreferred = free(n);
        boolean[] hybrid = new boolean[n];
        locked.forEach((i, m) -> {
            travelForced[i] = m.mode().hosted() ? TravelLevel.TRAVEL : TravelLevel.VIDEO;
            hostForced[i] = m.mode().hosted() ? partnerIds.indexOf(m.hostPartnerId()) : -1;
            hybrid[i] = m.mode() == Mode.HYBRID;
        });
        if (launchIndex >= 0 && policy.launchInPerson() && !locked.containsKey(launchIndex)) {
            travelForced[launchIndex] = TravelLevel.TRAVEL;
            hostForced[launchIndex] = launchHost();
        }
        previous.forEach((i, m) -> {
            travelPreferred[i] = m.mode().hosted() ? TravelLevel.TRAVEL : TravelLevel.VIDEO;
            hostPreferred[i] = m.mode().hosted() ? partnerIds.indexOf(m.hostPartnerId()) : -1;
        });
        Targets targets = TravelLevel.targets(policy, dates);
        long[] weights = HostLevel.weights(policy, partnerIds);
        Set<Integer> unrepairable = new HashSet<>();
        int[] repairs = new int[n];
        int capped = 0;
        while (true) {
            List<BrokenRule> levelBroken = new ArrayList<>();
            int[] travel = TravelLevel.assign(targets, policy, dates, travelForced, travelPreferred, levelBroken)
                    .categories();
            int[] hosts = hosts(travel, weights, hostForced, hostPreferred);
            Mode[] modes = new Mode[n];
            for (int i = 0; i < n; i++) {
                modes[i] = travel[i] == TravelLevel.VIDEO ? Mode.VIDEO : hybrid[i] ? Mode.HYBRID : Mode.IN_PERSON;
            }
            Integer cap = policy.tripsPerPartnerPerYear();
            TripCaps.Violation v = cap == null ? null
                    : TripCaps.firstViolation(dates, modes, hosts, partnerIds.size(), cap, unrepairable);
            if (v == null) {
                broken.addAll(levelBroken);
                return new Result(modes, hosts, targets, weights, capped);
            }
            int i = v.index();
            if (locked.containsKey(i) || i == launchIndex && policy.launchInPerson()) {
                unrepairable.add(i);
                broken.add(new BrokenRule("policy.tripsPerPartnerPerYear", i + 1, "partner "
                        + partnerIds.get(v.partner()) + " exceeds " + cap + " trips in " + v.year() + " because this "
                        + (locked.containsKey(i) ? "locked meeting" : "launch") + " must stay in person"));
                continue;
            }
            capped += repairs[i] == 0 ? 1 : 0;
            int host = repairs[i]++ == 0 ? TripCaps.rehost(v, dates, modes, hosts, partnerIds.size(), cap) : -1;
            if (host >= 0) {
                hostForced[i] = host;
                travelForced[i] = TravelLevel.TRAVEL;
            } else if (policy.hybridAllowed()) {
                hybrid[i] = true;
                travelForced[i] = TravelLevel.TRAVEL;
            } else {
                travelForced[i] = TravelLevel.VIDEO;
            }
        }
    }

    private int[] hosts(int[] travel, long[] weights, int[] hostForced, int[] hostPreferred) {
        int[] hosted = IntStream.range(0, travel.length)
                .filter(i -> travel[i] == TravelLevel.TRAVEL).toArray();
        int[] forced = new int[hosted.length];
        int[] preferred = new int[hosted.length];
        for (int j = 0; j < hosted.length; j++) {
            forced[j] = hostForced[hosted[j]];
            preferred[j] = hostPreferred[hosted[j]];
        }
        int[] chosen = HostLevel.assign(weights, forced, preferred).categories();
        int[] hosts = new int[travel.length];
        Arrays.fill(hosts, -1);
        for (int j = 0; j < hosted.length; j++) {
            hosts[hosted[j]] = chosen[j];
        }
        return hosts;
    }

    private int launchHost() {
        Long id = policy.launchHostPartnerId();
        return id == null ? 0 : partnerIds.indexOf(id);
    }

    static int[] free(int n) {
        int[] slots = new int[n];
        Arrays.fill(slots, BalancedSequencer.FREE);
        return slots;
    }
}
