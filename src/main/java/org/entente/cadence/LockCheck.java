package org.entente.cadence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Decides whether locked meetings can stand where they are: each in order with the other locks, on its own
 * date, and within the cadence (strictly between the nominal dates of its neighbouring meetings).
 */
final class LockCheck {

    private LockCheck() {
    }

    /**
     * Throws {@link InvalidPlanInput} naming the locked meeting ({@code lockedMeetings[j].start}) whose date
     * clashes with another lock, is out of order with the locks before it, or lies outside the cadence.
     *
     * @param lockedDates the locks' dates in the cadence zone, by 0-based sequence, in ascending order
     */
    static void check(List<Meeting> given, Map<Integer, LocalDate> lockedDates, List<LocalDate> nominal) {
        int n = nominal.size();
        Integer before = null;
        for (Map.Entry<Integer, LocalDate> lock : lockedDates.entrySet()) {
            int i = lock.getKey();
            LocalDate date = lock.getValue();
            String field = field(given, i);
            if (before != null && !date.isAfter(lockedDates.get(before))) {
                throw new InvalidPlanInput(field, "meeting " + (i + 1) + " is locked on " + date + (date.equals(
                        lockedDates.get(before)) ? ", the same day as" : ", not after") + " locked meeting "
                        + (before + 1) + " on " + lockedDates.get(before));
            }
            LocalDate earliest = i > 0 ? nominal.get(i - 1) : nominal.get(0).minusDays(gap(nominal, 0));
            LocalDate latest = i < n - 1 ? nominal.get(i + 1) : nominal.get(n - 1).plusDays(gap(nominal, n - 2));
            if (!date.isAfter(earliest) || !date.isBefore(latest)) {
                throw new InvalidPlanInput(field, "meeting " + (i + 1) + " is locked on " + date
                        + ", outside the cadence: it must lie after " + earliest + " and before " + latest);
            }
            before = i;
        }
    }

    /** Days between nominal meetings i and i + 1; a month for a plan of one meeting. */
    private static long gap(List<LocalDate> nominal, int i) {
        return nominal.size() < 2 || i < 0 ? 31 : nominal.get(i + 1).toEpochDay() - nominal.get(i).toEpochDay();
    }

    private static String field(List<Meeting> given, int index) {
        for (int j = 0; j < given.size(); j++) {
            if (given.get(j).sequence() == index + 1) {
                return "lockedMeetings[" + j + "].start";
            }
        }
        return "lockedMeetings";
    }
}
