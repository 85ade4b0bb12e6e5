package org.entente.relationship;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.entente.alliance.Alliance;
import org.entente.alliance.AllianceService;
import org.entente.alliance.Person;
import org.entente.alliance.Stance;
import org.entente.web.Option;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads who is due for contact; the day a person was added comes from {@code person.created_at} (read only). */
@ApplicationScoped
public class KeepInTouchViews {

    private static final String ROWS = """
            select p.id, pa.alliance_id, p.name, p.email, pa.name, p.stance, p.created_at, k.months, k.owner_id,
                   coalesce(k.version, 0), (select max(i.date) from interaction i where i.person_id = p.id)
            from person p join partner pa on pa.id = p.partner_id left join keep_in_touch k on k.person_id = p.id
            """;

    private static final Comparator<KeepInTouchRow> MOST_OVERDUE_FIRST =
            Comparator.comparingLong(KeepInTouchRow::daysLeft).thenComparing(KeepInTouchRow::name);

    private final AllianceService alliances;
    private final Clock clock;

    public KeepInTouchViews(AllianceService alliances, Clock clock) {
        this.clock = clock;
        this.alliances = alliances;
    }

    /** The people of the partners not marked ours, most overdue first; only those {@code ownerId} owns if given. */
    public KeepInTouchDashboard dashboard(long allianceId, Long ownerId) {
        return dashboard(allianceId, ownerId, LocalDate.now(clock));
    }

    /** The dashboard as it stands on {@code today}. */
    public KeepInTouchDashboard dashboard(long allianceId, Long ownerId, LocalDate today) {
        Alliance alliance = alliances.get(allianceId);
        List<Person> ours = ourPeople(allianceId);
        Map<Long, String> owners = ours.stream().collect(Collectors.toMap(p -> p.id, p -> p.name));
        Map<Stance, Integer> defaults = KeepInTouchDefault.ofAlliance(allianceId);
        List<KeepInTouchRow> rows = query(ROWS + " where pa.alliance_id = ?1 and pa.ours = false", allianceId).stream()
                .map(r -> row(r, defaults, owners, today))
                .filter(r -> ownerId == null || ownerId.equals(r.ownerId()))
                .sorted(MOST_OVERDUE_FIRST)
                .toList();
        List<KeepInTouchDashboard.StanceDefault> stances = Arrays.stream(Stance.values())
                .map(s -> new KeepInTouchDashboard.StanceDefault(s.name(), s.label,
                        KeepInTouchClock.months(null, s, defaults))).toList();
        return new KeepInTouchDashboard(alliance.id, alliance.name, rows, options(ours),
                ownerId == null ? "" : ownerId.toString(), stances, tipOffers(rows));
    }

    /** Every partner-side person who has an owner, in every alliance, as they stand on {@code today}. */
    public List<KeepInTouchRow> owned(LocalDate today) {
        Map<Long, Map<Stance, Integer>> defaults = new HashMap<>();
        Map<Long, String> owners = new HashMap<>();
        List<Object[]> found = query(ROWS + " where pa.ours = false and k.owner_id is not null");
        found.forEach(r -> owners.put(((Number) r[8]).longValue(), null));
        if (!owners.isEmpty()) {
            Person.<Person>list("id in ?1", owners.keySet()).forEach(p -> owners.put(p.id, p.name));
        }
        return found.stream()
                .map(r -> row(r, defaults.computeIfAbsent(((Number) r[1]).longValue(), KeepInTouchDefault::ofAlliance),
                        owners, today))
                .sorted(MOST_OVERDUE_FIRST)
                .toList();
    }

    /** One person's row (also for a person of our own side, who is never on the dashboard). */
    public KeepInTouchRow row(long personId) {
        Object[] r = query(ROWS + " where p.id = ?1", personId).stream().findFirst()
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No person " + personId));
        long allianceId = ((Number) r[1]).longValue();
        Map<Long, String> owners = ourPeople(allianceId).stream().collect(Collectors.toMap(p -> p.id, p -> p.name));
        return row(r, KeepInTouchDefault.ofAlliance(allianceId), owners, LocalDate.now(clock));
    }

    /** The first tip for each row's stance, ready to send by email. */
    private static Map<Long, KeepInTouchDashboard.TipOffer> tipOffers(List<KeepInTouchRow> rows) {
        List<Tip> library = rows.isEmpty() ? List.of() : Tip.all();
        Map<Stance, Tip> first = new EnumMap<>(Stance.class);
        Map<Long, KeepInTouchDashboard.TipOffer> offers = new HashMap<>();
        for (KeepInTouchRow row : rows) {
            Tip tip = first.computeIfAbsent(row.stance(), s -> Tip.forStance(library, s).stream().findFirst().orElse(null));
            if (tip != null) {
                offers.put(row.personId(), new KeepInTouchDashboard.TipOffer(tip.id, tip.text, TipEmail.mailto(row)));
            }
        }
        return offers;
    }

    /** The people of our side of an alliance, who may own a relationship. */
    public List<Option> owners(long allianceId) {
        return options(ourPeople(allianceId));
    }

    private static List<Option> options(List<Person> ours) {
        return ours.stream().map(p -> new Option(p.id.toString(), p.name)).toList();
    }

    private static List<Person> ourPeople(long allianceId) {
        return Person.list("partner.alliance.id = ?1 and partner.ours = true order by name", allianceId);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> query(String sql, Object... parameters) {
        var query = Panache.getEntityManager().createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static KeepInTouchRow row(Object[] r, Map<Stance, Integer> defaults, Map<Long, String> owners,
                                      LocalDate today) {
        Stance stance = Stance.valueOf((String) r[5]);
        LocalDate added = day(r[6]);
        Integer own = r[7] == null ? null : ((Number) r[7]).intValue();
        Long ownerId = r[8] == null ? null : ((Number) r[8]).longValue();
        LocalDate last = day(r[10]);
        int months = KeepInTouchClock.months(own, stance, defaults);
        KeepInTouchClock.Due due = KeepInTouchClock.dueFrom(last != null ? last : added, months, today);
        return new KeepInTouchRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], (String) r[4], stance, added, last, own, months, ownerId,
                ownerId == null ? null : owners.get(ownerId), due.dueDate(), due.daysLeft(), due.status(),
                ((Number) r[9]).longValue());
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof LocalDate d) {
            return d;
        } else if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        } else if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        } else if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        throw new IllegalStateException("Not a date: " + value.getClass());
    }
}
