package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.cadence.SeededProperty.Shrink;
import org.junit.jupiter.api.Test;

/**
 * After a lock, a date move or a share change, a re-plan changes the fewest meetings that keep its deviations:
 * checked against every mode and host assignment (3^n, n <= 10) of two partners.
 */
class MinimalChangeProperties {

    /** change: 0 = lock a meeting as another mode/host, 1 = a new share, 2 = a blackout moves a date. */
    record Change(int count, int percent, boolean launch, int change, int at, int mode, int newPercent) {

        static Change generate(SeededProperty.Gen g) {
            return new Change(g.between(1, 10), g.between(0, 100), g.bool(), g.between(0, 2), g.between(0, 9),
                    g.between(0, 2), g.between(0, 100));
        }

        List<Change> shrinks() {
            List<Change> out = new ArrayList<>();
            Shrink.intPart(out, count, 1, x -> new Change(x, percent, launch, change, at, mode, newPercent));
            Shrink.boolPart(out, launch, x -> new Change(count, percent, x, change, at, mode, newPercent));
            Shrink.intPart(out, at, 0, x -> new Change(count, percent, launch, change, x, mode, newPercent));
            return out;
        }

        ModePolicy policy(int share) {
            ModePolicy p = ModePolicy.share(share / 100.0);
            return launch ? p : Fixtures.withoutLaunch(p);
        }
    }

    @Test
    void a_re_plan_changes_the_fewest_meetings_that_keep_its_deviations() {
        SeededProperty.forAll("minimal change", 1000, Change::generate)
                .shrinkingWith(Change::shrinks)
                .check(MinimalChangeProperties::minimal);
    }

    private static void minimal(Change in) {
        Cadence cadence = Fixtures.every(2, in.count());
        ModePolicy before = in.policy(in.percent());
        List<Meeting> previous = Fixtures.plan(cadence, before).meetings();
        int at = in.at() % in.count();
        ModePolicy policy = in.change() == 1 ? in.policy(in.newPercent()) : before;
        List<Meeting> locked = in.change() == 0 ? List.of(Fixtures.lockedAs(previous.get(at),
                in.mode() == 0 ? Mode.VIDEO : Mode.IN_PERSON, in.mode() == 0 ? null : in.mode() == 1
                        ? Fixtures.OURS : Fixtures.THEIRS)) : List.of();
        NonWorkingDays calendar = new WeekendsOnly();
        if (in.change() == 2) {
            LocalDate day = previous.get(at).start().toLocalDate();
            calendar = calendar.withBlackouts(List.of(new Blackout(day, day, "moved")));
        }
        PlanResult after = new RotationPlanner().plan(new PlanRequest(cadence, Fixtures.TWO_PARTNERS, policy, locked,
                previous, calendar));

        List<Meeting> meetings = after.meetings();
        int n = meetings.size();
        List<LocalDate> dates = meetings.stream().map(m -> m.start().toLocalDate()).toList();
        Targets travelTargets = TravelLevel.targets(policy, dates);
        long travel = travelTargets.maxDeviationNumerator(travelOf(meetings));
        long host = hostDeviation(meetings);
        int least = Integer.MAX_VALUE;
        int[] letters = new int[n];
        for (int code = 0; code < Math.pow(3, n); code++) {
            int c = code;
            for (int i = 0; i < n; i++) {
                letters[i] = c % 3;
                c /= 3;
            }
            List<Meeting> candidate = new ArrayList<>();
            int changed = 0;
            boolean keeps = true;
            for (int i = 0; i < n; i++) {
                Meeting m = meetings.get(i);
                Mode mode = letters[i] == 0 ? Mode.VIDEO : Mode.IN_PERSON;
                Long hostId = letters[i] == 0 ? null : letters[i] == 1 ? Fixtures.OURS : Fixtures.THEIRS;
                keeps &= !(m.locked() || m.launch() && policy.launchInPerson())
                        || m.mode() == mode && Objects.equals(m.hostPartnerId(), hostId);
                candidate.add(new Meeting(m.sequence(), m.start(), m.end(), mode, hostId, null, false, false, false,
                        false, null, false));
                Meeting p = previous.get(i);
                boolean moved = !p.start().toLocalDate().equals(m.start().toLocalDate());
                changed += !m.locked() && (moved || p.mode() != mode || !Objects.equals(p.hostPartnerId(), hostId))
                        ? 1 : 0;
            }
            if (keeps && changed < least && travelTargets.maxDeviationNumerator(travelOf(candidate)) <= travel
                    && hostDeviation(candidate) <= host) {
                least = changed;
            }
        }
        assertThat(after.report().changedFromPrevious()).as("changed meetings of %s", Fixtures.letters(after))
                .isEqualTo(least);
    }

    private static int[] travelOf(List<Meeting> meetings) {
        return meetings.stream().mapToInt(m -> m.mode().hosted() ? TravelLevel.TRAVEL : TravelLevel.VIDEO)
                .toArray();
    }

    /** The host level's deviation in millionths of a meeting (its denominator is 2 for equal weights). */
    private static long hostDeviation(List<Meeting> meetings) {
        int[] hosts = meetings.stream().filter(m -> m.mode().hosted())
                .mapToInt(m -> m.hostPartnerId() == Fixtures.OURS ? 0 : 1).toArray();
        return Targets.constant(new long[] {1, 1}, hosts.length).maxDeviationNumerator(hosts);
    }
}
