package org.entente.relationship;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.alliance.Person;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The weekly keep-in-touch digest: for each owner on our side, who of theirs is overdue or due within 30 days. Sends
 * one email per address and week (an address that owns people in several alliances gets them all in one email),
 * only when email is configured, and records each sent email so that a second run that week sends nothing again.
 */
@ApplicationScoped
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class);

    private final KeepInTouchViews views;
    private final DigestMail mail;
    private final Mailer mailer;
    private final boolean email;
    private final Clock clock;

    public DigestService(KeepInTouchViews views, DigestMail mail, Mailer mailer, DigestConfig config,
                         @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false") boolean mock,
                         Clock clock) {
        this.clock = clock;
        this.views = views;
        this.mail = mail;
        this.mailer = mailer;
        this.email = mock || config.smtpHost().isPresent();
    }

    /** What one run of the weekly job did: the addresses emailed, those already emailed that week, and failures. */
    public record Run(LocalDate weekOf, boolean email, List<String> sent, List<String> alreadySent,
                      List<String> failed) {
    }

    /** Whether digests go out by email (an SMTP server is configured, or the mailer is a mock). */
    public boolean emailEnabled() {
        return email;
    }

    /** The Monday of the week {@code day} falls in: digests are kept per week. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The digest of one owner (a person of our side) as it stands on {@code today}. */
    public OwnerDigest digest(long ownerId, LocalDate today) {
        Person owner = Person.<Person>find("from Person p join fetch p.partner pa join fetch pa.alliance where p.id = ?1",
                ownerId).firstResultOptional().filter(p -> p.partner.ours)
                .orElseThrow(() -> new NotFoundException("No owner " + ownerId));
        List<KeepInTouchRow> rows = views.dashboard(owner.partner.alliance.id, ownerId, today).rows();
        DigestSent sent = DigestSent.of(weekOf(today), owner.email);
        return digest(owner, rows, today, sent == null ? null : sent.sentAt);
    }

    /**
     * Emails this week's digest to every owner address with someone overdue or due soon, unless that address already
     * got it this week. The weekly job calls it; a failed email is logged and left unrecorded, so a later run retries.
     */
    public Run sendWeeklyDigests(LocalDate today) {
        LocalDate week = weekOf(today);
        Map<String, List<OwnerDigest>> byAddress = QuarkusTransaction.requiringNew().call(() -> dueByAddress(today));
        List<String> sent = new ArrayList<>();
        List<String> already = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        if (!email) {
            LOG.infof("Weekly digest of %s: %d addresses have someone due; email is not configured (ENTENTE_SMTP_HOST), "
                    + "so they read it on their digest page", week, byAddress.size());
            return new Run(week, false, sent, already, failed);
        }
        byAddress.forEach((address, digests) -> {
            if (address.chars().anyMatch(Character::isISOControl)) {
                // Stored before addresses were checked: a line end in it would add a header to the email.
                LOG.warnf("Weekly digest of %s not sent to an address with control characters", week);
                failed.add(address);
                return;
            }
            int people = digests.stream().mapToInt(OwnerDigest::due).sum();
            if (!QuarkusTransaction.requiringNew().call(() -> claim(week, address, people))) {
                already.add(address);
                return;
            }
            try {
                mailer.send(mail.of(address, week, digests));
                sent.add(address);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Weekly digest of %s to %s not sent; the next run tries again", week, address);
                QuarkusTransaction.requiringNew().run(() -> DigestSent.delete("weekOf = ?1 and recipient = ?2", week, address));
                failed.add(address);
            }
        });
        LOG.infof("Weekly digest of %s: %d sent, %d already sent, %d failed", week, sent.size(), already.size(),
                failed.size());
        return new Run(week, true, sent, already, failed);
    }

    /** Every owner with someone due, grouped by their address in lower case (alliance by alliance). */
    private Map<String, List<OwnerDigest>> dueByAddress(LocalDate today) {
        Map<Long, List<KeepInTouchRow>> byOwner = views.owned(today).stream()
                .collect(Collectors.groupingBy(KeepInTouchRow::ownerId, LinkedHashMap::new, Collectors.toList()));
        if (byOwner.isEmpty()) {
            return Map.of();
        }
        List<Person> owners = Person.list("from Person p join fetch p.partner pa join fetch pa.alliance where p.id in ?1",
                byOwner.keySet());
        return owners.stream()
                .map(o -> digest(o, byOwner.get(o.id), today, null))
                .filter(d -> d.due() > 0)
                .sorted(Comparator.comparing(OwnerDigest::allianceName).thenComparing(OwnerDigest::owner))
                .collect(Collectors.groupingBy(d -> d.email().toLowerCase(), LinkedHashMap::new, Collectors.toList()));
    }

    /** Records that the address gets this week's digest; false when it already has (INSERT IGNORE on the unique key). */
    private boolean claim(LocalDate week, String address, int people) {
        return Panache.getEntityManager().createNativeQuery("INSERT IGNORE INTO digest_sent "
                        + "(week_of, recipient, people, sent_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, week).setParameter(2, address).setParameter(3, people)
                .setParameter(4, LocalDateTime.now(clock)).executeUpdate() == 1;
    }

    private static OwnerDigest digest(Person owner, List<KeepInTouchRow> rows, LocalDate today, LocalDateTime emailedAt) {
        List<KeepInTouchRow> overdue = rows.stream().filter(r -> r.status() == KeepInTouchStatus.OVERDUE).toList();
        List<KeepInTouchRow> dueSoon = rows.stream().filter(r -> r.status() == KeepInTouchStatus.DUE_SOON).toList();
        return new OwnerDigest(owner.id, owner.name, owner.email, owner.partner.alliance.id, owner.partner.alliance.name,
                weekOf(today), overdue, dueSoon, rows.size() - overdue.size() - dueSoon.size(), emailedAt);
    }
}
