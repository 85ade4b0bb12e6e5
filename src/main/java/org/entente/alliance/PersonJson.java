package org.entente.alliance;

/** A person in the JSON API. */
public record PersonJson(Long id, Long partnerId, String name, String email, String title, String roles,
                         Stance stance, String notes, Long version) {

    public static PersonJson of(Person p) {
        return new PersonJson(p.id, p.partner.id, p.name, p.email, p.title, p.roles, p.stance, p.notes, p.version);
    }

    public PersonData toData() {
        return new PersonData(name, email, title, roles, stance == null ? Stance.UNKNOWN : stance, notes);
    }
}
