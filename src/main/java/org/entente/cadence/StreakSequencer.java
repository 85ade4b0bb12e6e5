package org.entente.cadence;

/**
 * The exact balanced sequence of two categories (travel, video) under a limit on consecutive occurrences of one
 * of them and, optionally, a most count of category 0 per segment (in-person meetings per calendar year under
 * trip caps): the least running deviation any sequence keeping the forced slots and these limits can reach.
 *
 * <p>For a band m the states after t slots are (count of category 0, its count at the start of the current
 * segment, current run of the limited category capped at the limit); a backward pass gives each state the fewest
 * free slots that must differ from the preferred categories to complete the plan inside the band (or marks it
 * dead), and the forward pass then takes, slot by slot, among the categories keeping that fewest number, the
 * preferred one, else the one furthest below its target, else the least recently used. So the result changes the
 * fewest preferred slots of all sequences in the band. Runs of forced slots may exceed the limit; a free slot never extends a run that has reached it.
 * Binary search on m as in {@link BalancedSequencer}, from the band EDF needs without the limits.
 */
final class StreakSequencer {

    /** Most states one band check may hold; beyond it (huge plans with a very wide band) the search gives up. */
    static final long MAX_STATES = 20_000_000;

    private final Targets targets;
    private final int[] forced;
    private final int[] preferred;
    private final StreakLimit limit;
    private final SegmentLimit segments;
    private final int[] anchor;
    private final int n;
    private final int runs;

    /** Cost of a state from which the plan cannot be completed. */
    private static final int NEVER = Integer.MAX_VALUE / 2;

    private StreakSequencer(Targets targets, int[] forced, int[] preferred, StreakLimit limit,
                            SegmentLimit segments) {
        this.targets = targets;
        this.forced = forced;
        this.preferred = preferred;
        this.limit = limit;
        this.segments = segments;
        this.n = targets.length();
        this.runs = limit == null ? 1 : limit.maxRun() + 1;
        this.anchor = new int[n + 1];
        for (int t = 0; t <= n; t++) {
            boolean starts = t == 0 || segments != null && t < n
                    && segments.segmentOf()[t] != segments.segmentOf()[t - 1];
            anchor[t] = segments == null || t == n ? -1 : starts ? t : anchor[t - 1];
        }
    }

    /**
     * Invariants: two categories; the result keeps every forced slot, never lets a free slot extend a run of
     * {@code limit.category()} beyond {@code limit.maxRun()}, and has the least deviation of all such sequences;
     * null when no sequence keeps the limit or the band needed is too wide to search ({@link #MAX_STATES}).
     * Deterministic.
     */
    static Sequence solve(Targets targets, int[] forced, int[] preferred, StreakLimit limit) {
        return solve(targets, forced, preferred, limit, null);
    }

    /**
     * As {@link #solve(Targets, int[], int[], StreakLimit)}, with no limit on runs when {@code limit} is null and,
     * when {@code segments} is given, never more than {@code segments.most()} of category 0 in a segment; null
     * when no sequence keeps the limits or the band is too wide to search.
     */
    static Sequence solve(Targets targets, int[] forced, int[] preferred, StreakLimit limit,
                          SegmentLimit segments) {
        StreakSequencer sequencer = new StreakSequencer(targets, forced, preferred, limit, segments);
        try {
            return sequencer.search();
        } catch (IllegalStateException tooWide) {
            return null;
        }
    }

    /**
     * The second objective inside a fixed band: among the sequences that keep the forced slots and stay within
     * {@code band} (the optimal deviation numerator), one whose longest run of {@code category} made by free
     * slots is the least possible, found by binary search on the run limit from {@code longestRun} (the run
     * length of a sequence known to fit the band, so always feasible). Invariants: the deviation stays
     * {@code band}; the number of slots differing from {@code preferred} stays the least the band allows, and
     * among those sequences the longest run is minimal (stability before spread on re-plans). Null when
     * the band is too wide to search ({@link #MAX_STATES}) or when no shorter run than {@code longestRun} fits.
     */
    static Sequence spread(Targets targets, int[] forced, int[] preferred, int category, long band, int longestRun,
                           SegmentLimit segments) {
        try {
            int fewest = new StreakSequencer(targets, forced, preferred, new StreakLimit(category, longestRun),
                    segments).changes(band);
            int lo = 0;
            int hi = longestRun;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (new StreakSequencer(targets, forced, preferred, new StreakLimit(category, mid), segments)
                        .changes(band) <= fewest) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            if (hi == longestRun) {
                return null;
            }
            int[] sequence = new StreakSequencer(targets, forced, preferred, new StreakLimit(category, hi), segments)
                    .walk(band);
            return new Sequence(sequence, targets.maxDeviationNumerator(sequence), targets.denominator(), 0);
        } catch (IllegalStateException tooWide) {
            return null;
        }
    }

    /** The fewest free slots differing from {@code preferred} of a sequence in band m, or {@link #NEVER}. */
    private int changes(long m) {
        int[][] cost = completions(m);
        return cost == null ? NEVER : cost[0][0];
    }

    private Sequence search() {
        long w = targets.denominator();
        long cap = w * (n + 1L);
        long unlimited = BalancedSequencer.solve(targets, forced, ModeAssignment.free(n)).deviationNumerator();
        BandSearch band = BandSearch.least(unlimited, Math.max(unlimited, 1), cap, m -> completions(m) != null);
        if (band == null) {
            return null;
        }
        int[] sequence = walk(band.band());
        return new Sequence(sequence, targets.maxDeviationNumerator(sequence), w, band.checks());
    }

