package nl.kennisbank.pages;

import java.util.List;
import nl.kennisbank.pages.GuideModel.ChapterLink;
import nl.kennisbank.pages.Links.PageLink;

/**
 * A hoofdstuk's page ({@code hoofdstuk.ftlh}), with {@link DocumentText} and {@link PageFrame}.
 *
 * @param chapters every chapter of the guide, this one marked current
 * @param prev     the previous chapter, {@code null} for the first
 * @param next     the next chapter, {@code null} for the last
 */
public record ChapterModel(
        Guide guide,
        int nr,
        List<ChapterLink> chapters,
        @Absent PageLink prev,
        @Absent PageLink next) {

    /** The guide the chapter belongs to. */
    public record Guide(String title, String url, String printUrl) {}
}
