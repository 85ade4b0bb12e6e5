package org.entente.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceService;
import org.entente.alliance.Office;
import org.entente.alliance.Partner;
import org.entente.body.BodyService;
import org.entente.body.GovernanceBody;
import org.entente.cadence.Mode;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the schedule read model of a body from its current plan (or a preview) and its alliance's offices. */
@ApplicationScoped
public class PlanViews {

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final BodyService bodies;
    private final AllianceService alliances;
    private final PlanService plans;
    private final Clock clock;

    public PlanViews(BodyService bodies, AllianceService alliances, PlanService plans, Clock clock) {
        this.clock = clock;
        this.bodies = bodies;
        this.alliances = alliances;
        this.plans = plans;
    }

    /** The body's current plan split into upcoming and past meetings, or an empty view before the first plan. */
    public ScheduleView schedule(long bodyId) {
        GovernanceBody body = bodies.get(bodyId);
        return schedule(body, Plan.current(bodyId).orElse(null));
    }

    /**
     * An earlier (or the current) accepted version of the body's plan, as it was accepted and edited:
     * the version {@code planVersion} (null: the current one) out of the body's plan {@code history} as
     * {@link Plan#history} lists it, without reading the plans again.
     */
    public ScheduleView schedule(long bodyId, List<Plan> history, Integer planVersion) {
        GovernanceBody body = bodies.get(bodyId);
        Plan plan = planVersion == null ? history.stream().findFirst().orElse(null)
                : history.stream().filter(p -> p.planVersion == planVersion).findFirst()
                        .orElseThrow(() -> new NotFoundException("No plan version " + planVersion));
        return schedule(body, plan);
    }

    /**
     * The current schedules of several bodies, in the order given (a body without a plan gets an empty view), with
     * one query for their plans and one for all their meetings: the cost does not grow with bodies or meetings.
     */
    public List<ScheduleView> schedules(List<GovernanceBody> list) {
        Map<Long, Plan> current = Plan.currentOf(list.stream().map(b -> b.id).toList());
        Map<Long, List<Meeting>> meetings = Meeting.ofPlans(current.values().stream().map(p -> p.id).toList());
        Map<Long, Places> places = new HashMap<>();
        return list.stream().map(b -> {
            Plan plan = current.get(b.id);
            return schedule(b, plan, plan == null ? List.of() : meetings.getOrDefault(plan.id, List.of()),
                    places.computeIfAbsent(b.allianceId, id -> new Places(alliances.get(id))));
        }).toList();
    }

    private ScheduleView schedule(GovernanceBody body, Plan plan) {
        return schedule(body, plan, plan == null ? List.of() : Meeting.ofPlan(plan.id),
                new Places(alliances.get(body.allianceId)));
    }

    private ScheduleView schedule(GovernanceBody body, Plan plan, List<Meeting> meetings, Places places) {
        Alliance alliance = places.alliance;
        List<ScheduleRow> rows = meetings.stream().map(m -> row(m, places)).toList();
        ZonedDateTime now = ZonedDateTime.now(clock);
        return new ScheduleView(body.id, body.name, alliance.id, alliance.name, plan == null ? null : plan.planVersion,
                plan == null ? null : plan.acceptedAt, plan == null ? 0 : plan.changedCount, places.labels(),
                rows.stream().filter(r -> !r.end().isBefore(now)).toList(),
                rows.stream().filter(r -> r.end().isBefore(now)).toList(),
                plan == null ? null : plans.report(plan), strip(rows, places), places.partners);
    }

    /** The same view for a preview that nobody has accepted yet. */
    public ScheduleView preview(PlanPreview preview) {
        GovernanceBody body = bodies.get(preview.bodyId());
        Alliance alliance = alliances.get(body.allianceId);
        Places places = new Places(alliance);
        List<ScheduleRow> rows = preview.meetings().stream().map(p -> row(p, places)).toList();
        return new ScheduleView(body.id, body.name, alliance.id, alliance.name, preview.basePlanVersion() + 1, null,
                preview.changed(), places.labels(), rows, List.of(), preview.report(), strip(rows, places),
                places.partners);
    }

