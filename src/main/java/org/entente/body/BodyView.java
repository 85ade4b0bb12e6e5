package org.entente.body;

import org.entente.alliance.AllianceView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the body page shows in words: chair, members by partner, cadence summary and policy in plain terms. */
public record BodyView(String chair, List<Side> sides, String cadence, String inPerson, List<String> hosts,
                       String launchHost, List<String> tripCaps) {

    /** The members of one partner organisation. */
    public record Side(String partner, List<AllianceView.PersonRow> members) {
    }

    /**
     * The body itself for its page and form: {@code policy} is the body's embedded policy values (no associations),
     * kept as they are so that the pages read every policy setting the entity has.
     */
    public record Facts(long id, String name, BodyKind kind, long allianceId, CadenceData cadence, ModePolicy policy) {

        public static Facts of(GovernanceBody body) {
            return new Facts(body.id, body.name, body.kind, body.allianceId, body.cadence.toData(), body.policy);
        }
    }

    /**
     * Someone who may sit on a body of the alliance, with their partner's name, for the body form (a boxed id: the
     * form compares {@code p.id.toString}).
     */
    public record Candidate(Long id, String name, String partner) {

        public static List<Candidate> of(AllianceView alliance) {
            return alliance.partners().stream().flatMap(p -> p.people().stream()
                    .map(person -> new Candidate(person.id(), person.name(), p.name()))).toList();
        }
    }

    /** Reads the alliance's partners and people from {@code alliance} (no statement) and the body's members. */
    public static BodyView of(AllianceView alliance, GovernanceBody body) {
        Map<Long, AllianceView.PersonRow> people = alliance.partners().stream().flatMap(p -> p.people().stream())
                .collect(Collectors.toMap(AllianceView.PersonRow::id, Function.identity()));
        Map<Long, String> partnerNames = alliance.partners().stream()
                .collect(Collectors.toMap(AllianceView.PartnerView::id, AllianceView.PartnerView::name));
        List<Side> sides = alliance.partners().stream()
                .map(p -> new Side(p.name(), p.people().stream().filter(m -> body.memberIds.contains(m.id())).toList()))
                .toList();
        AllianceView.PersonRow chair = body.chairId == null ? null : people.get(body.chairId);
        int total = alliance.partners().stream().mapToInt(p -> body.hostWeights.getOrDefault(p.id(), 1)).sum();
        List<String> hosts = alliance.partners().stream().map(p -> {
            int w = body.hostWeights.getOrDefault(p.id(), 1);
            return p.name() + ": weight " + w
                    + (total > 0 ? " (" + Math.round(100.0 * w / total) + " % of in-person meetings)" : "");
        }).toList();
        List<String> caps = alliance.partners().stream().filter(p -> body.tripCaps.containsKey(p.id()))
                .map(p -> p.name() + " at most " + body.tripCaps.get(p.id())).toList();
        BigDecimal share = body.policy.inPersonShare.movePointRight(2).stripTrailingZeros();
        return new BodyView(chair == null ? null : chair.name(), sides, body.cadence.toData().summary(),
                share.toPlainString() + " %",
                hosts, body.policy.launchHostPartnerId == null ? null : partnerNames.get(body.policy.launchHostPartnerId),
                caps);
    }
}
