package org.entente.alliance;

import org.entente.web.FieldErrors;
import org.entente.web.Parse;
import org.jboss.resteasy.reactive.RestForm;

/** The office form as the browser sends it. */
public class OfficeForm {

    @RestForm
    public String city;
    @RestForm
    public String country;
    @RestForm
    public String subdivision;
    @RestForm
    public String timeZone;
    @RestForm
    public String workdayStart;
    @RestForm
    public String workdayEnd;
    @RestForm
    public boolean defaultVenue;
    @RestForm
    public Long version;

    public static OfficeForm blank() {
        OfficeForm form = new OfficeForm();
        form.workdayStart = "09:00";
        form.workdayEnd = "17:00";
        return form;
    }

    public static OfficeForm of(Office o) {
        OfficeForm form = new OfficeForm();
        form.city = o.city;
        form.country = o.country;
        form.subdivision = o.subdivision;
        form.timeZone = o.timeZone;
        form.workdayStart = o.workdayStart.toString();
        form.workdayEnd = o.workdayEnd.toString();
        form.defaultVenue = o.defaultVenue;
        form.version = o.version;
        return form;
    }

    public OfficeData toData(FieldErrors errors) {
        return new OfficeData(Parse.text(city), Parse.text(country), Parse.text(subdivision), Parse.text(timeZone),
                Parse.time(errors, "workdayStart", workdayStart), Parse.time(errors, "workdayEnd", workdayEnd),
                defaultVenue);
    }
}
