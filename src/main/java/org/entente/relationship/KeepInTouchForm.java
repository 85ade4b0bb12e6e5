package org.entente.relationship;

import org.entente.web.FieldErrors;
import org.entente.web.Parse;
import org.jboss.resteasy.reactive.RestForm;

/** The keep-in-touch form of a person as the browser sends it; blank months means the stance default. */
public class KeepInTouchForm {

    @RestForm
    public String months;
    @RestForm
    public String ownerId;
    @RestForm
    public Long version;

    public static KeepInTouchForm of(KeepInTouchRow row) {
        KeepInTouchForm form = new KeepInTouchForm();
        form.months = row.ownMonths() == null ? "" : row.ownMonths().toString();
        form.ownerId = row.ownerId() == null ? "" : row.ownerId().toString();
        form.version = row.version();
        return form;
    }

    public KeepInTouchData toData(FieldErrors errors) {
        return new KeepInTouchData(Parse.integer(errors, "months", months), Parse.id(errors, "ownerId", ownerId));
    }
}
