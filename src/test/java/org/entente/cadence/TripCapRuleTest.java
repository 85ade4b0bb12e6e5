package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.cadence.Fixtures.withTripCap;

import org.junit.jupiter.api.Test;

class TripCapRuleTest {

    /** Fortnightly for two years: 26 meetings a year, half of them in person without a cap. */
    private static final Cadence FORTNIGHTLY = Fixtures.every(2, 52);

    @Test
    void no_partner_travels_more_than_the_cap_in_any_year() {
        PlanResult result = Fixtures.plan(FORTNIGHTLY, withTripCap(Fixtures.halfInPerson(), 4, false));

        assertThat(result.report().trips()).allSatisfy(t -> assertThat(t.trips()).isLessThanOrEqualTo(4));
        assertThat(result.meetings()).filteredOn(m -> m.mode() == Mode.IN_PERSON).hasSizeLessThanOrEqualTo(2 * 8);
    }

    @Test
    void the_in_person_meetings_the_caps_allow_are_spread_over_each_year() {
        PlanResult result = Fixtures.plan(FORTNIGHTLY, withTripCap(Fixtures.halfInPerson(), 4, false));

        assertThat(Fixtures.letters(result)).isEqualTo("OVVVPVVVOVVPVVOVVPVVVOVVPV" + "VOVVPVVVOVVPVVOVVPVVVOVVPV");
        assertThat(result.report().longestVideoStreak()).isEqualTo(3);
        assertThat(result.report().trips()).extracting(TripCount::trips).containsOnly(4);
    }

    @Test
    void a_cap_below_the_share_turns_meetings_into_video_and_reports_the_share() {
        PlanResult result = Fixtures.plan(FORTNIGHTLY, withTripCap(Fixtures.halfInPerson(), 4, false));

        assertThat(result.report().brokenRules()).extracting(BrokenRule::rule).contains("policy.inPersonShare");
        assertThat(result.report().brokenRules()).extracting(BrokenRule::rule)
                .doesNotContain("policy.tripsPerPartnerPerYear");
    }

    @Test
    void with_hybrid_allowed_capped_meetings_stay_hosted_as_hybrid() {
        PlanResult result = Fixtures.plan(FORTNIGHTLY, withTripCap(Fixtures.halfInPerson(), 4, true));

        assertThat(result.report().trips()).allSatisfy(t -> assertThat(t.trips()).isLessThanOrEqualTo(4));
        assertThat(result.meetings()).anyMatch(m -> m.mode() == Mode.HYBRID);
        assertThat(result.report().travel().maxDeviation()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void a_zero_cap_keeps_the_launch_and_reports_the_cap() {
        PlanResult result = Fixtures.plan(Fixtures.every(6, 8), withTripCap(Fixtures.halfInPerson(), 0, false));

        assertThat(Fixtures.letters(result)).isEqualTo("OVVVVVVV");
        assertThat(result.report().brokenRules()).extracting(BrokenRule::rule, BrokenRule::sequence)
                .contains(org.assertj.core.groups.Tuple.tuple("policy.tripsPerPartnerPerYear", 1));
    }

    @Test
    void trips_count_meetings_hosted_by_the_other_partner() {
        PlanResult result = Fixtures.plan(Fixtures.every(6, 8), Fixtures.halfInPerson());

        assertThat(result.report().trips()).containsExactly(
                new TripCount(Fixtures.OURS, 2027, 2), new TripCount(Fixtures.THEIRS, 2027, 2));
    }

    @Test
    void a_cap_for_one_partner_binds_only_that_partner() {
        ModePolicy policy = new ModePolicy(0.5, null, false, null, null, null, null, true, null, null,
                java.util.Map.of(Fixtures.THEIRS, 2));

        PlanResult result = Fixtures.plan(FORTNIGHTLY, policy);

        assertThat(result.report().trips()).filteredOn(t -> t.partnerId() == Fixtures.THEIRS)
                .allSatisfy(t -> assertThat(t.trips()).isLessThanOrEqualTo(2));
        assertThat(result.report().trips()).filteredOn(t -> t.partnerId() == Fixtures.OURS)
                .anySatisfy(t -> assertThat(t.trips()).isGreaterThan(2));
        assertThat(result.report().brokenRules()).extracting(BrokenRule::rule)
                .doesNotContain("policy.tripsPerPartnerPerYear").contains("policy.hostWeights");
    }

    @Test
    void a_partner_cap_overrides_the_default_cap() {
        ModePolicy policy = new ModePolicy(0.5, null, false, null, null, 4, null, true, null, null,
                java.util.Map.of(Fixtures.OURS, 6));

        PlanResult result = Fixtures.plan(FORTNIGHTLY, policy);

        assertThat(result.report().trips()).allSatisfy(t -> assertThat(t.trips())
                .isLessThanOrEqualTo(t.partnerId() == Fixtures.OURS ? 6 : 4));
        assertThat(result.report().trips()).anySatisfy(t -> assertThat(t.trips()).isGreaterThan(4));
    }

    @Test
    void per_partner_caps_bound_the_in_person_meetings_of_a_year() {
        assertThat(TripCaps.inPersonPerYear(new int[] {4, 4}, 26)).isEqualTo(8);
        assertThat(TripCaps.inPersonPerYear(new int[] {4, 4, 4}, 26)).isEqualTo(6);
        assertThat(TripCaps.inPersonPerYear(new int[] {1, 4, Integer.MAX_VALUE}, 26)).isEqualTo(5);
        assertThat(TripCaps.inPersonPerYear(new int[] {0, Integer.MAX_VALUE}, 26)).isEqualTo(26);
    }

    @Test
    void an_unknown_partner_or_a_negative_cap_is_an_input_error() {
        ModePolicy unknown = new ModePolicy(0.5, null, false, null, null, null, null, true, null, null,
                java.util.Map.of(99L, 2));
        ModePolicy negative = new ModePolicy(0.5, null, false, null, null, null, null, true, null, null,
                java.util.Map.of(Fixtures.OURS, -1));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.plan(FORTNIGHTLY, unknown))
                .isInstanceOfSatisfying(InvalidPlanInput.class, e -> assertThat(e.field()).isEqualTo("policy.tripCaps"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.plan(FORTNIGHTLY, negative))
                .isInstanceOfSatisfying(InvalidPlanInput.class, e -> assertThat(e.field()).isEqualTo("policy.tripCaps"));
    }
}
