package org.entente.web.scope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The route belongs to no alliance, for the reason given (the user's own profile, the login, user administration,
 * the list of the caller's alliances, a secret feed address). Only the login and roles apply to it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Unscoped {

    /** Why no alliance is involved: read by whoever adds a route, so that the choice is made on purpose. */
    String value();
}
