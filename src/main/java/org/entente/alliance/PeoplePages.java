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
import org.entente.web.Option;
import org.entente.web.Redirects;
import org.entente.web.scope.Writes;

import java.util.List;

import static org.entente.web.scope.Kind.PARTNER;
import static org.entente.web.scope.Kind.PERSON;

/** Pages to add, edit and delete the people of a partner organisation. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PeoplePages {

    static final List<Option> STANCES = Option.of(Stance.class, s -> s.label);

    @Inject
    PartnerService partners;
    @Inject
    PersonService people;
    @Inject
    Flash flash;
    @Inject
    FormPage forms;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance personForm(AllianceView.PartnerRef partner, AllianceView.PersonRow person,
                                                  PersonForm form, FieldErrors errors,
                                                  String conflict, List<Option> stances);
    }

    @GET
    @Path("partners/{id}/people/new")
    @Writes(PARTNER)
    public TemplateInstance newForm(long id) {
        return Templates.personForm(AllianceView.PartnerRef.of(partners.get(id)), null, PersonForm.blank(),
                FieldErrors.none(), null, STANCES);
    }

    @POST
    @Path("partners/{id}/people")
    @Writes(PARTNER)
    public Response create(long id, @BeanParam PersonForm form) {
        Partner found = partners.get(id);
        AllianceView.PartnerRef partner = AllianceView.PartnerRef.of(found);
        FieldErrors errors = new FieldErrors();
        PersonData data = form.toData(errors);
        return forms.submit(errors, data, () -> {
                    people.add(id, data);
                    return PartnerLink.of(found);
                }, form.name + " added to " + partner.name() + ".",
                (e, conflict) -> Templates.personForm(partner, null, form, e, conflict, STANCES));
    }

    @GET
    @Path("people/{id}/edit")
    @Writes(PERSON)
    public TemplateInstance editForm(long id) {
        Person person = people.get(id);
        return Templates.personForm(AllianceView.PartnerRef.of(person.partner), AllianceView.PersonRow.of(person),
                PersonForm.of(person), FieldErrors.none(), null, STANCES);
    }

    @POST
    @Path("people/{id}")
    @Writes(PERSON)
    public Response update(long id, @BeanParam PersonForm form) {
        Person person = people.get(id);
        AllianceView.PartnerRef partner = AllianceView.PartnerRef.of(person.partner);
        AllianceView.PersonRow row = AllianceView.PersonRow.of(person);
        FieldErrors errors = new FieldErrors();
        PersonData data = form.toData(errors);
        return forms.submit(errors, data, () -> {
                    people.update(id, form.version, data);
                    // the person read above is in this request's session; the updated one's closed with its transaction
                    return PartnerLink.of(person.partner);
                }, form.name + " saved.",
                (e, conflict) -> Templates.personForm(partner, row, form, e, conflict, STANCES));
    }

    @GET
    @Path("people/{id}/delete")
    @Writes(PERSON)
    public TemplateInstance confirmDelete(long id) {
        Person p = people.get(id);
        return Confirm.delete(p.name, p.name + " leaves every governance body of the alliance.",
                "/people/" + id + "/delete", "/alliances/" + p.partner.alliance.id);
    }

    @POST
    @Path("people/{id}/delete")
    @Writes(PERSON)
    public Response delete(long id) {
        String name = people.get(id).name;
        long allianceId = people.delete(id);
        flash.set(name + " deleted.");
        return Redirects.seeOther("/alliances/" + allianceId);
    }
}
