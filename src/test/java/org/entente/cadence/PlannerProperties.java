package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.cadence.SeededProperty.Shrink;
import org.junit.jupiter.api.Test;

class PlannerProperties {

    /** Holidays on every day whose epoch day is divisible by {@code every}, offset by {@code offset}. */
    record EveryNthDay(int every, int offset) implements NonWorkingDays {
        @Override
        public Optional<DayOff> dayOff(LocalDate date, Collection<Office> offices) {
            return new WeekendsOnly().dayOff(date, offices).or(() -> (date.toEpochDay() + offset) % every == 0
                    ? Optional.of(new DayOff(DayOffKind.HOLIDAY, "Test holiday", "NL")) : Optional.empty());
        }
    }

    record Days(int weeks, int count, int percent, int holidayEvery, int offset) {
        List<Days> shrinks() {
            List<Days> out = new ArrayList<>();
            Shrink.intPart(out, count, 1, x -> new Days(weeks, x, percent, holidayEvery, offset));
            Shrink.intPart(out, weeks, 1, x -> new Days(x, count, percent, holidayEvery, offset));
            Shrink.intPart(out, percent, 0, x -> new Days(weeks, count, x, holidayEvery, offset));
            Shrink.intPart(out, holidayEvery, 2, x -> new Days(weeks, count, percent, x, offset));
            Shrink.intPart(out, offset, 0, x -> new Days(weeks, count, percent, holidayEvery, x));
            return out;
        }
    }

    @Test
    void no_meeting_falls_on_a_day_off_unless_reported() {
        SeededProperty.forAll("no meeting on a day off", 150, g -> new Days(g.between(1, 8), g.between(1, 80),
                        g.between(0, 100), g.between(2, 9), g.between(0, 8)))
                .shrinkingWith(Days::shrinks)
                .check(in -> {
                    EveryNthDay calendar = new EveryNthDay(in.holidayEvery(), in.offset());

                    PlanResult result = plan(in.weeks(), in.count(), in.percent(), calendar, List.of());

                    Set<Integer> reported = new HashSet<>();
                    result.report().brokenRules().stream().filter(r -> r.rule().equals("nonWorkingDays"))
                            .forEach(r -> reported.add(r.sequence()));
                    assertThat(result.meetings()).hasSize(in.count());
                    assertThat(result.meetings()).filteredOn(m -> !reported.contains(m.sequence()))
                            .allSatisfy(m -> assertThat(calendar.dayOff(m.start().toLocalDate(),
                                    Fixtures.TWO_PARTNERS)).isEmpty());
                    assertThat(result.meetings()).extracting(m -> m.start().toLocalDate()).isSorted()
                            .doesNotHaveDuplicates();
                });
    }

    record Plain(int weeks, int count, int percent) {
        List<Plain> shrinks() {
            List<Plain> out = new ArrayList<>();
            Shrink.intPart(out, count, 1, x -> new Plain(weeks, x, percent));
            Shrink.intPart(out, weeks, 1, x -> new Plain(x, count, percent));
            Shrink.intPart(out, percent, 0, x -> new Plain(weeks, count, x));
            return out;
        }
    }

    @Test
    void the_same_request_gives_the_same_plan() {
        SeededProperty.forAll("determinism", 100, g -> new Plain(g.between(1, 8), g.between(1, 60),
                        g.between(0, 100)))
                .shrinkingWith(Plain::shrinks)
                .check(in -> assertThat(plan(in.weeks(), in.count(), in.percent(), null, List.of()))
                        .isEqualTo(plan(in.weeks(), in.count(), in.percent(), null, List.of())));
    }

    record Locks(int weeks, int count, int percent, List<Integer> lockedSequences) {
        List<Locks> shrinks() {
            List<Locks> out = new ArrayList<>();
            Shrink.intPart(out, count, 2, x -> new Locks(weeks, x, percent, lockedSequences));
            Shrink.each(out, Shrink.list(lockedSequences, 0, 1), x -> new Locks(weeks, count, percent, x));
            Shrink.intPart(out, weeks, 1, x -> new Locks(x, count, percent, lockedSequences));
            Shrink.intPart(out, percent, 0, x -> new Locks(weeks, count, x, lockedSequences));
            return out;
        }
    }

