package org.entente.calendar;

import org.entente.web.FieldErrors;
import org.entente.web.Parse;
import org.jboss.resteasy.reactive.RestForm;

/** The blackout form as the browser sends it. */
public class BlackoutForm {

    @RestForm
    public String from;
    @RestForm
    public String to;
    @RestForm
    public String name;

    public BlackoutData toData(FieldErrors errors) {
        return new BlackoutData(Parse.date(errors, "from", from), Parse.date(errors, "to", to), Parse.text(name));
    }
}
