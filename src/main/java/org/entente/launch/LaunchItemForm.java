package org.entente.launch;

import org.entente.web.FieldErrors;
import org.entente.web.Parse;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;

/** The checklist item form as the browser sends it. */
public class LaunchItemForm {

    @RestForm
    public String title;
    @RestForm
    public String ownerId;
    @RestForm
    public String dueDate;
    @RestForm
    public Long version;

    public static LaunchItemForm blank() {
        return new LaunchItemForm();
    }

    public static LaunchItemForm of(LaunchItem item, LocalDate launchDate) {
        LaunchItemForm form = new LaunchItemForm();
        form.title = item.title;
        form.ownerId = item.ownerId == null ? "" : item.ownerId.toString();
        LocalDate due = item.due(launchDate);
        form.dueDate = due == null ? "" : due.toString();
        form.version = item.version;
        return form;
    }

    public LaunchItemData toData(FieldErrors errors) {
        return new LaunchItemData(Parse.text(title), Parse.id(errors, "ownerId", ownerId),
                Parse.date(errors, "dueDate", dueDate), null);
    }
}
