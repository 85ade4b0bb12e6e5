package org.entente.cadence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Measures a finished plan against its targets and writes the balance report. */
final class BalanceReporter {

    private static final double EPSILON = 1e-9;

    private BalanceReporter() {
    }

    /**
     * Invariants: every deviation is measured over the whole plan, locked meetings included; a level whose
     * final counts miss a target by a meeting or more adds a broken rule naming the share or the host weights.
     */
    static BalanceReport report(List<Meeting> meetings, List<LocalDate> dates, ModeAssignment.Result result,
                                List<Long> partnerIds, List<DateMove> moves, List<BrokenRule> broken,
                                PlanRequest request, Map<Integer, Meeting> locked, int launchIndex) {
        int n = meetings.size();
        Mode[] modes = new Mode[n];
        int[] hosts = new int[n];
        int[] travel = new int[n];
        int[] flat = new int[n];
        List<Integer> hostedList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Meeting m = meetings.get(i);
            modes[i] = m.mode();
            hosts[i] = m.mode().hosted() ? partnerIds.indexOf(m.hostPartnerId()) : -1;
            travel[i] = modes[i].hosted() ? TravelLevel.TRAVEL : TravelLevel.VIDEO;
            flat[i] = modes[i].hosted() ? 1 + hosts[i] : 0;
            if (modes[i].hosted()) {
                hostedList.add(hosts[i]);
            }
        }
        int[] hosted = hostedList.stream().mapToInt(Integer::intValue).toArray();
        List<String> hostLabels = partnerIds.stream().map(id -> "HOST " + id).toList();
        List<String> flatLabels = new ArrayList<>(List.of("VIDEO"));
        flatLabels.addAll(hostLabels);
        Targets hostTargets = Targets.constant(result.hostWeights(), hosted.length);
        LevelReport travelReport = level("travel", List.of("TRAVEL", "VIDEO"), result.travelTargets(), travel);
        LevelReport hostReport = level("host", hostLabels, hostTargets, hosted);
        LevelReport flatReport = level("flat", flatLabels, flatTargets(result), flat);
        List<BrokenRule> rules = new ArrayList<>(broken);
        boolean launchForced = launchIndex >= 0 && request.policy().launchInPerson() && !locked.containsKey(launchIndex)
                && travel[launchIndex] == TravelLevel.TRAVEL;
        ForcedCost.explain(travelReport, "policy.inPersonShare", result.travelTargets(), travel, launchForced ? launchIndex : -1,
                locked.keySet(), request.policy(), "policy.launchInPerson", rules);
        ForcedCost.explain(hostReport, "policy.hostWeights", hostTargets, hosted, launchForced ? hostedIndex(travel, launchIndex) : -1,
                hostedIndices(travel, locked.keySet()), request.policy(),
                request.policy().launchHostPartnerId() == null ? "policy.hostWeights" : "policy.launchHostPartnerId",
                rules);
        missed(travelReport, "policy.inPersonShare", rules);
        missed(hostReport, "policy.hostWeights", rules);
        return new BalanceReport(travelReport, hostReport, flatReport,
                TravelLevel.longestRun(travel, TravelLevel.VIDEO),
                TripCaps.count(dates, modes, hosts, partnerIds),
                List.copyOf(moves), List.copyOf(rules), changed(meetings, request.previousPlan(), locked),
                videoHours(meetings, request));
    }

    /** Per office: video meetings outside its working hours and the worst of them, measured on the meetings. */
    private static List<OfficeHours> videoHours(List<Meeting> meetings, PlanRequest request) {
        List<OfficeHours> out = new ArrayList<>();
        for (Office office : request.offices()) {
            java.time.ZoneId zone = java.time.ZoneId.of(office.timeZone());
            int video = 0;
            int outside = 0;
            long worst = 0;
            java.time.LocalTime worstStart = null;
            for (Meeting m : meetings) {
                if (m.mode() != Mode.VIDEO) {
                    continue;
                }
                video++;
                java.time.ZonedDateTime local = m.start().withZoneSameInstant(zone);
                long away = VideoSlotFinder.away(office, local, java.time.Duration.between(m.start(), m.end()));
                if (away > 0) {
                    outside++;
                    if (away > worst) {
                        worst = away;
                        worstStart = local.toLocalTime();
                    }
                }
            }
            out.add(new OfficeHours(office.partnerId(), office.officeId(), video, outside, worstStart, worst));
        }
        return List.copyOf(out);
    }

    /** The position of meeting {@code i} among the hosted meetings. */
    private static int hostedIndex(int[] travel, int i) {
        int j = 0;
        for (int t = 0; t < i; t++) {
            j += travel[t] == TravelLevel.TRAVEL ? 1 : 0;
        }
        return j;
    }

    private static java.util.Set<Integer> hostedIndices(int[] travel, java.util.Set<Integer> meetings) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        meetings.stream().filter(i -> travel[i] == TravelLevel.TRAVEL).forEach(i -> out.add(hostedIndex(travel, i)));
        return out;
    }

    private static LevelReport level(String name, List<String> labels, Targets targets, int[] sequence) {
        int n = sequence.length;
        int[] counts = new int[targets.categories()];
        for (int c : sequence) {
            counts[c]++;
        }
        List<CategoryCount> categoryCounts = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            categoryCounts.add(new CategoryCount(labels.get(c),
                    (double) targets.cumulative(n, c) / targets.denominator(), counts[c]));
        }
        double deviation = (double) targets.maxDeviationNumerator(sequence) / targets.denominator();
        return new LevelReport(name, n, List.copyOf(categoryCounts), deviation, BalancedSequencer.optimal(targets).deviation(),
                targets.tijdemanBound());
    }

    /** Per meeting: VIDEO gets the video weight times the host total, host h the travel weight times its weight. */
    private static Targets flatTargets(ModeAssignment.Result result) {
        Targets travel = result.travelTargets();
        long[] weights = result.hostWeights();
        long total = Arrays.stream(weights).sum();
        long[][] steps = new long[travel.length()][weights.length + 1];
        for (int t = 0; t < travel.length(); t++) {
            long travelWeight = travel.cumulative(t + 1, TravelLevel.TRAVEL) - travel.cumulative(t, TravelLevel.TRAVEL);
            steps[t][0] = (travel.denominator() - travelWeight) * total;
            for (int h = 0; h < weights.length; h++) {
                steps[t][h + 1] = travelWeight * weights[h];
            }
        }
        return Targets.perStep(steps);
    }

    /**
     * A share counts as broken when some final count misses its target by a whole meeting or more; an optimal
     * sequence never does (its deviation is below 1), so only higher-priority rules can cause it.
     */
    private static void missed(LevelReport level, String rule, List<BrokenRule> rules) {
        if (rules.stream().anyMatch(r -> r.rule().equals(rule))) {
            return;
        }
        for (CategoryCount count : level.counts()) {
            if (Math.abs(count.actual() - count.target()) >= 1 - EPSILON) {
                rules.add(new BrokenRule(rule, null, String.format(Locale.ROOT,
                        "%s has %d of %s meetings where the %s share asks for %.2f, because higher-priority rules "
                                + "(locked meetings, the launch, trip caps, the video limit) force meetings",
                        count.category(), count.actual(), level.level(), level.level(), count.target())));
                return;
            }
        }
    }

    private static Integer changed(List<Meeting> meetings, List<Meeting> previous, Map<Integer, Meeting> locked) {
        if (previous == null || previous.isEmpty()) {
            return null;
        }
        Map<Integer, Meeting> before = new HashMap<>();
        previous.forEach(m -> before.put(m.sequence(), m));
        int changed = 0;
        for (int i = 0; i < meetings.size(); i++) {
            Meeting now = meetings.get(i);
            Meeting was = before.get(now.sequence());
            if (!locked.containsKey(i) && (was == null || was.mode() != now.mode()
                    || !Objects.equals(was.hostPartnerId(), now.hostPartnerId())
                    || !was.start().toInstant().equals(now.start().toInstant()))) {
                changed++;
            }
        }
        return changed;
    }
}
