package org.custos.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.custos.platform.error.ValidationException;

/**
 * How the API reads values from request bodies and queries: blank is absent, enum constants by name in
 * any case with dashes for underscores, dates and instants in ISO 8601; anything else is refused with the
 * resource's own message (which may show the value as its first argument).
 */
final class ApiValues {

    private ApiValues() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String errorKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(errorKey, value);
        }
    }

    static LocalDate date(String value, String errorKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(errorKey, value);
        }
    }

    static Instant instant(String value, String errorKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(errorKey, value);
        }
    }

    /** The ids given, without nulls; none when absent. */
    static Set<Long> ids(Collection<Long> ids) {
        Set<Long> out = new TreeSet<>();
        if (ids != null) {
            ids.stream().filter(x -> x != null).forEach(out::add);
        }
        return out;
    }
}
