package nl.kennisbank.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a command says when it cannot go on. A file-system problem (read-only, disk full, a file where a folder
 * should be) is the machine's, said in Dutch with what to do: exit 2. Anything else is a bug in the generator:
 * exit 3, one line saying where to report it, and the stack trace only with {@code --verbose}.
 */
final class Failures {

    static final String REPORT =
            "Meld dit als fout bij het beheer van de kennisbank (zie 'Een fout melden' in README.md),"
                    + " met de opdracht die je gaf en de uitvoer met --verbose.";

    private Failures() {}

    static int report(Throwable error, PrintWriter err, boolean verbose) {
        Optional<String> machine = fileSystem(error);
        if (machine.isPresent()) {
            err.println("fout: " + machine.get());
            err.flush();
            return ExitCodes.USAGE;
        }
        err.println("interne fout: de generator liep vast (" + error.getClass().getSimpleName()
                + "). Dit ligt niet aan je inhoud. " + REPORT);
        if (verbose) {
            error.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.BUG;
    }

    /** A Dutch sentence for an I/O failure of the machine, or empty when the error is not one. */
    static Optional<String> fileSystem(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException u) {
                t = u.getCause();
            }
            if (t instanceof ReadOnlyFileSystemException) {
                return Optional.of(
                        "de schijf is alleen-lezen. Kies met --output een map waarin geschreven mag worden.");
            }
            if (t instanceof IOException io) {
                return Optional.of(describe(io));
            }
        }
        return Optional.empty();
    }

    private static String describe(IOException e) {
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : "een bestand";
        String reason = e instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getReason().toLowerCase(Locale.ROOT)
                : String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (reason.contains("no space left") || reason.contains("disk quota")) {
            return "de schijf is vol (bij " + file
                    + "). Maak ruimte vrij of kies met --output een andere schijf, en bouw opnieuw."
                    + " De vorige site is niet veranderd.";
        }
        if (e instanceof AccessDeniedException
                || reason.contains("read-only file system")
                || reason.contains("permission denied")) {
            return "geen toestemming om " + file
                    + " te schrijven of te lezen (of de schijf is alleen-lezen). Kies met --output een map"
                    + " waarin je mag schrijven, of pas de rechten aan.";
        }
        if (e instanceof NotDirectoryException || reason.contains("not a directory")) {
            return file + " ligt onder een bestand, niet onder een map. Kies met --output een map.";
        }
        if (e instanceof FileAlreadyExistsException) {
            return file
                    + " bestaat al als bestand, waar een map moet komen. Kies een andere plek met --output of haal het bestand weg.";
        }
        if (e instanceof NoSuchFileException) {
            return file + " bestaat niet (meer). Controleer het pad; bestond het wel, bouw dan opnieuw.";
        }
        return "lezen of schrijven van " + file
                + " mislukte. Controleer of de schijf vol is, of je er mag schrijven en of het pad klopt,"
                + " en probeer het opnieuw.";
    }
}
