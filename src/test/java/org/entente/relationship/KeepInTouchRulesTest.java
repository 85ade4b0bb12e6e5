package org.entente.relationship;

import org.entente.alliance.Stance;
import org.entente.relationship.KeepInTouchClock.Due;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeepInTouchRulesTest {

    private static final LocalDate ADDED = LocalDate.of(2026, 1, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @Test
    void withoutAnyInteractionTheClockCountsFromWhenThePersonWasAdded() {
        Due due = KeepInTouchClock.dueFrom(ADDED, 6, TODAY);

        assertThat(due.countedFrom()).isEqualTo(ADDED);
        assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(due.daysLeft()).isEqualTo(-53);
        assertThat(due.status()).isEqualTo(KeepInTouchStatus.OVERDUE);
    }

    @ParameterizedTest
    @CsvSource({"DECISION_MAKER, 3", "SKEPTIC, 3", "TRAILBLAZER, 6", "UNKNOWN, 6"})
    void eachStanceHasABuiltInDefault(Stance stance, int months) {
        assertThat(KeepInTouchClock.builtInMonths(stance)).isEqualTo(months);
        assertThat(KeepInTouchClock.months(null, stance, Map.of())).isEqualTo(months);
    }

    @Test
    void theAlliancesDefaultReplacesTheBuiltInOneForItsStanceOnly() {
        Map<Stance, Integer> defaults = Map.of(Stance.SKEPTIC, 2);

        assertThat(KeepInTouchClock.months(null, Stance.SKEPTIC, defaults)).isEqualTo(2);
        assertThat(KeepInTouchClock.months(null, Stance.DECISION_MAKER, defaults)).isEqualTo(3);
    }

    @Test
    void aCustomCadenceWinsOverEveryDefault() {
        assertThat(KeepInTouchClock.months(12, Stance.SKEPTIC, Map.of(Stance.SKEPTIC, 2))).isEqualTo(12);
        Due due = KeepInTouchClock.dueFrom(LocalDate.of(2026, 1, 31), 1, TODAY);
        assertThat(due.dueDate()).as("a month after the 31st is the last day of the next month")
                .isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @ParameterizedTest
    @CsvSource({"-1, OVERDUE", "0, DUE_SOON", "1, DUE_SOON", "30, DUE_SOON", "31, ON_TRACK"})
    void theStatusChangesTheDayAfterTheDueDateAndThirtyDaysBeforeIt(long daysLeft, KeepInTouchStatus status) {
        LocalDate countedFrom = TODAY.plusDays(daysLeft).minusMonths(3);
        Due due = KeepInTouchClock.dueFrom(countedFrom, 3, TODAY);

        assertThat(due.daysLeft()).isEqualTo(daysLeft);
        assertThat(due.status()).isEqualTo(status);
    }
}
