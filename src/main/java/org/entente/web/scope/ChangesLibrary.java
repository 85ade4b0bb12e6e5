package org.entente.web.scope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The route changes a library that every alliance shares (ice-breakers, tips), or shows the form that does:
 * administrators and the managers of any alliance may, everyone else gets 403. Reading a library is {@link Unscoped}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ChangesLibrary {

    /** Which library, as a person would name it. */
    String value();
}
