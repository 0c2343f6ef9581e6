package nl.kennisbank.pages;

/** The small link values listing pages share. */
public final class Links {

    private Links() {}

    /** A link to a vocabulary term's page (or a municipality's). */
    public record Link(String id, String label, String url) {}

    /** A vocabulary term: its id, label and definition. */
    public record TermText(String id, String label, String definitie) {}

    /** A term with its page and the number of practices there. */
    public record TermLink(String id, String label, String definitie, String url, int count) {}

    /** A municipality with its page and number of practices. */
    public record Place(String label, String url, int count) {}

    /** A page by title and URL (previous and next chapter). */
    public record PageLink(String title, String url) {}
}
