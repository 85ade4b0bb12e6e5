package org.entente.launch;

/** The items every launch needs, due a number of days before the launch date. */
public enum StandardItem {
    ALLIANCE_CHARTER("Alliance charter", 42),
    GOVERNANCE_CHARTER("Governance charter", 35),
    DECISION_RIGHTS("Decision rights", 35),
    ESCALATION_PATH("Escalation path", 28),
    COMMUNICATION_PLAN("Communication plan", 28),
    JOINT_SCORECARD("Joint scorecard", 21),
    DINNER_BOOKED("Dinner booked", 14),
    BRIEFING_BOOK("Briefing book", 7);

    public final String title;
    public final int daysBefore;

    StandardItem(String title, int daysBefore) {
        this.title = title;
        this.daysBefore = daysBefore;
    }

    /** One governance charter per body; every other item once per alliance. */
    boolean perBody() {
        return this == GOVERNANCE_CHARTER;
    }
}
