package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BalancedSequencerTest {

    private static final long[] ONE_EIGHT_EIGHT_ONE_EIGHT = {1, 8, 8, 1, 8};

    @Test
    void weights_1_8_8_1_8_reach_ten_thirteenths_where_smooth_round_robin_reaches_one() {
        Targets period = Targets.constant(ONE_EIGHT_EIGHT_ONE_EIGHT, 26);

        Sequence optimal = BalancedSequencer.optimal(period);

        assertThat(optimal.deviationNumerator()).isEqualTo(20);
        assertThat(optimal.deviation()).isEqualTo(10.0 / 13);
        assertThat(period.maxDeviationNumerator(smoothRoundRobin(ONE_EIGHT_EIGHT_ONE_EIGHT, 26))).isEqualTo(26);
    }

    @Test
    void weights_1_8_8_1_8_optimum_matches_the_exhaustive_search() {
        Targets period = Targets.constant(ONE_EIGHT_EIGHT_ONE_EIGHT, 26);

        assertThat(BalancedSequencer.optimal(period).deviationNumerator())
                .isEqualTo(ExhaustiveOptimum.leastDeviationNumerator(period));
    }

    @Test
    void two_equal_shares_alternate_starting_with_the_first() {
        Sequence sequence = BalancedSequencer.optimal(Targets.constant(new long[] {1, 1}, 8));

        assertThat(sequence.categories()).containsExactly(0, 1, 0, 1, 0, 1, 0, 1);
        assertThat(sequence.deviation()).isEqualTo(0.5);
    }

    @ParameterizedTest
    @CsvSource({"1 1 1, 0.75", "1 2 3 4, 0.8333333333333334"})
    void stays_within_the_tijdeman_bound(String weights, double bound) {
        long[] w = Arrays.stream(weights.split(" ")).mapToLong(Long::parseLong).toArray();
        Targets targets = Targets.constant(w, 60);

        assertThat(targets.tijdemanBound()).isEqualTo(bound);
        assertThat(BalancedSequencer.optimal(targets).deviation()).isLessThanOrEqualTo(bound);
    }

    @Test
    void forced_slots_are_kept_and_the_rest_rebalances_around_them() {
        Targets half = Targets.constant(new long[] {1, 1}, 12);
        int[] forced = free(12);
        forced[5] = 0;
        forced[6] = 0;

        Sequence sequence = BalancedSequencer.solve(half, forced, free(12));

        assertThat(sequence.categories()[5]).isZero();
        assertThat(sequence.categories()[6]).isZero();
        assertThat(sequence.deviationNumerator()).isEqualTo(ExhaustiveOptimum.leastDeviationNumerator(half, forced));
    }

    @Test
    void preferred_choices_are_kept_when_they_cost_no_balance() {
        Targets half = Targets.constant(new long[] {1, 1}, 6);
        int[] preferred = {1, 0, 0, 1, 1, 0};

        Sequence sequence = BalancedSequencer.solve(half, free(6), preferred);

        assertThat(sequence.categories()).containsExactly(1, 0, 0, 1, 1, 0);
    }

    @ParameterizedTest
    @CsvSource({"10", "100", "1000", "10000"})
    void the_search_needs_only_logarithmically_many_band_checks(int n) {
        Targets targets = Targets.constant(ONE_EIGHT_EIGHT_ONE_EIGHT, n);

        Sequence sequence = BalancedSequencer.optimal(targets);

        assertThat(sequence.bandChecks()).isLessThanOrEqualTo(1 + 64 - Long.numberOfLeadingZeros(26));
    }

    static int[] free(int n) {
        int[] slots = new int[n];
        Arrays.fill(slots, BalancedSequencer.FREE);
        return slots;
    }

    /** nginx's smooth weighted round-robin, the baseline the sequencer must beat. */
    static int[] smoothRoundRobin(long[] weights, int n) {
        long total = Arrays.stream(weights).sum();
        long[] current = new long[weights.length];
        int[] out = new int[n];
        for (int t = 0; t < n; t++) {
            int best = 0;
            for (int c = 0; c < weights.length; c++) {
                current[c] += weights[c];
                if (current[c] > current[best]) {
                    best = c;
                }
            }
            current[best] -= total;
            out[t] = best;
        }
        return out;
    }
}
