package org.entente.plan;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.entente.web.DirectReads;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The rendered schedule of a body (everything on the page but the layout and the viewer's own calendar panel),
 * kept while nothing it shows has changed. Whether something changed is asked of the database on every request, in
 * one statement ({@link #STAMP}): a digest of the ids and optimistic-lock versions of the body, its alliance, the
 * alliance's partners and offices, the body's plans and all their meetings. Every change to those rows goes through
 * Hibernate, which counts their {@code @Version} up, and adding or deleting a row changes the ids; so a page is
 * served from here only while the same data would render it again, on whichever instance made the change.
 * The split into upcoming and past meetings depends on the time, so a page is also kept only until the next of its
 * upcoming meetings ends.
 */
@ApplicationScoped
public class ScheduleCache {

    /** At most this many bytes of HTML are kept (the schedule of 100 meetings is about 115 kB). */
    static final long MOST_BYTES = 8L << 20;

    /**
     * The body's alliance and the digest. GROUP_CONCAT stops at group_concat_max_len, so the statement raises it
     * for itself: a truncated list would miss a change to a late meeting.
     */
    static final String STAMP = "SET STATEMENT group_concat_max_len = 16777216 FOR"
            + " SELECT b.alliance_id, MD5(CONCAT_WS('|', b.version, a.version,"
            + " (SELECT GROUP_CONCAT(x.id, '.', x.version ORDER BY x.id) FROM partner x WHERE x.alliance_id = b.alliance_id),"
            + " (SELECT GROUP_CONCAT(o.id, '.', o.version ORDER BY o.id) FROM office o JOIN partner x ON x.id = o.partner_id"
            + " WHERE x.alliance_id = b.alliance_id),"
            + " (SELECT GROUP_CONCAT(p.id, '.', p.plan_version ORDER BY p.id) FROM plan p WHERE p.body_id = b.id),"
            + " (SELECT GROUP_CONCAT(m.id, '.', m.version ORDER BY m.id) FROM meeting m WHERE m.body_id = b.id)))"
            + " FROM governance_body b JOIN alliance a ON a.id = b.alliance_id WHERE b.id = ?";

    /** What the page shows now, as far as the cache is concerned. */
    public record Stamp(long allianceId, String digest) {
    }

    /** One rendering: the body's schedule as a viewer who may or may not edit it sees it, in a version of the data. */
    record Key(long bodyId, Integer planVersion, boolean mayEdit, String digest) {
    }

    /** A rendered schedule (UTF-8), good until {@code validUntil} (when the next upcoming meeting ends). */
    public record Page(String bodyName, byte[] html, Instant validUntil) {
    }

    private final DirectReads reads;
    private final Clock clock;
    private final Cache<Key, Page> pages = Caffeine.newBuilder()
            .maximumWeight(MOST_BYTES)
            .weigher((Key key, Page page) -> page.html().length)
            .build();

    @Inject
    ScheduleCache(DirectReads reads) {
        this(reads, Clock.systemUTC());
    }

    ScheduleCache(DirectReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    /** The body's stamp, or empty when there is no such body. */
    public Optional<Stamp> stamp(long bodyId) {
        return reads.first(STAMP, row -> new Stamp(row.getLong(1), row.getString(2)), bodyId);
    }

    /** The page for this stamp and viewer from the cache, or rendered by {@code render} and kept. */
    public Page page(long bodyId, Integer planVersion, boolean mayEdit, Stamp stamp, Supplier<Page> render) {
        Key key = new Key(bodyId, planVersion, mayEdit, stamp.digest());
        Page page = pages.getIfPresent(key);
        if (page == null || !clock.instant().isBefore(page.validUntil())) {
            page = render.get();
            pages.put(key, page);
        }
        return page;
    }
}
