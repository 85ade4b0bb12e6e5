package org.entente.plan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.entente.alliance.AllianceView;
import org.entente.alliance.AllianceViews;
import org.entente.alliance.Office;
import org.entente.body.BodyService;
import org.entente.body.GovernanceBody;
import org.entente.web.Expensive;
import org.entente.web.FieldErrors;
import org.entente.web.Flash;
import org.entente.web.FormPage;
import org.entente.web.Found;
import org.entente.web.Html;
import org.entente.web.Option;
import org.entente.web.Redirects;
import org.entente.web.ValidationFailed;
import org.entente.web.Viewer;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Writes;

import java.util.List;

import static org.entente.web.scope.Kind.BODY;
import static org.entente.web.scope.Kind.MEETING;

/** The schedule of a body, the plan preview and acceptance, and the meeting form. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PlanPages {

    static final List<Option> STATUSES = Option.of(MeetingStatus.class, s -> s.label);
    static final List<Option> MODES = Option.of(org.entente.cadence.Mode.class, PlanViews::label);

    @Inject
    PlanService plans;
    @Inject
    PlanViews views;
    @Inject
    MeetingService meetings;
    @Inject
    BodyService bodies;
    @Inject
    AllianceViews allianceViews;
    @Inject
    Flash flash;
    @Inject
    FormPage forms;
    @Inject
    ScheduleCache cache;
    @Inject
    Viewer viewer;
    @Inject
    FeedStatus feeds;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance schedule(String bodyName, long bodyId, String feedIssuedAt, boolean mayIssueFeed,
                                                 RawString content);

        static native TemplateInstance scheduleContent(ScheduleView view, List<ScheduleView.Version> versions,
                                                       boolean current,
                                                       boolean mayEdit);

        static native TemplateInstance preview(ScheduleView view, PlanPreview preview, List<PlanDifference> changes);

        static native TemplateInstance meetingForm(MeetingView meeting, ScheduleView view, MeetingForm form,
                                                   FieldErrors errors, String conflict, List<Option> modes,
                                                   List<Option> statuses, List<Option> offices,
                                                   List<AllianceView.PersonRow> members);
    }

    /**
     * The schedule; all of it but the layout and the calendar panel comes from {@link ScheduleCache} while the data
     * it shows is unchanged.
     */
    @GET
    @Path("bodies/{id}/schedule")
    @Reads(BODY)
    public Response schedule(long id, @RestQuery Integer version) {
        ScheduleCache.Stamp stamp = Found.orNotFound(cache.stamp(id).orElse(null), "governance body", id);
        boolean mayEdit = viewer.mayEdit(stamp.allianceId());
        ScheduleCache.Page page = cache.schedule(id, version, mayEdit, stamp, () -> {
            List<Plan> versions = Plan.history(id);
            ScheduleView view = views.schedule(id, versions, version);
            boolean current = versions.isEmpty() || versions.get(0).planVersion == view.planVersion();
            return new ScheduleCache.Page(view.bodyName(),
                    Html.utf8(Templates.scheduleContent(view, ScheduleView.Version.of(versions), current, mayEdit)
                            .render()),
                    ScheduleCache.validUntil(view.upcoming().stream()));
        });
        String feedIssuedAt = feeds.issuedAt("bodies", id);
        return Html.around(page.html(), content -> Templates.schedule(page.title(), id, feedIssuedAt, mayEdit, content));
    }

    @GET
    @Expensive(Expensive.Kind.PREVIEW)
    @Path("bodies/{id}/plan/preview")
    @Reads(BODY)
    public TemplateInstance preview(long id) {
        PlanPreview preview = plans.preview(id);
        return Templates.preview(views.preview(preview), preview, List.of());
    }

    /**
     * Accepts the previewed plan; when the planner would now propose something else (a blackout, an office or an
     * ice-breaker changed meanwhile), answers 409 with the new preview and what differs, and saves nothing.
     */
    @POST
    @Path("bodies/{id}/plan")
    @Writes(BODY)
    public Response accept(long id, @RestForm Integer basePlanVersion, @RestForm Long bodyVersion,
                           @RestForm String digest) {
        if (digest == null || digest.isBlank()) {
            throw ValidationFailed.of("digest", "Open the plan preview again and accept it from there");
        }
        Plan plan;
        try {
            plan = plans.accept(id, basePlanVersion, bodyVersion, digest);
        } catch (PlanChanged e) {
            ScheduleView view = views.preview(e.preview());
            return Response.status(Response.Status.CONFLICT)
                    .entity(Templates.preview(view, e.preview(), PlanDifference.of(e.differences(), view))).build();
        }
        flash.set("Plan version " + plan.planVersion + " accepted"
                + (plan.planVersion > 1 ? ": " + plan.changedCount + (plan.changedCount == 1 ? " meeting" : " meetings")
                + " changed." : "."));
        return Redirects.seeOther("/bodies/" + id + "/schedule");
    }

    @GET
    @Path("meetings/{id}/edit")
    @Writes(MEETING)
    public TemplateInstance editForm(long id) {
        Meeting meeting = meetings.get(id);
        return form(meeting, MeetingForm.of(meeting, bodies.get(meeting.bodyId).memberIds), FieldErrors.none(), null);
    }

    @POST
    @Path("meetings/{id}")
    @Writes(MEETING)
    public Response update(long id, @BeanParam MeetingForm form) {
        Meeting meeting = meetings.get(id);
        FieldErrors errors = new FieldErrors();
        MeetingEdit edit = form.toEdit(errors);
        return forms.submit(errors, edit, () -> "/bodies/" + meetings.edit(id, form.version, edit).bodyId + "/schedule#meeting-" + id,
                "Meeting " + meeting.sequence + " saved and locked: re-plans keep it as it is.",
                (e, conflict) -> form(meeting, form, e, conflict));
    }

    @POST
    @Path("meetings/{id}/unlock")
    @Writes(MEETING)
    public Response unlock(long id, @RestForm Long version) {
        Meeting meeting = meetings.unlock(id, version);
        flash.set("Meeting " + meeting.sequence + " unlocked: the next re-plan may move it.");
        return Redirects.seeOther("/bodies/" + meeting.bodyId + "/schedule#meeting-" + id);
    }

    @POST
    @Path("meetings/{id}/cancel")
    @Writes(MEETING)
    public Response cancel(long id, @RestForm Long version) {
        Meeting meeting = meetings.cancel(id, version);
        flash.set("Meeting " + meeting.sequence + " cancelled.");
        return Redirects.seeOther("/bodies/" + meeting.bodyId + "/schedule#meeting-" + id);
    }

    private TemplateInstance form(Meeting meeting, MeetingForm form, FieldErrors errors, String conflict) {
        GovernanceBody body = bodies.get(meeting.bodyId);
        List<Option> offices = Office.ofAlliance(body.allianceId).stream()
                .map(o -> new Option(o.id.toString(), o.city + " (" + o.partner.name + ")")).toList();
        List<AllianceView.PersonRow> members = allianceViews.show(body.allianceId).partners().stream()
                .flatMap(p -> p.people().stream()).filter(p -> body.memberIds.contains(p.id())).toList();
        return Templates.meetingForm(MeetingView.of(meeting), views.schedule(body.id), form, errors, conflict, MODES,
                STATUSES, offices, members);
    }
}
