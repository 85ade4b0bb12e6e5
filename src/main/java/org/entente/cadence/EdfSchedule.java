package org.entente.cadence;

import java.util.Arrays;

/**
 * Decides whether every running count can stay within a band of {@code m / denominator} around its target, and
 * builds such a sequence, by earliest-deadline-first over unit jobs.
 *
 * <p>The band |count_c(t) * W - A_c(t)| <= m, with the forced slots' counts taken out, turns into a release and a
 * deadline for the j-th free occurrence of each category: it may not come before the first free slot from which
 * the upper band stays >= j, and must come by the first step at which the lower band reaches j. Filling every
 * free slot with the released job of earliest deadline is exact for unit jobs (exchange argument, see
 * docs/planner.md), with forced slots anywhere. Ties go to the least recently used category, then the lowest
 * index, which makes two equal shares alternate. A video limit needs {@link StreakSequencer} instead.
 */
final class EdfSchedule {

    private static final int NEVER = Integer.MAX_VALUE;

    private final int n;
    private final int k;
    private final int[] forced;
    private final int[][] release;
    private final int[][] deadline;
    private final boolean hopeless;

    /** Mutable position of a run: next slot, free jobs done per category, last use per category. */
    static final class State {
        int pos;
        final int[] done;
        final int[] lastUsed;

        State(int k) {
            done = new int[k];
            lastUsed = new int[k];
            Arrays.fill(lastUsed, -1);
        }

        State copy() {
            State s = new State(done.length);
            s.pos = pos;
            System.arraycopy(done, 0, s.done, 0, done.length);
            System.arraycopy(lastUsed, 0, s.lastUsed, 0, lastUsed.length);
            return s;
        }
    }

    EdfSchedule(Targets targets, int[] forced, long m) {
        this.n = targets.length();
        this.k = targets.categories();
        this.forced = forced;
        this.release = new int[k][];
        this.deadline = new int[k][];
        boolean impossible = false;
        for (int c = 0; c < k; c++) {
            impossible |= !windows(targets, c, m);
        }
        this.hopeless = impossible;
    }

    private boolean windows(Targets targets, int c, long m) {
        long w = targets.denominator();
        long[] upper = new long[n + 1];
        int[] due = new int[n + 2];
        Arrays.fill(due, NEVER);
        int forcedSoFar = 0;
        long reached = 0;
        for (int t = 0; t <= n; t++) {
            if (t > 0 && forced[t - 1] == c) {
                forcedSoFar++;
            }
            long a = targets.cumulative(t, c);
            long lower = Math.min(n + 1L, Math.floorDiv(a - m + w - 1, w) - forcedSoFar);
            upper[t] = Math.floorDiv(a + m, w) - forcedSoFar;
            for (long j = reached + 1; j <= lower; j++) {
                due[(int) j] = t;
            }
            reached = Math.max(reached, lower);
        }
        int[] from = new int[n + 2];
        Arrays.fill(from, NEVER);
        long suffixMin = Long.MAX_VALUE;
        long[] stays = new long[n + 1];
        for (int t = n; t >= 0; t--) {
            suffixMin = Math.min(suffixMin, upper[t]);
            stays[t] = suffixMin;
        }
        int j = 1;
        for (int p = 1; p <= n && j <= n + 1; p++) {
            while (j <= n + 1 && j <= stays[p]) {
                from[j++] = p;
            }
        }
        release[c] = from;
        deadline[c] = due;
        return stays[0] >= 0;
    }

    /** Whether a complete sequence was found from a fresh start; fills {@code out} (forced slots included). */
    boolean complete(int[] out) {
        return !hopeless && complete(start(), out);
    }

    /** Continues from {@code s} to the end, writing choices into {@code out}; false when stuck. */
    boolean complete(State s, int[] out) {
        if (hopeless) {
            return false;
        }
        while (s.pos < n) {
            int c = forced[s.pos] >= 0 ? forced[s.pos] : choose(s);
            if (c < 0) {
                return false;
            }
            out[s.pos] = c;
            apply(s, c);
        }
        for (int c = 0; c < k; c++) {
            if (deadline[c][s.done[c] + 1] <= n) {
                return false;
            }
        }
        return true;
    }

    /** The EDF choice for the free slot at {@code s.pos}, or -1 when a deadline is missed or nothing is released. */
    int choose(State s) {
        int t = s.pos + 1;
        int best = -1;
        long bestDue = Long.MAX_VALUE;
        for (int c = 0; c < k; c++) {
            int j = s.done[c] + 1;
            if (deadline[c][j] < t) {
                return -1;
            }
            if (!allowed(s, c)) {
                continue;
            }
            long due = deadline[c][j];
            if (best < 0 || due < bestDue || due == bestDue && s.lastUsed[c] < s.lastUsed[best]) {
                best = c;
                bestDue = due;
            }
        }
        return best;
    }

    /** Whether the next occurrence of category {@code c} is released at the free slot {@code s.pos}. */
    boolean allowed(State s, int c) {
        return release[c][s.done[c] + 1] <= s.pos + 1;
    }

    /** Records choosing {@code c} at slot {@code s.pos} and advances. */
    void apply(State s, int c) {
        if (forced[s.pos] < 0) {
            s.done[c]++;
        }
        s.lastUsed[c] = s.pos;
        s.pos++;
    }

    /** The forced category at {@code pos}, or a negative value for a free slot. */
    int forcedAt(int pos) {
        return forced[pos];
    }

    /** A fresh state before the first slot. */
    State start() {
        return new State(k);
    }

    int length() {
        return n;
    }
}
