package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.cadence.Fixtures.every;
import static org.entente.cadence.Fixtures.plan;

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
}
