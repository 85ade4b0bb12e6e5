package org.entente.body;

import java.util.Set;
import java.util.TreeSet;

/** A governance body in the JSON API, with its cadence and mode policy as in PRODUCT.md's API sketch. */
public record BodyJson(Long id, Long allianceId, String name, BodyKind kind, Long chairId, Set<Long> memberIds,
                       CadenceData cadence, PolicyData policy, Long version) {

    public static BodyJson of(GovernanceBody b) {
        return new BodyJson(b.id, b.allianceId, b.name, b.kind, b.chairId, new TreeSet<>(b.memberIds),
                b.cadence.toData(), b.policyData(), b.version);
    }

    public BodyData toData() {
        return new BodyData(name, kind, chairId, memberIds, cadence, policy);
    }
}
