package org.entente.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose answer costs far more than a page (a PDF, an iCalendar file or feed, a run of the
 * planner): {@link RequestBudgets} lets each caller run only so many of its kind in a while, then answers 429.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Expensive {

    /** The budget the request draws on; each kind has its own (settings {@code entente.rate-limit.<kind>.*}). */
    Kind value();

    /**
     * For a route that needs no login: the path parameter whose value the budget is kept per (a feed's secret).
     * Empty: per logged-in user.
     */
    String perPathParam() default "";

    /** The kinds of expensive answers, each with its own budget per caller. */
    enum Kind {
        /** Printable plans as PDF. */
        PDF,
        /** iCalendar files and secret feeds. */
        CALENDAR,
        /** A planner run whose result is shown, not saved (the plan preview). */
        PREVIEW
    }
}
