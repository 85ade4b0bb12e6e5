package org.entente.relationship;

import org.entente.alliance.Stance;
import org.entente.web.FieldErrors;
import org.entente.web.Parse;
import org.jboss.resteasy.reactive.RestForm;

import java.util.EnumMap;
import java.util.Map;

/** An alliance's keep-in-touch cadence per stance as the browser sends it; fields are named by stance. */
public class KeepInTouchDefaultsForm {

    @RestForm("DECISION_MAKER")
    public String decisionMaker;
    @RestForm("SKEPTIC")
    public String skeptic;
    @RestForm("TRAILBLAZER")
    public String trailblazer;
    @RestForm("UNKNOWN")
    public String unknown;

    public static KeepInTouchDefaultsForm of(KeepInTouchDashboard dashboard) {
        KeepInTouchDefaultsForm form = new KeepInTouchDefaultsForm();
        Map<String, String> months = new java.util.HashMap<>();
        dashboard.defaults().forEach(d -> months.put(d.stance(), String.valueOf(d.months())));
        form.decisionMaker = months.get("DECISION_MAKER");
        form.skeptic = months.get("SKEPTIC");
        form.trailblazer = months.get("TRAILBLAZER");
        form.unknown = months.get("UNKNOWN");
        return form;
    }

    /** The text typed for a stance, for the template. */
    public String value(String stance) {
        return texts().get(Stance.valueOf(stance));
    }

    public Map<Stance, Integer> toMonths(FieldErrors errors) {
        Map<Stance, Integer> months = new EnumMap<>(Stance.class);
        texts().forEach((stance, text) -> months.put(stance, Parse.integer(errors, stance.name(), text)));
        return months;
    }

    private Map<Stance, String> texts() {
        Map<Stance, String> texts = new EnumMap<>(Stance.class);
        texts.put(Stance.DECISION_MAKER, decisionMaker);
        texts.put(Stance.SKEPTIC, skeptic);
        texts.put(Stance.TRAILBLAZER, trailblazer);
        texts.put(Stance.UNKNOWN, unknown);
        return texts;
    }
}
