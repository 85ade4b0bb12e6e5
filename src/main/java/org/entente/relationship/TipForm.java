package org.entente.relationship;

import org.entente.alliance.Stance;
import org.entente.web.FieldErrors;
import org.entente.web.Parse;
import org.jboss.resteasy.reactive.RestForm;

/** The tip form as the browser sends it. */
public class TipForm {

    @RestForm
    public String text;
    @RestForm
    public String stance;
    @RestForm
    public Long version;

    public static TipForm blank() {
        return new TipForm();
    }

    public static TipForm of(Tip tip) {
        TipForm form = new TipForm();
        form.text = tip.text;
        form.stance = tip.stance == null ? "" : tip.stance.name();
        form.version = tip.version;
        return form;
    }

    public TipData toData(FieldErrors errors) {
        return new TipData(Parse.text(text), Parse.choice(errors, "stance", stance, Stance.class));
    }
}
