package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.cadence.Fixtures.every;
import static org.entente.cadence.Fixtures.plan;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchRuleTest {

    private static final ModePolicy LAUNCH_AT_THEIRS = new ModePolicy(0.5, null, false, null, null, null, null,
            true, Fixtures.THEIRS, null);

    @Test
    void the_first_meeting_is_the_launch_in_person_at_the_launch_host() {
        Meeting launch = plan(every(6, 8), LAUNCH_AT_THEIRS).meetings().get(0);

        assertThat(launch.launch()).isTrue();
        assertThat(launch.mode()).isEqualTo(Mode.IN_PERSON);
        assertThat(launch.hostPartnerId()).isEqualTo(Fixtures.THEIRS);
        assertThat(launch.officeId()).isEqualTo(Fixtures.AUSTIN.officeId());
        assertThat(launch.dinner()).isTrue();
    }

    @Test
    void a_launch_date_makes_the_first_meeting_on_or_after_it_the_launch() {
        ModePolicy policy = new ModePolicy(0.25, null, false, null, null, null, null, true, null,
                Fixtures.FIRST.plusWeeks(13));

        PlanResult result = plan(every(6, 8), policy);

        assertThat(result.meetings()).filteredOn(Meeting::launch).extracting(Meeting::sequence).containsExactly(4);
        assertThat(result.meetings().get(3).mode()).isEqualTo(Mode.IN_PERSON);
    }

    @Test
    void an_all_video_share_keeps_the_in_person_launch_and_reports_the_share() {
        PlanResult result = plan(every(6, 6), ModePolicy.share(0));

        assertThat(Fixtures.letters(result)).isEqualTo("OVVVVV");
        assertThat(result.report().brokenRules()).extracting(BrokenRule::rule)
                .contains("policy.inPersonShare");
    }

    @Test
    void without_a_launch_in_person_an_all_video_share_is_all_video() {
        PlanResult result = plan(every(6, 6), Fixtures.withoutLaunch(ModePolicy.share(0)));

        assertThat(Fixtures.letters(result)).isEqualTo("VVVVVV");
        assertThat(result.report().brokenRules()).isEmpty();
    }

    @Test
    void without_a_launch_in_person_no_meeting_is_called_the_launch() {
        PlanResult result = plan(every(6, 6), Fixtures.withoutLaunch(ModePolicy.share(0.5)));

        assertThat(result.meetings()).noneMatch(Meeting::launch);
    }

    @Test
    void without_a_named_host_the_weights_choose_the_launch_host() {
        ModePolicy oneToNine = Fixtures.withWeights(ModePolicy.share(1.0), Map.of(Fixtures.OURS, 1,
                Fixtures.THEIRS, 9));

        PlanResult result = plan(every(2, 20), oneToNine);

        assertThat(result.meetings().get(0).hostPartnerId()).isEqualTo(Fixtures.THEIRS);
        assertThat(result.report().host().maxDeviation()).isEqualTo(result.report().host().optimum())
                .isLessThanOrEqualTo(result.report().host().bound());
        assertThat(result.report().brokenRules()).isEmpty();
    }

    @Test
    void a_named_launch_host_against_the_weights_is_reported_with_its_cost() {
        ModePolicy oneToNine = new ModePolicy(1.0, null, false, Map.of(Fixtures.OURS, 1, Fixtures.THEIRS, 9),
                null, null, null, true, Fixtures.OURS, null);

        PlanResult result = plan(every(2, 20), oneToNine);

        assertThat(result.report().host().maxDeviation()).isEqualTo(0.9);
        assertThat(result.report().brokenRules()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("policy.hostWeights");
            assertThat(r.sequence()).isEqualTo(1);
            assertThat(r.reason()).contains("policy.launchHostPartnerId", "from 0.500 to 0.900",
                    "above Tijdeman's bound 0.500");
        });
    }

    @Test
    void a_launch_that_costs_travel_balance_says_by_how_much() {
        PlanResult result = plan(every(4, 30), ModePolicy.share(1.0 / 3));

        assertThat(result.report().travel().maxDeviation()).isGreaterThan(result.report().travel().bound());
        assertThat(result.report().brokenRules()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("policy.inPersonShare");
            assertThat(r.reason()).contains("policy.launchInPerson", "from 0.333 to 0.667");
        });
    }

    @Test
    void a_launch_locked_as_video_is_reported() {
        PlanResult first = plan(every(6, 6), Fixtures.halfInPerson());
        Meeting videoLaunch = Fixtures.lockedAs(first.meetings().get(0), Mode.VIDEO, null);

        PlanResult result = Fixtures.replan(every(6, 6), Fixtures.halfInPerson(), List.of(videoLaunch), List.of());

        assertThat(result.report().brokenRules()).extracting(BrokenRule::rule, BrokenRule::sequence)
                .contains(org.assertj.core.api.Assertions.tuple("policy.launchInPerson", 1));
    }
}
