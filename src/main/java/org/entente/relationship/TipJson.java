package org.entente.relationship;

import org.entente.alliance.Stance;

/** A tip in the JSON API. */
public record TipJson(Long id, String text, Stance stance, Long version) {

    public static TipJson of(Tip t) {
        return new TipJson(t.id, t.text, t.stance, t.version);
    }

    public TipData toData() {
        return new TipData(text, stance);
    }
}
