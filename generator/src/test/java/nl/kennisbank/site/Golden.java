package nl.kennisbank.site;

/** Golden files change only when asked: {@code ./mvnw verify -Dkennisbank.updateGolden=true}, then review the diff. */
final class Golden {

    private Golden() {}

    static boolean update() {
        return Boolean.getBoolean("kennisbank.updateGolden");
    }
}
