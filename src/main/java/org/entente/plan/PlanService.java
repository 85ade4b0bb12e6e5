package org.entente.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceService;
import org.entente.body.BodyService;
import org.entente.body.GovernanceBody;
import org.entente.cadence.BalanceReport;
import org.entente.cadence.InvalidPlanInput;
import org.entente.cadence.Mode;
import org.entente.cadence.PlanResult;
import org.entente.cadence.RotationPlanner;
import org.entente.platform.DatabaseFailure;
import org.entente.platform.RetryOnDeadlock;
import org.entente.web.StaleEdit;
import org.entente.web.ValidationFailed;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Generates, previews and accepts the meeting plans of governance bodies; each acceptance is a new plan version. */
@ApplicationScoped
@RetryOnDeadlock
public class PlanService {

    private final BodyService bodies;
    private final AllianceService alliances;
    private final ObjectMapper json;
    private final AllianceCalendar calendars;
    private final RotationPlanner planner = new RotationPlanner();
    private final Clock clock;

    /** {@code calendars} gives each alliance's days off: weekends, holidays, blackouts (the calendar feature). */
    public PlanService(BodyService bodies, AllianceService alliances, ObjectMapper json, AllianceCalendar calendars, Clock clock) {
        this.clock = clock;
        this.bodies = bodies;
        this.alliances = alliances;
        this.json = json;
        this.calendars = calendars;
    }

    /** What the planner proposes now, kept meetings included, compared with the current plan. */
    public PlanPreview preview(long bodyId) {
        GovernanceBody body = bodies.get(bodyId);
        Alliance alliance = alliances.get(body.allianceId);
        Plan current = Plan.current(bodyId).orElse(null);
        List<Meeting> meetings = current == null ? List.of() : Meeting.ofPlan(current.id);
        PlanResult result;
        try {
            result = planner.plan(PlanInputs.request(alliance, body, meetings, calendars.forAlliance(alliance.id)));
        } catch (InvalidPlanInput e) {
            throw ValidationFailed.of(e.field(), e.getMessage());
        }
        Map<Integer, Meeting> bySequence = meetings.stream().collect(Collectors.toMap(m -> m.sequence, Function.identity()));
        // Questions that stay with their meetings are reserved first, so that no new pick takes one of them.
        List<String> reserved = new ArrayList<>(meetings.stream().filter(Meeting::fixed).map(m -> m.icebreaker).toList());
        result.meetings().stream().filter(m -> keepsIcebreaker(bySequence.get(m.sequence()), m))
                .forEach(m -> reserved.add(bySequence.get(m.sequence()).icebreaker));
        IcebreakerPicker picker = new IcebreakerPicker(Icebreaker.activeQuestions(), bodyId, reserved);
        List<PlanPreview.Proposal> proposals = new ArrayList<>();
        int changed = 0;
        for (org.entente.cadence.Meeting m : result.meetings()) {
            Meeting now = bySequence.get(m.sequence());
            boolean differs = PlanChange.differs(now, m.start(), m.mode(), m.hostPartnerId(), m.officeId());
            changed += differs && now != null ? 1 : 0;
            String icebreaker = m.mode() != Mode.VIDEO ? null
                    : keepsIcebreaker(now, m) ? picker.keep(now.icebreaker) : picker.pick();
            proposals.add(new PlanPreview.Proposal(m, icebreaker, differs && now != null,
                    now != null ? now.uid : "body-" + bodyId + "-meeting-" + m.sequence() + "@entente",
                    now != null ? now.status : MeetingStatus.PLANNED, now == null ? null : now.id));
        }
        changed += (int) meetings.stream().filter(m -> m.sequence > result.meetings().size()).count();
        return new PlanPreview(bodyId, current == null ? 0 : current.planVersion, body.version, proposals,
                result.report(), changed, PreviewDigest.of(proposals, write(result.report())));
    }

    /**
     * Accepts exactly what {@link #preview} showed as the body's next plan version, in one transaction. Nothing is
     * written and 409 is answered when the body or its plan changed since the preview ({@link StaleEdit}), or when
     * the planner would now propose something else than the preview whose {@code digest} is given, because a
     * blackout, an office, an ice-breaker or a holiday changed meanwhile ({@link PlanChanged}, with the new
     * preview). A null {@code digest} (the API's generate-and-accept in one call) accepts what the planner
     * proposes now.
     */
    @Transactional
    public Plan accept(long bodyId, Integer basePlanVersion, Long bodyVersion, String digest) {
        GovernanceBody body = bodies.get(bodyId);
        StaleEdit.check("The governance body", body.version, bodyVersion);
        int base = Plan.current(bodyId).map(p -> p.planVersion).orElse(0);
        if (basePlanVersion == null || base != basePlanVersion) {
            throw new StaleEdit("The plan of “" + body.name + "”");
        }
        PlanPreview preview = preview(bodyId);
        if (digest != null && !digest.equals(preview.digest())) {
            throw PreviewDigest.differences(digest, preview.digest())
                    .map(differences -> new PlanChanged(preview, differences))
                    .orElseThrow(() -> ValidationFailed.of("digest",
                            "This is not the digest of a plan preview: open the preview again"));
        }
        Map<Long, Meeting> current = base == 0 ? Map.of() : Meeting.ofPlan(Plan.current(bodyId).orElseThrow().id)
                .stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        Plan plan = new Plan();
        plan.bodyId = bodyId;
        plan.planVersion = base + 1;
        plan.acceptedAt = LocalDateTime.now(clock);
        plan.changedCount = preview.changed();
        plan.reportJson = write(preview.report());
        try {
            plan.persistAndFlush();
        } catch (PersistenceException e) {
            // the one conflict that is a stale plan: another acceptance took this version number first
            if (DatabaseFailure.conflictingConstraint(e).filter("uk_plan_version"::equals).isPresent()) {
                throw new StaleEdit("The plan of “" + body.name + "”");
            }
            throw e;
        }
        for (PlanPreview.Proposal p : preview.meetings()) {
            MeetingCopy.persist(plan, p, p.currentId() == null ? null : current.get(p.currentId()));
        }
        Panache.getEntityManager().flush();
        return plan;
    }

    /** Whether a proposed video meeting keeps the question its current meeting already has. */
    private static boolean keepsIcebreaker(Meeting now, org.entente.cadence.Meeting proposed) {
        return proposed.mode() == Mode.VIDEO && now != null && now.icebreaker != null
                && (now.fixed() || now.mode == Mode.VIDEO);
    }

    public BalanceReport report(Plan plan) {
        try {
            return json.readValue(plan.reportJson, BalanceReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored balance report of plan " + plan.id + " is unreadable", e);
        }
    }

    private String write(BalanceReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Balance report cannot be stored", e);
        }
    }
}
