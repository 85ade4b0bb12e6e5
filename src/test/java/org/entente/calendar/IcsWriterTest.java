package org.entente.calendar;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IcsWriterTest {

    private static final Instant STAMP = Instant.parse("2026-11-01T10:00:00Z");
    private static final ZonedDateTime AMSTERDAM = ZonedDateTime.of(2027, 1, 12, 15, 0, 0, 0, ZoneId.of("Europe/Amsterdam"));
    private static final ZonedDateTime AUSTIN = ZonedDateTime.of(2027, 2, 23, 9, 0, 0, 0, ZoneId.of("America/Chicago"));

    private static CalendarEvent event(String uid, ZonedDateTime start, boolean cancelled) {
        return event(uid, start, cancelled ? CalendarEvent.Status.CANCELLED : CalendarEvent.Status.CONFIRMED);
    }

    private static CalendarEvent event(String uid, ZonedDateTime start, CalendarEvent.Status status) {
        return new CalendarEvent(uid, 2, STAMP, start, start.plusMinutes(90), "Steering committee — in person at Austin",
                "Austin, 500 W 2nd St", "https://example.com/meet", "Alliance: A long description that goes on and on "
                + "well past the seventy-five octet limit — with dashes — and ümlauts so that folding must not split them.",
                status);
    }

    @Test
    void eventsParseBackWithTheirZonesInstantsAndStatus() {
        String ics = IcsWriter.write("Steering", List.of(event("a@entente", AMSTERDAM, false),
                event("b@entente", AUSTIN, true)));
        Calendar calendar = Ics.parse(ics);

        assertThat(Ics.zones(calendar)).containsExactly("America/Chicago", "Europe/Amsterdam");
        List<VEvent> events = Ics.events(calendar);
        assertThat(events).extracting(e -> Ics.text(e, "UID")).containsExactly("a@entente", "b@entente");
        assertThat(Ics.tzid(events.get(0), "DTSTART")).isEqualTo("Europe/Amsterdam");
        assertThat(Ics.tzid(events.get(1), "DTEND")).isEqualTo("America/Chicago");
        assertThat(Ics.instant(events.get(0), "DTSTART")).isEqualTo(AMSTERDAM.toInstant());
        assertThat(Ics.instant(events.get(1), "DTEND")).isEqualTo(AUSTIN.plusMinutes(90).toInstant());
        assertThat(Ics.text(events.get(0), "STATUS")).isEqualTo("CONFIRMED");
        assertThat(Ics.text(events.get(1), "STATUS")).isEqualTo("CANCELLED");
        assertThat(Ics.text(events.get(0), "SEQUENCE")).isEqualTo("2");
        assertThat(Ics.text(events.get(0), "SUMMARY")).isEqualTo("Steering committee — in person at Austin");
        assertThat(Ics.text(events.get(0), "DESCRIPTION")).endsWith("must not split them.");
        assertThat(ics).contains("DTSTART;TZID=Europe/Amsterdam:20270112T150000\r\n")
                .contains("TZID:Europe/Amsterdam\r\n").contains("X-LIC-LOCATION:Europe/Amsterdam\r\n")
                .doesNotContain("Brussels");
    }

    @Test
    void sameEventsGiveTheSameBytes() {
        List<CalendarEvent> events = List.of(event("a@entente", AMSTERDAM, false));
        assertThat(IcsWriter.write("x", events)).isEqualTo(IcsWriter.write("x", events));
    }

    @Test
    void foldingNeverSplitsACharacterAndKeepsTheText() {
        String line = "DESCRIPTION:" + "é—".repeat(40);
        String folded = Folding.fold(line + "\r\n");
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
        for (String l : folded.split("\r\n")) {
            assertThat(l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    /**
     * The whole file for two fixed meetings equals the reviewed golden file (src/test/resources/golden); after a
     * deliberate change, re-record it with {@code -Dentente.golden.update=true} and review the diff.
     */
    @Test
    void theFileEqualsTheReviewedGoldenFile() throws java.io.IOException {
        String ics = IcsWriter.write("Steering committee", List.of(event("a@entente", AMSTERDAM, false),
                event("b@entente", AUSTIN, true)));
        java.nio.file.Path golden = java.nio.file.Path.of("src/test/resources/golden/steering-committee.ics");
        if (Boolean.getBoolean("entente.golden.update")) {
            java.nio.file.Files.writeString(golden, ics);
        }
        assertThat(ics).isEqualTo(java.nio.file.Files.readString(golden));
    }
}
