package nl.kennisbank.pages;

import java.util.List;

/** The list of guides ({@code handreikingen.ftlh}), with {@link PageFrame}. */
public record GuidesModel(List<Card> guides) {}
