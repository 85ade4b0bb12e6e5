package org.entente.cadence;


/**
 * The host level under trip caps: the least running deviation from the host targets that any sequence can reach
 * while, in every calendar year (segment), each partner hosts at least its minimum of the in-person meetings
 * (T − cap_x of T: every meeting another partner hosts is a trip for x), keeping the forced hosts.
 *
 * <p>For a band m the state after t slots is (count per partner, what each partner still has to host in the
 * current year); a memoised depth-first search decides from which states the plan can be completed inside the
 * band, and the forward walk takes, slot by slot, the preferred host, else the partner furthest below its target,
 * else the least recently used, else the lowest index, whenever that keeps a completion. So a previous plan that
 * keeps the caps and the band is returned unchanged. Binary search on m from the band EDF needs without the
 * minimums. At most four partners and {@link #MAX_STATES} states; beyond that {@code solve} returns null.
 */
final class CappedHostSearch {

    /** Most states one band check may visit. */
    static final int MAX_STATES = 2_000_000;
    private static final int COUNT_BITS = 10;
    private static final int NEED_BITS = 7;

    private final Targets targets;
    private final int[] forced;
    private final boolean[] trip;
    private final int[] segmentOf;
    private final long[][] least;
    private final int[] segmentEnd;
    private final int n;
    private final int k;
    private final long m;
    private final int[] preferred;
    private final SearchMemo memo;

    private CappedHostSearch(Targets targets, int[] forced, int[] preferred, boolean[] trip, int[] segmentOf,
                             long[][] least, long m) {
        this.targets = targets;
        this.forced = forced;
        this.preferred = preferred;
        this.trip = trip;
        this.segmentOf = segmentOf;
        this.least = least;
        this.n = targets.length();
        this.k = targets.categories();
        this.m = m;
        this.segmentEnd = new int[n];
        for (int t = n - 1; t >= 0; t--) {
            segmentEnd[t] = t + 1 == n || segmentOf[t + 1] != segmentOf[t] ? t + 1 : segmentEnd[t + 1];
        }
        this.memo = new SearchMemo(n, MAX_STATES);
    }

    /**
     * Invariants: every forced host is kept; in every segment s each category x occurs at least
     * {@code least[s][x]} times among the slots where {@code trip} is true; the deviation is the least of all
     * such sequences; preferred hosts are kept wherever that still holds. Null when the minimums cannot be met
     * (the caller relaxes them to what the forced hosts allow first) or the search is too large.
     */
    static Sequence solve(Targets targets, int[] forced, int[] preferred, boolean[] trip, int[] segmentOf,
                          long[][] least) {
        int n = targets.length();
        int k = targets.categories();
        if ((k - 1) * COUNT_BITS + k * NEED_BITS > 63 || n >= 1 << COUNT_BITS) {
            return null;
        }
        for (long[] year : least) {
            for (long need : year) {
                if (need >= 1 << NEED_BITS) {
                    return null;
                }
            }
        }
        long w = targets.denominator();
        long unlimited = BalancedSequencer.solve(targets, forced, preferred).deviationNumerator();
        try {
            BandSearch band = BandSearch.least(unlimited, Math.max(unlimited, 1), w * (n + 1L),
                    b -> new CappedHostSearch(targets, forced, preferred, trip, segmentOf, least, b)
                            .fewestFromStart() < NEVER);
            if (band == null) {
                return null;
            }
            int[] sequence = new CappedHostSearch(targets, forced, preferred, trip, segmentOf, least, band.band())
                    .walk();
            return new Sequence(sequence, targets.maxDeviationNumerator(sequence), w, band.checks());
        } catch (IllegalStateException tooLarge) {
            return null;
        }
    }

    private int fewestFromStart() {
        return n == 0 ? 0 : fewest(0, new long[k], startNeeds(0));
    }

    private long[] startNeeds(int t) {
        return least[segmentOf[t]].clone();
    }

    private long low(int t, int c) {
        long w = targets.denominator();
        return Math.max(0, Math.floorDiv(targets.cumulative(t, c) - m + w - 1, w));
    }

    private long high(int t, int c) {
        return Math.floorDiv(targets.cumulative(t, c) + m, targets.denominator());
    }

