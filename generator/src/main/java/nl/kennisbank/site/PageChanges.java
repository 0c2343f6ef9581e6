package nl.kennisbank.site;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import nl.kennisbank.jbake.JBakeSettings;
import nl.kennisbank.jbake.PageSpec;

/**
 * Which pages a preview must render again after a change: new pages, pages whose own model changed, pages whose
 * template changed, and pages that read a global value ({@code site.latest}, JBake's lists, …) that changed.
 */
final class PageChanges {

    /** Names in a template's model that do not depend on the other pages (our {@code site} is tracked key by key). */
    private static final Set<String> OWN = Set.of("content", "site", "config", "version", "published_date");

    private PageChanges() {}

    /**
     * @param templates changed template files, relative to the template folder
     */
    static Predicate<PageSpec> toRender(
            BuildMemory.Published last, Assembled now, Set<String> templates, JBakeSettings settings) {
        Set<String> globals = changedGlobals(last.globals(), now.globals());
        boolean listsChanged = now.pages().size() != last.pages().size()
                || now.pages().stream().anyMatch(p -> !same(p, last.pages().get(p.uri())));
        Set<String> typesChanged = new HashSet<>();
        boolean allTemplates = false;
        for (String template : templates) {
            Set<String> types = settings.typesUsing(template);
            typesChanged.addAll(types);
            allTemplates |= types.isEmpty(); // an included template (layout, macros): any page may use it
        }
        boolean everything = allTemplates;
        return page -> {
            Set<String> reads = last.reads().get(page.uri());
            if (everything
                    || reads == null
                    || typesChanged.contains(page.type())
                    || !same(page, last.pages().get(page.uri()))) {
                return true;
            }
            for (String name : reads) {
                if (globals.contains(name) || (listsChanged && !OWN.contains(name) && !name.contains("."))) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Equal pages; the same object (a page the assemble stage took over) without comparing its fields. */
    private static boolean same(PageSpec now, PageSpec before) {
        return now == before || now.equals(before);
    }

    /** Names of global values that differ: {@code key} for plain values, {@code key.sub} inside maps. */
    static Set<String> changedGlobals(Map<String, Object> before, Map<String, Object> after) {
        Set<String> changed = new HashSet<>();
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            Object a = before.get(key);
            Object b = after.get(key);
            if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
                Set<Object> subs = new HashSet<>(ma.keySet());
                subs.addAll(mb.keySet());
                subs.stream()
                        .filter(s -> !Objects.equals(ma.get(s), mb.get(s)))
                        .forEach(s -> changed.add(key + "." + s));
            } else if (!Objects.equals(a, b)) {
                changed.add(key);
            }
        }
        return changed;
    }
}
