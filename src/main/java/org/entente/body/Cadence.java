package org.entente.body;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** The stored cadence of a body (see {@link CadenceData} for its meaning). */
@Embeddable
public class Cadence {

    @Column(name = "cadence_every")
    public int every;
    @Enumerated(EnumType.STRING)
    @Column(name = "cadence_unit")
    public CadenceUnit unit;
    @Enumerated(EnumType.STRING)
    @Column(name = "cadence_weekday")
    public DayOfWeek weekday;
    @Column(name = "cadence_week_of_month")
    public Integer weekOfMonth;
    public LocalDate firstDate;
    @Column(name = "meeting_count")
    public Integer count;
    @Column(name = "until_date")
    public LocalDate until;
    public LocalTime localTime;
    public int durationMinutes;
    public String timeZone;

    public CadenceData toData() {
        return new CadenceData(every, unit, weekday, weekOfMonth, firstDate, count, until, localTime, durationMinutes,
                timeZone);
    }

    void apply(CadenceData d) {
        every = d.every();
        unit = d.unit();
        weekday = d.unit() == CadenceUnit.MONTHS ? d.weekday() : null;
        weekOfMonth = d.unit() == CadenceUnit.MONTHS ? d.weekOfMonth() : null;
        firstDate = d.firstDate();
        count = d.count();
        until = d.until();
        localTime = d.localTime();
        durationMinutes = d.durationMinutes();
        timeZone = d.timeZone();
    }
}