    private ScheduleRow row(Meeting m, Places places) {
        return new ScheduleRow(m.id, m.sequence, m.uid, m.start(), m.end(), m.start().toLocalDate(),
                places.localTimes(m.start()), m.mode, label(m.mode), m.hostPartnerId, places.partner(m.hostPartnerId),
                m.officeId, places.city(m.officeId), m.launch, m.dinner, m.socialStart,
                m.socialStart ? HM.format(m.start().minusMinutes(10)) : null, m.icebreaker, m.status, m.locked,
                m.changed, moved(m.movedFrom, m.movedReason), m.inconvenientSlot, m.videoLink, m.venueAddress,
                m.version, m.revision);
    }

    private ScheduleRow row(PlanPreview.Proposal p, Places places) {
        org.entente.cadence.Meeting m = p.meeting();
        return new ScheduleRow(p.currentId(), m.sequence(), p.uid(), m.start(), m.end(), m.start().toLocalDate(),
                places.localTimes(m.start()), m.mode(), label(m.mode()), m.hostPartnerId(), places.partner(m.hostPartnerId()),
                m.officeId(), places.city(m.officeId()), m.launch(), m.dinner(), m.socialStart(),
                m.socialStart() ? HM.format(m.start().minusMinutes(10)) : null, p.icebreaker(), p.status(), m.locked(),
                p.changed(), m.moved() == null ? null : moved(m.moved().from(), MeetingCopy.reason(m.moved().reason())),
                m.inconvenientSlot(), null, null, 0, 0);
    }

    static String label(Mode mode) {
        return switch (mode) {
            case IN_PERSON -> "In person";
            case HYBRID -> "Hybrid";
            case VIDEO -> "Video";
        };
    }

    private static String moved(java.time.LocalDate from, String reason) {
        return from == null ? null : "moved from " + from + (reason == null ? "" : " (" + reason + ")");
    }

    private static List<ScheduleView.Chip> strip(List<ScheduleRow> rows, Places places) {
        return rows.stream().map(r -> new ScheduleView.Chip(r.sequence(),
                r.mode() == Mode.VIDEO ? "chip-video" : "chip-host-" + places.hostIndex(r.hostPartnerId()),
                "#" + r.sequence() + " " + r.date() + ": " + r.modeLabel() + (r.host() == null ? "" : " at " + r.host())
                        + (r.cancelled() ? " (cancelled)" : ""))).toList();
    }

    /** The alliance's partners and offices, indexed once per page. */
    static final class Places {
        private final Alliance alliance;
        private final Map<Long, String> partners = new LinkedHashMap<>(); // alliance order: the legend's colours
        private final Map<Long, String> cities = new HashMap<>();
        private final List<Office> venues = new ArrayList<>();
        private final List<Long> partnerOrder = new ArrayList<>();

        /** Reads the partners and all their offices with one statement each, however many partners there are. */
        Places(Alliance alliance) {
            this.alliance = alliance;
            Map<Long, List<Office>> offices = new HashMap<>();
            Office.ofAlliance(alliance.id)
                    .forEach(o -> offices.computeIfAbsent(o.partner.id, k -> new ArrayList<>()).add(o));
            for (Partner p : alliance.partners) {
                partners.put(p.id, p.name);
                partnerOrder.add(p.id);
                List<Office> own = offices.getOrDefault(p.id, List.of());
                own.forEach(o -> cities.put(o.id, o.city));
                own.stream().findFirst().ifPresent(venues::add); // default venue first: Partner.defaultOffice
            }
        }

        String partner(Long id) {
            return id == null ? null : partners.get(id);
        }

        String city(Long id) {
            return id == null ? null : cities.get(id);
        }

        /** 0, 1, 2 … by the partner's place in the alliance, for the colour of its chips. */
        int hostIndex(Long partnerId) {
            int i = partnerOrder.indexOf(partnerId);
            return i < 0 ? 3 : i % 4;
        }

        List<String> labels() {
            return venues.stream().map(o -> o.city + " (" + o.timeZone + ")").toList();
        }

        List<String> localTimes(ZonedDateTime start) {
            return venues.stream().map(o -> {
                ZonedDateTime local = start.withZoneSameInstant(ZoneId.of(o.timeZone));
                String day = local.toLocalDate().equals(start.toLocalDate()) ? ""
                        : local.toLocalDate().isAfter(start.toLocalDate()) ? " (+1 day)" : " (−1 day)";
                return HM.format(local) + " " + o.city + day;
            }).toList();
        }
    }
}
