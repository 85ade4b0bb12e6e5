package org.entente.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers every failure as HTML for pages and as RFC 9457 problem+json under /api, never with a stack trace; a
 * database that cannot be reached is a 503 with Retry-After, not a 500.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    /** Seconds a client should wait before trying again while the database is unavailable (a restart takes a few). */
    static final String RETRY_AFTER_SECONDS = "5";

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
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

    /** Also names MismatchedInputException so that Quarkus's built-in plain-JSON mapper for it does not win. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                        .collect(Collectors.joining("."))
                : "body";
        String message = field.equals("body") ? "The request body is not valid JSON" : "This value has the wrong type or format";
        return respond(request, 400, "Invalid input", field + ": " + message, List.of(new Problem.FieldError(field, message)));
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
                LOG.errorf(e, "Unexpected failure on %s %s", request.method(), request.path());
                yield respond(request, 500, "Something went wrong",
                        "The request could not be completed and nothing was changed. Please try again.", List.of());
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
        String path = request.path();
        if (isApi(request)) {
            return Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", title, status, detail, path, fields)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail)).build();
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
