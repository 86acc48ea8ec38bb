package org.custos.platform.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeSetTest {

    @Test
    void onlyChangedFieldsAreRecordedWithBeforeAndAfter() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", "Anna");
        before.put("enabled", true);
        before.put("email", null);
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("enabled", false);
        after.put("email", "anna@example.org");

        String json = ChangeSet.toJson(ChangeSet.diff(before, after));

        assertEquals("{\"enabled\":{\"before\":true,\"after\":false},"
                + "\"email\":{\"before\":null,\"after\":\"anna@example.org\"}}", json);
    }

    @Test
    void creationRecordsEveryFieldAgainstNull() {
        Map<String, Object[]> diff = ChangeSet.diff(null, Map.of("name", "Anna"));
        assertEquals(1, diff.size());
        assertTrue(ChangeSet.toJson(diff).contains("\"before\":null"));
    }

    @Test
    void textIsJsonEscaped() {
        String json = ChangeSet.toJson(ChangeSet.diff(null, Map.of("name", "\"<script>\"")));
        assertEquals("{\"name\":{\"before\":null,\"after\":\"\\\"<script>\\\"\"}}", json);
    }
}