    @Test
    void locked_meetings_stay_and_the_rest_is_as_balanced_as_they_allow() {
        SeededProperty.forAll("locks stay, rest optimal", 100, g -> new Locks(g.between(1, 6), g.between(2, 40),
                        g.between(0, 100), g.ints(0, 6, 1, 40)))
                .shrinkingWith(Locks::shrinks)
                .check(in -> {
                    List<Meeting> first = plan(in.weeks(), in.count(), in.percent(), null, List.of()).meetings();
                    List<Meeting> locked = new ArrayList<>();
                    for (int s : new LinkedHashSet<>(in.lockedSequences())) {
                        if (s <= in.count()) {
                            Meeting m = first.get(s - 1);
                            locked.add(Fixtures.lockedAs(m, m.mode() == Mode.VIDEO ? Mode.IN_PERSON : Mode.VIDEO,
                                    m.mode() == Mode.VIDEO ? Fixtures.THEIRS : null));
                        }
                    }

                    PlanResult result = plan(in.weeks(), in.count(), in.percent(), null, locked);

                    locked.forEach(m -> assertThat(result.meetings().get(m.sequence() - 1)).isEqualTo(m));
                    int[] travel = result.meetings().stream().mapToInt(m -> m.mode().hosted() ? 0 : 1).toArray();
                    int[] forced = BalancedSequencerTest.free(in.count());
                    forced[0] = TravelLevel.TRAVEL;
                    locked.forEach(m -> forced[m.sequence() - 1] = m.mode().hosted() ? 0 : 1);
                    Targets targets = TravelLevel.targets(policy(in.percent()), result.meetings().stream()
                            .map(m -> m.start().toLocalDate()).toList());
                    assertThat(targets.maxDeviationNumerator(travel))
                            .isEqualTo(ExhaustiveOptimum.leastDeviationNumerator(targets, forced));
                });
    }

    record Hosts(int count, int percent, List<Integer> hostWeights) {
        List<Hosts> shrinks() {
            List<Hosts> out = new ArrayList<>();
            Shrink.intPart(out, count, 1, x -> new Hosts(x, percent, hostWeights));
            Shrink.intPart(out, percent, 0, x -> new Hosts(count, x, hostWeights));
            Shrink.each(out, Shrink.list(hostWeights, 2, 1), x -> new Hosts(count, percent, x));
            return out;
        }
    }

    @Test
    void without_launch_or_rules_both_levels_reach_their_exact_optimum() {
        SeededProperty.forAll("exact optimum without launch", 100, g -> new Hosts(g.between(1, 200),
                        g.between(0, 100), g.ints(2, 5, 1, 9)))
                .shrinkingWith(Hosts::shrinks)
                .check(in -> {
                    List<Office> offices = new ArrayList<>();
                    Map<Long, Integer> weights = new HashMap<>();
                    for (int p = 0; p < in.hostWeights().size(); p++) {
                        offices.add(new Office(100 + p, 1000 + p, "NL", null, "Europe/Amsterdam",
                                Fixtures.AMSTERDAM.workdayStart(), Fixtures.AMSTERDAM.workdayEnd()));
                        weights.put(100L + p, in.hostWeights().get(p));
                    }
                    ModePolicy policy = Fixtures.withWeights(Fixtures.withoutLaunch(policy(in.percent())), weights);

                    BalanceReport report = new RotationPlanner().plan(PlanRequest.of(Fixtures.every(1, in.count()),
                            offices, policy, null)).report();

                    assertThat(report.travel().maxDeviation()).isEqualTo(report.travel().optimum());
                    assertThat(report.host().maxDeviation()).isEqualTo(report.host().optimum());
                    assertThat(report.host().maxDeviation()).isLessThanOrEqualTo(report.host().bound());
                    assertThat(report.brokenRules()).isEmpty();
                });
    }

    private static ModePolicy policy(int percent) {
        return ModePolicy.share(percent / 100.0);
    }

    private static PlanResult plan(int weeks, int count, int percent, NonWorkingDays calendar, List<Meeting> locked) {
        return new RotationPlanner().plan(new PlanRequest(Fixtures.every(weeks, count), Fixtures.TWO_PARTNERS,
                policy(percent), locked, List.of(), calendar));
    }
}
