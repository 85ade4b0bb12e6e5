package org.entente.alliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.entente.web.FieldErrors;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/** What a user may set on an office: where it is, its time zone and its working hours. */
public record OfficeData(
        @NotBlank(message = "City is required") @Size(max = 120, message = "City is at most 120 characters") String city,
        @NotBlank(message = "Country is required") String country,
        @Size(max = 10, message = "Subdivision is at most 10 characters")
        @Pattern(regexp = "[A-Za-z0-9]{1,3}", message = "Subdivision is an ISO 3166-2 code such as NW or TX") String subdivision,
        @NotBlank(message = "Time zone is required") String timeZone,
        @NotNull(message = "Start of the working day is required") LocalTime workdayStart,
        @NotNull(message = "End of the working day is required") LocalTime workdayEnd,
        boolean defaultVenue) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public OfficeData {
        country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        subdivision = subdivision == null || subdivision.isBlank() ? null : subdivision.strip().toUpperCase(Locale.ROOT);
        timeZone = timeZone == null ? null : timeZone.strip();
    }

    /** Adds the rules Bean Validation cannot say: a real country, a real zone, a working day that ends after it starts. */
    public void check(FieldErrors errors) {
        if (country != null && !country.isEmpty() && !COUNTRIES.contains(country)) {
            errors.add("country", "Country must be an ISO 3166 two-letter code such as NL or US");
        }
        if (timeZone != null && !timeZone.isEmpty() && !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            errors.add("timeZone", "Time zone must be an IANA name such as Europe/Amsterdam");
        }
        if (workdayStart != null && workdayEnd != null && !workdayStart.isBefore(workdayEnd)) {
            errors.add("workdayEnd", "The working day must end after it starts");
        }
    }
}
