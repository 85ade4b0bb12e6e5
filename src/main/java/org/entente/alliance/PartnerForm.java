package org.entente.alliance;

import org.entente.web.Parse;
import org.jboss.resteasy.reactive.RestForm;

/** The partner organisation form as the browser sends it. */
public class PartnerForm {

    @RestForm
    public String name;
    @RestForm
    public boolean ours;
    @RestForm
    public Long version;

    public static PartnerForm of(Partner p) {
        PartnerForm form = new PartnerForm();
        form.name = p.name;
        form.ours = p.ours;
        form.version = p.version;
        return form;
    }

    public PartnerData toData() {
        return new PartnerData(Parse.text(name), ours);
    }
}
