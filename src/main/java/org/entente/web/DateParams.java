package org.entente.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;

/**
 * Reads a date in a query or form parameter as {@link Parse#date} reads a form field: YYYY-MM-DD within the accepted
 * range, else 400 naming the parameter (JAX-RS would answer a query parameter that does not convert with 404, and
 * take {@code +10000-01-01} as a date).
 */
@Provider
public class DateParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        String name = nameOf(annotations);
        return (ParamConverter<T>) new ParamConverter<LocalDate>() {
            @Override
            public LocalDate fromString(String value) {
                FieldErrors errors = new FieldErrors();
                LocalDate date = Parse.date(errors, name, value);
                if (!errors.isEmpty()) {
                    throw new BadRequestException(new ValidationFailed(errors));
                }
                return date;
            }

            @Override
            public String toString(LocalDate value) {
                return value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
            if (a instanceof RestQuery q && !q.value().isEmpty()) {
                return q.value();
            }
            if (a instanceof RestForm f && !f.value().isEmpty()) {
                return f.value();
            }
        }
        return "date";
    }
}
