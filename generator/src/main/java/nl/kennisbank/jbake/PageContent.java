package nl.kennisbank.jbake;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
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

        /**
         * A JBake-format document as JBake renders it: its header fields as {@code content} (JBake's {@code date} and
         * {@code tags} as the page's own), its body and the way back to the site root.
         *
         * @param header the header's fields, {@code type} included; {@code date} a {@link LocalDate}, {@code tags} a list
         */
        @SuppressWarnings("unchecked")
        public static PageSpec jbakeDocument(String url, String title, Map<String, Object> header, String body) {
            Map<String, Object> fields = new java.util.LinkedHashMap<>(header);
            fields.remove("date");
            fields.remove("tags");
            fields.put("body", body);
            fields.put("rootpath", JBakeRendering.rootPath(url));
            List<String> tags = header.get("tags") instanceof List<?> list ? (List<String>) list : List.of();
            return new PageSpec(
                    (String) header.get("type"),
                    url,
                    title,
                    header.get("date") instanceof LocalDate d ? d : null,
                    tags,
                    new Fields(fields));
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
                        throw new IllegalArgumentException(
                                "two parts of one page both have '" + component.getName() + "'");
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
