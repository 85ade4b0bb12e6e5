package org.entente.web.scope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The route changes a record of an alliance (or shows the form that does: a GET of an edit, new or delete page):
 * its path parameter {@link #param()} is the id of a record of kind {@link #value()}. The alliance's managers may;
 * its members get 403 and everyone else 404, as for a missing record.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Writes {

    Kind value();

    /** The path parameter that holds the id. */
    String param() default "id";
}
