package org.entente.print;

import jakarta.enterprise.context.ApplicationScoped;
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceService;
import org.entente.alliance.Partner;
import org.entente.body.BodyService;
import org.entente.body.GovernanceBody;
import org.entente.cadence.Mode;
import org.entente.launch.LaunchView;
import org.entente.launch.LaunchViews;
import org.entente.plan.PlanViews;
import org.entente.plan.ScheduleRow;
import org.entente.plan.ScheduleView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Lays out the printable cadence plan of an alliance or one body from the plans' read model. */
@ApplicationScoped
public class PrintService {

    private final AllianceService alliances;
    private final BodyService bodies;
    private final PlanViews views;
    private final LaunchViews launches;
    private final Clock clock;

    public PrintService(AllianceService alliances, BodyService bodies, PlanViews views, LaunchViews launches, Clock clock) {
        this.clock = clock;
        this.alliances = alliances;
        this.bodies = bodies;
        this.views = views;
        this.launches = launches;
    }

    public PrintPlan alliance(long allianceId, String paper, boolean glance) {
        Alliance alliance = alliances.get(allianceId);
        List<ScheduleView> schedules = views.schedules(bodies.ofAlliance(allianceId));
        return layout(alliance, alliance.name + " — cadence plan", schedules, paper, glance, launches.view(allianceId));
    }

    public PrintPlan body(long bodyId, String paper, boolean glance) {
        GovernanceBody body = bodies.get(bodyId);
        Alliance alliance = alliances.get(body.allianceId);
        return layout(alliance, body.name + " — " + (glance ? "at a glance" : "cadence plan"),
                List.of(views.schedule(bodyId)), paper, glance, null);
    }

    private PrintPlan layout(Alliance alliance, String title, List<ScheduleView> schedules, String paper,
                             boolean glance, LaunchView launch) {
        Map<Long, String> initials = new HashMap<>();
        List<PrintPlan.PartnerMark> marks = new ArrayList<>();
        for (Partner p : alliance.partners) {
            String mark = initials(p.name);
            initials.put(p.id, mark);
            marks.add(new PrintPlan.PartnerMark(mark, p.name));
        }
        List<ScheduleRow> all = schedules.stream().flatMap(s -> s.all().stream()).toList();
        LocalDate first = all.stream().map(ScheduleRow::date).min(LocalDate::compareTo).orElse(null);
        LocalDate last = all.stream().map(ScheduleRow::date).max(LocalDate::compareTo).orElse(null);
        String period = first == null ? "no meetings planned yet" : first + " to " + last;
        String country = alliance.partners.stream().filter(p -> p.ours).findFirst()
                .or(() -> alliance.partners.stream().findFirst())
                .flatMap(Partner::defaultOffice).map(o -> o.country).orElse(null);
        LocalDate today = LocalDate.now(clock);
        List<ScheduleRow> next = schedules.stream().flatMap(s -> s.upcoming().stream())
                .sorted((a, b) -> a.start().toInstant().compareTo(b.start().toInstant())).limit(6).toList();
        return new PrintPlan(title, alliance.name, marks, period, today.toString(), Paper.choose(paper, country),
                matrix(schedules, initials, first, last), schedules, glance, next,
                schedules.stream().map(PrintService::summary).toList(), launch);
    }

    private static List<PrintPlan.MatrixYear> matrix(List<ScheduleView> schedules, Map<Long, String> initials,
                                                     LocalDate first, LocalDate last) {
        if (first == null) {
            return List.of();
        }
        List<String> months = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).toList();
        List<PrintPlan.MatrixYear> years = new ArrayList<>();
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            List<PrintPlan.MatrixRow> rows = new ArrayList<>();
            for (ScheduleView s : schedules) {
                int y = year;
                Map<YearMonth, List<String>> byMonth = s.all().stream().filter(r -> r.date().getYear() == y)
                        .collect(Collectors.groupingBy(r -> YearMonth.from(r.date()),
                                Collectors.mapping(r -> entry(r, initials), Collectors.toList())));
                List<List<String>> cells = new ArrayList<>();
                for (Month m : Month.values()) {
                    cells.add(byMonth.getOrDefault(YearMonth.of(year, m), List.of()));
                }
                rows.add(new PrintPlan.MatrixRow(s.bodyName(), cells));
            }
            years.add(new PrintPlan.MatrixYear(year, months, rows));
        }
        return years;
    }

    private static PrintPlan.BodySummary summary(ScheduleView s) {
        List<ScheduleRow> all = s.all().stream().filter(r -> !r.cancelled()).toList();
        int video = (int) all.stream().filter(r -> r.mode() == Mode.VIDEO).count();
        String period = all.isEmpty() ? "no plan yet" : all.get(0).date() + " to " + all.get(all.size() - 1).date();
        String next = s.upcoming().stream().filter(r -> !r.cancelled()).findFirst()
                .map(r -> r.date() + ", " + r.modeLabel().toLowerCase(Locale.ROOT)
                        + (r.host() == null ? "" : " at " + r.venue() + " (" + r.host() + ")"))
                .orElse("none");
        return new PrintPlan.BodySummary(s.bodyName(), all.size(), all.size() - video, video, period, next);
    }

    /** "12 ● TS": the day, the mode symbol and who hosts; cancelled meetings are struck ("12 ✕"). */
    static String entry(ScheduleRow r, Map<Long, String> initials) {
        if (r.cancelled()) {
            return r.date().getDayOfMonth() + " ✕";
        }
        String host = r.hostPartnerId() == null ? "" : " " + initials.getOrDefault(r.hostPartnerId(), "?");
        return r.date().getDayOfMonth() + " " + symbol(r.mode()) + host;
    }

    public static String symbol(Mode mode) {
        return switch (mode) {
            case IN_PERSON -> "●";
            case HYBRID -> "◐";
            case VIDEO -> "○";
        };
    }

    static String initials(String name) {
        String letters = Arrays.stream(name.trim().split("[\\s&–-]+")).filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT)).collect(Collectors.joining());
        return letters.length() > 3 ? letters.substring(0, 3) : letters;
    }
}
