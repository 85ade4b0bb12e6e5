package org.entente.body;

import org.entente.alliance.Alliance;
import org.entente.alliance.Partner;
import org.entente.alliance.Person;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the body page shows in words: chair, members by partner, cadence summary and policy in plain terms. */
public record BodyView(String chair, List<Side> sides, String cadence, String inPerson, List<String> hosts,
                       String launchHost, List<String> tripCaps) {

    /** The members of one partner organisation. */
    public record Side(String partner, List<Person> members) {
    }

    public static BodyView of(Alliance alliance, GovernanceBody body) {
        Map<Long, Person> people = alliance.partners.stream().flatMap(p -> p.people.stream())
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        Map<Long, String> partnerNames = alliance.partners.stream().collect(Collectors.toMap(p -> p.id, p -> p.name));
        List<Side> sides = alliance.partners.stream()
                .map((Partner p) -> new Side(p.name, p.people.stream().filter(m -> body.memberIds.contains(m.id)).toList()))
                .toList();
        Person chair = body.chairId == null ? null : people.get(body.chairId);
        int total = alliance.partners.stream().mapToInt(p -> body.hostWeights.getOrDefault(p.id, 1)).sum();
        List<String> hosts = alliance.partners.stream().map(p -> {
            int w = body.hostWeights.getOrDefault(p.id, 1);
            return p.name + ": weight " + w + (total > 0 ? " (" + Math.round(100.0 * w / total) + " % of in-person meetings)" : "");
        }).toList();
        List<String> caps = alliance.partners.stream().filter(p -> body.tripCaps.containsKey(p.id))
                .map(p -> p.name + " at most " + body.tripCaps.get(p.id)).toList();
        BigDecimal share = body.policy.inPersonShare.movePointRight(2).stripTrailingZeros();
        return new BodyView(chair == null ? null : chair.name, sides, body.cadence.toData().summary(),
                share.toPlainString() + " %",
                hosts, body.policy.launchHostPartnerId == null ? null : partnerNames.get(body.policy.launchHostPartnerId),
                caps);
    }
}
