package org.entente.body;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.entente.platform.IdentityEntity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A steering committee, operating committee or working group of one alliance, with its cadence and mode policy. */
@Entity
@Table(name = "governance_body")
public class GovernanceBody extends IdentityEntity {

    @Column(name = "alliance_id")
    public Long allianceId;
    public String name;
    @Enumerated(EnumType.STRING)
    public BodyKind kind;
    @Column(name = "chair_id")
    public Long chairId;
    @Embedded
    public Cadence cadence = new Cadence();
    @Embedded
    public ModePolicy policy = new ModePolicy();
    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "body_member", joinColumns = @JoinColumn(name = "body_id"))
    @Column(name = "person_id")
    public Set<Long> memberIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "body_host_weight", joinColumns = @JoinColumn(name = "body_id"))
    @MapKeyColumn(name = "partner_id")
    @Column(name = "weight")
    public Map<Long, Integer> hostWeights = new HashMap<>();

    /** Trips per calendar year per partner id, overriding {@code policy.tripsPerPartnerPerYear} for those named. */
    @ElementCollection
    @CollectionTable(name = "body_trip_cap", joinColumns = @JoinColumn(name = "body_id"))
    @MapKeyColumn(name = "partner_id")
    @Column(name = "trips")
    public Map<Long, Integer> tripCaps = new HashMap<>();

    public static List<GovernanceBody> ofAlliance(long allianceId) {
        return list("allianceId = ?1 order by kind, name", allianceId);
    }

    /** The alliance's bodies with their member ids, in one statement (a page listing members reads no more). */
    public static List<GovernanceBody> withMembers(long allianceId) {
        return list("select distinct b from GovernanceBody b left join fetch b.memberIds where b.allianceId = ?1 "
                + "order by b.kind, b.name", allianceId);
    }

    public static boolean nameTaken(long allianceId, String name, Long exceptId) {
        return count("allianceId = ?1 and lower(name) = lower(?2) and id <> ?3",
                allianceId, name, exceptId == null ? -1L : exceptId) > 0;
    }

    void apply(BodyData d) {
        name = d.name();
        kind = d.kind();
        chairId = d.chairId();
        memberIds.clear();
        memberIds.addAll(d.memberIds());
        if (d.chairId() != null) {
            memberIds.add(d.chairId());
        }
        cadence.apply(d.cadence());
        PolicyData p = d.policy();
        policy.inPersonShare = p.inPersonShare();
        policy.hybridAllowed = p.hybridAllowed();
        policy.maxVideoInARow = p.maxVideoInARow();
        policy.tripsPerPartnerPerYear = p.tripsPerPartnerPerYear();
        policy.dinnerEvery = p.dinnerEvery();
        policy.launchInPerson = p.launchInPerson();
        policy.launchHostPartnerId = p.launchHostPartnerId();
        hostWeights.clear();
        hostWeights.putAll(p.hostWeights());
        tripCaps.clear();
        tripCaps.putAll(p.tripCaps());
    }

    public PolicyData policyData() {
        return new PolicyData(policy.inPersonShare, policy.hybridAllowed, Map.copyOf(hostWeights),
                policy.maxVideoInARow, policy.tripsPerPartnerPerYear, policy.dinnerEvery, policy.launchInPerson,
                policy.launchHostPartnerId, Map.copyOf(tripCaps));
    }
}
