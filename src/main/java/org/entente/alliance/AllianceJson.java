package org.entente.alliance;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/** An alliance in the JSON API; {@code partners} is filled when one alliance is read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllianceJson(Long id, String name, String purpose, AllianceStatus status, LocalDate launchDate,
                           Long version, List<PartnerJson> partners) {

    public static AllianceJson summary(Alliance a) {
        return new AllianceJson(a.id, a.name, a.purpose, a.status, a.launchDate, a.version, null);
    }

    public static AllianceJson full(Alliance a) {
        return new AllianceJson(a.id, a.name, a.purpose, a.status, a.launchDate, a.version,
                a.partners.stream().map(PartnerJson::full).toList());
    }

    public AllianceData toData() {
        return new AllianceData(name, purpose, status == null ? AllianceStatus.FORMING : status, launchDate);
    }
}
