package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PlannerProperties {

    /** Holidays on every day whose epoch day is divisible by {@code every}, offset by {@code offset}. */
    record EveryNthDay(int every, int offset) implements NonWorkingDays {
        @Override
        public Optional<DayOff> dayOff(LocalDate date, Collection<Office> offices) {
            return new WeekendsOnly().dayOff(date, offices).or(() -> (date.toEpochDay() + offset) % every == 0
                    ? Optional.of(new DayOff(DayOffKind.HOLIDAY, "Test holiday", "NL")) : Optional.empty());
        }
    }

    @Property(seed = "42", tries = 150)
    void no_meeting_falls_on_a_day_off_unless_reported(@ForAll @IntRange(min = 1, max = 8) int weeks,
                                                       @ForAll @IntRange(min = 1, max = 80) int count,
                                                       @ForAll @IntRange(min = 0, max = 100) int percent,
                                                       @ForAll @IntRange(min = 2, max = 9) int holidayEvery,
                                                       @ForAll @IntRange(min = 0, max = 8) int offset) {
        EveryNthDay calendar = new EveryNthDay(holidayEvery, offset);

        PlanResult result = plan(weeks, count, percent, calendar, List.of());

        Set<Integer> reported = new HashSet<>();
        result.report().brokenRules().stream().filter(r -> r.rule().equals("nonWorkingDays"))
                .forEach(r -> reported.add(r.sequence()));
        assertThat(result.meetings()).hasSize(count);
        assertThat(result.meetings()).filteredOn(m -> !reported.contains(m.sequence()))
                .allSatisfy(m -> assertThat(calendar.dayOff(m.start().toLocalDate(), Fixtures.TWO_PARTNERS))
                        .isEmpty());
        assertThat(result.meetings()).extracting(m -> m.start().toLocalDate()).isSorted().doesNotHaveDuplicates();
    }

    @Property(seed = "42", tries = 100)
    void the_same_request_gives_the_same_plan(@ForAll @IntRange(min = 1, max = 8) int weeks,
                                              @ForAll @IntRange(min = 1, max = 60) int count,
                                              @ForAll @IntRange(min = 0, max = 100) int percent) {
        assertThat(plan(weeks, count, percent, null, List.of()))
                .isEqualTo(plan(weeks, count, percent, null, List.of()));
    }

    @Property(seed = "42", tries = 100)
    void locked_meetings_stay_and_the_rest_is_as_balanced_as_they_allow(
            @ForAll @IntRange(min = 1, max = 6) int weeks,
            @ForAll @IntRange(min = 2, max = 40) int count,
            @ForAll @IntRange(min = 0, max = 100) int percent,
            @ForAll @Size(max = 6) List<@IntRange(min = 1, max = 40) Integer> lockedSequences) {
        List<Meeting> first = plan(weeks, count, percent, null, List.of()).meetings();
        List<Meeting> locked = new ArrayList<>();
        for (int s : new HashSet<>(lockedSequences)) {
            if (s <= count) {
                Meeting m = first.get(s - 1);
                locked.add(Fixtures.lockedAs(m, m.mode() == Mode.VIDEO ? Mode.IN_PERSON : Mode.VIDEO,
                        m.mode() == Mode.VIDEO ? Fixtures.THEIRS : null));
            }
        }

        PlanResult result = plan(weeks, count, percent, null, locked);

        locked.forEach(m -> assertThat(result.meetings().get(m.sequence() - 1)).isEqualTo(m));
        int[] travel = result.meetings().stream().mapToInt(m -> m.mode().hosted() ? 0 : 1).toArray();
        int[] forced = BalancedSequencerTest.free(count);
        forced[0] = TravelLevel.TRAVEL;
        locked.forEach(m -> forced[m.sequence() - 1] = m.mode().hosted() ? 0 : 1);
        Targets targets = TravelLevel.targets(policy(percent), result.meetings().stream()
                .map(m -> m.start().toLocalDate()).toList());
        assertThat(targets.maxDeviationNumerator(travel))
                .isEqualTo(ExhaustiveOptimum.leastDeviationNumerator(targets, forced));
    }

    @Property(seed = "42", tries = 100)
    void without_launch_or_rules_both_levels_reach_their_exact_optimum(
            @ForAll @IntRange(min = 1, max = 200) int count,
            @ForAll @IntRange(min = 0, max = 100) int percent,
            @ForAll @Size(min = 2, max = 5) List<@IntRange(min = 1, max = 9) Integer> hostWeights) {
        List<Office> offices = new ArrayList<>();
        java.util.Map<Long, Integer> weights = new java.util.HashMap<>();
        for (int p = 0; p < hostWeights.size(); p++) {
            offices.add(new Office(100 + p, 1000 + p, "NL", null, "Europe/Amsterdam", Fixtures.AMSTERDAM
                    .workdayStart(), Fixtures.AMSTERDAM.workdayEnd()));
            weights.put(100L + p, hostWeights.get(p));
        }
        ModePolicy policy = Fixtures.withWeights(Fixtures.withoutLaunch(policy(percent)), weights);

        BalanceReport report = new RotationPlanner().plan(PlanRequest.of(Fixtures.every(1, count), offices,
                policy, null)).report();

        assertThat(report.travel().maxDeviation()).isEqualTo(report.travel().optimum());
        assertThat(report.host().maxDeviation()).isEqualTo(report.host().optimum());
        assertThat(report.host().maxDeviation()).isLessThanOrEqualTo(report.host().bound());
        assertThat(report.brokenRules()).isEmpty();
    }

    private static ModePolicy policy(int percent) {
        return ModePolicy.share(percent / 100.0);
    }

    private static PlanResult plan(int weeks, int count, int percent, NonWorkingDays calendar, List<Meeting> locked) {
        return new RotationPlanner().plan(new PlanRequest(Fixtures.every(weeks, count), Fixtures.TWO_PARTNERS,
                policy(percent), locked, List.of(), calendar));
    }
}