    /** The lowest allowed count of category 0 after t slots in band m (may exceed {@link #high}: empty). */
    private long low(int t, long m) {
        long w = targets.denominator();
        long byZero = Math.floorDiv(targets.cumulative(t, 0) - m + w - 1, w);
        long byOne = t - Math.floorDiv(targets.cumulative(t, 1) + m, w);
        return Math.max(0, Math.max(byZero, byOne));
    }

    private long high(int t, long m) {
        long w = targets.denominator();
        long byZero = Math.floorDiv(targets.cumulative(t, 0) + m, w);
        long byOne = t - Math.floorDiv(targets.cumulative(t, 1) - m + w - 1, w);
        return Math.min(t, Math.min(byZero, byOne));
    }

    /** Width of the segment-start dimension of the states after t slots. */
    private int startWidth(int t, long m) {
        return anchor[t] < 0 ? 1 : (int) Math.max(1, high(anchor[t], m) - low(anchor[t], m) + 1);
    }

    /** Index of state (c, s, r) after t slots, where s is the count of category 0 at the segment's start. */
    private int index(int t, long c, long s, int r, long m) {
        long sOffset = anchor[t] < 0 ? 0 : s - low(anchor[t], m);
        return (int) (((c - low(t, m)) * startWidth(t, m) + sOffset) * runs + r);
    }

    /**
     * cost[t][index(t, c, s, r)]: the fewest free slots from t on that must differ from {@code preferred} to
     * complete the plan from that state ({@link #NEVER}: it cannot be completed); null when nothing completes.
     */
    private int[][] completions(long m) {
        long states = 0;
        for (int t = 0; t <= n; t++) {
            states += Math.max(0, high(t, m) - low(t, m) + 1) * startWidth(t, m) * runs;
        }
        if (states > MAX_STATES) {
            throw new IllegalStateException("band too wide: " + states + " states");
        }
        int[][] cost = new int[n + 1][];
        for (int t = n; t >= 0; t--) {
            long from = low(t, m);
            long to = high(t, m);
            if (from > to) {
                return null;
            }
            cost[t] = new int[(int) (to - from + 1) * startWidth(t, m) * runs];
            for (long c = from; c <= to; c++) {
                long sFrom = anchor[t] < 0 ? 0 : anchor[t] == t ? c : low(anchor[t], m);
                long sTo = anchor[t] < 0 ? 0 : anchor[t] == t ? c : Math.min(c, high(anchor[t], m));
                for (long s = sFrom; s <= sTo; s++) {
                    for (int r = 0; r < runs; r++) {
                        cost[t][index(t, c, s, r, m)] = t == n ? 0
                                : Math.min(next(cost, t, c, s, r, 0, m), next(cost, t, c, s, r, 1, m));
                    }
                }
            }
        }
        return cost[0][0] < NEVER ? cost : null;
    }

    /**
     * The fewest changes from {@code preferred} to complete the plan when slot t (0-based) takes {@code category}
     * from (c, s, r); {@link #NEVER} when that is not allowed or leads nowhere.
     */
    private int next(int[][] cost, int t, long c, long s, int r, int category, long m) {
        if (forced[t] >= 0 && forced[t] != category) {
            return NEVER;
        }
        boolean limited = limit != null && category == limit.category();
        if (forced[t] < 0 && limited && r >= limit.maxRun()) {
            return NEVER;
        }
        long c2 = c + (category == 0 ? 1 : 0);
        if (segments != null && forced[t] < 0 && c2 - s > segments.most()[segments.segmentOf()[t]]) {
            return NEVER;
        }
        int r2 = limited ? Math.min(r + 1, limit.maxRun()) : 0;
        long from = low(t + 1, m);
        if (c2 < from || c2 > high(t + 1, m)) {
            return NEVER;
        }
        long s2 = anchor[t + 1] < 0 ? 0 : anchor[t + 1] == t + 1 ? c2 : s;
        int rest = cost[t + 1][index(t + 1, c2, s2, r2, m)];
        boolean differs = forced[t] < 0 && preferred[t] >= 0 && preferred[t] != category;
        return rest >= NEVER ? NEVER : rest + (differs ? 1 : 0);
    }

    /** Slot by slot the category in {@link #order} that keeps the fewest changes (and a completion). */
    private int[] walk(long m) {
        int[][] cost = completions(m);
        int[] out = new int[n];
        long c = 0;
        long s = 0;
        int r = 0;
        int[] lastUsed = {-1, -1};
        for (int t = 0; t < n; t++) {
            int choice = -1;
            int fewest = NEVER;
            for (int category : order(t, c, preferred[t], lastUsed)) {
                int changes = next(cost, t, c, s, r, category, m);
                if (changes < fewest) {
                    choice = category;
                    fewest = changes;
                }
            }
            out[t] = choice;
            lastUsed[choice] = t;
            c += choice == 0 ? 1 : 0;
            r = limit != null && choice == limit.category() ? Math.min(r + 1, limit.maxRun()) : 0;
            s = anchor[t + 1] < 0 ? 0 : anchor[t + 1] == t + 1 ? c : s;
        }
        return out;
    }

    /** The preferred category, else the one furthest below its target after this slot, else least recently used. */
    private int[] order(int t, long c, int preferred, int[] lastUsed) {
        if (preferred == 0 || preferred == 1) {
            return new int[] {preferred, 1 - preferred};
        }
        long w = targets.denominator();
        long lagZero = targets.cumulative(t + 1, 0) - c * w;
        long lagOne = targets.cumulative(t + 1, 1) - (t - c) * w;
        boolean zeroFirst = lagZero > lagOne || lagZero == lagOne && lastUsed[0] <= lastUsed[1];
        return zeroFirst ? new int[] {0, 1} : new int[] {1, 0};
    }
}
