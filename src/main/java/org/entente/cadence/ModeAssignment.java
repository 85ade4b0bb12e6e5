package org.entente.cadence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Decides mode and host of every meeting: travel level first, host level over the hosted meetings second, then
 * repairs trip-cap violations one meeting at a time (another host, else hybrid or video) and solves again.
 */
final class ModeAssignment {

    /** Mode and host (index into the sorted partner ids, -1 for video) per meeting; the policy's travel targets. */
    record Result(Mode[] modes, int[] hosts, Targets travelTargets, long[] hostWeights) {
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
     * forced meetings allow. Without hybrid meetings the travel targets of a year are first lowered to what the
     * caps allow, so the fewer in-person meetings are spread over the year. Terminates: every repair pass forces
     * at least one more meeting, at most twice per meeting.
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
        boolean launchForced = launchIndex >= 0 && policy.launchInPerson() && !locked.containsKey(launchIndex);
        if (launchForced) {
            travelForced[launchIndex] = TravelLevel.TRAVEL;
        }
        previous.forEach((i, m) -> {
            travelPreferred[i] = m.mode().hosted() ? TravelLevel.TRAVEL : TravelLevel.VIDEO;
            hostPreferred[i] = m.mode().hosted() ? partnerIds.indexOf(m.hostPartnerId()) : -1;
        });
        Targets solving = TravelLevel.cappedTargets(policy, dates, partnerIds, broken);
        long[] weights = HostLevel.weights(policy, partnerIds);
        int[] repairs = new int[n];
        boolean[] reported = new boolean[n];
        boolean launchHostChosen = !launchForced;
        while (true) {
            List<BrokenRule> levelBroken = new ArrayList<>();
            int[] travel = TravelLevel.assign(solving, policy, travelForced, travelPreferred, levelBroken)
                    .categories();
            if (!launchHostChosen) {
                hostForced[launchIndex] = launchHost(travel, weights, hostForced, hostPreferred);
                launchHostChosen = true;
            }
            int[] hosts = hosts(travel, weights, hostForced, hostPreferred, hybrid);
            Mode[] modes = new Mode[n];
            for (int i = 0; i < n; i++) {
                modes[i] = travel[i] == TravelLevel.VIDEO ? Mode.VIDEO : hybrid[i] ? Mode.HYBRID : Mode.IN_PERSON;
            }
            int[] caps = policy.capsFor(partnerIds);
            if (caps == null || !repairPass(caps, modes, hosts, travelForced, hostForced, hybrid, repairs, reported,
                    broken)) {
                broken.addAll(levelBroken);
                return new Result(modes, hosts, TravelLevel.targets(policy, dates), weights);
            }
        }
    }

    /**
     * Walks the plan in date order counting trips; where a meeting would take a partner over the cap it forces
     * another host (first repair), else hybrid or video. Returns whether anything was forced.
     */
    private boolean repairPass(int[] caps, Mode[] modes, int[] hosts, int[] travelForced, int[] hostForced,
                               boolean[] hybrid, int[] repairs, boolean[] reported, List<BrokenRule> broken) {
        Map<Integer, int[]> trips = new HashMap<>();
        boolean forcedMore = false;
        for (int i = 0; i < modes.length; i++) {
            if (modes[i] != Mode.IN_PERSON) {
                continue;
            }
            int year = dates.get(i).getYear();
            int[] yearTrips = trips.computeIfAbsent(year, y -> new int[partnerIds.size()]);
            int over = TripCaps.exceeded(yearTrips, hosts[i], caps);
            if (over >= 0 && (locked.containsKey(i) || i == launchIndex && policy.launchInPerson())) {
                if (!reported[i]) {
                    reported[i] = true;
                    broken.add(new BrokenRule("policy.tripsPerPartnerPerYear", i + 1, "partner "
                            + partnerIds.get(over) + " exceeds its cap of " + caps[over] + " trips in " + year
                            + " because this "
                            + (locked.containsKey(i) ? "locked meeting" : "launch") + " must stay in person"));
                }
            } else if (over >= 0) {
                forcedMore = true;
                int host = repairs[i]++ == 0 ? TripCaps.rehost(yearTrips, hosts[i], over, caps) : -1;
                if (host >= 0) {
                    hostForced[i] = host;
                    travelForced[i] = TravelLevel.TRAVEL;
                    hosts[i] = host;
                } else {
                    hybrid[i] = policy.hybridAllowed();
                    travelForced[i] = hybrid[i] ? TravelLevel.TRAVEL : TravelLevel.VIDEO;
                    continue;
                }
            }
            TripCaps.travel(yearTrips, hosts[i]);
        }
        return forcedMore;
    }

    private int[] hosts(int[] travel, long[] weights, int[] hostForced, int[] hostPreferred, boolean[] hybrid) {
        int[] hosted = IntStream.range(0, travel.length)
                .filter(i -> travel[i] == TravelLevel.TRAVEL).toArray();
        Targets targets = HostLevel.cappedTargets(weights, policy.capsFor(partnerIds),
                java.util.Arrays.stream(hosted).mapToObj(dates::get).toList(),
                java.util.Arrays.stream(hosted).mapToObj(i -> hybrid[i]).toList());
        int[] chosen = BalancedSequencer.solve(targets, hostedOnly(travel, hostForced),
                hostedOnly(travel, hostPreferred)).categories();
        int[] hosts = new int[travel.length];
        Arrays.fill(hosts, -1);
        for (int j = 0; j < hosted.length; j++) {
            hosts[hosted[j]] = chosen[j];
        }
        return hosts;
    }

    /**
     * The launch host: the policy's, else the partner whose hosting the launch leaves the host level the least
     * deviation (the weights decide: with 1:9 the heavier partner), ties to the previous plan's launch host, then
     * to the lowest partner id.
     */
    private int launchHost(int[] travel, long[] weights, int[] hostForced, int[] hostPreferred) {
        Long id = policy.launchHostPartnerId();
        if (id != null) {
            return partnerIds.indexOf(id);
        }
        int best = -1;
        long bestDeviation = Long.MAX_VALUE;
        for (int h = 0; h < partnerIds.size(); h++) {
            if (weights[h] == 0) {
                continue;
            }
            hostForced[launchIndex] = h;
            long deviation = HostLevel.assign(weights, hostedOnly(travel, hostForced), hostedOnly(travel,
                    hostPreferred)).deviationNumerator();
            boolean previousHost = hostPreferred[launchIndex] == h;
            if (deviation < bestDeviation || deviation == bestDeviation && previousHost) {
                best = h;
                bestDeviation = deviation;
            }
        }
        return best;
    }

    private static int[] hostedOnly(int[] travel, int[] perMeeting) {
        return IntStream.range(0, travel.length).filter(i -> travel[i] == TravelLevel.TRAVEL)
                .map(i -> perMeeting[i]).toArray();
    }

    static int[] free(int n) {
        int[] slots = new int[n];
        Arrays.fill(slots, BalancedSequencer.FREE);
        return slots;
    }
}
