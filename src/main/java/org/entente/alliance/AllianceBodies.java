package org.entente.alliance;

import java.util.List;

/** The governance bodies of an alliance as its page lists them; the body feature provides it. */
public interface AllianceBodies {

    List<Summary> of(Alliance alliance);

    /** One body in the alliance's list. */
    record Summary(long id, String name, String kind, String cadence, int members) {
    }
}
