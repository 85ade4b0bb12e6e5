package org.entente.cadence;

import java.util.Arrays;

/**
 * Decides, on a re-plan, the modes and hosts that change the fewest meetings of the previous plan while keeping
 * both levels' deviations: among all sequences over {video, host 1..k} that keep the forced meetings, whose travel
 * deviation is at most the travel band and whose host deviation (over the hosted meetings) is at most the host
 * band, one with the fewest meetings whose mode or host differs from the previous plan's. Travel and host are
 * decided together: two travel sequences with equally few changes can cost different host changes.
 *
 * <p>State after t meetings: travel count and host counts (all within their bands); a memoised depth-first search
 * gives the fewest changes to the end; the walk takes the previous choice where it is among the fewest, else the
 * levels' usual order (furthest below target). At most four partners and {@link #MAX_STATES} states.
 */
final class FewestChanges {

    static final int MAX_STATES = 1_000_000;
    private static final int NEVER = Integer.MAX_VALUE / 2;
    private static final int BITS = 12;

    private final Targets travel;
    private final long[] weights;
    private final long weightSum;
    private final int[] travelForced;
    private final int[] hostForced;
    private final int[] travelPreferred;
    private final int[] hostPreferred;
    private final long travelBand;
    private final long hostBand;
    private final int n;
    private final int k;
    private final SearchMemo memo;

    private FewestChanges(Targets travel, long[] weights, int[] travelForced, int[] hostForced,
                          int[] travelPreferred, int[] hostPreferred, long travelBand, long hostBand) {
        this.travel = travel;
        this.weights = weights;
        this.weightSum = Arrays.stream(weights).sum();
        this.travelForced = travelForced;
        this.hostForced = hostForced;
        this.travelPreferred = travelPreferred;
        this.hostPreferred = hostPreferred;
        this.travelBand = travelBand;
        this.hostBand = hostBand;
        this.n = travel.length();
        this.k = weights.length;
        this.memo = new SearchMemo(n, MAX_STATES);
    }

    /**
     * Travel category and host (-1 for video) per meeting, or null when the search is too large or has more than
     * four partners. Invariants: forced slots kept; travel deviation at most {@code travelBand} (numerator over the
     * travel denominator), host deviation at most {@code hostBand} (numerator over the sum of the weights); the
     * fewest meetings differing from the preferred mode and host of all such sequences.
     */
    static int[][] solve(Targets travel, long[] weights, int[] travelForced, int[] hostForced,
                         int[] travelPreferred, int[] hostPreferred, long travelBand, long hostBand) {
        if (weights.length > 4 || travel.length() >= 1 << BITS) {
            return null;
        }
        FewestChanges search = new FewestChanges(travel, weights, travelForced, hostForced, travelPreferred,
                hostPreferred, travelBand, hostBand);
        try {
            if (search.fewest(0, 0, new int[weights.length]) >= NEVER) {
                return null;
            }
            return search.walk();
        } catch (IllegalStateException tooLarge) {
            return null;
        }
    }

    /** Choice -1 is video, x >= 0 is in person at host x. */
    private int fewest(int t, int travelled, int[] hosts) {
        if (t == n) {
            return 0;
        }
        long key = travelled;
        for (int x = 0; x < k - 1; x++) {
            key = key << BITS | hosts[x];
        }
        Integer known = memo.known(t, key);
        if (known != null) {
            return known;
        }
        int best = NEVER;
        for (int choice = -1; choice < k; choice++) {
            best = Math.min(best, cost(t, travelled, hosts, choice));
        }
        memo.remember(t, key, best);
        return best;
    }

    /** Fewest changes from slot t on when slot t takes {@code choice}; {@link #NEVER} when not allowed. */
    private int cost(int t, int travelled, int[] hosts, int choice) {
        int category = choice < 0 ? TravelLevel.VIDEO : TravelLevel.TRAVEL;
        if (travelForced[t] >= 0 && travelForced[t] != category
                || choice >= 0 && hostForced[t] >= 0 && hostForced[t] != choice) {
            return NEVER;
        }
        int travelled2 = travelled + (choice >= 0 ? 1 : 0);
        long w = travel.denominator();
        if (Math.abs((long) travelled2 * w - travel.cumulative(t + 1, TravelLevel.TRAVEL)) > travelBand
                || Math.abs((long) (t + 1 - travelled2) * w - travel.cumulative(t + 1, TravelLevel.VIDEO))
                > travelBand) {
            return NEVER;
        }
        int[] hosts2 = hosts;
        if (choice >= 0) {
            hosts2 = hosts.clone();
            hosts2[choice]++;
            for (int x = 0; x < k; x++) {
                if (Math.abs(hosts2[x] * weightSum - (long) travelled2 * weights[x]) > hostBand) {
                    return NEVER;
                }
            }
        }
        int rest = fewest(t + 1, travelled2, hosts2);
        return rest >= NEVER ? NEVER : rest + (differs(t, choice) ? 1 : 0);
    }

    private boolean differs(int t, int choice) {
        if (travelPreferred[t] < 0) {
            return false;
        }
        int previous = travelPreferred[t] == TravelLevel.VIDEO ? -1 : hostPreferred[t];
        return previous != choice;
    }

    private int[][] walk() {
        int[] categories = new int[n];
        int[] hostOf = new int[n];
        int travelled = 0;
        int[] hosts = new int[k];
        for (int t = 0; t < n; t++) {
            int best = NEVER;
            int chosen = -2;
            for (int choice : order(t, travelled, hosts)) {
                int c = cost(t, travelled, hosts, choice);
                if (c < best) {
                    best = c;
                    chosen = choice;
                }
            }
            categories[t] = chosen < 0 ? TravelLevel.VIDEO : TravelLevel.TRAVEL;
            hostOf[t] = chosen;
            if (chosen >= 0) {
                travelled++;
                hosts[chosen]++;
            }
        }
        return new int[][] {categories, hostOf};
    }

    /** The previous choice first, then travel or video by lag behind target, hosts by lag, lowest index. */
    private int[] order(int t, int travelled, int[] hosts) {
        int[] order = new int[k + 1];
        int i = 0;
        int previous = travelPreferred[t] < 0 ? -2 : travelPreferred[t] == TravelLevel.VIDEO ? -1 : hostPreferred[t];
        if (previous >= -1) {
            order[i++] = previous;
        }
        long w = travel.denominator();
        boolean travelFirst = travel.cumulative(t + 1, TravelLevel.TRAVEL) - (long) travelled * w
                >= travel.cumulative(t + 1, TravelLevel.VIDEO) - (long) (t - travelled) * w;
        Integer[] byLag = new Integer[k];
        for (int x = 0; x < k; x++) {
            byLag[x] = x;
        }
        Arrays.sort(byLag, (a, b) -> Long.compare((long) (travelled + 1) * weights[b] - hosts[b] * weightSum,
                (long) (travelled + 1) * weights[a] - hosts[a] * weightSum));
        if (!travelFirst && previous != -1) {
            order[i++] = -1;
        }
        for (int x : byLag) {
            if (x != previous) {
                order[i++] = x;
            }
        }
        if (travelFirst && previous != -1) {
            order[i++] = -1;
        }
        return order;
    }
}
