package org.entente.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceBodies;
import org.entente.alliance.AllianceService;
import org.entente.alliance.Person;
import org.entente.relationship.CounterpartMap.Layer;
import org.entente.relationship.CounterpartMap.Match;
import org.entente.relationship.CounterpartMap.Member;
import org.entente.relationship.CounterpartMap.Pair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the counterpart map of an alliance from its bodies' membership and the keep-in-touch owners. */
@ApplicationScoped
public class CounterpartViews {

    private static final Comparator<Member> OURS_FIRST = Comparator.comparing((Member m) -> !m.ours())
            .thenComparing(Member::name);

    private final AllianceService alliances;
    private final AllianceBodies bodies;

    public CounterpartViews(AllianceService alliances, AllianceBodies bodies) {
        this.alliances = alliances;
        this.bodies = bodies;
    }

    public CounterpartMap map(long allianceId) {
        Alliance alliance = alliances.get(allianceId);
        List<AllianceBodies.Layer> layers = bodies.layers(allianceId);
        Map<Long, Person> people = Person.<Person>find("from Person p join fetch p.partner where p.partner.alliance.id = ?1",
                allianceId).list().stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        Map<Long, List<String>> layersOf = new HashMap<>();
        layers.forEach(l -> l.memberIds().stream().filter(people::containsKey)
                .forEach(id -> layersOf.computeIfAbsent(id, x -> new ArrayList<>()).add(l.name())));
        Map<Long, Member> members = new HashMap<>();
        people.values().forEach(p -> members.put(p.id, member(p, layersOf.getOrDefault(p.id, List.of()))));
        Map<Long, KeepInTouch> settings = people.isEmpty() ? Map.of()
                : KeepInTouch.<KeepInTouch>list("personId in ?1", people.keySet()).stream()
                        .collect(Collectors.toMap(k -> k.personId, Function.identity()));
        List<Layer> mapped = layers.stream().map(l -> layer(l, members, settings)).toList();
        List<Member> several = members.values().stream().filter(Member::inSeveralLayers).sorted(OURS_FIRST).toList();
        return new CounterpartMap(alliance.id, alliance.name, people.values().stream().anyMatch(p -> p.partner.ours),
                mapped, several);
    }

    private static Layer layer(AllianceBodies.Layer layer, Map<Long, Member> members, Map<Long, KeepInTouch> settings) {
        List<Member> seated = layer.memberIds().stream().map(members::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Member::name)).toList();
        List<Member> ours = seated.stream().filter(Member::ours).toList();
        Set<Long> ourIds = ours.stream().map(Member::personId).collect(Collectors.toSet());
        List<Pair> pairs = seated.stream().filter(m -> !m.ours()).map(theirs -> {
            KeepInTouch k = settings.get(theirs.personId());
            Member owner = k == null || k.ownerId == null ? null : members.get(k.ownerId);
            Match match = owner == null ? Match.NO_COUNTERPART
                    : ourIds.contains(owner.personId()) ? Match.PAIRED : Match.OWNER_NOT_IN_LAYER;
            return new Pair(theirs, owner, match, match == Match.PAIRED ? List.of() : ours, k == null ? 0 : k.version);
        }).toList();
        Set<Long> paired = pairs.stream().filter(p -> p.match() == Match.PAIRED)
                .map(p -> p.counterpart().personId()).collect(Collectors.toSet());
        List<Member> unpaired = ours.stream().filter(m -> !paired.contains(m.personId())).toList();
        return new Layer(layer.id(), layer.name(), layer.kind(), pairs, ours, unpaired);
    }

    private static Member member(Person p, List<String> layers) {
        return new Member(p.id, p.name, p.partner.name, p.partner.ours, List.copyOf(layers), layers.size() > 1);
    }
}
