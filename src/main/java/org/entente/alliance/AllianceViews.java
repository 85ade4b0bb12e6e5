package org.entente.alliance;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the alliance pages' read model with a fixed number of statements: the alliance, its partners, all their
 * offices and all their people, one statement each, however many partners there are.
 */
@ApplicationScoped
public class AllianceViews {

    private final AllianceService alliances;

    public AllianceViews(AllianceService alliances) {
        this.alliances = alliances;
    }

    /** The alliances the current user may see, by name. */
    public List<AllianceView.Row> list() {
        return alliances.list().stream().map(AllianceView.Row::of).toList();
    }

    public AllianceView.Row row(long id) {
        return AllianceView.Row.of(alliances.get(id));
    }

    public AllianceView show(long id) {
        Alliance alliance = alliances.get(id);
        List<Partner> partners = Partner.list("alliance.id = ?1 order by id", id);
        Map<Long, List<Office>> offices = Office.<Office>list(
                        "partner.alliance.id = ?1 order by defaultVenue desc, city", id).stream()
                .collect(Collectors.groupingBy(o -> partnerId(o.partner)));
        Map<Long, List<Person>> people = Person.<Person>list("partner.alliance.id = ?1 order by name", id).stream()
                .collect(Collectors.groupingBy(p -> partnerId(p.partner)));
        return new AllianceView(alliance.id, alliance.name, alliance.status, alliance.launchDate, alliance.purpose,
                partners.stream().map(p -> new AllianceView.PartnerView(p.id, p.name, p.ours,
                        offices.getOrDefault(p.id, List.of()).stream().map(AllianceView.OfficeRow::of).toList(),
                        people.getOrDefault(p.id, List.of()).stream().map(AllianceView.PersonRow::of).toList()))
                        .toList());
    }

    /** The id of a lazy partner reference, without loading the partner. */
    private static long partnerId(Partner partner) {
        return partner.id;
    }
}
