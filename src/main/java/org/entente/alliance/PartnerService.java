package org.entente.alliance;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.platform.RetryOnDeadlock;
import org.entente.web.FieldErrors;
import org.entente.web.Found;
import org.entente.web.InputCheck;
import org.entente.web.StaleEdit;

/** Keeps an alliance's partner organisations and their offices: names unique, exactly one default office. */
@ApplicationScoped
@RetryOnDeadlock
public class PartnerService {

    private final InputCheck inputs;
    private final AllianceService alliances;

    public PartnerService(InputCheck inputs, AllianceService alliances) {
        this.inputs = inputs;
        this.alliances = alliances;
    }

    public Partner get(long id) {
        return Found.orNotFound(Partner.findById(id), "partner", id);
    }

    public Office office(long id) {
        return Found.orNotFound(Office.findById(id), "office", id);
    }

    @Transactional
    public Partner addPartner(long allianceId, PartnerData data) {
        Alliance alliance = alliances.get(allianceId);
        check(alliance, data, null);
        Partner partner = new Partner();
        partner.alliance = alliance;
        partner.name = data.name();
        partner.ours = data.ours();
        partner.persistAndFlush();
        alliance.partners.add(partner);
        return partner;
    }

    @Transactional
    public Partner updatePartner(long id, Long version, PartnerData data) {
        Partner partner = get(id);
        StaleEdit.check("The partner", partner.version, version);
        check(partner.alliance, data, id);
        partner.name = data.name();
        partner.ours = data.ours();
        Panache.getEntityManager().flush();
        return partner;
    }

    /** Deletes the partner with its offices and people; bodies lose them as members and hosts. */
    @Transactional
    public long deletePartner(long id) {
        Partner partner = get(id);
        long allianceId = partner.alliance.id;
        Partner.delete("id", id);
        return allianceId;
    }

    @Transactional
    public Office addOffice(long partnerId, OfficeData data) {
        Partner partner = get(partnerId);
        check(data);
        Office office = new Office();
        office.partner = partner;
        office.apply(data);
        office.defaultVenue = data.defaultVenue() || partner.offices.isEmpty();
        office.persist();
        partner.offices.add(office);
        makeOnlyDefault(office);
        Panache.getEntityManager().flush();
        return office;
    }

    @Transactional
    public Office updateOffice(long id, Long version, OfficeData data) {
        Office office = office(id);
        StaleEdit.check("The office", office.version, version);
        check(data);
        boolean wasDefault = office.defaultVenue;
        office.apply(data);
        office.defaultVenue = data.defaultVenue() || wasDefault && office.partner.offices.size() == 1;
        makeOnlyDefault(office);
        if (wasDefault && !office.defaultVenue) {
            office.partner.offices.stream().filter(o -> o != office).findFirst().ifPresent(o -> o.defaultVenue = true);
        }
        Panache.getEntityManager().flush();
        return office;
    }

    /** Deletes an office; when it was the default venue, the partner's next office becomes the default. */
    @Transactional
    public long deleteOffice(long id) {
        Office office = office(id);
        Partner partner = office.partner;
        partner.offices.remove(office);
        office.delete();
        if (office.defaultVenue) {
            partner.offices.stream().findFirst().ifPresent(o -> o.defaultVenue = true);
        }
        return partner.alliance.id;
    }

    private void makeOnlyDefault(Office office) {
        if (office.defaultVenue) {
            office.partner.offices.stream().filter(o -> o != office).forEach(o -> o.defaultVenue = false);
        }
    }

    private void check(Alliance alliance, PartnerData data, Long id) {
        FieldErrors errors = inputs.validate(data);
        if (!errors.has("name") && Partner.nameTaken(alliance, data.name(), id)) {
            errors.conflict("name", "This alliance already has a partner with this name");
        }
        errors.throwIfAny();
    }

    private void check(OfficeData data) {
        FieldErrors errors = inputs.validate(data);
        data.check(errors);
        errors.throwIfAny();
    }
}
