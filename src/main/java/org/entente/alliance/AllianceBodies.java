package org.entente.alliance;

import java.util.List;
import java.util.Set;

/** The governance bodies of an alliance as its page and the counterpart map list them; the body feature provides it. */
public interface AllianceBodies {

    /** The alliance's bodies with their member counts, read with a fixed number of statements. */
    List<Summary> of(long allianceId);

    /** Who sits on each body of the alliance: steering committees first, then operating committees, then working groups. */
    List<Layer> layers(long allianceId);

    /** One body in the alliance's list. */
    record Summary(long id, String name, String kind, String cadence, int members) {
    }

    /** One governance layer (a body) and the people who sit on it. */
    record Layer(long id, String name, String kind, Set<Long> memberIds) {
    }
}
