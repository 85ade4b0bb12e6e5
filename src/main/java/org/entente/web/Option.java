package org.entente.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** One choice of a select field: the value sent and the label shown. */
public record Option(String key, String label) {

    public static <E extends Enum<E>> List<Option> of(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants()).map(e -> new Option(e.name(), label.apply(e))).toList();
    }
}
