package org.csi.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.jwt.JsonWebToken;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Reads claims of a verified token by path ({@code realm_access/roles}), whatever shape the identity provider used. */
public final class Claims {

    private Claims() {
    }

    /** The value at the path: a top-level claim, then nested object members; null when any step is missing. */
    public static Object at(JsonWebToken token, String path) {
        String[] steps = path.strip().split("/");
        Object value = token.getClaim(steps[0]);
        for (int i = 1; i < steps.length && value != null; i++) {
            value = member(value, steps[i]);
        }
        return value;
    }

    /** The string values at the path (a string, or an array of strings); empty when absent or of another shape. */
    public static List<String> strings(JsonWebToken token, String path) {
        return strings(at(token, path));
    }

    /** A single string claim (top level or nested), null when absent, blank or not a string. */
    public static String string(JsonWebToken token, String path) {
        Object value = at(token, path);
        String text = value instanceof JsonString s ? s.getString() : value instanceof String s ? s : null;
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Object member(Object value, String name) {
        if (value instanceof JsonObject object) {
            return object.get(name);
        }
        if (value instanceof Map<?, ?> map) {
            return map.get(name);
        }
        return null;
    }

    private static List<String> strings(Object value) {
        List<String> found = new ArrayList<>();
        if (value instanceof JsonString s) {
            found.add(s.getString());
        } else if (value instanceof String s) {
            found.add(s);
        } else if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonString s) {
                    found.add(s.getString());
                }
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                found.addAll(strings(item));
            }
        }
        return found.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
