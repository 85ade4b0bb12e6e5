package org.entente.plan;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import org.entente.platform.DirectReads;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The rendered schedule of a body and plan of an alliance (everything on the page but the layout and the viewer's
 * own calendar panel), kept while nothing they show has changed. Whether something changed is asked of the database
 * on every request, in one statement ({@link #STAMP}, {@link #ALLIANCE_STAMP}): a digest of the ids and
 * optimistic-lock versions of the body (or every body of the alliance), the alliance, its partners and offices, the
 * plans and all their meetings. Every change to those rows goes through
 * Hibernate, which counts their {@code @Version} up, and adding or deleting a row changes the ids; so a page is
 * served from here only while the same data would render it again, on whichever instance made the change.
 * The split into upcoming and past meetings depends on the time, so a page is also kept only until the next of its
 * upcoming meetings ends.
 */
@ApplicationScoped
public class ScheduleCache {

    /** At most this many bytes of HTML are kept (the schedule of 100 meetings is about 115 kB). */
    static final long MOST_BYTES = 8L << 20;

    /** The ids and versions of an alliance's partners and offices (names, cities and time zones show on the pages). */
    private static final String PLACES = "(SELECT GROUP_CONCAT(x.id, '.', x.version ORDER BY x.id) FROM partner x"
            + " WHERE x.alliance_id = a.id),"
            + " (SELECT GROUP_CONCAT(o.id, '.', o.version ORDER BY o.id) FROM office o JOIN partner x ON x.id = o.partner_id"
            + " WHERE x.alliance_id = a.id)";

    /**
     * A body's alliance and the digest of its schedule. GROUP_CONCAT stops at group_concat_max_len, so the statement
     * raises it for itself: a truncated list would miss a change to a late meeting.
     */
    static final String STAMP = "SET STATEMENT group_concat_max_len = 16777216 FOR"
            + " SELECT a.id, MD5(CONCAT_WS('|', b.version, a.version, " + PLACES + ","
            + " (SELECT GROUP_CONCAT(p.id, '.', p.plan_version ORDER BY p.id) FROM plan p WHERE p.body_id = b.id),"
            + " (SELECT GROUP_CONCAT(m.id, '.', m.version ORDER BY m.id) FROM meeting m WHERE m.body_id = b.id)))"
            + " FROM governance_body b JOIN alliance a ON a.id = b.alliance_id WHERE b.id = ?";

    /** An alliance and the digest of its plan: the same, over all its bodies. */
    static final String ALLIANCE_STAMP = "SET STATEMENT group_concat_max_len = 16777216 FOR"
            + " SELECT a.id, MD5(CONCAT_WS('|', a.version, " + PLACES + ","
            + " (SELECT GROUP_CONCAT(b.id, '.', b.version ORDER BY b.id) FROM governance_body b WHERE b.alliance_id = a.id),"
            + " (SELECT GROUP_CONCAT(p.id, '.', p.plan_version ORDER BY p.id) FROM plan p"
            + " JOIN governance_body b ON b.id = p.body_id WHERE b.alliance_id = a.id),"
            + " (SELECT GROUP_CONCAT(m.id, '.', m.version ORDER BY m.id) FROM meeting m"
            + " JOIN governance_body b ON b.id = m.body_id WHERE b.alliance_id = a.id)))"
            + " FROM alliance a WHERE a.id = ?";

    /** What the page shows now, as far as the cache is concerned. */
    public record Stamp(long allianceId, String digest) {
    }

    /** The pages kept here. */
    enum Kind { SCHEDULE, ALLIANCE_PLAN }

    /** One rendering: a page of a body or alliance as a viewer who may or may not edit sees it, in a version of the data. */
    record Key(Kind kind, long id, Integer planVersion, boolean mayEdit, String digest) {
    }

    /** A rendered page body (UTF-8) and its title, good until {@code validUntil} (when the next upcoming meeting ends). */
    public record Page(String title, byte[] html, Instant validUntil) {
    }

    private final DirectReads reads;
    private final Clock clock;
    private final Cache<Key, Page> pages = Caffeine.newBuilder()
            .maximumWeight(MOST_BYTES)
            .weigher((Key key, Page page) -> page.html().length)
            .build();

    ScheduleCache(DirectReads reads, Clock clock) {
        this.clock = clock;
        this.reads = reads;
    }

    /** The stamp of a body's schedule, or empty when there is no such body. */
    public Optional<Stamp> stamp(long bodyId) {
        return stamp(STAMP, bodyId);
    }

    /** The stamp of an alliance's plan, or empty when there is no such alliance. */
    public Optional<Stamp> allianceStamp(long allianceId) {
        return stamp(ALLIANCE_STAMP, allianceId);
    }

    private Optional<Stamp> stamp(String sql, long id) {
        return reads.first(sql, row -> new Stamp(row.getLong(1), row.getString(2)), id);
    }

    /** A body's schedule for this stamp and viewer from the cache, or rendered by {@code render} and kept. */
    public Page schedule(long bodyId, Integer planVersion, boolean mayEdit, Stamp stamp, Supplier<Page> render) {
        return page(new Key(Kind.SCHEDULE, bodyId, planVersion, mayEdit, stamp.digest()), render);
    }

    /** An alliance's plan (the same for every viewer) for this stamp from the cache, or rendered and kept. */
    public Page alliancePlan(long allianceId, Stamp stamp, Supplier<Page> render) {
        return page(new Key(Kind.ALLIANCE_PLAN, allianceId, null, false, stamp.digest()), render);
    }

    /** When a page showing these upcoming meetings changes by itself: when the first of them ends (never, if none). */
    static Instant validUntil(Stream<ScheduleRow> upcoming) {
        return upcoming.map(r -> r.end().toInstant()).min(Comparator.naturalOrder()).orElse(Instant.MAX);
    }

    private Page page(Key key, Supplier<Page> render) {
        Page page = pages.getIfPresent(key);
        if (page == null || !clock.instant().isBefore(page.validUntil())) {
            page = render.get();
            pages.put(key, page);
        }
        return page;
    }
}
