package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LaterShareTest {

    @Test
    void more_in_person_in_the_first_year_then_less() {
        ModePolicy policy = Fixtures.withLater(ModePolicy.share(2.0 / 3), new LaterShare(LocalDate.of(2028, 1, 1),
                1.0 / 3));

        PlanResult result = Fixtures.plan(Fixtures.every(4, 26), policy);

        long firstYear = result.meetings().stream().filter(m -> m.start().getYear() == 2027)
                .filter(m -> m.mode().hosted()).count();
        long secondYear = result.meetings().stream().filter(m -> m.start().getYear() == 2028)
                .filter(m -> m.mode().hosted()).count();
        assertThat(firstYear).isEqualTo(9);
        assertThat(secondYear).isBetween(4L, 5L);
        assertThat(result.report().travel().maxDeviation()).isLessThanOrEqualTo(result.report().travel().bound());
    }
}
