package org.entente.account;

import org.entente.web.FieldErrors;
import org.entente.web.Parse;
import org.entente.web.ValidationFailed;

import java.time.LocalDate;
import java.util.List;

/**
 * A question to the audit trail as the page or the API asked it (text as typed): which kind of event, whose email
 * (as actor or subject), from and to which day (both inclusive, UTC), and which page. {@link #answer} parses it, or
 * throws {@link ValidationFailed} naming every field that does not parse.
 */
public record AuditQuery(String kind, String email, String from, String to, String page, String size) {

    static final int PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    /** One page of events, the filter as understood, and how many events pass it in all. */
    public record Answer(List<SecurityEvent> events, int page, int size, long total) {
        public boolean hasOlder() {
            return (long) (page + 1) * size < total;
        }

        public boolean hasNewer() {
            return page > 0;
        }

        public int older() {
            return page + 1;
        }

        public int newer() {
            return page - 1;
        }

        public String counted() {
            return total == 1 ? "1 event" : total + " events";
        }
    }

    public Answer answer() {
        FieldErrors errors = new FieldErrors();
        SecurityEvent.Kind type = Parse.choice(errors, "kind", kind, SecurityEvent.Kind.class);
        LocalDate first = day(errors, "from", from);
        LocalDate last = day(errors, "to", to);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add("to", "Choose a day on or after the first day");
        }
        Integer number = Parse.integer(errors, "page", page);
        Integer rows = Parse.integer(errors, "size", size);
        if (number != null && number < 0) {
            errors.add("page", "Pages are counted from 0");
        }
        if (rows != null && (rows < 1 || rows > MAX_PAGE_SIZE)) {
            errors.add("size", "Choose between 1 and " + MAX_PAGE_SIZE + " events per page");
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        SecurityEvent.Filter filter = new SecurityEvent.Filter(type, Parse.text(email),
                first == null ? null : first.atStartOfDay(), last == null ? null : last.plusDays(1).atStartOfDay());
        int p = number == null ? 0 : number;
        int s = rows == null ? PAGE_SIZE : rows;
        return new Answer(SecurityEvent.matching(filter, p, s), p, s, SecurityEvent.countMatching(filter));
    }

    /** The same filter on another page, as a query string for the page's links. */
    public String onPage(int number) {
        StringBuilder query = new StringBuilder("?page=").append(number);
        append(query, "kind", kind);
        append(query, "email", email);
        append(query, "from", from);
        append(query, "to", to);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static LocalDate day(FieldErrors errors, String field, String value) {
        LocalDate day = Parse.date(errors, field, value);
        if (day != null && (day.getYear() < 1000 || day.getYear() > 9999)) {
            errors.add(field, "Enter a date between the years 1000 and 9999");
            return null;
        }
        return day;
    }
}
