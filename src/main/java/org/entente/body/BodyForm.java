package org.entente.body;

import org.entente.web.FieldErrors;
import org.entente.web.Parse;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The governance body form as the browser sends it; field names are the JSON paths so errors line up. */
public class BodyForm {

    @RestForm
    public String name;
    @RestForm
    public String kind;
    @RestForm
    public String chairId;
    @RestForm
    public List<String> memberIds = new ArrayList<>();
    @RestForm("cadence.every")
    public String every;
    @RestForm("cadence.unit")
    public String unit;
    @RestForm("cadence.weekday")
    public String weekday;
    @RestForm("cadence.weekOfMonth")
    public String weekOfMonth;
    @RestForm("cadence.firstDate")
    public String firstDate;
    @RestForm("cadence.count")
    public String count;
    @RestForm("cadence.until")
    public String until;
    @RestForm("cadence.localTime")
    public String localTime;
    @RestForm("cadence.durationMinutes")
    public String durationMinutes;
    @RestForm("cadence.timeZone")
    public String timeZone;
    @RestForm("policy.inPersonShare")
    public String inPersonPercent;
    @RestForm("policy.hybridAllowed")
    public boolean hybridAllowed;
    @RestForm("policy.maxVideoInARow")
    public String maxVideoInARow;
    @RestForm("policy.tripsPerPartnerPerYear")
    public String tripsPerPartnerPerYear;
    @RestForm("policy.dinnerEvery")
    public String dinnerEvery;
    @RestForm("policy.launchInPerson")
    public boolean launchInPerson;
    @RestForm("policy.launchHostPartnerId")
    public String launchHostPartnerId;
    /** Host weights as pairs: the partner ids and, in the same order, their weights. */
    @RestForm("hostPartner")
    public List<String> hostPartners = new ArrayList<>();
    @RestForm("hostWeight")
    public List<String> hostWeights = new ArrayList<>();
    /** Trip caps as pairs: the partner ids and, in the same order, their caps (empty = the default above). */
    @RestForm("tripCapPartner")
    public List<String> tripCapPartners = new ArrayList<>();
    @RestForm("tripCap")
    public List<String> tripCaps = new ArrayList<>();
    @RestForm
    public Long version;

    /** A new body: every six weeks, 90 minutes at 15:00, half in person, a dinner every second trip. */
    public static BodyForm blank(String timeZone, java.time.LocalDate firstDate) {
        BodyForm f = new BodyForm();
        f.kind = BodyKind.STEERING_COMMITTEE.name();
        f.every = "6";
        f.unit = CadenceUnit.WEEKS.name();
        f.weekday = DayOfWeek.TUESDAY.name();
        f.weekOfMonth = "2";
        f.firstDate = firstDate.toString();
        f.count = "12";
        f.localTime = "15:00";
        f.durationMinutes = "90";
        f.timeZone = timeZone;
        f.inPersonPercent = "50";
        f.maxVideoInARow = "2";
        f.dinnerEvery = "2";
        f.launchInPerson = true;
        return f;
    }

    public static BodyForm of(GovernanceBody b) {
        BodyForm f = new BodyForm();
        CadenceData c = b.cadence.toData();
        f.name = b.name;
        f.kind = b.kind.name();
        f.chairId = text(b.chairId);
        b.memberIds.forEach(id -> f.memberIds.add(id.toString()));
        f.every = text(c.every());
        f.unit = c.unit().name();
        f.weekday = c.weekday() == null ? DayOfWeek.TUESDAY.name() : c.weekday().name();
        f.weekOfMonth = c.weekOfMonth() == null ? "2" : c.weekOfMonth().toString();
        f.firstDate = text(c.firstDate());
        f.count = text(c.count());
        f.until = text(c.until());
        f.localTime = c.localTime().toString();
        f.durationMinutes = text(c.durationMinutes());
        f.timeZone = c.timeZone();
        f.inPersonPercent = b.policy.inPersonShare.movePointRight(2).stripTrailingZeros().toPlainString();
        f.hybridAllowed = b.policy.hybridAllowed;
        f.maxVideoInARow = text(b.policy.maxVideoInARow);
        f.tripsPerPartnerPerYear = text(b.policy.tripsPerPartnerPerYear);
        f.dinnerEvery = text(b.policy.dinnerEvery);
        f.launchInPerson = b.policy.launchInPerson;
        f.launchHostPartnerId = text(b.policy.launchHostPartnerId);
        b.hostWeights.forEach((partner, weight) -> {
            f.hostPartners.add(partner.toString());
            f.hostWeights.add(weight.toString());
        });
        b.tripCaps.forEach((partner, cap) -> {
            f.tripCapPartners.add(partner.toString());
            f.tripCaps.add(cap.toString());
        });
        f.version = b.version;
        return f;
    }

