package org.entente.cadence;

import java.util.List;

/** A plan: the meetings in order and its balance report. */
public record PlanResult(List<Meeting> meetings, BalanceReport report) {
}
