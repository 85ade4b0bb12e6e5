package org.entente.alliance;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A partner organisation in the JSON API, with its offices and people when read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerJson(Long id, Long allianceId, String name, Boolean ours, Long version,
                          List<OfficeJson> offices, List<PersonJson> people) {

    public static PartnerJson full(Partner p) {
        return new PartnerJson(p.id, p.alliance.id, p.name, p.ours, p.version,
                p.offices.stream().map(OfficeJson::of).toList(), p.people.stream().map(PersonJson::of).toList());
    }

    public PartnerData toData() {
        return new PartnerData(name, Boolean.TRUE.equals(ours));
    }
}