    /** The weight typed for a partner, or 1 (equal weights) when none was given. */
    public String weightOf(Long partnerId) {
        int i = hostPartners.indexOf(partnerId.toString());
        return i >= 0 && i < hostWeights.size() ? hostWeights.get(i) : "1";
    }

    /** The trip cap typed for a partner, or empty (the default cap) when none was given. */
    public String capOf(Long partnerId) {
        int i = tripCapPartners.indexOf(partnerId.toString());
        return i >= 0 && i < tripCaps.size() ? tripCaps.get(i) : "";
    }

    public boolean isMember(Long personId) {
        return memberIds.contains(personId.toString());
    }

    public BodyData toData(FieldErrors errors) {
        Set<Long> members = new HashSet<>();
        memberIds.forEach(m -> members.add(Parse.id(errors, "memberIds", m)));
        members.remove(null);
        CadenceUnit u = Parse.choice(errors, "cadence.unit", unit, CadenceUnit.class);
        boolean monthly = u == CadenceUnit.MONTHS;
        CadenceData cadence = new CadenceData(Parse.integer(errors, "cadence.every", every), u,
                monthly ? Parse.choice(errors, "cadence.weekday", weekday, DayOfWeek.class) : null,
                monthly ? Parse.integer(errors, "cadence.weekOfMonth", weekOfMonth) : null,
                Parse.date(errors, "cadence.firstDate", firstDate), Parse.integer(errors, "cadence.count", count),
                Parse.date(errors, "cadence.until", until), Parse.time(errors, "cadence.localTime", localTime),
                Parse.integer(errors, "cadence.durationMinutes", durationMinutes), Parse.text(timeZone));
        BigDecimal percent = Parse.decimal(errors, "policy.inPersonShare", inPersonPercent);
        Map<Long, Integer> weights = new HashMap<>();
        for (int i = 0; i < hostPartners.size() && i < hostWeights.size(); i++) {
            Long partner = Parse.id(errors, "policy.hostWeights", hostPartners.get(i));
            Integer weight = Parse.integer(errors, "policy.hostWeights", hostWeights.get(i));
            if (partner != null && weight != null) {
                weights.put(partner, weight);
            }
        }
        Map<Long, Integer> caps = new HashMap<>();
        for (int i = 0; i < tripCapPartners.size() && i < tripCaps.size(); i++) {
            Long partner = Parse.id(errors, "policy.tripCaps", tripCapPartners.get(i));
            Integer cap = Parse.integer(errors, "policy.tripCaps", tripCaps.get(i));
            if (partner != null && cap != null) {
                caps.put(partner, cap);
            }
        }
        PolicyData policy = new PolicyData(
                percent == null ? null : percent.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP),
                hybridAllowed, weights, Parse.integer(errors, "policy.maxVideoInARow", maxVideoInARow),
                Parse.integer(errors, "policy.tripsPerPartnerPerYear", tripsPerPartnerPerYear),
                Parse.integer(errors, "policy.dinnerEvery", dinnerEvery), launchInPerson,
                Parse.id(errors, "policy.launchHostPartnerId", launchHostPartnerId), caps);
        return new BodyData(Parse.text(name), Parse.choice(errors, "kind", kind, BodyKind.class),
                Parse.id(errors, "chairId", chairId), members, cadence, policy);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
