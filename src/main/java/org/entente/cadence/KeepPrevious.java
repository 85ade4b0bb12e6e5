package org.entente.cadence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a re-plan may simply keep the previous plan's modes and hosts: when they are complete, keep the
 * launch, and are at least as good as the fresh assignment in the order of the rules (trips over a cap, video run
 * over the limit, travel deviation, host deviation, longest video run), nothing changes; so re-planning a plan
 * with nothing changed returns it as it was unless the fresh search found a strictly better plan.
 */
final class KeepPrevious {

    private KeepPrevious() {
    }

    /**
     * The previous assignment (locked meetings as locked) when it covers every meeting and is no worse than
     * {@code fresh}, else {@code fresh}. Invariant: the result never has a larger deviation on either level, more
     * trips over a cap, or a longer video run beyond the limit than {@code fresh}.
     */
    static ModeAssignment.Result choose(ModeAssignment.Result fresh, List<LocalDate> dates, List<Long> partnerIds,
                                        ModePolicy policy, Map<Integer, Meeting> locked,
                                        Map<Integer, Meeting> previous, int launchIndex) {
        int n = dates.size();
        if (previous.isEmpty() || previous.size() + locked.size() < n) {
            return fresh;
        }
        Mode[] modes = new Mode[n];
        int[] hosts = new int[n];
        for (int i = 0; i < n; i++) {
            Meeting m = locked.containsKey(i) ? locked.get(i) : previous.get(i);
            if (m == null || m.mode() == Mode.HYBRID && !policy.hybridAllowed() && !locked.containsKey(i)) {
                return fresh;
            }
            modes[i] = m.mode();
            hosts[i] = m.mode().hosted() ? partnerIds.indexOf(m.hostPartnerId()) : -1;
            if (m.mode().hosted() && hosts[i] < 0) {
                return fresh;
            }
        }
        if (launchIndex >= 0 && policy.launchInPerson() && !locked.containsKey(launchIndex)
                && (modes[launchIndex] != fresh.modes()[launchIndex]
                || hosts[launchIndex] != fresh.hosts()[launchIndex])) {
            return fresh;
        }
        double[] kept = {overCap(dates, modes, hosts, partnerIds, policy), videoRunOver(modes, policy, fresh.travelTargets()),
                travelDeviation(modes, fresh), hostDeviation(modes, hosts, fresh), longestVideoRun(modes)};
        double[] made = {overCap(dates, fresh.modes(), fresh.hosts(), partnerIds, policy),
                videoRunOver(fresh.modes(), policy, fresh.travelTargets()), travelDeviation(fresh.modes(), fresh),
                hostDeviation(fresh.modes(), fresh.hosts(), fresh), longestVideoRun(fresh.modes())};
        boolean noWorse = java.util.Arrays.compare(kept, made) <= 0;
        return noWorse ? new ModeAssignment.Result(modes, hosts, fresh.travelTargets(), fresh.hostWeights()) : fresh;
    }

    private static long overCap(List<LocalDate> dates, Mode[] modes, int[] hosts, List<Long> partnerIds,
                                ModePolicy policy) {
        int[] caps = policy.capsFor(partnerIds);
        if (caps == null) {
            return 0;
        }
        long over = 0;
        for (TripCount count : TripCaps.count(dates, modes, hosts, partnerIds)) {
            over += Math.max(0, count.trips() - caps[partnerIds.indexOf(count.partnerId())]);
        }
        return over;
    }

    /**
     * Video meetings beyond the limit, counted only where the limit binds: when some share in use is below
     * 1/(V+1) the share wins over the limit (as in {@link TravelLevel#assign}), so a run over it is no fault.
     */
    private static long videoRunOver(Mode[] modes, ModePolicy policy, Targets travelTargets) {
        Integer limit = policy.maxVideoInARow();
        if (limit == null || TravelLevel.lowestShare(travelTargets) < 1.0 / (limit + 1)) {
            return 0;
        }
        return Math.max(0, longestVideoRun(modes) - limit);
    }

    private static int longestVideoRun(Mode[] modes) {
        int[] travel = new int[modes.length];
        for (int i = 0; i < modes.length; i++) {
            travel[i] = modes[i].hosted() ? TravelLevel.TRAVEL : TravelLevel.VIDEO;
        }
        return TravelLevel.longestRun(travel, TravelLevel.VIDEO);
    }

    private static long travelDeviation(Mode[] modes, ModeAssignment.Result fresh) {
        int[] travel = new int[modes.length];
        for (int i = 0; i < modes.length; i++) {
            travel[i] = modes[i].hosted() ? TravelLevel.TRAVEL : TravelLevel.VIDEO;
        }
        return fresh.travelTargets().maxDeviationNumerator(travel);
    }

    /** The host level's largest deviation in meetings. */
    private static double hostDeviation(Mode[] modes, int[] hosts, ModeAssignment.Result fresh) {
        int count = 0;
        for (Mode mode : modes) {
            count += mode.hosted() ? 1 : 0;
        }
        int[] hosted = new int[count];
        int j = 0;
        for (int i = 0; i < modes.length; i++) {
            if (modes[i].hosted()) {
                hosted[j++] = hosts[i];
            }
        }
        Targets targets = Targets.constant(fresh.hostWeights(), count);
        return (double) targets.maxDeviationNumerator(hosted) / targets.denominator();
    }
}
