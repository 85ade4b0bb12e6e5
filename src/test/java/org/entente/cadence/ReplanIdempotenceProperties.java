package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.cadence.SeededProperty.Shrink;
import org.junit.jupiter.api.Test;

/**
 * plan(plan(x)) == plan(x): re-planning with nothing changed changes nothing, for any mix of launches, locks,
 * per-partner trip caps, video limits, hybrid meetings and three time zones.
 */
class ReplanIdempotenceProperties {

    private static final Office SINGAPORE = new Office(14, 140, "SG", null, "Asia/Singapore", LocalTime.of(9, 0),
            LocalTime.of(17, 0));
    private static final Office AUCKLAND = new Office(14, 141, "NZ", null, "Pacific/Auckland", LocalTime.of(9, 0),
            LocalTime.of(17, 0));

    /** caps: per partner, -1 = none; launchHost: 0 = chosen by weights, else partner 11 + launchHost. */
    record Mix(int weeks, int count, int percent, int limit, int defaultCap, List<Integer> caps,
               List<Integer> weights, boolean hybrid, boolean auckland, boolean launch, int launchHost, int locks) {

        static Mix generate(SeededProperty.Gen g) {
            return new Mix(g.between(1, 4), g.between(1, 80), g.between(0, 100), g.between(-1, 3),
                    g.between(-1, 6), g.ints(3, 3, -1, 6), g.ints(3, 3, 1, 4), g.bool(), g.bool(), g.bool(),
                    g.between(0, 3), g.between(0, 3));
        }

        List<Mix> shrinks() {
            List<Mix> out = new ArrayList<>();
            Shrink.intPart(out, count, 1, x -> new Mix(weeks, x, percent, limit, defaultCap, caps, weights, hybrid,
                    auckland, launch, launchHost, locks));
            Shrink.intPart(out, locks, 0, x -> new Mix(weeks, count, percent, limit, defaultCap, caps, weights,
                    hybrid, auckland, launch, launchHost, x));
            Shrink.each(out, Shrink.list(caps, 3, -1), x -> new Mix(weeks, count, percent, limit, defaultCap, x,
                    weights, hybrid, auckland, launch, launchHost, locks));
            Shrink.intPart(out, defaultCap, -1, x -> new Mix(weeks, count, percent, limit, x, caps, weights, hybrid,
                    auckland, launch, launchHost, locks));
            Shrink.intPart(out, limit, -1, x -> new Mix(weeks, count, percent, x, defaultCap, caps, weights, hybrid,
                    auckland, launch, launchHost, locks));
            Shrink.boolPart(out, hybrid, x -> new Mix(weeks, count, percent, limit, defaultCap, caps, weights, x,
                    auckland, launch, launchHost, locks));
            Shrink.boolPart(out, launch, x -> new Mix(weeks, count, percent, limit, defaultCap, caps, weights,
                    hybrid, auckland, x, launchHost, locks));
            Shrink.intPart(out, launchHost, 0, x -> new Mix(weeks, count, percent, limit, defaultCap, caps, weights,
                    hybrid, auckland, launch, x, locks));
            return out;
        }

        List<Office> offices() {
            return List.of(Fixtures.AMSTERDAM, Fixtures.AUSTIN, auckland ? AUCKLAND : SINGAPORE);
        }

        ModePolicy policy() {
            Map<Long, Integer> perPartner = new HashMap<>();
            for (int p = 0; p < 3; p++) {
                if (caps.get(p) >= 0) {
                    perPartner.put(12L + p, caps.get(p));
                }
            }
            return new ModePolicy(percent / 100.0, null, hybrid,
                    Map.of(12L, weights.get(0), 13L, weights.get(1), 14L, weights.get(2)), limit < 0 ? null : limit,
                    defaultCap < 0 ? null : defaultCap, 2, launch, launch && launchHost > 0 ? 11L + launchHost : null,
                    null, perPartner);
        }

        /** Locks taken from a first plan: every fifth meeting from the third, alternately video and in person. */
        List<Meeting> locked(Cadence cadence) {
            List<Meeting> first = new RotationPlanner().plan(PlanRequest.of(cadence, offices(), policy(), null))
                    .meetings();
            List<Meeting> out = new ArrayList<>();
            for (int j = 0; j < locks; j++) {
                Meeting m = first.get((j * 5 + 2) % count);
                if (out.stream().noneMatch(l -> l.sequence() == m.sequence())) {
                    out.add(Fixtures.lockedAs(m, j % 2 == 0 ? Mode.VIDEO : Mode.IN_PERSON,
                            j % 2 == 0 ? null : 12L + j % 3));
                }
            }
            return out;
        }
    }

    @Test
    void re_planning_with_nothing_changed_changes_nothing() {
        SeededProperty.forAll("plan(plan(x)) == plan(x)", 1500, Mix::generate)
                .shrinkingWith(Mix::shrinks)
                .check(ReplanIdempotenceProperties::unchanged);
    }

    private static void unchanged(Mix in) {
        Cadence cadence = Fixtures.every(in.weeks(), in.count());
        List<Meeting> locked = in.locked(cadence);
        PlanResult once = new RotationPlanner().plan(new PlanRequest(cadence, in.offices(), in.policy(), locked,
                List.of(), null));

        PlanResult twice = new RotationPlanner().plan(new PlanRequest(cadence, in.offices(), in.policy(), locked,
                once.meetings(), null));

        assertThat(Fixtures.letters(twice)).isEqualTo(Fixtures.letters(once));
        assertThat(twice.meetings()).isEqualTo(once.meetings());
        assertThat(twice.report().changedFromPrevious()).isZero();
    }
}
