package nl.kennisbank.jbake;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a page's template reads as {@code content}: JBake's map, or typed records that are the whole contract. */
public sealed interface PageContent {

    /** JBake's own map-shaped model, for JBake-format sites: the document's header fields as they are. */
    record Fields(Map<String, Object> values) implements PageContent {
        public Fields {
            values = Map.copyOf(values);
        }
    }

    /**
     * Typed records: {@code content.x} is component {@code x} of whichever part has it (no two parts share a name);
     * a name no part has is a template error ({@link RecordModel}), not a silently empty value.
     *
     * @param parts the page type's own record first, then the records every page of its kind shares
     */
    record Typed(List<Record> parts) implements PageContent {
        public Typed {
            parts = List.copyOf(parts);
            Set<String> names = new HashSet<>();
            for (Record part : parts) {
                for (RecordComponent component : part.getClass().getRecordComponents()) {
                    if (!names.add(component.getName())) {
                        throw new IllegalArgumentException("two parts of one page both have '" + component.getName() + "'");
                    }
                }
            }
        }

        public Typed(Record page, Record... shared) {
            this(concat(page, shared));
        }

        private static List<Record> concat(Record page, Record... shared) {
            List<Record> all = new java.util.ArrayList<>();
            all.add(page);
            all.addAll(List.of(shared));
            return all;
        }
    }
}
