package org.entente.calendar;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceView;
import org.entente.alliance.AllianceService;
import org.entente.alliance.Office;
import org.entente.web.Confirm;
import org.entente.web.FieldErrors;
import org.entente.web.Flash;
import org.entente.web.FormPage;
import org.entente.web.Option;
import org.entente.web.Redirects;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Writes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.entente.web.scope.Kind.ALLIANCE;
import static org.entente.web.scope.Kind.BLACKOUT;
import static org.entente.web.scope.Kind.OFFICE_DAY_OFF;

/** The days-off page of an alliance (blackouts and office days off) and its holiday overview. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DaysOffPages {

    @Inject
    DaysOffService daysOff;
    @Inject
    AllianceService alliances;
    @Inject
    HolidayOverview overview;
    @Inject
    Flash flash;
    @Inject
    FormPage forms;
    @Inject
    Clock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance daysOff(AllianceView.Row alliance, List<DaysOffView.Blackout> blackouts,
                                               List<DaysOffView.OfficeDay> officeDays, List<Option> offices,
                                               BlackoutForm blackoutForm, FieldErrors blackoutErrors,
                                               OfficeDayOffForm dayForm, FieldErrors dayErrors);

        static native TemplateInstance holidays(AllianceView.Row alliance, LocalDate from, LocalDate to,
                                                List<HolidayOverview.Row> rows);
    }

    @GET
    @Path("alliances/{id}/days-off")
    @Reads(ALLIANCE)
    public TemplateInstance list(long id) {
        return page(id, new BlackoutForm(), FieldErrors.none(), new OfficeDayOffForm(), FieldErrors.none());
    }

    @POST
    @Path("alliances/{id}/blackouts")
    @Writes(ALLIANCE)
    public Response addBlackout(long id, @BeanParam BlackoutForm form) {
        FieldErrors errors = new FieldErrors();
        BlackoutData data = form.toData(errors);
        return forms.submit(errors, data, () -> {
            daysOff.addBlackout(id, data);
            return "/alliances/" + id + "/days-off";
        }, "Blackout “" + data.name() + "” added: re-plan the bodies to move meetings out of it.",
                (e, conflict) -> page(id, form, e, new OfficeDayOffForm(), FieldErrors.none()));
    }

    @POST
    @Path("alliances/{id}/office-days-off")
    @Writes(ALLIANCE)
    public Response addOfficeDayOff(long id, @BeanParam OfficeDayOffForm form) {
        FieldErrors errors = new FieldErrors();
        OfficeDayOffData data = form.toData(errors);
        return forms.submit(errors, data, () -> {
            daysOff.addOfficeDayOff(id, data);
            return "/alliances/" + id + "/days-off";
        }, "Day off “" + data.name() + "” added.",
                (e, conflict) -> page(id, new BlackoutForm(), FieldErrors.none(), form, e));
    }

    @GET
    @Path("blackouts/{id}/delete")
    @Writes(BLACKOUT)
    public TemplateInstance confirmDeleteBlackout(long id) {
        BlackoutPeriod b = daysOff.blackout(id);
        return Confirm.delete("blackout “" + b.name + "”", "Meetings are no longer kept out of " + b.firstDay + " – "
                + b.lastDay + " at the next re-plan.", "/blackouts/" + id + "/delete", "/alliances/" + b.allianceId + "/days-off");
    }

    @POST
    @Path("blackouts/{id}/delete")
    @Writes(BLACKOUT)
    public Response deleteBlackout(long id) {
        long alliance = daysOff.deleteBlackout(id);
        flash.set("Blackout deleted.");
        return Redirects.seeOther("/alliances/" + alliance + "/days-off");
    }

    @GET
    @Path("office-days-off/{id}/delete")
    @Writes(OFFICE_DAY_OFF)
    public TemplateInstance confirmDeleteOfficeDayOff(long id) {
        OfficeDayOff d = daysOff.officeDayOff(id);
        return Confirm.delete("day off “" + d.name + "”", "Meetings may fall on " + d.offDate + " at the next re-plan.",
                "/office-days-off/" + id + "/delete", "/alliances/" + daysOff.allianceOf(d) + "/days-off");
    }

    @POST
    @Path("office-days-off/{id}/delete")
    @Writes(OFFICE_DAY_OFF)
    public Response deleteOfficeDayOff(long id) {
        long alliance = daysOff.deleteOfficeDayOff(id);
        flash.set("Day off deleted.");
        return Redirects.seeOther("/alliances/" + alliance + "/days-off");
    }

    @GET
    @Path("alliances/{id}/holidays")
    @Reads(ALLIANCE)
    public TemplateInstance holidays(long id, @QueryParam("from") LocalDate from) {
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        return Templates.holidays(AllianceView.Row.of(alliances.get(id)), start, start.plusYears(1).minusDays(1),
                overview.rows(id, start));
    }

    private TemplateInstance page(long id, BlackoutForm blackoutForm, FieldErrors blackoutErrors,
                                  OfficeDayOffForm dayForm, FieldErrors dayErrors) {
        Alliance alliance = alliances.get(id);
        Map<Long, String> labels = Office.ofAlliance(id).stream()
                .collect(Collectors.toMap(o -> o.id, HolidayOverview::label));
        List<Option> offices = labels.entrySet().stream().map(e -> new Option(e.getKey().toString(), e.getValue()))
                .sorted(java.util.Comparator.comparing(Option::label)).toList();
        return Templates.daysOff(AllianceView.Row.of(alliance),
                daysOff.blackouts(id).stream().map(DaysOffView.Blackout::of).toList(),
                daysOff.officeDaysOff(id).stream()
                        .map(d -> new DaysOffView.OfficeDay(d.id, d.offDate, labels.get(d.officeId), d.name)).toList(),
                offices,
                blackoutForm, blackoutErrors, dayForm, dayErrors);
    }
}
