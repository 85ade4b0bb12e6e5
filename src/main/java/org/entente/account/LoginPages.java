package org.entente.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.entente.web.FieldErrors;
import org.entente.web.Flash;
import org.entente.web.FormPage;
import org.entente.web.ValidationFailed;
import org.entente.web.scope.Unscoped;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** Log in, log out, the first-run setup of the first administrator, and accepting an invitation. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Unscoped("logging in and out, the first-run setup and invitations: no alliance yet")
public class LoginPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(AccountForm form, String error);

        static native TemplateInstance setup(AccountForm form, FieldErrors errors);

        static native TemplateInstance invitation(AccountView user, String secret, AccountForm form,
                                                  FieldErrors errors);
    }

    @Inject
    AccountService accounts;
    @Inject
    UserService users;
    @Inject
    SessionCookies cookies;
    @Inject
    PasswordChecks checks;
    @Inject
    SecurityIdentity identity;
    @Inject
    Flash flash;

    @GET
    @Path("login")
    @PermitAll
    public Response loginForm(@QueryParam("next") String next) {
        if (!identity.isAnonymous()) {
            return Response.seeOther(URI.create(SafeNext.of(next))).build();
        }
        if (accounts.setupOpen()) {
            return Response.seeOther(URI.create("/setup")).build();
        }
        return FormPage.page(200, Templates.login(AccountForm.next(next), null));
    }

    /**
     * Checks the password on a password-check thread ({@link PasswordChecks}); this request's worker thread is free
     * meanwhile. The client address is the connection's, or what a trusted proxy forwarded (quarkus.http.proxy.*).
     */
    @POST
    @Path("login")
    @PermitAll
    @Blocking
    public CompletionStage<Response> logIn(@BeanParam AccountForm form, HttpServerRequest request,
                                           @Context UriInfo uri) {
        form.next = SafeNext.of(form.next);
        String address = request.remoteAddress().hostAddress();
        // Made absolute here: RESTEasy resolves a relative Location from the request, which the check thread lacks.
        URI next = uri.getBaseUri().resolve(form.next);
        CompletableFuture<Response> answer = new CompletableFuture<>();
        checks.run(() -> accounts.logIn(form.email, form.password, address)).whenComplete((secret, failure) -> {
            Throwable cause = failure instanceof CompletionException wrapped ? wrapped.getCause() : failure;
            try {
                if (cause == null) {
                    answer.complete(Response.seeOther(next).cookie(cookies.open(secret)).build());
                } else if (cause instanceof LoginRefused refused) {
                    answer.complete(refused(form, refused));
                } else {
                    answer.completeExceptionally(cause);
                }
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }

    private static Response refused(AccountForm form, LoginRefused refused) {
        Response.ResponseBuilder answer = Response.status(refused.retryAfterSeconds() > 0 ? 429 : 401)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(Templates.login(form, refused.getMessage()));
        if (refused.retryAfterSeconds() > 0) {
            answer.header("Retry-After", refused.retryAfterSeconds());
        }
        return answer.build();
    }

    @POST
    @Path("logout")
    public Response logOut() {
        accounts.logOut(identity.getAttribute(Identities.SESSION_HASH));
        flash.set("You are logged out.");
        return Response.seeOther(URI.create("/login")).cookie(cookies.cleared()).build();
    }

    @GET
    @Path("setup")
    @PermitAll
    public Response setupForm() {
        if (!accounts.setupOpen()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return FormPage.page(200, Templates.setup(AccountForm.blank(), FieldErrors.none()));
    }

    @POST
    @Path("setup")
    @PermitAll
    public Response setUp(@BeanParam AccountForm form) {
        try {
            String secret = accounts.setUp(form.email, form.name, form.password);
            flash.set("Welcome to Entente. You are its first administrator.");
            return Response.seeOther(URI.create("/alliances")).cookie(cookies.open(secret)).build();
        } catch (ValidationFailed e) {
            return FormPage.page(400, Templates.setup(form, e.errors()));
        }
    }

    @GET
    @Path("invitations/{secret}")
    @PermitAll
    public Response invitation(String secret) {
        return FormPage.page(200, Templates.invitation(AccountView.of(users.invited(secret)), secret,
                AccountForm.blank(),
                FieldErrors.none()));
    }

    @POST
    @Path("invitations/{secret}")
    @PermitAll
    public Response accept(String secret, @BeanParam AccountForm form) {
        UserAccount user = users.invited(secret);
        try {
            String session = users.acceptInvitation(secret, form.password);
            flash.set("Welcome, " + user.name + ". Your password is set.");
            return Response.seeOther(URI.create("/alliances")).cookie(cookies.open(session)).build();
        } catch (ValidationFailed e) {
            return FormPage.page(400, Templates.invitation(AccountView.of(user), secret, form, e.errors()));
        }
    }
}
