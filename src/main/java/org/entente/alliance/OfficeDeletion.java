package org.entente.alliance;

import java.util.List;

/** What deleting an office means, said before it happens. */
final class OfficeDeletion {

    private static final int LISTED = 5;

    private OfficeDeletion() {
    }

    static String consequences(Office office, List<String> upcomingMeetings) {
        StringBuilder text = new StringBuilder();
        boolean only = office.partner.offices.size() == 1;
        if (upcomingMeetings.isEmpty()) {
            text.append("No upcoming meeting takes place there.");
        } else {
            int n = upcomingMeetings.size();
            text.append(n == 1 ? "1 upcoming meeting takes place there: " : n + " upcoming meetings take place there: ")
                    .append(String.join("; ", upcomingMeetings.subList(0, Math.min(LISTED, n))))
                    .append(n > LISTED ? "; and " + (n - LISTED) + " more" : "")
                    .append(". They keep their dates but lose their venue until the plan is made again.");
        }
        if (only) {
            text.append(" It is the only office of ").append(office.partner.name).append(": ")
                    .append(office.partner.name).append(" can host no in-person meeting until it has another office.");
        } else if (office.defaultVenue) {
            text.append(" It is the default venue of ").append(office.partner.name)
                    .append("; another office becomes the default.");
        }
        return text.toString();
    }
}
