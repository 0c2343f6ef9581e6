package nl.kennisbank.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kennisbank.browser.StaticServer;
import nl.kennisbank.config.BuildOptions;
import nl.kennisbank.site.ExampleSite;
import nl.kennisbank.site.SitePipeline;
import nl.kennisbank.site.search.Searches;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base built for {@code https://owner.github.io/kennisbank/} and served only under {@code /kennisbank/}
 * (as GitHub Pages serves a project site): every reference, from every page, feed, sitemap, robots.txt, script import,
 * the search index's meta.json, _headers and the manifest, reaches a file under the sub-path. An absolute URL
 * (canonical, Open Graph, feed, sitemap) must name the published address; the local server stands in for it.
 */
class SubPathHostingTest {

    private static final String BASE = "https://owner.github.io/kennisbank/";
    private static final Pattern XML_URL =
            Pattern.compile("<loc>([^<]+)</loc>|href=\"([^\"]+)\"|<id>(https?:[^<]+)</id>");
    private static final Pattern IMPORT = Pattern.compile("(?:from|import)\\s*\\(?\\s*'(\\./[^']+)'");
    private static final Pattern JSON_STRING = Pattern.compile("\"(map)\":\"([^\"]+)\"");

    private static Path site;
    private static StaticServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void buildAndServe() throws Exception {
        site = Files.createTempDirectory("kennisbank-subpad-").resolve("site");
        var report = new SitePipeline(Searches.forSite(ExampleSite.root()))
                .build(new BuildOptions(ExampleSite.root(), site, Optional.of(BASE), false, 2));
        assertTrue(report.succeeded(), () -> report.problems().toString());
        server = StaticServer.serveUnder(site, "/kennisbank/");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyReferenceOfTheSiteResolvesUnderItsSubPath() throws Exception {
        Map<String, String> broken = new LinkedHashMap<>(); // url → where it was found
        Deque<String[]> todo = new ArrayDeque<>();
        for (String start : List.of(
                "", "robots.txt", "sitemap.xml", "feed.xml", "zoeken/index/meta.json", "_headers", "manifest.txt")) {
            todo.add(new String[] {server.url(start), "(start)"});
        }
        todo.add(new String[] {server.url("deze/pagina/bestaat/niet/"), "(404)"});
        java.util.Set<String> seen = new java.util.HashSet<>();
        int fetched = 0;
        while (!todo.isEmpty()) {
            String[] next = todo.poll();
            String url = next[0].replaceFirst("#.*$", "");
            if (!seen.add(url)) {
                continue;
            }
            HttpResponse<byte[]> response =
                    HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            fetched++;
            boolean notFoundPage = next[1].equals("(404)");
            if (response.statusCode() != (notFoundPage ? 404 : 200)) {
                broken.put(url, next[1] + " → " + response.statusCode());
                continue;
            }
            for (String ref : references(url, new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))) {
                Optional<String> local = local(ref, url);
                if (local.isEmpty()) {
                    continue;
                }
                if (!local.get().startsWith(server.url(""))) {
                    broken.put(ref, url + " → outside " + BASE);
                } else {
                    todo.add(new String[] {local.get(), url});
                }
            }
        }
        assertEquals(Map.of(), broken, "references that do not resolve under the sub-path");
        long files = FixtureFiles.count(site);
        assertTrue(
                fetched >= files,
                "every file of the site was reached (" + fetched + " fetched, " + files + " in the site)");
    }

    @Test
    void absoluteAddressesNameThePublishedSubPath() throws Exception {
        String page = Files.readString(site.resolve("praktijkvoorbeelden/geldcoach/index.html"));
        assertTrue(page.contains("<link rel=\"canonical\" href=\"" + BASE + "praktijkvoorbeelden/geldcoach/\">"), page);
        assertTrue(
                page.contains("<meta property=\"og:url\" content=\"" + BASE + "praktijkvoorbeelden/geldcoach/\">"),
                page);
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: " + BASE + "sitemap.xml"));
        assertTrue(Files.readString(site.resolve("feed.xml"))
                .contains("<link href=\"" + BASE + "feed.xml\" rel=\"self\""));
        String notFound = Files.readString(site.resolve("404.html"));
        assertTrue(
                notFound.contains("href=\"/kennisbank/css/site."),
                "the 404 page, served at any depth, names its assets from the root");
    }

    /** Every URL a file refers to, by its kind. */
    private static List<String> references(String url, String body) {
        List<String> refs = new ArrayList<>();
        String path = URI.create(url).getPath();
        if (path.endsWith(".xml")) {
            Matcher m = XML_URL.matcher(body);
            while (m.find()) {
                refs.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
            }
        } else if (path.endsWith(".js")) {
            Matcher m = IMPORT.matcher(body);
            while (m.find()) {
                refs.add(m.group(1));
            }
        } else if (path.endsWith("meta.json")) {
            Matcher m = JSON_STRING.matcher(body);
            String map = m.find() ? m.group(2) : "";
            refs.add(map + "facetten.json");
            refs.add(map + "doc/0.json");
        } else if (path.endsWith("robots.txt")) {
            body.lines()
                    .filter(l -> l.startsWith("Sitemap: "))
                    .forEach(l -> refs.add(l.substring("Sitemap: ".length())));
        } else if (path.endsWith("manifest.txt")) {
            body.lines().forEach(l -> refs.add(l.substring(66)));
        } else if (path.endsWith("_headers")) {
            body.lines().filter(l -> l.startsWith("/") && !l.endsWith("*")).forEach(refs::add);
        } else if (!path.endsWith(".css") && !path.endsWith(".json") && !path.endsWith(".svg")) {
            var doc = Jsoup.parse(body, url);
            for (Element e : doc.select("[href], [src], form[action]")) {
                refs.add(e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action"));
            }
            doc.select("meta[property=og:url]").forEach(e -> refs.add(e.attr("content")));
            doc.select("meta[http-equiv=refresh]")
                    .forEach(e -> refs.add(e.attr("content").replaceFirst("^\\d+;\\s*url=", "")));
        }
        return refs;
    }

    /** The local URL a reference leads to, or empty for another host or scheme (mailto:, outgoing links). */
    private static Optional<String> local(String ref, String from) {
        if (ref.isBlank() || ref.startsWith("#") || ref.matches("^(mailto|tel|data):.*")) {
            return Optional.empty();
        }
        URI target = URI.create(from).resolve(ref.replace(" ", "%20"));
        if (target.getScheme() == null || !target.getScheme().startsWith("http")) {
            return Optional.empty();
        }
        if ("owner.github.io".equals(target.getHost())) {
            return Optional.of(
                    URI.create(server.url("/")).resolve(target.getRawPath()).toString());
        }
        return "127.0.0.1".equals(target.getHost())
                ? Optional.of(target.toString().replaceFirst("\\?.*$", ""))
                : Optional.empty();
    }

    /** Counting the site's files (the marker file is not served to visitors but is in the folder). */
    private static final class FixtureFiles {
        static long count(Path root) throws IOException {
            try (var walk = Files.walk(root)) {
                return walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().equals(".kennisbank-site"))
                        .count();
            }
        }
    }
}
