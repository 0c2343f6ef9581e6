package nl.kennisbank.jbake;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record as one of our global template values ({@code site}): its components by name, in declaration order. The
 * template engine reads it strictly (a name it lacks is a template error) and notes each name a page reads as
 * {@code site.<name>}, so a preview re-renders only the pages that read a value that changed.
 */
public final class GlobalModel {

    private GlobalModel() {}

    public static Map<String, Object> of(Record record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                values.put(component.getName(), accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return Collections.unmodifiableMap(values);
    }
}
