package org.custos.standards.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.util.List;

/** Reading helpers shared by the OSCAL parsers; every failure names the JSON path. */
final class OscalJson {

    private OscalJson() {
    }

    static JsonObject readRoot(InputStream in, String fileName, String rootKey, String rootName) {
        JsonStructure doc;
        try (JsonReader reader = Json.createReader(in)) {
            doc = reader.read();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
            throw new ImportFailure("$", "not valid JSON" + place + " in " + fileName + ": " + e.getMessage());
        } catch (JsonException e) {
            throw new ImportFailure("$", "not readable as JSON (" + fileName + "): " + e.getMessage());
        }
        if (!(doc instanceof JsonObject top) || !top.containsKey(rootKey)) {
            throw new ImportFailure("$", fileName + " is not an OSCAL " + rootName + " (no \"" + rootKey
                    + "\" at the top" + topKeys(doc) + ")");
        }
        return object(top, rootKey, "$", true);
    }

    private static String topKeys(JsonStructure doc) {
        if (doc instanceof JsonObject o && !o.isEmpty()) {
            return "; found " + String.join(", ", o.keySet().stream().limit(5).toList());
        }
        return doc instanceof JsonArray ? "; found an array" : "";
    }

    static JsonObject object(JsonObject parent, String key, String path, boolean required) {
        JsonValue v = parent.get(key);
        if (v == null || v == JsonValue.NULL) {
            if (required) {
                throw new ImportFailure(path, "missing \"" + key + "\"");
            }
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ImportFailure(path + "." + key, "expected an object, found " + describe(v));
        }
        return v.asJsonObject();
    }

    /** The array under key as objects; an absent key is an empty list unless required. */
    static List<JsonObject> objects(JsonObject parent, String key, String path, boolean required) {
        JsonValue v = parent.get(key);
        if (v == null || v == JsonValue.NULL) {
            if (required) {
                throw new ImportFailure(path, "missing \"" + key + "\"");
            }
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new ImportFailure(path + "." + key, "expected an array, found " + describe(v));
        }
        JsonArray array = v.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ImportFailure(path + "." + key + "[" + i + "]", "expected an object, found "
                        + describe(array.get(i)));
            }
        }
        return array.getValuesAs(JsonObject.class);
    }

    /** A string member, blank treated as absent. */
    static String string(JsonObject parent, String key, String path, boolean required) {
        JsonValue v = parent.get(key);
        if (v == null || v == JsonValue.NULL) {
            if (required) {
                throw new ImportFailure(path, "missing \"" + key + "\"");
            }
            return null;
        }
        if (v instanceof JsonString s) {
            String text = s.getString().strip();
            if (text.isEmpty() && required) {
                throw new ImportFailure(path + "." + key, "is empty");
            }
            return text.isEmpty() ? null : text;
        }
        if (v.getValueType() == JsonValue.ValueType.NUMBER) {
            return v.toString();
        }
        throw new ImportFailure(path + "." + key, "expected a string, found " + describe(v));
    }

    private static String describe(JsonValue v) {
        return v.getValueType().name().toLowerCase();
    }
}
