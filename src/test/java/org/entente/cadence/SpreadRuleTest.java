package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.cadence.Fixtures.every;

import java.util.ArrayList;
import java.util.List;
import org.entente.cadence.SeededProperty.Shrink;
import org.junit.jupiter.api.Test;

/** The second objective: inside the optimal band, in-person meetings are spread as evenly as the band allows. */
class SpreadRuleTest {

    @Test
    void a_tenth_in_person_over_twenty_meetings_puts_the_second_trip_midway() {
        PlanResult result = Fixtures.plan(every(2, 20), ModePolicy.share(0.1));

        String letters = Fixtures.letters(result);
        assertThat(letters).startsWith("O").matches("OV{9}[OP]V{9}|OV{8}[OP]V{10}|OV{10}[OP]V{8}");
        assertThat(result.report().longestVideoStreak()).isLessThanOrEqualTo(10);
    }

    @Test
    void spreading_never_costs_balance() {
        PlanResult result = Fixtures.plan(every(1, 60), ModePolicy.share(0.15));
        Targets targets = Targets.constant(new long[] {3, 17}, 60);
        int[] launch = BalancedSequencerTest.free(60);
        launch[0] = TravelLevel.TRAVEL;

        assertThat(result.report().travel().maxDeviation())
                .isEqualTo(ExhaustiveOptimum.leastDeviationNumerator(targets, launch) / 20.0);
        assertThat(result.report().longestVideoStreak()).isLessThanOrEqualTo(7);
    }

    record Input(int travel, int video, int length, List<Integer> inPersonLocks) {
        List<Input> shrinks() {
            List<Input> out = new ArrayList<>();
            Shrink.intPart(out, length, 1, x -> new Input(travel, video, x, inPersonLocks));
            Shrink.each(out, Shrink.list(inPersonLocks, 0, 0), x -> new Input(travel, video, length, x));
            Shrink.intPart(out, travel, 1, x -> new Input(x, video, length, inPersonLocks));
            Shrink.intPart(out, video, 0, x -> new Input(travel, x, length, inPersonLocks));
            return out;
        }
    }

    @Test
    void the_longest_video_run_is_the_least_any_optimal_sequence_has() {
        SeededProperty.forAll("least longest video run in the optimal band", 300, g -> new Input(g.between(1, 4),
                        g.between(0, 12), g.between(1, 14), g.ints(0, 3, 0, 13)))
                .shrinkingWith(Input::shrinks)
                .check(in -> {
                    Targets targets = Targets.constant(new long[] {in.travel(), in.video()}, in.length());
                    int[] forced = BalancedSequencerTest.free(in.length());
                    forced[0] = TravelLevel.TRAVEL;
                    in.inPersonLocks().stream().filter(t -> t < in.length())
                            .forEach(t -> forced[t] = TravelLevel.TRAVEL);

                    Sequence sequence = TravelLevel.assign(targets, ModePolicy.share(0.5), forced,
                            BalancedSequencerTest.free(in.length()), new ArrayList<>());

                    long band = ExhaustiveOptimum.leastDeviationNumerator(targets, forced);
                    assertThat(sequence.deviationNumerator()).isEqualTo(band);
                    assertThat(TravelLevel.longestRun(sequence.categories(), TravelLevel.VIDEO))
                            .isEqualTo(leastLongestRun(targets, forced, band));
                });
    }

    /** Over every sequence keeping {@code forced} within {@code band}: the least longest run of video. */
    private static int leastLongestRun(Targets targets, int[] forced, long band) {
        int n = targets.length();
        int best = Integer.MAX_VALUE;
        for (int bits = 0; bits < 1 << n; bits++) {
            int[] s = new int[n];
            boolean keeps = true;
            for (int t = 0; t < n; t++) {
                s[t] = (bits >> t) & 1;
                keeps &= forced[t] < 0 || forced[t] == s[t];
            }
            if (keeps && targets.maxDeviationNumerator(s) <= band) {
                best = Math.min(best, TravelLevel.longestRun(s, TravelLevel.VIDEO));
            }
        }
        return best;
    }
}
