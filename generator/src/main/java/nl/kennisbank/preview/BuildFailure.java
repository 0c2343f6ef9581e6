package nl.kennisbank.preview;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Says in Dutch what went wrong when a preview build did not end with a report but with an exception. */
final class BuildFailure {

    private final Path source;

    BuildFailure(Path source) {
        this.source = source.toAbsolutePath().normalize();
    }

    /** @param changed the source paths changed just before this build, relative to the source root */
    String describe(Throwable e, List<String> changed) {
        String what = switch (e) {
            case NoSuchFileException missing ->
                "Het bestand " + relative(missing.getFile())
                        + " is niet te lezen: het bestaat niet (meer), of het is een snelkoppeling naar een bestand dat er niet is. Herstel of verwijder het.";
            case AccessDeniedException denied ->
                "Het bestand " + relative(denied.getFile()) + " mag niet gelezen worden. Pas de rechten aan.";
            case FileSystemException other ->
                "Het bestand " + relative(other.getFile())
                        + " is niet te lezen. Controleer of het bestaat en leesbaar is.";
            case IOException other ->
                "Een bestand is niet te lezen of te schrijven. Controleer de bronmap en of de schijf vol is.";
            case IllegalStateException state when state.getMessage() != null -> state.getMessage();
            default ->
                "Het bouwen is vastgelopen door een fout in de kennisbank zelf ("
                        + e.getClass().getSimpleName()
                        + "), vaak door een bestand dat te diep genest is. Blijft het misgaan, meld het dan met dat bestand erbij.";
        };
        String where = changed.isEmpty()
                ? ""
                : " Net gewijzigd: " + String.join(", ", changed.subList(0, Math.min(5, changed.size())))
                        + (changed.size() > 5 ? " en meer" : "") + ".";
        return "Niet bijgewerkt; de vorige versie blijft zichtbaar. " + what + where + " Sla daarna opnieuw op.";
    }

    private String relative(String file) {
        if (file == null) {
            return "";
        }
        Path path = Path.of(file).toAbsolutePath().normalize();
        return path.startsWith(source) ? source.relativize(path).toString().replace('\\', '/') : path.toString();
    }
}
