package org.entente.cadence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A plain, reproducible benchmark of {@link RotationPlanner#plan} (and of the sequencer alone): n = 10 .. 10,000
 * weekly meetings for k = 2, 3, 5 partners; warm-up, then the median of repeats; prints a table and the log-log
 * growth exponent. Run with src/bench/planner-bench.sh ({@code --three-zones} for the three-zone, capped table only).
 */
public final class PlannerBenchmark {

    private static final int[] SIZES = {10, 100, 1_000, 10_000};
    private static final int[] PARTNERS = {2, 3, 5};

    private PlannerBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "java %s, %d cores, %s, load average %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.arch"), loadAverage());
        if (Arrays.asList(args).contains("--three-zones")) {
            threeZones();
            return;
        }
        for (int round = 0; round < 3; round++) {
            for (int k : PARTNERS) {
                PlanRequest warmUp = request(k, 1_000);
                for (int i = 0; i < 100; i++) {
                    new RotationPlanner().plan(warmUp);
                }
            }
        }
        System.out.println("| k | n | plan median ms | sequencer median ms |");
        System.out.println("|---|---|---|---|");
        for (int k : PARTNERS) {
            double[] planMs = new double[SIZES.length];
            for (int s = 0; s < SIZES.length; s++) {
                int n = SIZES[s];
                PlanRequest request = request(k, n);
                Targets targets = Targets.constant(weights(k), n);
                int repeats = n >= 10_000 ? 11 : n >= 1_000 ? 21 : 51;
                planMs[s] = median(() -> new RotationPlanner().plan(request), repeats);
                double sequencerMs = median(() -> BalancedSequencer.optimal(targets), repeats);
                System.out.printf(Locale.ROOT, "| %d | %d | %.3f | %.3f |%n", k, n, planMs[s], sequencerMs);
            }
            System.out.printf(Locale.ROOT, "k=%d growth exponent (log-log slope) 1,000->10,000: %.2f, "
                            + "100->10,000 fit: %.2f%n", k, slope(planMs, 2, 3), fit(planMs));
        }
        System.out.printf(Locale.ROOT, "10-year weekly plan (520 meetings, k=2): %.3f ms median%n",
                median(() -> new RotationPlanner().plan(request(2, 520)), 51));
        threeZones();
    }

    private static final int[] ZONE_SIZES = {130, 260, 520, 1_040, 2_080};

    /** Amsterdam + Austin + Singapore with per-partner trip caps: the case the one-zone table does not cover. */
    private static void threeZones() {
        for (int i = 0; i < 50; i++) {
            new RotationPlanner().plan(threeZoneRequest(520));
        }
        System.out.println("| three zones, per-partner caps: n | plan median ms | plan median CPU ms |");
        System.out.println("|---|---|---|");
        double[] ms = new double[ZONE_SIZES.length];
        double[] cpu = new double[ZONE_SIZES.length];
        for (int s = 0; s < ZONE_SIZES.length; s++) {
            PlanRequest request = threeZoneRequest(ZONE_SIZES[s]);
            int repeats = ZONE_SIZES[s] >= 1_000 ? 11 : 31;
            ms[s] = median(() -> new RotationPlanner().plan(request), repeats);
            cpu[s] = medianCpu(() -> new RotationPlanner().plan(request), repeats);
            System.out.printf(Locale.ROOT, "| %d | %.3f | %.3f |%n", ZONE_SIZES[s], ms[s], cpu[s]);
        }
        System.out.printf(Locale.ROOT, "three zones growth exponent (log-log slope) 130->2,080: %.2f (CPU %.2f), "
                + "520->2,080: %.2f (CPU %.2f); load average after: %s%n", slope(ms, ZONE_SIZES),
                slope(cpu, ZONE_SIZES), Math.log(ms[4] / ms[2]) / Math.log(4), Math.log(cpu[4] / cpu[2]) / Math.log(4),
                loadAverage());
    }

    private static double slope(double[] ms, int[] sizes) {
        return Math.log(ms[ms.length - 1] / ms[0]) / Math.log((double) sizes[sizes.length - 1] / sizes[0]);
    }

    /** Median CPU time of the calling thread per run: less distorted than wall time on a loaded machine. */
    private static double medianCpu(Runnable task, int repeats) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = threads.getCurrentThreadCpuTime();
            task.run();
            ms[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[repeats / 2];
    }

    /**
     * Weekly meetings at 15:00 Amsterdam, partners in Amsterdam, Austin and Singapore (09:00-17:00 each), host
     * weights 1:2:3, 50 % in person, at most 2 videos in a row, trip caps 4 (Amsterdam), 6 (Austin), default 5.
     */
    static PlanRequest threeZoneRequest(int n) {
        List<Office> offices = List.of(
                new Office(1, 101, "NL", null, "Europe/Amsterdam", LocalTime.of(9, 0), LocalTime.of(17, 0)),
                new Office(2, 102, "US", "US-TX", "America/Chicago", LocalTime.of(9, 0), LocalTime.of(17, 0)),
                new Office(3, 103, "SG", null, "Asia/Singapore", LocalTime.of(9, 0), LocalTime.of(17, 0)));
        Cadence cadence = Cadence.everyWeeks(1, LocalDate.of(2027, 1, 12), n, LocalTime.of(15, 0), 60,
                "Europe/Amsterdam");
        ModePolicy policy = new ModePolicy(0.5, null, false, java.util.Map.of(1L, 1, 2L, 2, 3L, 3), 2, 5, 2, true,
                null, null, java.util.Map.of(1L, 4, 2L, 6));
        return PlanRequest.of(cadence, offices, policy, new WeekendsOnly());
    }

    /** One body meeting weekly, k partners with unequal weights 1..k, 50 % in person, dinner every 2nd. */
    static PlanRequest request(int k, int n) {
        List<Office> offices = new ArrayList<>();
        java.util.Map<Long, Integer> hostWeights = new java.util.HashMap<>();
        for (int p = 1; p <= k; p++) {
            offices.add(new Office(p, 100 + p, "NL", null, "Europe/Amsterdam", LocalTime.of(9, 0),
                    LocalTime.of(17, 0)));
            hostWeights.put((long) p, p);
        }
        Cadence cadence = Cadence.everyWeeks(1, LocalDate.of(2027, 1, 12), n, LocalTime.of(10, 0), 60,
                "Europe/Amsterdam");
        ModePolicy policy = new ModePolicy(0.5, null, false, hostWeights, 2, null, 2, true, 1L, null);
        return PlanRequest.of(cadence, offices, policy, new WeekendsOnly());
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long[] weights(int k) {
        long[] w = new long[k];
        Arrays.setAll(w, i -> i + 1);
        return w;
    }

    private static double median(Runnable task, int repeats) {
        for (int i = 0; i < Math.max(3, repeats / 2); i++) {
            task.run();
        }
        double[] ms = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[repeats / 2];
    }

    private static double slope(double[] ms, int from, int to) {
        return Math.log(ms[to] / ms[from]) / Math.log((double) SIZES[to] / SIZES[from]);
    }

    /** Least-squares slope of log(time) over log(n) for n = 100 .. 10,000. */
    private static double fit(double[] ms) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int m = 0;
        for (int i = 1; i < SIZES.length; i++, m++) {
            double x = Math.log(SIZES[i]);
            double y = Math.log(ms[i]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (m * sxy - sx * sy) / (m * sxx - sx * sx);
    }
}
