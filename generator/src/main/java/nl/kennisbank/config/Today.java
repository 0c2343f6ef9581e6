package nl.kennisbank.config;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Which day it is for the checks that compare dates with today ("datum lies in the future") and for new files.
 * Injectable, so results never depend on when a test or CI run happens: the command line's {@code --today} wins,
 * then {@code KENNISBANK_TODAY} (JJJJ-MM-DD), then {@code SOURCE_DATE_EPOCH} (seconds, as reproducible builds set it),
 * and only then the clock. Days are Dutch days (Europe/Amsterdam), whatever the machine's time zone.
 */
public final class Today {

    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    static final String VARIABLE = "KENNISBANK_TODAY";
    static final String EPOCH = "SOURCE_DATE_EPOCH";

    private Today() {}

    /** @throws IllegalArgumentException with a Dutch message when an environment variable holds no date */
    public static LocalDate resolve(Optional<LocalDate> commandLine, Map<String, String> environment, Clock clock) {
        if (commandLine.isPresent()) {
            return commandLine.get();
        }
        String given = environment.getOrDefault(VARIABLE, "").trim();
        if (!given.isEmpty()) {
            try {
                return LocalDate.parse(given);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(
                        VARIABLE + "='" + given + "' is geen datum. Schrijf hem als JJJJ-MM-DD, zoals 2026-12-02.");
            }
        }
        String epoch = environment.getOrDefault(EPOCH, "").trim();
        if (!epoch.isEmpty()) {
            try {
                return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch)), NETHERLANDS);
            } catch (NumberFormatException | DateTimeException e) {
                throw new IllegalArgumentException(EPOCH + "='" + epoch + "' is geen aantal seconden sinds 1970.");
            }
        }
        return LocalDate.now(clock.withZone(NETHERLANDS));
    }

    /** Today for this process: the command line's date, else the environment, else the system clock. */
    public static LocalDate resolve(Optional<LocalDate> commandLine) {
        return resolve(commandLine, System.getenv(), Clock.systemUTC());
    }
}
