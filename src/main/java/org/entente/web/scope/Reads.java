package org.entente.web.scope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The route reads a record of an alliance: its path parameter {@link #param()} is the id of a record of kind
 * {@link #value()}. Whoever has a role on that alliance may read; everyone else gets 404, as for a missing record.
 * Only a GET (or HEAD) may be a read, and never the page of a form that changes something.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Reads {

    Kind value();

    /** The path parameter that holds the id. */
    String param() default "id";
}
