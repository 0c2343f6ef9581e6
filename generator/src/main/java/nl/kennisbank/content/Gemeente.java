package nl.kennisbank.content;

/**
 * A Dutch municipality.
 *
 * @param slug      URL-safe id derived from the name, e.g. {@code s-hertogenbosch}
 * @param cbs       CBS municipality code, e.g. {@code GM0344}
 * @param provincie province id from {@code data/provincies.yml}
 * @param aliassen  other names people write for it, such as Den Haag for 's-Gravenhage; accepted in front matter
 */
public record Gemeente(String naam, String slug, String cbs, String provincie, java.util.List<String> aliassen) {

    public Gemeente {
        aliassen = java.util.List.copyOf(aliassen);
    }
}
