package nl.kennisbank.pages;

/**
 * A pagina ({@code pagina.ftlh}), with {@link DocumentText} and {@link PageFrame}.
 *
 * @param forEditors whether the page is one of the editors' pages (shown with a note saying so)
 */
public record PlainPageModel(boolean forEditors) {}
