package org.entente.cadence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Decides mode and host of every meeting: travel level first, host level over the hosted meetings second, with
 * the trip caps as constraints of both searches (or, with hybrid meetings allowed, hybrid where a meeting would
 * exceed them).
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
    /** The host targets of the last travel sequence asked for: the launch host's trials share them. */
    private Targets hostTargets;
    private int[] hostTargetsFor;

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
     * forced meetings and the caps allow. The caps are constraints of both searches, never a repair afterwards:
     * without hybrid meetings no year gets more in-person meetings than the caps allow (its travel targets are
     * also lowered to that, so they spread over the year) and each partner hosts at least T − cap of a year's T;
     * with hybrid meetings a hosted meeting is hybrid exactly when it would take a partner over its cap
     * ({@link #hybrids}). So the result is a function of the searches' optimum and the preferences, and a previous
     * plan that is itself such a result comes back unchanged.
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
        int[] caps = policy.capsFor(partnerIds);
        boolean capsBind = caps != null && !policy.hybridAllowed() && partnerIds.size() >= 2;
        int[] travel = TravelLevel.assign(solving, policy, travelForced, travelPreferred,
                capsBind ? TripCaps.yearlyTravel(dates, caps, travelForced, hybrid) : null, broken).categories();
        if (launchForced) {
            hostForced[launchIndex] = launchHost(travel, weights, hostForced, hostPreferred, hybrid);
        }
        Sequence hostLevel = hosts(travel, weights, hostForced, hostPreferred, hybrid);
        int[] hosts = hostLevel.categories();
        if (!previous.isEmpty() && caps == null) {
            int[][] fewest = FewestChanges.solve(solving, weights, travelForced, hostForced, travelPreferred,
                    hostPreferred, solving.maxDeviationNumerator(travel), hostLevel.deviationNumerator());
            Integer limit = policy.maxVideoInARow();
            if (fewest != null && (limit == null || TravelLevel.longestRun(fewest[0], TravelLevel.VIDEO)
                    <= Math.max(limit, TravelLevel.longestRun(travel, TravelLevel.VIDEO)))) {
                travel = fewest[0];
                hosts = fewest[1];
            }
        }
        Mode[] modes = new Mode[n];
        for (int i = 0; i < n; i++) {
            modes[i] = travel[i] == TravelLevel.VIDEO ? Mode.VIDEO : hybrid[i] ? Mode.HYBRID : Mode.IN_PERSON;
        }
        if (caps != null && policy.hybridAllowed()) {
            TripCaps.hybrids(dates, caps, modes, hosts, forcedMeetings());
        }
        if (caps != null) {
            TripCaps.reportForced(dates, partnerIds, caps, modes, hosts, forcedMeetings(), locked.keySet(), broken);
        }
        return new Result(modes, hosts, TravelLevel.targets(policy, dates), weights);
    }

    /** Meetings whose mode and host no rule may change: the locked ones and an in-person launch. */
    private boolean[] forcedMeetings() {
        boolean[] forced = new boolean[dates.size()];
        locked.keySet().forEach(i -> forced[i] = true);
        if (launchIndex >= 0 && policy.launchInPerson()) {
            forced[launchIndex] = true;
        }
        return forced;
    }

    /**
     * The hosts of the hosted meetings: balanced by weight (targets reshaped by the caps), and without hybrid
     * meetings each partner hosting at least T − cap of a year's T in-person meetings, as a constraint of the
     * search ({@link CappedHostSearch}); the minimums are first lowered as far as forced hosts make them
     * unreachable (reported with the trips).
     */
    private Sequence hosts(int[] travel, long[] weights, int[] hostForced, int[] hostPreferred, boolean[] hybrid) {
        int[] hosted = IntStream.range(0, travel.length)
                .filter(i -> travel[i] == TravelLevel.TRAVEL).toArray();
        int[] caps = policy.capsFor(partnerIds);
        if (hostTargets == null || !Arrays.equals(hostTargetsFor, travel)) {
            hostTargetsFor = travel.clone();
            hostTargets = HostLevel.cappedTargets(weights, caps,
                    java.util.Arrays.stream(hosted).mapToObj(dates::get).toList(),
                    java.util.Arrays.stream(hosted).mapToObj(i -> hybrid[i]).toList());
        }
        Targets targets = hostTargets;
        int[] forced = hostedOnly(travel, hostForced);
        int[] preferred = hostedOnly(travel, hostPreferred);
        Sequence chosen = null;
        if (caps != null && !policy.hybridAllowed() && partnerIds.size() >= 2) {
            chosen = cappedHosts(targets, caps, hosted, forced, preferred, hybrid);
        }
        if (chosen == null && Arrays.stream(preferred).anyMatch(x -> x >= 0)) {
            int[] oneYear = new int[hosted.length];
            chosen = CappedHostSearch.solve(targets, forced, preferred, new boolean[hosted.length], oneYear,
                    new long[1][partnerIds.size()]);
        }
        if (chosen == null) {
            chosen = BalancedSequencer.solve(targets, forced, preferred);
        }
        int[] hosts = new int[travel.length];
        Arrays.fill(hosts, -1);
        for (int j = 0; j < hosted.length; j++) {
            hosts[hosted[j]] = chosen.categories()[j];
        }
        return new Sequence(hosts, chosen.deviationNumerator(), chosen.denominator(), chosen.bandChecks());
    }

    /** The capped host search, or null when no year needs a minimum (or the search is too large). */
    private Sequence cappedHosts(Targets targets, int[] caps, int[] hosted, int[] forced, int[] preferred,
                                 boolean[] hybrid) {
        int h = hosted.length;
        int k = caps.length;
        int[] segmentOf = new int[h];
        boolean[] trip = new boolean[h];
        int first = h == 0 ? 0 : dates.get(hosted[0]).getYear();
        int years = h == 0 ? 0 : dates.get(hosted[h - 1]).getYear() - first + 1;
        long[] inPerson = new long[years];
        long[][] forcedHosts = new long[years][k];
        long[] free = new long[years];
        for (int j = 0; j < h; j++) {
            segmentOf[j] = dates.get(hosted[j]).getYear() - first;
            trip[j] = !hybrid[hosted[j]];
            if (trip[j]) {
                inPerson[segmentOf[j]]++;
                if (forced[j] >= 0) {
                    forcedHosts[segmentOf[j]][forced[j]]++;
                } else {
                    free[segmentOf[j]]++;
                }
            }
        }
        long[][] least = TripCaps.leastHosted(caps, inPerson, forcedHosts, free);
        boolean any = Arrays.stream(least).flatMapToLong(Arrays::stream).anyMatch(x -> x > 0);
        return any ? CappedHostSearch.solve(targets, forced, preferred, trip, segmentOf, least) : null;
    }

    /**
     * The launch host: the policy's, else the partner whose hosting the launch leaves the host level the least
     * deviation (the weights decide: with 1:9 the heavier partner), ties to the previous plan's launch host, then
     * to the lowest partner id.
     */
    private int launchHost(int[] travel, long[] weights, int[] hostForced, int[] hostPreferred, boolean[] hybrid) {
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
            long deviation = hosts(travel, weights, hostForced, hostPreferred, hybrid).deviationNumerator();
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
