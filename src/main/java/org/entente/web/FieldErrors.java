package org.entente.web;

import jakarta.validation.ConstraintViolation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects one message per invalid field, in the order the fields were checked, for forms and problem details. */
public final class FieldErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    public FieldErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public FieldErrors addAll(Collection<? extends ConstraintViolation<?>> violations) {
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> add(v.getPropertyPath().toString(), v.getMessage()));
        return this;
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The message for a field, or the empty string: templates call {@code errors.get('name')}. */
    public String get(String field) {
        return messages.getOrDefault(field, "");
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public Map<String, String> asMap() {
        return Map.copyOf(messages);
    }

    public Map<String, String> ordered() {
        return java.util.Collections.unmodifiableMap(messages);
    }

    /** Throws {@link ValidationFailed} when any field is invalid. */
    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new ValidationFailed(this);
        }
    }

    public static FieldErrors none() {
        return new FieldErrors();
    }
}
