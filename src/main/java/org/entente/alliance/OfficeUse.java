package org.entente.alliance;

import java.util.List;

/**
 * What still uses an office, asked before it is deleted. The alliance feature knows no plans; the plan feature
 * answers (plans depend on alliances, not the other way round).
 */
public interface OfficeUse {

    /** The upcoming planned or confirmed meetings of current plans at this office, soonest first, as shown. */
    List<String> upcomingMeetingsAt(long officeId);
}
