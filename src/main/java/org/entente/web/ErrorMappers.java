package org.entente.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.arc.Arc;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.entente.platform.DatabaseFailure;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers every failure as HTML for pages and as RFC 9457 problem+json under /api, never with a stack trace; a
 * database that cannot be reached is a 503 with Retry-After, not a 500. A 500 carries an error id that its log line
 * (with the stack trace) carries too, and says that nothing changed only when the request's transaction rolled back.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    /** Seconds a client should wait before trying again while the database is unavailable (a restart takes a few). */
    static final String RETRY_AFTER_SECONDS = "5";

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail, String errorId);
    }

    @ServerExceptionMapper
    public Response validation(ValidationFailed e, HttpServerRequest request) {
        List<Problem.FieldError> fields = e.errors().ordered().entrySet().stream()
                .map(f -> new Problem.FieldError(f.getKey(), f.getValue())).collect(Collectors.toList());
        String detail = fields.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(request, e.status(), e.status() == 409 ? "Conflicting data" : "Invalid input", detail, fields);
    }

    @ServerExceptionMapper
    public Response stale(StaleEdit e, HttpServerRequest request) {
        return respond(request, 409, "Edit conflict", e.getMessage(), List.of());
    }

    /**
     * Failures of the database however they surface: thrown by a statement (PersistenceException), at commit
     * (RollbackException), or wrapped in anything else (see {@link #unexpected}); {@link #database} decides by cause.
     */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class, RollbackException.class,
            PersistenceException.class})
    public Response persistence(Exception e, HttpServerRequest request) {
        return database(e, request);
    }

    /**
     * JSON that does not parse or does not fit: 400 naming the field (a dotted path such as {@code cadence.firstDate})
     * with what to send instead, or {@code body} when the document as a whole is wrong. Also names
     * MismatchedInputException so that Quarkus's built-in plain-JSON mapper for it does not win.
     */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        String field = jsonField(e);
        String message = jsonMessage(e, field);
        return respond(request, 400, "Invalid input", field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    /** Jackson's message for a key given twice (JsonParser.Feature.STRICT_DUPLICATE_DETECTION). */
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.+?)'");

    static String jsonField(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                    .collect(Collectors.joining("."));
        }
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            // The object holding the key twice; its own pointer would end in the key read before the duplicate.
            String parent = e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null
                    && p.getParsingContext().getParent() != null
                    ? p.getParsingContext().getParent().pathAsPointer().toString() : "";
            String prefix = parent.isEmpty() ? "" : parent.substring(1).replace('/', '.') + ".";
            return prefix + duplicate.group(1);
        }
        return "body";
    }

    private static String jsonMessage(JsonProcessingException e, String field) {
        if (DUPLICATE.matcher(String.valueOf(e.getOriginalMessage())).find()) {
            return "This field is given more than once";
        }
        if (field.equals("body")) {
            return String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")
                    ? "Nothing may follow the JSON value" : "The request body is not valid JSON";
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == LocalDate.class) {
            Object value = e instanceof InvalidFormatException f ? f.getValue() : null;
            String problem = value instanceof String text ? Parse.dateProblem(text) : null;
            return problem != null ? problem : Parse.DATE_FORMAT_MESSAGE;
        }
        if (target == Long.class || target == long.class || target == Integer.class || target == int.class) {
            return "Enter a whole number";
        }
        return "This value has the wrong type or format";
    }

    /** Not logged in: pages send the browser to the login page (and back afterwards); the API answers 401. */
    @ServerExceptionMapper
    public Response unauthenticated(io.quarkus.security.UnauthorizedException e, HttpServerRequest request) {
        if (isApi(request)) {
            return Response.fromResponse(respond(request, 401, "Not logged in",
                    "Send a personal API token as 'Authorization: Bearer <token>' (create one on your profile page).",
                    List.of())).header("WWW-Authenticate", "Bearer realm=\"entente\"").build();
        }
        String next = ReturnAfterLogin.of(request);
        return Response.seeOther(java.net.URI.create("/login?next="
                + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, HttpServerRequest request) {
        return respond(request, 403, "Not allowed", "Your role does not allow this.", List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        if (e.getCause() instanceof ValidationFailed invalid) {
            return validation(invalid, request);
        }
        if (status >= 500) {
            return unexpected(e, request);
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Request refused";
        String detail = status == 404 ? "There is nothing here, or you may not see it."
                : e.getMessage() != null && !e.getMessage().startsWith("HTTP ") ? e.getMessage() : title;
        return respond(request, status, title, detail, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        return database(e, request);
    }

    /** How the transactions of the request ended; NONE when there is no request context to ask. */
    private static TransactionOutcomes.Outcome outcome() {
        if (!Arc.container().requestContext().isActive()) {
            return TransactionOutcomes.Outcome.NONE;
        }
        return Arc.container().instance(TransactionOutcomes.class).get().outcome();
    }

    /**
     * What a 500 may say about the change: that nothing changed only when the request's transaction rolled back;
     * after a commit, or when no transaction ended, that it may have been saved and should be checked.
     */
    static String unexpectedDetail(TransactionOutcomes.Outcome outcome, String method) {
        return switch (outcome) {
            case ROLLED_BACK -> NOTHING_CHANGED;
            case COMMITTED -> MAY_HAVE_BEEN_SAVED;
            case NONE -> "GET".equals(method) || "HEAD".equals(method) ? NOT_SHOWN : UNKNOWN_IF_SAVED;
        };
    }

    static final String NOTHING_CHANGED = "The request could not be completed and nothing was changed. Please try again.";
    static final String MAY_HAVE_BEEN_SAVED = "Something went wrong after your change was saved, so it may have been "
            + "saved. Reload the page to check what is there before you try again.";
    static final String UNKNOWN_IF_SAVED = "Something went wrong, and Entente cannot tell whether your change was saved. "
            + "Reload the page to check what is there before you try again.";
    static final String NOT_SHOWN = "This page could not be shown. Please try again.";

    /**
     * Answers a failure by what {@link DatabaseFailure} says it means: a stale version or a key someone else took
     * is a 409, a database that cannot serve right now a 503 with Retry-After (a deadlock that reaches here persisted
     * through its retries, or its transaction was not the service's own), anything else a logged 500.
     */
    private static Response database(Throwable e, HttpServerRequest request) {
        return switch (DatabaseFailure.meaning(e)) {
            case STALE_VERSION -> respond(request, 409, "Edit conflict",
                    "Someone else changed this at the same time. Reload and apply your change again.", List.of());
            case CONFLICT -> conflict(e, request);
            case OUTCOME_UNKNOWN -> unavailable(e, request, OUTCOME_UNKNOWN);
            case DEADLOCK, UNAVAILABLE -> unavailable(e, request, UNAVAILABLE);
            case OTHER -> {
                String errorId = ErrorIds.next();
                LOG.errorf(e, "Unexpected failure, error id %s, on %s %s", errorId, request.method(), request.path());
                String detail = unexpectedDetail(outcome(), request.method().name());
                yield respond(request, 500, "Something went wrong", detail + " If it happens again, tell your "
                        + "administrator the error id " + errorId + ".", List.of(), errorId);
            }
        };
    }

    /** What the 503 says when the database could not be used: nothing was written, try again. */
    static final String UNAVAILABLE = "Entente cannot use its database right now. Please try again in a minute. If you "
            + "were saving a change, check whether it was saved once Entente is back.";
    /** What the 503 says when the connection broke while the change was being committed. */
    static final String OUTCOME_UNKNOWN = "Entente lost its connection to the database while saving this change, so "
            + "it cannot tell whether the change was saved. Reload to see the current state before you send it again.";

    /**
     * A unique (or foreign) key refused the write because someone else stored the same value meanwhile (the service's
     * own check passed before their write was committed): 409, naming the field when the key guards one.
     */
    private static Response conflict(Throwable e, HttpServerRequest request) {
        Optional<String> field = DatabaseFailure.conflictingConstraint(e).map(ErrorMappers::conflictField);
        if (field.isPresent()) {
            String message = conflictMessage(field.get());
            return respond(request, 409, "Conflicting data", field.get() + ": " + message,
                    List.of(new Problem.FieldError(field.get(), message)));
        }
        return respond(request, 409, "Conflicting data",
                "This conflicts with data that was saved at the same time. Reload and check before you try again.",
                List.of());
    }

    /**
     * The request field each user-facing unique key of the schema (db/migration) guards; null for keys no request
     * field sets (tokens, feeds, job firings).
     */
    private static final Map<String, String> FIELD_OF_KEY = Map.of(
            "uk_alliance_name", "name", "uk_partner_name", "name", "uk_body_name", "name",
            "uk_person_email", "email", "uk_app_user_email", "email", "uk_day_off", "date",
            "uk_plan_version", "basePlanVersion");

    static String conflictField(String constraint) {
        return FIELD_OF_KEY.get(constraint);
    }

    static String conflictMessage(String field) {
        return field.equals("basePlanVersion") ? "Another plan version was accepted at the same time"
                : "Someone else saved this " + field + " at the same time; choose another";
    }

    /**
     * The database is down, hanging or too busy, or the connection broke during a commit: 503 with Retry-After and
     * {@code detail}, which says whether to check the change before sending it again.
     */
    private static Response unavailable(Throwable e, HttpServerRequest request, String detail) {
        LOG.warnf("Database unavailable on %s %s: %s", request.method(), request.path(), rootMessage(e));
        Response response = respond(request, 503, "Entente is unavailable for a moment", detail, List.of());
        return Response.fromResponse(response).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /** The innermost cause that says something ("Connection refused", "Acquisition timeout ..."), for the log. */
    private static String rootMessage(Throwable e) {
        Throwable said = e;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null) {
                said = t;
            }
        }
        return said.getClass().getSimpleName() + ": " + said.getMessage();
    }

    static Response respond(HttpServerRequest request, int status, String title, String detail,
                            List<Problem.FieldError> fields) {
        return respond(request, status, title, detail, fields, null);
    }

    /** {@code errorId} (500 only) is the id the log line of the failure carries, shown so that it can be found. */
    static Response respond(HttpServerRequest request, int status, String title, String detail,
                            List<Problem.FieldError> fields, String errorId) {
        String path = request.path();
        if (isApi(request)) {
            return Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", title, status, detail, path, fields, errorId)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail, errorId)).build();
    }

    static boolean isApi(HttpServerRequest request) {
        String path = request.path();
        return path.startsWith("/api/") || path.equals("/api") || acceptsJsonOnly(request);
    }

    private static boolean acceptsJsonOnly(HttpServerRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("html");
    }

}
