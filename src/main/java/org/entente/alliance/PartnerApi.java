package org.entente.alliance;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.web.scope.Reads;
import org.entente.web.scope.Writes;

import java.net.URI;
import java.util.List;

import static org.entente.web.ValidationFailed.requireBody;

import static org.entente.web.scope.Kind.OFFICE;
import static org.entente.web.scope.Kind.PARTNER;
import static org.entente.web.scope.Kind.PERSON;

/** JSON API for partner organisations, their offices and their people. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partners, offices and people")
public class PartnerApi {

    private final PartnerService partners;
    private final PersonService people;

    public PartnerApi(PartnerService partners, PersonService people) {
        this.partners = partners;
        this.people = people;
    }

    @GET
    @Path("partners/{id}")
    @Reads(PARTNER)
    public PartnerJson partner(long id) {
        return PartnerJson.full(partners.get(id));
    }

    @PUT
    @Path("partners/{id}")
    @Writes(PARTNER)
    public PartnerJson updatePartner(long id, PartnerJson body) {
        partners.updatePartner(id, requireBody(body).version(), body.toData());
        // read again: the updated entity's session closed with its transaction, and its offices and people are lazy
        return PartnerJson.full(partners.get(id));
    }

    @DELETE
    @Path("partners/{id}")
    @Writes(PARTNER)
    public Response deletePartner(long id) {
        partners.deletePartner(id);
        return Response.noContent().build();
    }

    @GET
    @Path("partners/{id}/offices")
    @Reads(PARTNER)
    public List<OfficeJson> offices(long id) {
        return partners.get(id).offices.stream().map(OfficeJson::of).toList();
    }

    @POST
    @Path("partners/{id}/offices")
    @Writes(PARTNER)
    public Response addOffice(long id, OfficeJson body) {
        Office created = partners.addOffice(id, requireBody(body).toData());
        return Response.created(URI.create("/api/offices/" + created.id)).entity(OfficeJson.of(created)).build();
    }

    @GET
    @Path("offices/{id}")
    @Reads(OFFICE)
    public OfficeJson office(long id) {
        return OfficeJson.of(partners.office(id));
    }

    @PUT
    @Path("offices/{id}")
    @Writes(OFFICE)
    public OfficeJson updateOffice(long id, OfficeJson body) {
        return OfficeJson.of(partners.updateOffice(id, requireBody(body).version(), body.toData()));
    }

    @DELETE
    @Path("offices/{id}")
    @Writes(OFFICE)
    public Response deleteOffice(long id) {
        partners.deleteOffice(id);
        return Response.noContent().build();
    }

    @GET
    @Path("partners/{id}/people")
    @Reads(PARTNER)
    public List<PersonJson> people(long id) {
        return partners.get(id).people.stream().map(PersonJson::of).toList();
    }

    @POST
    @Path("partners/{id}/people")
    @Writes(PARTNER)
    public Response addPerson(long id, PersonJson body) {
        Person created = people.add(id, requireBody(body).toData());
        return Response.created(URI.create("/api/people/" + created.id)).entity(PersonJson.of(created)).build();
    }

    @GET
    @Path("people/{id}")
    @Reads(PERSON)
    public PersonJson person(long id) {
        return PersonJson.of(people.get(id));
    }

    @PUT
    @Path("people/{id}")
    @Writes(PERSON)
    public PersonJson updatePerson(long id, PersonJson body) {
        return PersonJson.of(people.update(id, requireBody(body).version(), body.toData()));
    }

    @DELETE
    @Path("people/{id}")
    @Writes(PERSON)
    public Response deletePerson(long id) {
        people.delete(id);
        return Response.noContent().build();
    }
}
