package nl.kennisbank.pages;

import java.util.List;
import nl.kennisbank.pages.DocumentText.Source;

/** The one-page print version of a guide ({@code handreiking-print.ftlh}), with {@link PageFrame}. */
public record GuidePrintModel(Guide guide, List<Chapter> chapters) {

    /** The guide itself: its body with headings one level down, for a page where each chapter title is an h2. */
    public record Guide(
            String title, String url, String summary, String dateLabel, String body, List<Source> bronnen) {}

    /** One chapter: its body with ids prefixed per chapter, so they stay unique on the page. */
    public record Chapter(int nr, String title, String id, String body, List<Source> bronnen) {}
}
