package org.entente.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceService;
import org.entente.alliance.Office;
import org.entente.platform.RetryOnDeadlock;
import org.entente.web.FieldErrors;
import org.entente.web.Found;
import org.entente.web.InputCheck;

import java.util.List;

/** Keeps an alliance's blackout periods and its offices' extra days off: valid ranges, offices of this alliance. */
@ApplicationScoped
@RetryOnDeadlock
public class DaysOffService {

    private final InputCheck inputs;
    private final AllianceService alliances;

    public DaysOffService(InputCheck inputs, AllianceService alliances) {
        this.inputs = inputs;
        this.alliances = alliances;
    }

    public List<BlackoutPeriod> blackouts(long allianceId) {
        alliances.get(allianceId);
        return BlackoutPeriod.ofAlliance(allianceId);
    }

    public List<OfficeDayOff> officeDaysOff(long allianceId) {
        return OfficeDayOff.ofOffices(officeIds(alliances.get(allianceId)));
    }

    @Transactional
    public BlackoutPeriod addBlackout(long allianceId, BlackoutData data) {
        alliances.get(allianceId);
        FieldErrors errors = inputs.validate(data);
        data.check(errors);
        errors.throwIfAny();
        BlackoutPeriod b = new BlackoutPeriod();
        b.allianceId = allianceId;
        b.firstDay = data.from();
        b.lastDay = data.to();
        b.name = data.name().strip();
        b.persistAndFlush();
        return b;
    }

    /** Deletes the period; returns its alliance's id. */
    @Transactional
    public long deleteBlackout(long id) {
        BlackoutPeriod b = blackout(id);
        b.delete();
        return b.allianceId;
    }

    @Transactional
    public OfficeDayOff addOfficeDayOff(long allianceId, OfficeDayOffData data) {
        Alliance alliance = alliances.get(allianceId);
        FieldErrors errors = inputs.validate(data);
        if (data.officeId() != null && !officeIds(alliance).contains(data.officeId())) {
            errors.add("officeId", "Choose an office of this alliance");
        }
        if (errors.isEmpty() && OfficeDayOff.count("officeId = ?1 and offDate = ?2", data.officeId(), data.date()) > 0) {
            errors.conflict("date", "This office already has a day off on this date");
        }
        errors.throwIfAny();
        OfficeDayOff d = new OfficeDayOff();
        d.officeId = data.officeId();
        d.offDate = data.date();
        d.name = data.name().strip();
        d.persistAndFlush();
        return d;
    }

    /** Deletes the day off; returns its alliance's id. */
    @Transactional
    public long deleteOfficeDayOff(long id) {
        OfficeDayOff d = officeDayOff(id);
        long allianceId = allianceOf(d);
        d.delete();
        return allianceId;
    }

    public long allianceOf(OfficeDayOff d) {
        Office office = Office.findById(d.officeId);
        return office.partner.alliance.id;
    }

    public BlackoutPeriod blackout(long id) {
        return Found.orNotFound(BlackoutPeriod.findById(id), "blackout", id);
    }

    public OfficeDayOff officeDayOff(long id) {
        return Found.orNotFound(OfficeDayOff.findById(id), "office day off", id);
    }

    static List<Long> officeIds(Alliance alliance) {
        return Office.ofAlliance(alliance.id).stream().map(o -> o.id).toList();
    }
}
