package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;

class BalancedSequencerProperties {

    /** Largest deviation observed per k over the bound property, printed after the run for docs/planner.md. */
    private static final Map<Integer, Double> WORST = new TreeMap<>();

    @Property(seed = "42", tries = 300)
    void never_exceeds_the_tijdeman_bound(@ForAll @Size(min = 2, max = 6) List<@IntRange(min = 0, max = 30) Integer> w,
                                          @ForAll @IntRange(min = 1, max = 200) int length) {
        Targets targets = targets(w, length);
        Assume.that(targets.activeCategories() >= 1);

        Sequence sequence = BalancedSequencer.optimal(targets);

        assertThat(sequence.deviation()).isLessThanOrEqualTo(targets.tijdemanBound() + 1e-12);
        synchronized (WORST) {
            WORST.merge(targets.activeCategories(), sequence.deviation(), Math::max);
        }
    }

    @Property(seed = "42", tries = 300)
    void equals_the_exhaustive_optimum_with_or_without_forced_slots(
            @ForAll @Size(min = 2, max = 6) List<@IntRange(min = 0, max = 9) Integer> w,
            @ForAll @IntRange(min = 1, max = 12) int length,
            @ForAll @Size(max = 12) List<@IntRange(min = -1, max = 5) Integer> forcedPattern) {
        Targets targets = targets(w, length);
        Assume.that(targets.activeCategories() >= 1);
        int[] forced = forced(forcedPattern, length, w.size());

        Sequence sequence = BalancedSequencer.solve(targets, forced, BalancedSequencerTest.free(length));

        assertThat(sequence.deviationNumerator())
                .isEqualTo(ExhaustiveOptimum.leastDeviationNumerator(targets, forced));
        for (int t = 0; t < length; t++) {
            if (forced[t] >= 0) {
                assertThat(sequence.categories()[t]).isEqualTo(forced[t]);
            }
        }
    }

    @Property(seed = "42", tries = 200)
    void final_counts_are_within_one_meeting_of_their_share(
            @ForAll @Size(min = 2, max = 6) List<@IntRange(min = 0, max = 30) Integer> w,
            @ForAll @IntRange(min = 1, max = 200) int length) {
        Targets targets = targets(w, length);
        Assume.that(targets.activeCategories() >= 1);

        int[] sequence = BalancedSequencer.optimal(targets).categories();

        for (int c = 0; c < w.size(); c++) {
            int category = c;
            long count = java.util.Arrays.stream(sequence).filter(x -> x == category).count();
            assertThat(Math.abs(count * targets.denominator() - targets.cumulative(length, c)))
                    .isLessThan(targets.denominator());
        }
    }

    @Property(seed = "42", tries = 100)
    void is_deterministic(@ForAll @Size(min = 2, max = 6) List<@IntRange(min = 1, max = 30) Integer> w,
                          @ForAll @IntRange(min = 1, max = 200) int length) {
        assertThat(BalancedSequencer.optimal(targets(w, length)).categories())
                .isEqualTo(BalancedSequencer.optimal(targets(w, length)).categories());
    }

    @Property(seed = "42", tries = 200)
    void a_share_that_changes_midway_stays_within_the_bound_and_optimal(
            @ForAll @Size(min = 2, max = 4) List<@IntRange(min = 0, max = 6) Integer> before,
            @ForAll @Size(min = 4, max = 4) List<@IntRange(min = 0, max = 6) Integer> after,
            @ForAll @IntRange(min = 1, max = 12) int length,
            @ForAll @IntRange(min = 0, max = 12) int change) {
        long[] first = before.stream().mapToLong(Integer::longValue).toArray();
        long[] second = new long[first.length];
        for (int c = 0; c < first.length; c++) {
            second[c] = after.get(c);
        }
        long sumFirst = java.util.Arrays.stream(first).sum();
        long sumSecond = java.util.Arrays.stream(second).sum();
        Assume.that(sumFirst > 0 && sumSecond > 0);
        long[][] steps = new long[length][];
        for (int t = 0; t < length; t++) {
            long[] w = t < change ? first : second;
            long scale = t < change ? sumSecond : sumFirst;
            steps[t] = java.util.Arrays.stream(w).map(x -> x * scale).toArray();
        }
        Targets targets = Targets.perStep(steps);

        Sequence sequence = BalancedSequencer.optimal(targets);

        assertThat(sequence.deviation()).isLessThanOrEqualTo(targets.tijdemanBound() + 1e-12);
        assertThat(sequence.deviationNumerator()).isEqualTo(ExhaustiveOptimum.leastDeviationNumerator(targets));
    }

    @Property(seed = "42", tries = 300)
    void with_a_video_limit_the_deviation_is_the_exhaustive_optimum_under_that_limit(
            @ForAll @IntRange(min = 1, max = 5) int travel,
            @ForAll @IntRange(min = 0, max = 5) int video,
            @ForAll @IntRange(min = 0, max = 3) int limit,
            @ForAll @IntRange(min = 1, max = 16) int length,
            @ForAll @Size(max = 16) List<@IntRange(min = -4, max = 1) Integer> forcedPattern) {
        Targets targets = Targets.constant(new long[] {travel, video}, length);
        int[] forced = forced(forcedPattern, length, 2);
        StreakLimit limitVideo = new StreakLimit(1, limit);

        Sequence sequence = StreakSequencer.solve(targets, forced, BalancedSequencerTest.free(length), limitVideo);

        assertThat(sequence.deviationNumerator())
                .isEqualTo(ExhaustiveOptimum.leastDeviationNumerator(targets, forced, limitVideo));
        int run = 0;
        for (int t = 0; t < length; t++) {
            run = sequence.categories()[t] == 1 ? run + 1 : 0;
            assertThat(forced[t] >= 0 || run <= limit).isTrue();
            assertThat(forced[t] < 0 || sequence.categories()[t] == forced[t]).isTrue();
        }
    }

    @AfterContainer
    static void printWorstDeviations() {
        System.out.println("max observed deviation per k: " + WORST);
    }

    static Targets targets(List<Integer> weights, int length) {
        long[] w = weights.stream().mapToLong(Integer::longValue).toArray();
        if (java.util.Arrays.stream(w).sum() == 0) {
            w[0] = 1;
        }
        return Targets.constant(w, length);
    }

    private static int[] forced(List<Integer> pattern, int length, int k) {
        int[] forced = BalancedSequencerTest.free(length);
        for (int t = 0; t < Math.min(length, pattern.size()); t++) {
            forced[t] = pattern.get(t) >= 0 && pattern.get(t) < k ? pattern.get(t) : BalancedSequencer.FREE;
        }
        return forced;
    }
}
