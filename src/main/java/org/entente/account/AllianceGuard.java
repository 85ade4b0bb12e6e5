package org.entente.account;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enforces per-alliance access on every page and API path before the resource runs: a path names a kind and an
 * id ({@code /bodies/7/...}, {@code /api/meetings/12}); the id's alliance must be one the user may see (else 404,
 * as for a missing record) and, for a write, one they manage (else 403). Creating alliances is for
 * administrators; changing the shared libraries is for administrators and managers.
 */
public class AllianceGuard {

    /** Each kind of record that lives under an alliance, and how to find its alliance from its id. */
    static final Map<String, String> ALLIANCE_OF = Map.ofEntries(
            Map.entry("alliances", "select id from alliance where id = ?1"),
            Map.entry("partners", "select alliance_id from partner where id = ?1"),
            Map.entry("offices", "select p.alliance_id from office o join partner p on p.id = o.partner_id where o.id = ?1"),
            Map.entry("people", "select p.alliance_id from person x join partner p on p.id = x.partner_id where x.id = ?1"),
            Map.entry("bodies", "select alliance_id from governance_body where id = ?1"),
            Map.entry("meetings", "select b.alliance_id from meeting m join governance_body b on b.id = m.body_id where m.id = ?1"),
            Map.entry("blackouts", "select alliance_id from blackout where id = ?1"),
            Map.entry("office-days-off", "select p.alliance_id from office_day_off d join office o on o.id = d.office_id"
                    + " join partner p on p.id = o.partner_id where d.id = ?1"),
            Map.entry("launch-items", "select alliance_id from launch_item where id = ?1"),
            Map.entry("interactions", "select p.alliance_id from interaction i join person x on x.id = i.person_id"
                    + " join partner p on p.id = x.partner_id where i.id = ?1"));
    /** Kinds without an alliance whose changes are for administrators and managers. */
    static final Set<String> LIBRARIES = Set.of("icebreakers", "tips");
    /** Paths that create alliances, which only administrators do. */
    static final Set<String> ALLIANCE_CREATION = Set.of("alliances", "alliances/new", "example");
    /** The id segment is matched loosely and parsed as JAX-RS parses a long ("+7" and non-ASCII digits are 7 too). */
    private static final Pattern SCOPED = Pattern.compile("^/(?:api/)?([a-z-]+)/([^/.;]+)(?:[/.;].*)?$");
    private static final Pattern TOP = Pattern.compile("^/(?:api/)?([a-z-]+(?:/new)?)/?$");
    /** The pages that show a form to change or delete something count as writes: members are not offered them. */
    private static final Pattern FORM_PAGE = Pattern.compile("/(?:edit|new|delete)$");
    private static final List<String> READS = List.of("GET", "HEAD", "OPTIONS");
    static final String READ_ONLY = "You may read this alliance but not change it. Ask one of its managers.";

    private final CurrentUser user;
    private final EntityManager entities;

    public AllianceGuard(CurrentUser user, EntityManager entities) {
        this.user = user;
        this.entities = entities;
    }

    @ServerRequestFilter
    public void guard(ContainerRequestContext request) {
        if (user.strictIdentity().isAnonymous() || user.isAdministrator()) {
            return;
        }
        String path = request.getUriInfo().getPath();
        boolean write = !READS.contains(request.getMethod()) || FORM_PAGE.matcher(path).find();
        Matcher scoped = SCOPED.matcher(path);
        Long id = scoped.matches() ? id(scoped.group(2)) : null;
        if (id != null && ALLIANCE_OF.containsKey(scoped.group(1))) {
            allianceOf(scoped.group(1), id).ifPresent(alliance -> {
                AccessRole role = user.roleOn(alliance).orElseThrow(NotFoundException::new);
                if (write && role != AccessRole.MANAGER) {
                    throw new ForbiddenException(READ_ONLY);
                }
            });
            return;
        }
        String kind = id != null ? scoped.group(1) : topLevel(path);
        if (kind == null) {
            return;
        }
        if (ALLIANCE_CREATION.contains(kind) && (write || kind.endsWith("/new"))) {
            throw new ForbiddenException("Only administrators create alliances.");
        }
        if (LIBRARIES.contains(kind.replace("/new", "")) && (write || kind.endsWith("/new") || path.endsWith("/edit"))
                && !user.mayEditLibraries()) {
            throw new ForbiddenException("Only administrators and alliance managers change this library.");
        }
    }

    private static Long id(String segment) {
        try {
            return Long.parseLong(segment);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String topLevel(String path) {
        Matcher top = TOP.matcher(path);
        return top.matches() ? top.group(1) : null;
    }

    private Optional<Long> allianceOf(String kind, long id) {
        List<?> rows = entities.createNativeQuery(ALLIANCE_OF.get(kind)).setParameter(1, id).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }
}
