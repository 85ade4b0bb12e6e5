package org.entente.cadence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which forced choice made a level's optimum or Tijdeman's bound unreachable, and by how much: the launch
 * first, then locked meetings, then the hard rules (trip caps, the video limit) that shaped the rest.
 */
final class ForcedCost {

    private static final double EPSILON = 1e-9;

    private ForcedCost() {
    }

    /**
     * Adds one broken {@code balanceRule} per cause whose forced slots raise the least reachable deviation of
     * {@code level}, naming the cause and the rise, so that a deviation above the level's optimum (or Tijdeman's
     * bound) is never silent. Measured on {@code sequence}, the plan itself.
     */
    static void explain(LevelReport level, String balanceRule, Targets targets, int[] sequence, int launch,
                        Set<Integer> locks, ModePolicy policy, String launchRule, List<BrokenRule> rules) {
        if (level.length() == 0 || level.maxDeviation() <= level.optimum() + EPSILON) {
            return;
        }
        int n = sequence.length;
        int[] forced = new int[n];
        Arrays.fill(forced, BalancedSequencer.FREE);
        double before = level.optimum();
        if (launch >= 0) {
            forced[launch] = sequence[launch];
            double withLaunch = least(targets, forced);
            before = add(rules, balanceRule, launch + 1, "the launch (" + launchRule + ")", before, withLaunch,
                    level);
        }
        boolean anyLock = false;
        for (int i : locks) {
            forced[i] = sequence[i];
            anyLock = true;
        }
        if (anyLock) {
            double withLocks = least(targets, forced);
            before = add(rules, balanceRule, null, "locked meetings (lockedMeetings)", before, withLocks, level);
        }
        String rest = policy.tripsPerPartnerPerYear() != null || policy.tripCaps() != null && !policy.tripCaps()
                .isEmpty() ? "policy.tripsPerPartnerPerYear" : policy.maxVideoInARow() != null
                ? "policy.maxVideoInARow" : "nonWorkingDays";
        add(rules, balanceRule, null, "the hard rules (" + rest + ")", before, level.maxDeviation(), level);
    }

    private static double least(Targets targets, int[] forced) {
        return BalancedSequencer.solve(targets, forced, forced).deviation();
    }

    private static double add(List<BrokenRule> rules, String rule, Integer sequence, String cause, double before,
                              double after, LevelReport level) {
        if (after <= before + EPSILON) {
            return before;
        }
        String bound = after > level.bound() + EPSILON
                ? String.format(Locale.ROOT, ", above Tijdeman's bound %.3f", level.bound()) : "";
        rules.add(new BrokenRule(rule, sequence, String.format(Locale.ROOT,
                "because of %s the %s level's largest deviation rises from %.3f to %.3f meetings (by %.3f)%s",
                cause, level.level(), before, after, after - before, bound)));
        return after;
    }
}
