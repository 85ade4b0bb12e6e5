package org.entente.alliance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.entente.web.Confirm;
import org.entente.web.FieldErrors;
import org.entente.web.Flash;
import org.entente.web.FormPage;
import org.entente.web.Redirects;
import org.entente.web.scope.Writes;

import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;

import static org.entente.web.scope.Kind.ALLIANCE;
import static org.entente.web.scope.Kind.OFFICE;
import static org.entente.web.scope.Kind.PARTNER;

/** Pages to add, edit and delete partner organisations and their offices. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PartnerPages {

    static final List<String> ZONES = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

    @Inject
    AllianceService alliances;
    @Inject
    PartnerService partners;
    @Inject
    Flash flash;
    @Inject
    FormPage forms;
    @Inject
    OfficeUse officeUse;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance partnerForm(AllianceView.Row alliance, AllianceView.PartnerRef partner,
                                                   PartnerForm form,
                                                   FieldErrors errors, String conflict);

        static native TemplateInstance officeForm(AllianceView.PartnerRef partner, AllianceView.OfficeRow office,
                                                  OfficeForm form, FieldErrors errors,
                                                  String conflict, List<String> zones);
    }

    @GET
    @Path("alliances/{id}/partners/new")
    @Writes(ALLIANCE)
    public TemplateInstance newPartnerForm(long id) {
        return Templates.partnerForm(AllianceView.Row.of(alliances.get(id)), null, new PartnerForm(),
                FieldErrors.none(), null);
    }

    @POST
    @Path("alliances/{id}/partners")
    @Writes(ALLIANCE)
    public Response createPartner(long id, @BeanParam PartnerForm form) {
        AllianceView.Row alliance = AllianceView.Row.of(alliances.get(id));
        return forms.submit(FieldErrors.none(), form.toData(), () -> PartnerLink.of(partners.addPartner(id, form.toData())),
                "Partner “" + form.name + "” added.",
                (e, conflict) -> Templates.partnerForm(alliance, null, form, e, conflict));
    }

    @GET
    @Path("partners/{id}/edit")
    @Writes(PARTNER)
    public TemplateInstance editPartnerForm(long id) {
        Partner partner = partners.get(id);
        return Templates.partnerForm(AllianceView.Row.of(partner.alliance), AllianceView.PartnerRef.of(partner),
                PartnerForm.of(partner), FieldErrors.none(), null);
    }

    @POST
    @Path("partners/{id}")
    @Writes(PARTNER)
    public Response updatePartner(long id, @BeanParam PartnerForm form) {
        Partner partner = partners.get(id);
        AllianceView.Row alliance = AllianceView.Row.of(partner.alliance);
        AllianceView.PartnerRef ref = AllianceView.PartnerRef.of(partner);
        return forms.submit(FieldErrors.none(), form.toData(),
                () -> PartnerLink.of(partners.updatePartner(id, form.version, form.toData())), "Partner “" + form.name + "” saved.",
                (e, conflict) -> Templates.partnerForm(alliance, ref, form, e, conflict));
    }

    @GET
    @Path("partners/{id}/delete")
    @Writes(PARTNER)
    public TemplateInstance confirmDeletePartner(long id) {
        Partner p = partners.get(id);
        return Confirm.delete("partner “" + p.name + "”", "Its " + p.offices.size() + " offices and "
                        + p.people.size() + " people are deleted with it, and they leave every governance body.",
                "/partners/" + id + "/delete", "/alliances/" + p.alliance.id);
    }

    @POST
    @Path("partners/{id}/delete")
    @Writes(PARTNER)
    public Response deletePartner(long id) {
        String name = partners.get(id).name;
        long allianceId = partners.deletePartner(id);
        flash.set("Partner “" + name + "” deleted.");
        return Redirects.seeOther("/alliances/" + allianceId);
    }

    @GET
    @Path("partners/{id}/offices/new")
    @Writes(PARTNER)
    public TemplateInstance newOfficeForm(long id) {
        return Templates.officeForm(AllianceView.PartnerRef.of(partners.get(id)), null, OfficeForm.blank(),
                FieldErrors.none(), null, ZONES);
    }

    @POST
    @Path("partners/{id}/offices")
    @Writes(PARTNER)
    public Response createOffice(long id, @BeanParam OfficeForm form) {
        AllianceView.PartnerRef partner = AllianceView.PartnerRef.of(partners.get(id));
        FieldErrors errors = new FieldErrors();
        OfficeData data = form.toData(errors);
        return forms.submit(errors, data, () -> PartnerLink.of(partners.addOffice(id, data).partner),
                "Office " + form.city + " added.",
                (e, conflict) -> Templates.officeForm(partner, null, form, e, conflict, ZONES));
    }

    @GET
    @Path("offices/{id}/edit")
    @Writes(OFFICE)
    public TemplateInstance editOfficeForm(long id) {
        Office office = partners.office(id);
        return Templates.officeForm(AllianceView.PartnerRef.of(office.partner), AllianceView.OfficeRow.of(office),
                OfficeForm.of(office), FieldErrors.none(), null, ZONES);
    }

    @POST
    @Path("offices/{id}")
    @Writes(OFFICE)
    public Response updateOffice(long id, @BeanParam OfficeForm form) {
        Office office = partners.office(id);
        AllianceView.PartnerRef partner = AllianceView.PartnerRef.of(office.partner);
        AllianceView.OfficeRow row = AllianceView.OfficeRow.of(office);
        FieldErrors errors = new FieldErrors();
        OfficeData data = form.toData(errors);
        return forms.submit(errors, data, () -> PartnerLink.of(partners.updateOffice(id, form.version, data).partner),
                "Office " + form.city + " saved.",
                (e, conflict) -> Templates.officeForm(partner, row, form, e, conflict, ZONES));
    }

    @GET
    @Path("offices/{id}/delete")
    @Writes(OFFICE)
    public TemplateInstance confirmDeleteOffice(long id) {
        Office o = partners.office(id);
        return Confirm.delete("office " + o.city, OfficeDeletion.consequences(o, officeUse.upcomingMeetingsAt(id)),
                "/offices/" + id + "/delete", "/alliances/" + o.partner.alliance.id);
    }

    @POST
    @Path("offices/{id}/delete")
    @Writes(OFFICE)
    public Response deleteOffice(long id) {
        String city = partners.office(id).city;
        long allianceId = partners.deleteOffice(id);
        flash.set("Office " + city + " deleted.");
        return Redirects.seeOther("/alliances/" + allianceId);
    }
}
