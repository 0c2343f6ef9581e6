package nl.kennisbank.pages;

import java.util.List;
import nl.kennisbank.pages.Links.Link;

/**
 * A handreiking's page ({@code handreiking.ftlh}), with {@link DocumentText} and {@link PageFrame}.
 *
 * @param sector      the guide's sector as a link
 * @param guideStatus the status id (gepubliceerd, in-ontwikkeling, vervangen, …)
 * @param chapters    its chapters in order
 * @param printUrl    the print version's URL
 */
public record GuideModel(
        Link sector, String guideStatus, String guideStatusLabel, List<ChapterLink> chapters, String printUrl) {

    /** A chapter in a guide's list: number, title, URL, summary, and whether it is the page being shown. */
    public record ChapterLink(int nr, String title, String url, String summary, boolean current) {}
}
