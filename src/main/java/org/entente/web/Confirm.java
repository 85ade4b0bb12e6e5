package org.entente.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The page that asks before anything is deleted, saying what goes with it. */
public final class Confirm {

    private Confirm() {
    }

    @CheckedTemplate(basePath = "Confirm")
    static class Templates {
        static native TemplateInstance delete(String what, String consequences, String action, String cancel);
    }

    public static TemplateInstance delete(String what, String consequences, String action, String cancel) {
        return Templates.delete(what, consequences, action, cancel);
    }
}
