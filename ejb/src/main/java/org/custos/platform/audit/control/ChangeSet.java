package org.custos.platform.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The fields that differ between two audit snapshots, as JSON {@code {"field":{"before":…,"after":…}}}. */
public final class ChangeSet {

    private ChangeSet() {
    }

    public static Map<String, Object[]> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> b = before == null ? Map.of() : before;
        Map<String, Object> a = after == null ? Map.of() : after;
        Set<String> keys = new LinkedHashSet<>(b.keySet());
        keys.addAll(a.keySet());
        Map<String, Object[]> changed = new LinkedHashMap<>();
        for (String key : keys) {
            Object old = b.get(key);
            Object now = a.get(key);
            if (!Objects.equals(old, now)) {
                changed.put(key, new Object[] {old, now});
            }
        }
        return changed;
    }

    public static String toJson(Map<String, Object[]> changes) {
        JsonObjectBuilder root = Json.createObjectBuilder();
        changes.forEach((field, values) -> root.add(field, Json.createObjectBuilder()
                .add("before", value(values[0]))
                .add("after", value(values[1]))));
        return root.build().toString();
    }

    private static JsonValue value(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        }
        if (v instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (v instanceof Number n) {
            return Json.createValue(n.toString());
        }
        return Json.createValue(v.toString());
    }
}
