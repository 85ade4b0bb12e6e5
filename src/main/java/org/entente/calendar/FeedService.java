package org.entente.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.entente.alliance.PersonService;
import org.entente.body.BodyService;
import org.entente.plan.FeedStatus;
import org.entente.platform.DirectReads;
import org.entente.platform.RetryOnDeadlock;
import org.entente.platform.Secrets;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Issues, finds and revokes secret feed addresses: 256 random bits from a SecureRandom ({@link Secrets}), base64url, of which
 * only the SHA-256 hash is stored. Issuing a new secret replaces the old one, which stops working at once.
 */
@ApplicationScoped
@RetryOnDeadlock
public class FeedService implements FeedStatus {

    private final BodyService bodies;
    private final PersonService people;
    private final DirectReads reads;
    private final Clock clock;

    public FeedService(BodyService bodies, PersonService people, DirectReads reads, Clock clock) {
        this.clock = clock;
        this.bodies = bodies;
        this.people = people;
        this.reads = reads;
    }

    /** A new secret for the owner's feed (the previous one, if any, is revoked); the caller shows it once. */
    @Transactional
    public String issueFeed(FeedOwner owner, long id) {
        requireOwner(owner, id);
        CalendarFeed.of(owner, id).ifPresent(f -> {
            f.delete();
            CalendarFeed.getEntityManager().flush();
        });
        String secret = Secrets.newSecret();
        CalendarFeed feed = new CalendarFeed();
        feed.bodyId = owner == FeedOwner.BODY ? id : null;
        feed.personId = owner == FeedOwner.PERSON ? id : null;
        feed.secretHash = Secrets.hash(secret);
        feed.createdAt = LocalDateTime.now(clock);
        feed.persist();
        return secret;
    }

    /** Revokes the owner's feed; true when there was one. */
    @Transactional
    public boolean revokeFeed(FeedOwner owner, long id) {
        requireOwner(owner, id);
        return CalendarFeed.delete(owner.column + " = ?1", id) > 0;
    }

    /**
     * When the current feed of an owner was issued ("2026-11-23 10:31 UTC"), or null when it has none; the schedule
     * and meeting pages ask before they render, with the owner's path segment. Every schedule page asks, so the
     * statement goes straight through JDBC ({@link DirectReads}).
     */
    @Override
    public String issuedAt(String ownerPath, Long id) {
        FeedOwner owner = FeedOwner.BODY.path.equals(ownerPath) ? FeedOwner.BODY : FeedOwner.PERSON;
        return id == null ? null : reads.first("SELECT created_at FROM calendar_feed WHERE " + owner.sqlColumn + " = ?",
                        row -> row.getObject(1, LocalDateTime.class), id)
                .map(at -> at.withNano(0).toString().replace('T', ' ').substring(0, 16) + " UTC").orElse(null);
    }

    /** The feed a secret opens; 404 for an unknown, revoked or replaced secret. */
    public CalendarFeed open(String secret) {
        return CalendarFeed.bySecretHash(Secrets.hash(secret)).orElseThrow(() -> new NotFoundException("No such feed"));
    }

    private void requireOwner(FeedOwner owner, long id) {
        if (owner == FeedOwner.BODY) {
            bodies.get(id);
        } else {
            people.get(id);
        }
    }
}
