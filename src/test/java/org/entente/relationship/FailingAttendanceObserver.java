package org.entente.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.entente.alliance.MeetingAttendance;

/** A second observer, in tests only, that fails for bodies named with {@link #PREFIX}: the whole edit must roll back. */
@ApplicationScoped
public class FailingAttendanceObserver {

    static final String PREFIX = "Failing observer ";

    void onAttendance(@Observes MeetingAttendance meeting) {
        if (meeting.title().startsWith(PREFIX)) {
            throw new IllegalStateException("observer failed on purpose");
        }
    }
}