    /**
     * The fewest free slots from t on that must differ from {@code preferred} to complete the plan from counts
     * {@code c} and remaining minimums {@code need} after t slots; {@link #NEVER} when it cannot be completed.
     */
    private int fewest(int t, long[] c, long[] need) {
        if (t == n) {
            return 0;
        }
        long key = key(t, c, need);
        Integer known = memo.known(t, key);
        if (known != null) {
            return known;
        }
        int best = NEVER;
        for (int x = 0; x < k; x++) {
            long[][] next = step(t, c, need, x);
            if (next != null) {
                best = Math.min(best, (int) next[2][0]);
            }
        }
        memo.remember(t, key, best);
        return best;
    }

    /** Cost of a state from which the plan cannot be completed. */
    private static final int NEVER = Integer.MAX_VALUE / 2;

    /**
     * The state after choosing {@code x} at slot t when it keeps a completion, else null: {c2, need2, {fewest
     * changes from here, this slot included}}.
     */
    private long[][] step(int t, long[] c, long[] need, int x) {
        if (forced[t] >= 0 && forced[t] != x) {
            return null;
        }
        long[] c2 = c.clone();
        c2[x]++;
        for (int y = 0; y < k; y++) {
            if (c2[y] < low(t + 1, y) || c2[y] > high(t + 1, y)) {
                return null;
            }
        }
        long[] need2 = need.clone();
        if (trip[t] && need2[x] > 0) {
            need2[x]--;
        }
        long sum = 0;
        for (long left : need2) {
            sum += left;
        }
        if (sum > segmentEnd[t] - (t + 1)) {
            return null;
        }
        if (segmentEnd[t] == t + 1 && t + 1 < n) {
            need2 = startNeeds(t + 1);
        }
        int rest = fewest(t + 1, c2, need2);
        boolean differs = forced[t] < 0 && preferred[t] >= 0 && preferred[t] != x;
        return rest >= NEVER ? null : new long[][] {c2, need2, {rest + (differs ? 1 : 0)}};
    }

    private long key(int t, long[] c, long[] need) {
        long key = 0;
        for (int x = 0; x < k - 1; x++) {
            long offset = c[x] - low(t, x);
            if (offset >= 1 << COUNT_BITS) {
                throw new IllegalStateException("band too wide");
            }
            key = key << COUNT_BITS | offset;
        }
        for (int x = 0; x < k; x++) {
            key = key << NEED_BITS | need[x];
        }
        return key;
    }

    /** Slot by slot the host in {@link #order} that keeps the fewest changes (and a completion). */
    private int[] walk() {
        int[] out = new int[n];
        long[] c = new long[k];
        long[] need = n == 0 ? new long[k] : startNeeds(0);
        int[] lastUsed = new int[k];
        java.util.Arrays.fill(lastUsed, -1);
        for (int t = 0; t < n; t++) {
            long[][] next = null;
            int choice = -1;
            for (int x : order(t, c, preferred[t], lastUsed)) {
                long[][] trial = step(t, c, need, x);
                if (trial != null && (next == null || trial[2][0] < next[2][0])) {
                    next = trial;
                    choice = x;
                }
            }
            if (next == null) {
                throw new IllegalStateException("the band was feasible a moment ago");
            }
            out[t] = choice;
            lastUsed[choice] = t;
            c = next[0];
            need = next[1];
        }
        return out;
    }

    /** The preferred host, then by lag behind the target (largest first), least recently used, lowest index. */
    private Integer[] order(int t, long[] c, int preferred, int[] lastUsed) {
        Integer[] order = new Integer[k];
        for (int x = 0; x < k; x++) {
            order[x] = x;
        }
        long w = targets.denominator();
        java.util.Arrays.sort(order, (a, b) -> {
            if (a == preferred || b == preferred) {
                return a == preferred ? -1 : 1;
            }
            long lagA = targets.cumulative(t + 1, a) - c[a] * w;
            long lagB = targets.cumulative(t + 1, b) - c[b] * w;
            if (lagA != lagB) {
                return Long.compare(lagB, lagA);
            }
            return lastUsed[a] != lastUsed[b] ? Integer.compare(lastUsed[a], lastUsed[b]) : Integer.compare(a, b);
        });
        return order;
    }
}
