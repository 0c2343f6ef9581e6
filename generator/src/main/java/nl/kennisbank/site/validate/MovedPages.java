package nl.kennisbank.site.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisbank.content.Document;
import nl.kennisbank.content.Reference;
import nl.kennisbank.problems.Location;
import nl.kennisbank.problems.ProblemCode;
import nl.kennisbank.problems.Problems;
import nl.kennisbank.problems.Suggestions;

/**
 * Pages that moved without telling visitors: an address in the previously published sitemap that the new build
 * neither has nor redirects ({@code aliassen:}) is a warning. When a new page looks like the renamed one, the
 * warning points at that page's file, where the alias belongs.
 */
public final class MovedPages {

    private static final Pattern LOC = Pattern.compile("<loc>\\s*([^<]*?)\\s*</loc>");

    private final Problems problems;

    public MovedPages(Problems problems) {
        this.problems = problems;
    }

    public void check(ValidSite site, Set<String> generated, Path sitemap) {
        Map<String, Location> previous = read(sitemap, site.source().settings().baseUrl());
        if (previous == null) {
            return;
        }
        Set<String> now = new TreeSet<>(generated);
        Map<String, Document> newPages = new TreeMap<>();
        for (Document doc : site.published()) {
            now.add(doc.url());
            doc.references().stream()
                    .filter(r -> r.kind() == Reference.Kind.ALIAS)
                    .forEach(r -> now.add(r.slug()));
            if (!previous.containsKey(doc.url())) {
                newPages.put(doc.url(), doc);
            }
        }
        now.addAll(site.source().staticFiles());
        previous.forEach((url, at) -> {
            if (!now.contains(url)) {
                warn(url, at, newPages);
            }
        });
    }

    private void warn(String url, Location at, Map<String, Document> newPages) {
        String folder = url.contains("/") ? url.substring(0, url.indexOf('/') + 1) : "";
        List<String> candidates =
                newPages.keySet().stream().filter(u -> u.startsWith(folder)).toList();
        Optional<String> renamed = Suggestions.closest(url, candidates)
                .or(() -> candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty());
        if (renamed.isPresent()) {
            problems.report(Location.file(newPages.get(renamed.get()).path()), ProblemCode.URL_GONE_RENAMED, url, url);
        } else {
            problems.report(at, ProblemCode.URL_GONE, url, url);
        }
    }

    /** The site-relative URLs in a sitemap, with where each is written; null (and an error) when it cannot be read. */
    private Map<String, Location> read(Path sitemap, String baseUrl) {
        String file = sitemap.toString().replace('\\', '/');
        List<String> lines;
        try {
            lines = Files.readAllLines(sitemap, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            problems.report(Location.file(file), ProblemCode.CONFIG_PREVIOUS_SITEMAP, file);
            return null;
        }
        Map<String, Location> locs = new java.util.LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LOC.matcher(lines.get(i));
            while (m.find()) {
                locs.putIfAbsent(m.group(1).replace("&amp;", "&"), new Location(file, i + 1, m.start(1) + 1));
            }
        }
        if (locs.isEmpty()) {
            problems.report(Location.file(file), ProblemCode.CONFIG_PREVIOUS_SITEMAP_EMPTY, file);
            return null;
        }
        String base = base(locs.keySet(), baseUrl);
        Map<String, Location> urls = new TreeMap<>();
        locs.forEach((loc, at) -> urls.putIfAbsent(loc.startsWith(base) ? loc.substring(base.length()) : loc, at));
        return urls;
    }

    /**
     * The previous site's base URL: this build's when every address starts with it, otherwise what all addresses
     * share up to a '/' (the home page is always in the sitemap), so a check without --base-url, or a site that
     * moved to another host, still compares paths.
     */
    static String base(java.util.Collection<String> locs, String baseUrl) {
        if (!baseUrl.isEmpty() && locs.stream().allMatch(l -> l.startsWith(baseUrl))) {
            return baseUrl;
        }
        String prefix = locs.iterator().next();
        for (String loc : locs) {
            int i = 0;
            while (i < prefix.length() && i < loc.length() && prefix.charAt(i) == loc.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        return prefix.substring(0, prefix.lastIndexOf('/') + 1);
    }
}
