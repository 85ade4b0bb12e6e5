package org.entente.example;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.account.ExampleLogins;
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceData;
import org.entente.alliance.AllianceService;
import org.entente.alliance.AllianceStatus;
import org.entente.alliance.OfficeData;
import org.entente.alliance.Partner;
import org.entente.alliance.PartnerData;
import org.entente.alliance.PartnerService;
import org.entente.alliance.Person;
import org.entente.alliance.PersonData;
import org.entente.alliance.PersonService;
import org.entente.alliance.Stance;
import org.entente.body.BodyData;
import org.entente.body.BodyKind;
import org.entente.body.BodyService;
import org.entente.body.CadenceData;
import org.entente.body.CadenceUnit;
import org.entente.body.PolicyData;
import org.entente.platform.RetryOnDeadlock;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the example alliance on request (never by itself): two companies with offices in Amsterdam and Austin,
 * five people per side, a steering committee every six weeks and a monthly operating committee.
 */
@ApplicationScoped
@RetryOnDeadlock
public class ExampleAlliance {

    static final String NAME = "Tulip Systems & Lone Star Analytics";

    private final AllianceService alliances;
    private final PartnerService partners;
    private final PersonService people;
    private final BodyService bodies;
    private final ExampleLogins logins;
    private final Clock clock;

    public ExampleAlliance(AllianceService alliances, PartnerService partners, PersonService people,
                           BodyService bodies, ExampleLogins logins, Clock clock) {
        this.alliances = alliances;
        this.partners = partners;
        this.people = people;
        this.bodies = bodies;
        this.logins = logins;
        this.clock = clock;
    }

    /** Creates the example in one transaction; a second copy gets a numbered name. */
    @Transactional
    public Alliance load() {
        LocalDate launch = LocalDate.now(clock).plusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        Alliance alliance = alliances.create(new AllianceData(freeName(), "Bring Tulip's logistics platform and "
                + "Lone Star's analytics to mid-sized retailers on both sides of the Atlantic.",
                AllianceStatus.LAUNCHING, launch));
        Partner tulip = partners.addPartner(alliance.id, new PartnerData("Tulip Systems", true));
        partners.addOffice(tulip.id, new OfficeData("Amsterdam", "NL", null, "Europe/Amsterdam",
                LocalTime.of(9, 0), LocalTime.of(17, 0), true));
        Partner lonestar = partners.addPartner(alliance.id, new PartnerData("Lone Star Analytics", false));
        partners.addOffice(lonestar.id, new OfficeData("Austin", "US", "TX", "America/Chicago",
                LocalTime.of(9, 0), LocalTime.of(17, 0), true));
        List<Person> ours = addPeople(tulip, "tulip.example", List.of(
                new String[]{"Anouk de Vries", "Chief Executive Officer", "Executive sponsor", "DECISION_MAKER"},
                new String[]{"Joris Bakker", "Alliance Director", "Alliance manager", "TRAILBLAZER"},
                new String[]{"Sanne Visser", "Head of Product", "Product lead", "SKEPTIC"},
                new String[]{"Pieter Jansen", "VP Sales Europe", "Sales lead", "UNKNOWN"},
                new String[]{"Lotte Smit", "Solutions Architect", "Technical lead", "TRAILBLAZER"}));
        List<Person> theirs = addPeople(lonestar, "lonestar.example", List.of(
                new String[]{"Maria Alvarez", "Chief Operating Officer", "Executive sponsor", "DECISION_MAKER"},
                new String[]{"Jake Thompson", "Partnerships Manager", "Alliance manager", "TRAILBLAZER"},
                new String[]{"Priya Raman", "VP Engineering", "Engineering lead", "SKEPTIC"},
                new String[]{"Tom Becker", "Director of Marketing", "Marketing lead", "UNKNOWN"},
                new String[]{"Grace Lee", "Customer Success Lead", "Delivery lead", "DECISION_MAKER"}));
        Set<Long> steering = ids(ours.subList(0, 3), theirs.subList(0, 3));
        bodies.create(alliance.id, new BodyData("Steering committee", BodyKind.STEERING_COMMITTEE, ours.get(0).id,
                steering, new CadenceData(6, CadenceUnit.WEEKS, null, null, launch, 24, null, LocalTime.of(16, 0),
                90, "Europe/Amsterdam"),
                new PolicyData(new BigDecimal("0.5"), false, Map.of(tulip.id, 1, lonestar.id, 1), 2, null, 2,
                        true, tulip.id)));
        Set<Long> operating = ids(ours.subList(1, 5), theirs.subList(1, 5));
        bodies.create(alliance.id, new BodyData("Operating committee", BodyKind.OPERATING_COMMITTEE, theirs.get(1).id,
                operating, new CadenceData(1, CadenceUnit.MONTHS, DayOfWeek.TUESDAY, 2, launch.plusWeeks(2), 18, null,
                LocalTime.of(9, 0), 60, "America/Chicago"),
                new PolicyData(new BigDecimal("0.25"), false, Map.of(), 3, 4, 2, false, null)));
        logins.grant(alliance.id);
        return alliance;
    }

    private List<Person> addPeople(Partner partner, String domain, List<String[]> rows) {
        List<Person> added = new ArrayList<>();
        for (String[] r : rows) {
            String email = r[0].toLowerCase().replace(" ", ".") + "@" + domain;
            added.add(people.add(partner.id, new PersonData(r[0], email, r[1], r[2], Stance.valueOf(r[3]), null)));
        }
        return added;
    }

    private static Set<Long> ids(List<Person> a, List<Person> b) {
        Set<Long> ids = new HashSet<>();
        a.forEach(p -> ids.add(p.id));
        b.forEach(p -> ids.add(p.id));
        return ids;
    }

    private static String freeName() {
        String name = NAME;
        for (int n = 2; Alliance.nameTaken(name, null); n++) {
            name = NAME + " (" + n + ")";
        }
        return name;
    }
}
