package org.entente.web;

import jakarta.validation.ConstraintViolation;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Collects one message per invalid field, in the order the fields were checked, for forms and problem details. */
public final class FieldErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();
    private final Set<String> conflicts = new HashSet<>();

    public FieldErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    /** A value that clashes with data already stored (a duplicate name or email): 409 when nothing else is wrong. */
    public FieldErrors conflict(String field, String message) {
        if (!messages.containsKey(field)) {
            messages.put(field, message);
            conflicts.add(field);
        }
        return this;
    }

    /** True when every invalid field only clashes with stored data, so the request is a conflict, not bad input. */
    public boolean onlyConflicts() {
        return !messages.isEmpty() && conflicts.containsAll(messages.keySet());
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
