package org.entente.account;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.entente.platform.IdentityEntity;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One security event of the audit trail: what happened, who did it (actor), to which account (subject), from which
 * address, on which route and record. It never holds a password, token, secret or cookie: see {@link SecurityAudit}.
 */
@Entity
public class SecurityEvent extends IdentityEntity {

    /** What happened. */
    public enum Kind {
        LOGIN_SUCCEEDED, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT, PASSWORD_CHANGED, FIRST_ADMINISTRATOR,
        TOKEN_CREATED, TOKEN_REVOKED, INVITATION_CREATED, INVITATION_ACCEPTED, ROLE_GRANTED, ROLE_REMOVED,
        ACCOUNT_DISABLED, ACCOUNT_ENABLED, ACCESS_REFUSED;

        /** In words, as the audit page shows it: "login succeeded". */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /** Which events to show: every field may be null (no filter); {@code email} matches actor or subject. */
    public record Filter(Kind kind, String email, LocalDateTime from, LocalDateTime until) {
    }

    public LocalDateTime occurredAt;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public Long actorId;
    public String actorEmail;
    public Long subjectId;
    public String subjectEmail;
    public String address;
    public String method;
    public String path;
    public String recordKind;
    public Long recordId;
    public Integer status;
    public String detail;

    public static SecurityEvent of(Kind kind) {
        SecurityEvent event = new SecurityEvent();
        event.kind = kind;
        return event;
    }

    /** Who did it, when not the logged-in user of the current request (a login, a refusal decided elsewhere). */
    public SecurityEvent actor(Long id, String email) {
        actorId = id;
        actorEmail = email;
        return this;
    }

    /** The client address, when the event is recorded away from the request's thread. */
    public SecurityEvent from(String clientAddress) {
        address = clientAddress;
        return this;
    }

    /** The request that was answered, and how. */
    public SecurityEvent route(String httpMethod, String requestPath, int answer) {
        method = httpMethod;
        path = requestPath;
        status = answer;
        return this;
    }

    /** The account the event is about. */
    public SecurityEvent subject(Long id, String email) {
        subjectId = id;
        subjectEmail = email;
        return this;
    }

    /** The record the event is about (an alliance, a token, ...). */
    public SecurityEvent record(String kind, Long id) {
        recordKind = kind;
        recordId = id;
        return this;
    }

    public SecurityEvent detail(String text) {
        detail = text == null || text.length() <= 300 ? text : text.substring(0, 300);
        return this;
    }

    /** One page of the events that pass the filter, newest first. */
    public static List<SecurityEvent> matching(Filter filter, int page, int size) {
        Query query = query(filter);
        return find(query.where + " order by occurredAt desc, id desc", query.parameters).page(Page.of(page, size)).list();
    }

    public static long countMatching(Filter filter) {
        Query query = query(filter);
        return count(query.where, query.parameters);
    }

    private record Query(String where, Parameters parameters) {
    }

    private static Query query(Filter filter) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        where.add("1 = 1");
        if (filter.kind() != null) {
            where.add("kind = :kind");
            parameters.and("kind", filter.kind());
        }
        if (filter.email() != null) {
            where.add("(actorEmail = :email or subjectEmail = :email)");
            parameters.and("email", UserAccount.normalise(filter.email()));
        }
        if (filter.from() != null) {
            where.add("occurredAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.until() != null) {
            where.add("occurredAt < :until");
            parameters.and("until", filter.until());
        }
        return new Query(String.join(" and ", where), parameters);
    }
}
