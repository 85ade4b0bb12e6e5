package org.entente.calendar;

import org.entente.web.FieldErrors;
import org.entente.web.Parse;
import org.jboss.resteasy.reactive.RestForm;

/** The office day-off form as the browser sends it. */
public class OfficeDayOffForm {

    @RestForm
    public String officeId;
    @RestForm
    public String date;
    @RestForm
    public String name;

    public OfficeDayOffData toData(FieldErrors errors) {
        return new OfficeDayOffData(Parse.id(errors, "officeId", officeId), Parse.date(errors, "date", date),
                Parse.text(name));
    }
}
