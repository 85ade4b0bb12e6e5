package org.entente.plan;

import org.entente.web.Parse;
import org.jboss.resteasy.reactive.RestForm;

/** The ice-breaker form as the browser sends it. */
public class IcebreakerForm {

    @RestForm
    public String question;
    @RestForm
    public Long version;

    public static IcebreakerForm blank() {
        return new IcebreakerForm();
    }

    public static IcebreakerForm of(Icebreaker i) {
        IcebreakerForm form = new IcebreakerForm();
        form.question = i.question;
        form.version = i.version;
        return form;
    }

    public IcebreakerData toData() {
        return new IcebreakerData(Parse.text(question), null);
    }
}
