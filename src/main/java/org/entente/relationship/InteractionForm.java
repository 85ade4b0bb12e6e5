package org.entente.relationship;

import org.entente.web.FieldErrors;
import org.entente.web.Parse;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;

/** The interaction form as the browser sends it. */
public class InteractionForm {

    @RestForm
    public String kind;
    @RestForm
    public String date;
    @RestForm
    public String note;
    /** The dashboard's owner filter to return to, when logged from the filtered dashboard. */
    @RestForm
    public String owner;

    /** A blank form for the given day (today, from the one clock). */
    public static InteractionForm on(LocalDate today) {
        InteractionForm form = new InteractionForm();
        form.kind = InteractionKind.CALL.name();
        form.date = today.toString();
        return form;
    }

    public InteractionData toData(FieldErrors errors) {
        return new InteractionData(Parse.choice(errors, "kind", kind, InteractionKind.class),
                Parse.date(errors, "date", date), Parse.text(note));
    }
}
