package nl.kennisbank.pages;

import java.util.List;
import nl.kennisbank.pages.Links.TermLink;

/** The list of all terms of one kind ({@code taxonomie-index.ftlh}), with {@link PageFrame}. */
public record TermIndexModel(String kind, String heading, String intro, List<TermLink> terms) {}
