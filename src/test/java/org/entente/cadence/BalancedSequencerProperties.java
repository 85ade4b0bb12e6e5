package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.cadence.SeededProperty.Shrink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class BalancedSequencerProperties {

    /** Largest deviation observed per k over the bound property, printed after the run for docs/planner.md. */
    private static final Map<Integer, Double> WORST = new TreeMap<>();

    record Weights(List<Integer> w, int length) {
        List<Weights> shrinks(int minLength) {
            List<Weights> out = new ArrayList<>();
            Shrink.intPart(out, length, minLength, l -> new Weights(w, l));
            Shrink.each(out, Shrink.list(w, 2, 0), x -> new Weights(x, length));
            return out;
        }

        boolean active() {
            return targets(w, length).activeCategories() >= 1;
        }
    }

    record Forced(List<Integer> w, int length, List<Integer> forcedPattern) {
        List<Forced> shrinks() {
            List<Forced> out = new ArrayList<>();
            Shrink.intPart(out, length, 1, l -> new Forced(w, l, forcedPattern));
            Shrink.each(out, Shrink.list(w, 2, 0), x -> new Forced(x, length, forcedPattern));
            Shrink.each(out, Shrink.list(forcedPattern, 0, -1), f -> new Forced(w, length, f));
            return out;
        }
    }

    @Test
    void never_exceeds_the_tijdeman_bound() {
        SeededProperty.forAll("tijdeman bound", 300, g -> new Weights(g.ints(2, 6, 0, 30), g.between(1, 200)))
                .assuming(Weights::active).shrinkingWith(in -> in.shrinks(1))
                .check(in -> {
                    Targets targets = targets(in.w(), in.length());

                    Sequence sequence = BalancedSequencer.optimal(targets);

                    assertThat(sequence.deviation()).isLessThanOrEqualTo(targets.tijdemanBound() + 1e-12);
                    WORST.merge(targets.activeCategories(), sequence.deviation(), Math::max);
                });
    }

    @Test
    void equals_the_exhaustive_optimum_with_or_without_forced_slots() {
        SeededProperty.forAll("exhaustive optimum with forced slots", 300,
                        g -> new Forced(g.ints(2, 6, 0, 9), g.between(1, 12), g.ints(0, 12, -1, 5)))
                .assuming(in -> targets(in.w(), in.length()).activeCategories() >= 1)
                .shrinkingWith(Forced::shrinks)
                .check(in -> {
                    Targets targets = targets(in.w(), in.length());
                    int[] forced = forced(in.forcedPattern(), in.length(), in.w().size());

                    Sequence sequence = BalancedSequencer.solve(targets, forced,
                            BalancedSequencerTest.free(in.length()));

                    assertThat(sequence.deviationNumerator())
                            .isEqualTo(ExhaustiveOptimum.leastDeviationNumerator(targets, forced));
                    for (int t = 0; t < in.length(); t++) {
                        if (forced[t] >= 0) {
                            assertThat(sequence.categories()[t]).isEqualTo(forced[t]);
                        }
                    }
                });
    }

    @Test
    void final_counts_are_within_one_meeting_of_their_share() {
        SeededProperty.forAll("apportionment", 200, g -> new Weights(g.ints(2, 6, 0, 30), g.between(1, 200)))
                .assuming(Weights::active).shrinkingWith(in -> in.shrinks(1))
                .check(in -> {
                    Targets targets = targets(in.w(), in.length());

                    int[] sequence = BalancedSequencer.optimal(targets).categories();

                    for (int c = 0; c < in.w().size(); c++) {
                        int category = c;
                        long count = Arrays.stream(sequence).filter(x -> x == category).count();
                        assertThat(Math.abs(count * targets.denominator() - targets.cumulative(in.length(), c)))
                                .isLessThan(targets.denominator());
                    }
                });
    }

    @Test
    void is_deterministic() {
        SeededProperty.forAll("determinism", 100, g -> new Weights(g.ints(2, 6, 1, 30), g.between(1, 200)))
                .shrinkingWith(in -> in.shrinks(1))
                .check(in -> assertThat(BalancedSequencer.optimal(targets(in.w(), in.length())).categories())
                        .isEqualTo(BalancedSequencer.optimal(targets(in.w(), in.length())).categories()));
    }

    record Midway(List<Integer> before, List<Integer> after, int length, int change) {
        List<Midway> shrinks() {
            List<Midway> out = new ArrayList<>();
            Shrink.intPart(out, length, 1, l -> new Midway(before, after, l, change));
            Shrink.intPart(out, change, 0, c -> new Midway(before, after, length, c));
            Shrink.each(out, Shrink.list(before, 2, 0), b -> new Midway(b, after, length, change));
            Shrink.each(out, Shrink.list(after, 4, 0), a -> new Midway(before, a, length, change));
            return out;
        }

        boolean bothPositive() {
            return before.stream().mapToInt(Integer::intValue).sum() > 0
                    && after.subList(0, before.size()).stream().mapToInt(Integer::intValue).sum() > 0;
        }
    }

    @Test
    void a_share_that_changes_midway_stays_within_the_bound_and_optimal() {
        SeededProperty.forAll("share changing midway", 200, g -> new Midway(g.ints(2, 4, 0, 6),
                        g.ints(4, 4, 0, 6), g.between(1, 12), g.between(0, 12)))
                .assuming(Midway::bothPositive).shrinkingWith(Midway::shrinks)
                .check(in -> {
                    long[] first = in.before().stream().mapToLong(Integer::longValue).toArray();
                    long[] second = new long[first.length];
                    for (int c = 0; c < first.length; c++) {
                        second[c] = in.after().get(c);
                    }
                    long sumFirst = Arrays.stream(first).sum();
                    long sumSecond = Arrays.stream(second).sum();
                    long[][] steps = new long[in.length()][];
                    for (int t = 0; t < in.length(); t++) {
                        long[] w = t < in.change() ? first : second;
                        long scale = t < in.change() ? sumSecond : sumFirst;
                        steps[t] = Arrays.stream(w).map(x -> x * scale).toArray();
                    }
                    Targets targets = Targets.perStep(steps);

                    Sequence sequence = BalancedSequencer.optimal(targets);

                    assertThat(sequence.deviation()).isLessThanOrEqualTo(targets.tijdemanBound() + 1e-12);
                    assertThat(sequence.deviationNumerator())
                            .isEqualTo(ExhaustiveOptimum.leastDeviationNumerator(targets));
                });
    }

    record Streak(int travel, int video, int limit, int length, List<Integer> forcedPattern) {
        List<Streak> shrinks() {
            List<Streak> out = new ArrayList<>();
            Shrink.intPart(out, length, 1, l -> new Streak(travel, video, limit, l, forcedPattern));
            Shrink.each(out, Shrink.list(forcedPattern, 0, -4), f -> new Streak(travel, video, limit, length, f));
            Shrink.intPart(out, travel, 1, x -> new Streak(x, video, limit, length, forcedPattern));
            Shrink.intPart(out, video, 0, x -> new Streak(travel, x, limit, length, forcedPattern));
            Shrink.intPart(out, limit, 0, x -> new Streak(travel, video, x, length, forcedPattern));
            return out;
        }
    }

    @Test
    void with_a_video_limit_the_deviation_is_the_exhaustive_optimum_under_that_limit() {
        SeededProperty.forAll("exhaustive optimum under a video limit", 300, g -> new Streak(g.between(1, 5),
                        g.between(0, 5), g.between(0, 3), g.between(1, 16), g.ints(0, 16, -4, 1)))
                .shrinkingWith(Streak::shrinks)
                .check(in -> {
                    Targets targets = Targets.constant(new long[] {in.travel(), in.video()}, in.length());
                    int[] forced = forced(in.forcedPattern(), in.length(), 2);
                    StreakLimit limitVideo = new StreakLimit(1, in.limit());

                    Sequence sequence = StreakSequencer.solve(targets, forced, BalancedSequencerTest.free(in.length()),
                            limitVideo);

                    assertThat(sequence.deviationNumerator())
                            .isEqualTo(ExhaustiveOptimum.leastDeviationNumerator(targets, forced, limitVideo));
                    int run = 0;
                    for (int t = 0; t < in.length(); t++) {
                        run = sequence.categories()[t] == 1 ? run + 1 : 0;
                        assertThat(forced[t] >= 0 || run <= in.limit()).isTrue();
                        assertThat(forced[t] < 0 || sequence.categories()[t] == forced[t]).isTrue();
                    }
                });
    }

    @AfterAll
    static void printWorstDeviations() {
        System.out.println("max observed deviation per k: " + WORST);
    }

    static Targets targets(List<Integer> weights, int length) {
        long[] w = weights.stream().mapToLong(Integer::longValue).toArray();
        if (Arrays.stream(w).sum() == 0) {
            w[0] = 1;
        }
        return Targets.constant(w, length);
    }

    static int[] forced(List<Integer> pattern, int length, int k) {
        int[] forced = BalancedSequencerTest.free(length);
        for (int t = 0; t < Math.min(length, pattern.size()); t++) {
            forced[t] = pattern.get(t) >= 0 && pattern.get(t) < k ? pattern.get(t) : BalancedSequencer.FREE;
        }
        return forced;
    }
}
