package org.entente.print;

import org.entente.plan.ScheduleRow;
import org.entente.plan.ScheduleView;

import java.util.List;

/**
 * What the printed cadence plan shows: a title block, the cadence matrix (bodies × months, a table per year),
 * then per body its meetings and balance summary. {@code glance} is the one-page variant.
 */
public record PrintPlan(String title, String allianceName, List<PartnerMark> partners, String period, String printed,
                        Paper paper, List<MatrixYear> matrix, List<ScheduleView> bodies, boolean glance,
                        List<ScheduleRow> next, List<BodySummary> summaries,
                        org.entente.launch.LaunchView launch) {

    /** One body on the title page: how many meetings, how many in person, when, and the next one. */
    public record BodySummary(String body, int meetings, int inPerson, int video, String period, String next) {
    }

    /** A partner and the initials that mark its hosting in the matrix. */
    public record PartnerMark(String initials, String name) {
    }

    /** The matrix for one calendar year: month headers and one row per body. */
    public record MatrixYear(int year, List<String> months, List<MatrixRow> rows) {
    }

    /** A body's meetings per month of the year: each cell lists entries such as "12 ● TS". */
    public record MatrixRow(String body, List<List<String>> cells) {
    }
}
