package org.entente.alliance;

import org.entente.web.FieldErrors;
import org.entente.web.Parse;
import org.jboss.resteasy.reactive.RestForm;

/** The alliance form as the browser sends it: text kept as typed so that a form with errors shows it again. */
public class AllianceForm {

    @RestForm
    public String name;
    @RestForm
    public String purpose;
    @RestForm
    public String status;
    @RestForm
    public String launchDate;
    @RestForm
    public Long version;

    public static AllianceForm blank() {
        AllianceForm form = new AllianceForm();
        form.status = AllianceStatus.FORMING.name();
        return form;
    }

    public static AllianceForm of(Alliance a) {
        AllianceForm form = new AllianceForm();
        form.name = a.name;
        form.purpose = a.purpose;
        form.status = a.status.name();
        form.launchDate = a.launchDate == null ? "" : a.launchDate.toString();
        form.version = a.version;
        return form;
    }

    public AllianceData toData(FieldErrors errors) {
        return new AllianceData(Parse.text(name), Parse.text(purpose),
                Parse.choice(errors, "status", status, AllianceStatus.class),
                Parse.date(errors, "launchDate", launchDate));
    }
}
