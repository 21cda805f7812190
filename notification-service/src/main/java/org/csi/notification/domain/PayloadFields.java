package org.csi.notification.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of an event payload record as a map, read from the record the inbox decoded (the JSON is not parsed
 * again): every component present (null when absent), nested records as maps, lists element by element. Templates
 * read it as {@code event} and {@code initiative}; the initiative projection keeps it as the initiative's details.
 */
public final class PayloadFields {

    private PayloadFields() {
    }

    public static Map<String, Object> of(Record payload) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            fields.put(component.getName(), value(read(payload, component)));
        }
        return fields;
    }

    /** Every component of a payload type, each null: what templates see of a record that is not known yet. */
    public static Map<String, Object> absent(Class<? extends Record> type) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            fields.put(component.getName(), null);
        }
        return fields;
    }

    /** One component by name; null when the record has no such component or it is null. */
    public static Object component(Record payload, String name) {
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return read(payload, component);
            }
        }
        return null;
    }

    private static Object value(Object value) {
        if (value instanceof Record nested) {
            return of(nested);
        }
        if (value instanceof List<?> list) {
            List<Object> values = new ArrayList<>(list.size());
            for (Object element : list) {
                values.add(value(element));
            }
            return Collections.unmodifiableList(values);
        }
        return value;
    }

    private static Object read(Record payload, RecordComponent component) {
        try {
            return component.getAccessor().invoke(payload);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of "
                    + payload.getClass().getSimpleName(), e);
        }
    }
}
