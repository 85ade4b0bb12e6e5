package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.cadence.Fixtures.every;

import org.junit.jupiter.api.Test;

class DinnerAndSocialRuleTest {

    @Test
    void dinner_at_the_launch_and_every_second_in_person_meeting_counted_from_it() {
        PlanResult result = Fixtures.plan(every(6, 12), Fixtures.withDinnerEvery(Fixtures.halfInPerson(), 2));

        assertThat(result.meetings()).filteredOn(Meeting::dinner).extracting(Meeting::sequence)
                .containsExactly(1, 5, 9);
    }

    @Test
    void without_a_dinner_setting_only_the_launch_has_dinner() {
        PlanResult result = Fixtures.plan(every(6, 12), Fixtures.halfInPerson());

        assertThat(result.meetings()).filteredOn(Meeting::dinner).extracting(Meeting::sequence).containsExactly(1);
    }

    @Test
    void every_video_meeting_has_a_social_start_and_no_in_person_one_does() {
        PlanResult result = Fixtures.plan(every(6, 12), Fixtures.halfInPerson());

        assertThat(result.meetings()).allSatisfy(m -> assertThat(m.socialStart()).isEqualTo(m.mode() == Mode.VIDEO));
    }
}
