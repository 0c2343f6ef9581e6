package nl.kennisbank.content;

/** The document types of the content model; the folder decides which one a file is. */
public enum DocumentKind {
    PRAKTIJKVOORBEELD("praktijkvoorbeeld"),
    HANDREIKING("handreiking"),
    HOOFDSTUK("hoofdstuk"),
    PAGINA("pagina"),
    /** A file with a JBake {@code key=value … ~~~~~~} header: keeps JBake's own meaning and type. */
    JBAKE("jbake");

    private final String schemaName;

    DocumentKind(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The name used in {@code data/schema.yml} and in {@code type:} front matter. */
    public String schemaName() {
        return schemaName;
    }
}
