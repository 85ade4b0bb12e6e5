package org.entente.alliance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** An alliance as its page shows it: its facts and its partners with their offices and people. */
public record AllianceView(long id, String name, AllianceStatus status, LocalDate launchDate, String purpose,
                           List<PartnerView> partners) {

    /** One partner organisation with its offices (default venue first, then by city) and people (by name). */
    public record PartnerView(Long id, String name, boolean ours, List<OfficeRow> offices, List<PersonRow> people) {
    }

    /** One office of a partner. */
    public record OfficeRow(long id, String city, String country, String subdivision, String timeZone,
                            LocalTime workdayStart, LocalTime workdayEnd, boolean defaultVenue) {

        public static OfficeRow of(Office o) {
            return new OfficeRow(o.id, o.city, o.country, o.subdivision, o.timeZone, o.workdayStart, o.workdayEnd,
                    o.defaultVenue);
        }
    }

    /** One person of a partner. */
    public record PersonRow(long id, String name, String title, String roles, Stance stance, String email) {

        public static PersonRow of(Person p) {
            return new PersonRow(p.id, p.name, p.title, p.roles, p.stance, p.email);
        }
    }

    /** A partner with its alliance, for the heading and breadcrumb of the partner, office and person forms. */
    public record PartnerRef(long id, String name, long allianceId, String allianceName) {

        public static PartnerRef of(Partner p) {
            return new PartnerRef(p.id, p.name, p.alliance.id, p.alliance.name);
        }
    }

    /** An alliance without its partners: a row of the alliance list, or the heading of a form or sub-page. */
    public record Row(long id, String name, AllianceStatus status, LocalDate launchDate, String purpose) {

        public static Row of(Alliance a) {
            return new Row(a.id, a.name, a.status, a.launchDate, a.purpose);
        }
    }
}
