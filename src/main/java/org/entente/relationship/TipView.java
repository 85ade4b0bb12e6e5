package org.entente.relationship;

import org.entente.alliance.Stance;

/** A tip of the library as its pages show it. */
public record TipView(long id, String text, Stance stance, long version) {

    static TipView of(Tip t) {
        return new TipView(t.id, t.text, t.stance, t.version);
    }
}
