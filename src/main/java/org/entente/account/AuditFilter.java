package org.entente.account;

import org.jboss.resteasy.reactive.RestQuery;

/** The audit trail's filter as the query string sends it: text as typed, parsed by {@link AuditQuery}. */
public class AuditFilter {

    @RestQuery
    public String kind;
    @RestQuery
    public String email;
    @RestQuery
    public String from;
    @RestQuery
    public String to;
    @RestQuery
    public String page;
    @RestQuery
    public String size;

    public AuditQuery query() {
        return new AuditQuery(kind, email, from, to, page, size);
    }
}
