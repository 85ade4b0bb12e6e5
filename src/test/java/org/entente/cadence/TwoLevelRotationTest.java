package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.cadence.Fixtures.every;
import static org.entente.cadence.Fixtures.halfInPerson;
import static org.entente.cadence.Fixtures.letters;
import static org.entente.cadence.Fixtures.plan;

import org.junit.jupiter.api.Test;

class TwoLevelRotationTest {

    @Test
    void half_in_person_with_two_partners_alternates_travel_then_host() {
        PlanResult result = plan(every(6, 12), halfInPerson());

        assertThat(letters(result)).isEqualTo("OVPVOVPVOVPV");
        assertThat(letters(result)).doesNotContain("VV");
    }

    @Test
    void both_levels_reach_their_optimum_of_one_half() {
        BalanceReport report = plan(every(6, 24), halfInPerson()).report();

        assertThat(report.travel().maxDeviation()).isEqualTo(0.5).isEqualTo(report.travel().optimum());
        assertThat(report.host().maxDeviation()).isEqualTo(0.5).isEqualTo(report.host().optimum());
        assertThat(report.travel().bound()).isEqualTo(0.5);
        assertThat(report.longestVideoStreak()).isEqualTo(1);
        assertThat(report.brokenRules()).isEmpty();
    }

    @Test
    void the_flat_sequence_is_reported_with_three_categories() {
        LevelReport flat = plan(every(6, 24), halfInPerson()).report().flat();

        assertThat(flat.counts()).extracting(CategoryCount::category)
                .containsExactly("VIDEO", "HOST 12", "HOST 13");
        assertThat(flat.counts()).extracting(CategoryCount::actual).containsExactly(12, 6, 6);
        assertThat(flat.bound()).isEqualTo(0.75);
        assertThat(flat.maxDeviation()).isLessThanOrEqualTo(flat.bound());
    }

    @Test
    void a_third_in_person_with_three_hosts_rotates_all_hosts() {
        ModePolicy policy = ModePolicy.share(1.0 / 3);
        PlanResult result = new RotationPlanner().plan(PlanRequest.of(every(4, 18),
                java.util.List.of(Fixtures.AMSTERDAM, Fixtures.AUSTIN, Fixtures.BERLIN), policy, null));

        assertThat(result.meetings()).extracting(Meeting::hostPartnerId)
                .filteredOn(java.util.Objects::nonNull).containsExactly(12L, 13L, 14L, 12L, 13L, 14L);
        assertThat(result.report().host().maxDeviation()).isEqualTo(result.report().host().optimum());
    }
}
