package org.entente.body;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.entente.web.FieldErrors;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A body's mode policy: the share of meetings where people travel, how in-person meetings are spread over the
 * partners (host weights keyed by partner id, equal when empty), and the limits the planner must keep. The launch is in person unless said otherwise.
 * {@code tripsPerPartnerPerYear} caps every partner's trips; {@code tripCaps} (keyed by partner id) overrides it per partner.
 */
public record PolicyData(
        @NotNull(message = "In-person share is required")
        @DecimalMin(value = "0", message = "The share is between 0 and 1 (0 % and 100 %)")
        @DecimalMax(value = "1", message = "The share is between 0 and 1 (0 % and 100 %)") BigDecimal inPersonShare,
        Boolean hybridAllowed,
        Map<Long, Integer> hostWeights,
        @Min(value = 1, message = "Must be at least 1") @Max(value = 52, message = "Must be at most 52") Integer maxVideoInARow,
        @Min(value = 0, message = "Must be 0 or more") @Max(value = 52, message = "Must be at most 52") Integer tripsPerPartnerPerYear,
        @Min(value = 1, message = "Must be at least 1") @Max(value = 52, message = "Must be at most 52") Integer dinnerEvery,
        Boolean launchInPerson,
        Long launchHostPartnerId,
        Map<Long, Integer> tripCaps) {

    public PolicyData {
        hostWeights = hostWeights == null ? Map.of() : Map.copyOf(hostWeights);
        tripCaps = tripCaps == null ? Map.of() : tripCaps.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        hybridAllowed = hybridAllowed != null && hybridAllowed;
        launchInPerson = launchInPerson == null || launchInPerson;
    }

    /** A policy without per-partner trip caps. */
    public PolicyData(BigDecimal inPersonShare, Boolean hybridAllowed, Map<Long, Integer> hostWeights,
                      Integer maxVideoInARow, Integer tripsPerPartnerPerYear, Integer dinnerEvery,
                      Boolean launchInPerson, Long launchHostPartnerId) {
        this(inPersonShare, hybridAllowed, hostWeights, maxVideoInARow, tripsPerPartnerPerYear, dinnerEvery,
                launchInPerson, launchHostPartnerId, Map.of());
    }

    /**
     * Host weights are whole numbers from 0 to 100, for partners of this alliance, and not all zero; trip caps
     * name partners of this alliance and are whole numbers from 0 to 52.
     */
    public void check(FieldErrors errors, java.util.Set<Long> partnerIds) {
        for (Map.Entry<Long, Integer> w : hostWeights.entrySet()) {
            if (!partnerIds.contains(w.getKey())) {
                errors.add("policy.hostWeights", "Host weights may only name partners of this alliance");
            } else if (w.getValue() == null || w.getValue() < 0 || w.getValue() > 100) {
                errors.add("policy.hostWeights", "Each host weight is a whole number from 0 to 100");
            }
        }
        if (!hostWeights.isEmpty() && hostWeights.values().stream().allMatch(v -> v != null && v == 0)) {
            errors.add("policy.hostWeights", "At least one partner must be able to host");
        }
        for (Map.Entry<Long, Integer> cap : tripCaps.entrySet()) {
            if (!partnerIds.contains(cap.getKey())) {
                errors.add("policy.tripCaps", "Trip caps may only name partners of this alliance");
            } else if (cap.getValue() < 0 || cap.getValue() > 52) {
                errors.add("policy.tripCaps", "Each trip cap is a whole number from 0 to 52");
            }
        }
        if (launchHostPartnerId != null && !partnerIds.contains(launchHostPartnerId)) {
            errors.add("policy.launchHostPartnerId", "The launch host must be a partner of this alliance");
        }
    }
}
