package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidPlanInputTest {

    private static final Cadence GOOD = Fixtures.every(6, 8);

    static Stream<Arguments> cadences() {
        return Stream.of(
                Arguments.of("cadence.every", cadence(c -> new Cadence(0, c.unit(), null, null, c.firstDate(),
                        c.count(), null, c.localTime(), 60, c.timeZone()))),
                Arguments.of("cadence.count", cadence(c -> new Cadence(1, c.unit(), null, null, c.firstDate(),
                        0, null, c.localTime(), 60, c.timeZone()))),
                Arguments.of("cadence.count", cadence(c -> new Cadence(1, c.unit(), null, null, c.firstDate(),
                        null, null, c.localTime(), 60, c.timeZone()))),
                Arguments.of("cadence.until", cadence(c -> new Cadence(1, c.unit(), null, null, c.firstDate(),
                        null, c.firstDate().minusDays(1), c.localTime(), 60, c.timeZone()))),
                Arguments.of("cadence.timeZone", cadence(c -> new Cadence(1, c.unit(), null, null, c.firstDate(),
                        3, null, c.localTime(), 60, "Mars/Olympus"))),
                Arguments.of("cadence.durationMinutes", cadence(c -> new Cadence(1, c.unit(), null, null,
                        c.firstDate(), 3, null, c.localTime(), 0, c.timeZone()))),
                Arguments.of("cadence.weekOfMonth", cadence(c -> new Cadence(1, CadenceUnit.MONTHS,
                        java.time.DayOfWeek.MONDAY, 5, c.firstDate(), 3, null, c.localTime(), 60, c.timeZone()))),
                Arguments.of("policy.inPersonShare", policy(ModePolicy.share(1.5))),
                Arguments.of("policy.inPersonShare", policy(ModePolicy.share(-0.1))),
                Arguments.of("policy.laterShare.inPersonShare", policy(Fixtures.withLater(ModePolicy.share(0.5),
                        new LaterShare(LocalDate.of(2028, 1, 1), 2)))),
                Arguments.of("policy.hostWeights", policy(Fixtures.withWeights(ModePolicy.share(0.5),
                        Map.of(12L, -1, 13L, 1)))),
                Arguments.of("policy.hostWeights", policy(Fixtures.withWeights(ModePolicy.share(0.5),
                        Map.of(12L, 0, 13L, 0)))),
                Arguments.of("policy.hostWeights", policy(Fixtures.withWeights(ModePolicy.share(0.5),
                        Map.of(12L, 1)))),
                Arguments.of("policy.hostWeights", policy(Fixtures.withWeights(ModePolicy.share(0.5),
                        Map.of(12L, 1, 13L, 1_001)))),
                Arguments.of("policy.maxVideoInARow", policy(Fixtures.withVideoLimit(ModePolicy.share(0.5), -1))),
                Arguments.of("policy.tripsPerPartnerPerYear",
                        policy(Fixtures.withTripCap(ModePolicy.share(0.5), -2, false))),
                Arguments.of("offices[1].workdayStart", offices(new Office(13, 130, "US", null, "America/Chicago",
                        LocalTime.of(17, 0), LocalTime.of(9, 0)))),
                Arguments.of("offices[1].timeZone", offices(new Office(13, 130, "US", null, "Texas/Austin",
                        LocalTime.of(9, 0), LocalTime.of(17, 0)))),
                Arguments.of("offices", new PlanRequest(GOOD, List.of(), ModePolicy.share(0.5), List.of(),
                        List.of(), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cadences")
    void invalid_input_is_rejected_naming_the_field(String field, PlanRequest request) {
        assertThatThrownBy(() -> new RotationPlanner().plan(request))
                .isInstanceOfSatisfying(InvalidPlanInput.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
                    org.assertj.core.api.Assertions.assertThat(e.getMessage()).startsWith(field + ": ").hasSizeGreaterThan(field.length() + 10);
                });
    }

    private static PlanRequest cadence(UnaryOperator<Cadence> change) {
        return PlanRequest.of(change.apply(GOOD), Fixtures.TWO_PARTNERS, ModePolicy.share(0.5), null);
    }

    private static PlanRequest policy(ModePolicy policy) {
        return PlanRequest.of(GOOD, Fixtures.TWO_PARTNERS, policy, null);
    }

    private static PlanRequest offices(Office second) {
        return PlanRequest.of(GOOD, List.of(Fixtures.AMSTERDAM, second), ModePolicy.share(0.5), null);
    }
}
