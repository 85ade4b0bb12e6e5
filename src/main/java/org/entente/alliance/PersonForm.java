package org.entente.alliance;

import org.entente.web.FieldErrors;
import org.entente.web.Parse;
import org.jboss.resteasy.reactive.RestForm;

/** The person form as the browser sends it. */
public class PersonForm {

    @RestForm
    public String name;
    @RestForm
    public String email;
    @RestForm
    public String title;
    @RestForm
    public String roles;
    @RestForm
    public String stance;
    @RestForm
    public String notes;
    @RestForm
    public Long version;

    public static PersonForm blank() {
        PersonForm form = new PersonForm();
        form.stance = Stance.UNKNOWN.name();
        return form;
    }

    public static PersonForm of(Person p) {
        PersonForm form = new PersonForm();
        form.name = p.name;
        form.email = p.email;
        form.title = p.title;
        form.roles = p.roles;
        form.stance = p.stance.name();
        form.notes = p.notes;
        form.version = p.version;
        return form;
    }

    public PersonData toData(FieldErrors errors) {
        return new PersonData(Parse.text(name), Parse.text(email), Parse.text(title), Parse.text(roles),
                Parse.choice(errors, "stance", stance, Stance.class), Parse.text(notes));
    }
}
