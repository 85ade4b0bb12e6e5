package org.entente.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.entente.cadence.Mode;
import org.entente.platform.IdentityEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One planned occurrence of a body's meeting in one plan version; its uid stays the same across versions. */
@Entity
@Table(name = "meeting")
public class Meeting extends IdentityEntity {

    public Long planId;
    public Long bodyId;
    public String uid;
    @Column(name = "sequence_no")
    public int sequence;
    public LocalDateTime startUtc;
    public LocalDateTime endUtc;
    public String timeZone;
    @Enumerated(EnumType.STRING)
    public Mode mode;
    public Long hostPartnerId;
    public Long officeId;
    public boolean launch;
    public boolean dinner;
    public boolean socialStart;
    public boolean locked;
    @Enumerated(EnumType.STRING)
    public MeetingStatus status;
    public String icebreaker;
    public String videoLink;
    public String venueAddress;
    public LocalDate movedFrom;
    public String movedReason;
    public boolean inconvenientSlot;
    public boolean changed;
    public int revision;
    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "person_id")
    public Set<Long> attendeeIds = new HashSet<>();

    public static List<Meeting> ofPlan(long planId) {
        return list("planId = ?1 order by sequence", planId);
    }

    /** The meetings of several plans, by plan id and in sequence, in one query whatever their number. */
    public static Map<Long, List<Meeting>> ofPlans(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        List<Meeting> found = list("planId in ?1 order by planId, sequence", planIds);
        return found.stream().collect(Collectors.groupingBy(m -> m.planId, LinkedHashMap::new, Collectors.toList()));
    }

    public ZonedDateTime start() {
        return startUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.of(timeZone));
    }

    public ZonedDateTime end() {
        return endUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.of(timeZone));
    }

    public void setTimes(ZonedDateTime start, ZonedDateTime end) {
        timeZone = start.getZone().getId();
        startUtc = start.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        endUtc = end.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** Whether a re-plan must leave this meeting as it is. */
    public boolean fixed() {
        return locked || status != MeetingStatus.PLANNED;
    }
}
