package org.entente.relationship;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** Settings of the weekly keep-in-touch digest ({@code entente.digest.*}). */
@ConfigMapping(prefix = "entente.digest")
public interface DigestConfig {

    /** When the weekly job runs (Quartz cron; {@code off} disables it). */
    String cron();

    /** The time zone of the cron, and of "today" when the job runs. */
    String timeZone();

    /** Where the links in the email point, e.g. {@code https://entente.example.com}. */
    String baseUrl();

    /** The SMTP server; digests are emailed only when it is set (or when the mailer is a mock, in dev and test). */
    Optional<String> smtpHost();
}
